//! Shifts (`/team/shifts`): the week view per region (who is on shift,
//! primary and backup, hour by hour, in the viewer's zone or a region's,
//! with each region's local time and the hours no primary covers marked),
//! and adding, moving and removing shifts. Handover (`/team/handover`):
//! what each region's shift hands to the next. Thin: the rules are in
//! `coverage`.
//!
//! Contract: docs/contract.md#shifts. KPIs: docs/kpis.md (`coverage_gaps`)

use std::collections::HashMap;

use chrono::TimeDelta;
use leptos::prelude::*;

use super::coverage::{
    cell, coverage_gaps, first_hour_after, handed_cases, handed_incidents, handover, local_fields,
    shift_from_local, shifts_between, week,
};
use super::model::{Person, Shift, ShiftKind};
use super::people::{people_choices, use_names};
use super::views::TeamNav;
use crate::cases::model::Case;
use crate::config::AppConfig;
use crate::data::fields::Fields;
use crate::data::{Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg, I18n};
use crate::incidents::model::Incident;
use crate::platform;
use crate::regions::Region;
use crate::time::{Date, Timestamp};
use crate::ui::live::upsert;
use crate::ui::notices::{delete_from, use_edited_list, Adder, NoticeList};
use crate::ui::use_ticking_now;
use crate::ui::{use_records, DamagedList, ErrorPanel, LiveState, Loading};

fn region_of(key: &str) -> Option<Region> {
    Region::ALL.into_iter().find(|r| r.key() == key)
}

/// The zone the week is shown in: a region's (`EMEA`), else the viewer's
/// own (UTC when the header's switch says so).
fn zone_name(choice: &str, config: &AppConfig, i18n: &I18n) -> String {
    match region_of(choice) {
        Some(r) => config.zone_of(r).to_string(),
        None => i18n
            .zone()
            .map(str::to_string)
            .or_else(platform::own_zone)
            .unwrap_or_else(|| "UTC".into()),
    }
}

/// The zone's offsets from the browser (a zone it does not know: UTC).
fn offsets(zone: &str) -> impl Fn(Timestamp) -> i32 + '_ {
    move |t| platform::zone_offset(zone, t).unwrap_or(0)
}

fn name_of(names: &HashMap<String, String>, id: &str) -> String {
    names.get(id).cloned().unwrap_or_else(|| id.to_string())
}

fn kind_key(kind: Option<ShiftKind>) -> &'static str {
    match kind {
        Some(ShiftKind::Primary) => "shift-primary",
        Some(ShiftKind::Backup) => "shift-backup",
        None => "shift-kind-unknown",
    }
}

#[component]
pub fn ShiftsPage() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_context::<AppConfig>().unwrap_or_default();
    let names = use_names();
    let now = use_ticking_now();
    // Every shift still running at the window's start, and all later ones.
    let edited = use_edited_list::<Shift, Fields>(ListParams {
        filters: vec![Filter::new(
            "ends_at",
            Op::Gte(first_hour_after(now.get_untracked()).to_wire()),
        )],
        ..Default::default()
    });
    let (live, shifts, saver, saving, notices) = (
        edited.live,
        edited.live.records,
        edited.saver,
        edited.saving,
        edited.notices,
    );

    let zone_choice = RwSignal::new(String::from("own"));
    let zone = {
        let config = config.clone();
        Memo::new(move |_| zone_name(&zone_choice.get(), &config, &i18n))
    };
    let week_no = RwSignal::new(0i64);
    let from = Memo::new(move |_| {
        Timestamp(first_hour_after(now.get()).0 + TimeDelta::hours(168 * week_no.get()))
    });
    let gaps = Memo::new(move |_| shifts.with(|s| coverage_gaps(s, now.get())));

    // The form: a new shift, or the one being moved (the version seen).
    let editing = RwSignal::new(None::<Shift>);
    let person_in = RwSignal::new(String::new());
    let region_in = RwSignal::new(String::from("EMEA"));
    let kind_in = RwSignal::new(String::from("primary"));
    let date_in = RwSignal::new(String::new());
    let start_in = RwSignal::new(String::new());
    let end_in = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let adder = Adder::new();
    let again = StoredValue::new(None::<Callback<()>>);
    let confirming = RwSignal::new(None::<String>);

    // What the form says, or why not (as a field message).
    let read_form = move || -> Result<Shift, &'static str> {
        let zone = zone.get_untracked();
        let (starts_at, ends_at) = shift_from_local(
            &date_in.get_untracked(),
            &start_in.get_untracked(),
            &end_in.get_untracked(),
            &offsets(&zone),
        )
        .map_err(|e| e.key())?;
        let person = person_in.get_untracked();
        if person.is_empty() {
            return Err("shift-error-person");
        }
        let region = region_of(&region_in.get_untracked()).ok_or("shift-error-region")?;
        let kind = if kind_in.get_untracked() == "backup" {
            ShiftKind::Backup
        } else {
            ShiftKind::Primary
        };
        Ok(Shift {
            id: String::new(),
            person_id: Some(person),
            region: Some(region),
            starts_at: Some(starts_at),
            ends_at: Some(ends_at),
            kind: Some(kind),
            updated_at: None,
            version: None,
        })
    };
    // A retry of the same add sends the same record (a first try that
    // landed unseen is not made twice).
    let add = Callback::new(move |_: ()| {
        let wanted = match read_form() {
            Ok(s) => s,
            Err(key) => {
                problem.set(Some(key));
                return;
            }
        };
        problem.set(None);
        let shift = Shift {
            id: adder.id("shift"),
            ..wanted
        };
        let retry = again.get_value().unwrap_or(Callback::new(|_| {}));
        adder.send(
            shift,
            notices,
            "add-shift",
            "shift-not-added",
            retry,
            move |saved: Option<Shift>| {
                if let Some(saved) = saved {
                    shifts.try_update(|l| upsert(l, saved));
                }
            },
        );
    });
    again.set_value(Some(add));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(base) = editing.get_untracked() else {
            add.run(());
            return;
        };
        match read_form() {
            Ok(s) => {
                problem.set(None);
                let mut set = serde_json::Map::new();
                for (field, value) in [
                    ("person_id", serde_json::to_value(&s.person_id)),
                    ("region", serde_json::to_value(s.region)),
                    ("kind", serde_json::to_value(s.kind)),
                    ("starts_at", serde_json::to_value(s.starts_at)),
                    ("ends_at", serde_json::to_value(s.ends_at)),
                ] {
                    if let Ok(v) = value {
                        set.insert(field.into(), v);
                    }
                }
                if let Some(saver) = saver {
                    saver.submit(&base, Fields(set));
                }
                editing.set(None);
                platform::focus_later(
                    "data-shift-id",
                    base.id,
                    "[data-action='edit-shift']",
                    false,
                );
            }
            Err(key) => problem.set(Some(key)),
        }
    };
    let start_edit = move |shift: Shift| {
        let zone = zone.get_untracked();
        let off = offsets(&zone);
        if let (Some(a), Some(b)) = (shift.starts_at, shift.ends_at) {
            let (date, start) = local_fields(a, &off);
            date_in.set(date);
            start_in.set(start);
            end_in.set(local_fields(b, &off).1);
        }
        person_in.set(shift.person_id.clone().unwrap_or_default());
        region_in.set(shift.region.map_or("", Region::key).to_string());
        kind_in.set(
            if shift.kind == Some(ShiftKind::Backup) {
                "backup"
            } else {
                "primary"
            }
            .to_string(),
        );
        problem.set(None);
        editing.set(Some(shift));
        platform::focus("[data-shift-field='date']");
    };
    let cancel_edit = move |_| {
        if let Some(s) = editing.get_untracked() {
            platform::focus_later("data-shift-id", s.id, "[data-action='edit-shift']", false);
        }
        editing.set(None);
        problem.set(None);
    };
    let remove_shift = move |shift: Shift| {
        confirming.set(None);
        delete_from(shift, shifts, notices);
    };

    let zones: Vec<String> = Region::ALL
        .iter()
        .map(|r| config.zone_of(*r).to_string())
        .collect();
    let grid = {
        let zones = zones.clone();
        move || {
            let zone = zone.get();
            let off = offsets(&zone);
            let tag = i18n.tag();
            let names = names.get();
            let (gap_word, backup_word) = (i18n.tr("shift-gap"), i18n.tr("shift-backup-short"));
            let days = week(from.get(), 168, &off);
            shifts.with(|list| {
                days.into_iter()
                    .map(|day| {
                        let first = day.hours.first().copied().unwrap_or(from.get_untracked());
                        let label = platform::day_label(first, Some(&zone), Some(&tag));
                        let length = (day.minutes != 24 * 60).then(|| {
                            i18n.tr_args(
                                "shift-day-length",
                                &[("count", Arg::from((day.minutes / 60) as usize))],
                            )
                        });
                        let rows = day
                            .hours
                            .iter()
                            .map(|&hour| {
                                let cells = Region::ALL
                                    .iter()
                                    .zip(&zones)
                                    .map(|(&region, region_zone)| {
                                        let c = cell(list, region, hour);
                                        let join = |ids: &[String]| {
                                            ids.iter().map(|id| name_of(&names, id)).collect::<Vec<_>>().join(", ")
                                        };
                                        let (primary, backup) = (join(&c.primary), join(&c.backup));
                                        let local = platform::clock_time(hour, Some(region_zone), Some(&tag));
                                        let gap = c.gap;
                                        view! {
                                            <td class:gap=gap data-gap=gap.then_some("true")
                                                data-region=gap.then_some(region.key())
                                                data-hour=gap.then(|| hour.to_wire())>
                                                <small class="local">{local}</small>
                                                {(!primary.is_empty()).then(|| view! { " " <bdi class="primary">{primary}</bdi> })}
                                                {gap.then(|| view! { " " <strong class="gap-word">{gap_word.clone()}</strong> })}
                                                {(!backup.is_empty()).then(|| view! { " " <span class="backup">{backup_word.clone()} " " <bdi>{backup}</bdi></span> })}
                                            </td>
                                        }
                                    })
                                    .collect_view();
                                view! {
                                    <tr>
                                        <th scope="row"><time datetime=hour.to_wire()>{platform::clock_time(hour, Some(&zone), Some(&tag))}</time></th>
                                        {cells}
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <tbody data-date=Date(day.date).to_string() data-hours=day.hours.len()>
                                <tr class="day">
                                    <th colspan="4" scope="colgroup">
                                        {label}
                                        {length.map(|l| view! { " · " <span class="day-length">{l}</span> })}
                                    </th>
                                </tr>
                                {rows}
                            </tbody>
                        }
                    })
                    .collect_view()
            })
        }
    };

    let list = {
        let zones = zones.clone();
        move || {
            let zone = zone.get();
            let tag = i18n.tag();
            let names = names.get();
            let from = from.get();
            let busy = saving.get();
            let asking = confirming.get();
            let shown =
                shifts.with(|s| shifts_between(s, from, Timestamp(from.0 + TimeDelta::hours(168))));
            let count = shown.len();
            let rows = shown
                .into_iter()
                .map(|shift| {
                    let region_zone = shift
                        .region
                        .and_then(|r| Region::ALL.iter().position(|x| *x == r))
                        .and_then(|i| zones.get(i).cloned());
                    let span = |zone: Option<&str>| match (shift.starts_at, shift.ends_at) {
                        (Some(a), Some(b)) => format!(
                            "{} – {}",
                            platform::date_time(a, zone, Some(&tag)),
                            platform::date_time(b, zone, Some(&tag))
                        ),
                        _ => String::new(),
                    };
                    let shown_span = span(Some(&zone));
                    let local_span = region_zone.as_deref().map(|z| span(Some(z)));
                    let who = shift.person_id.as_deref().map(|p| name_of(&names, p)).unwrap_or_default();
                    let is_busy = busy.contains(&shift.id);
                    let confirm = asking.as_deref() == Some(shift.id.as_str());
                    let (for_edit, for_remove, for_ask) = (shift.clone(), shift.clone(), shift.id.clone());
                    view! {
                        <li class="shift" data-shift-id=shift.id.clone() data-kind=shift.kind.map(|k| if k == ShiftKind::Primary { "primary" } else { "backup" })
                            aria-busy=is_busy.to_string()>
                            <span class="title">
                                {shift.region.map_or("?", Region::key)} " · " {i18n.tr(kind_key(shift.kind))} " · " <bdi>{who}</bdi>
                            </span>
                            <span class="meta">
                                {shown_span}
                                {local_span.map(|s| view! { " (" {shift.region.map_or("", Region::key)} ": " {s} ")" })}
                                {is_busy.then(|| view! { " · " {i18n.tr("saving")} })}
                            </span>
                            <span class="shift-actions">
                                <button type="button" data-action="edit-shift" on:click=move |_| start_edit(for_edit.clone())>{i18n.tr("shift-move")}</button>
                                " "
                                {if confirm {
                                    view! {
                                        <span role="group" class="confirm">
                                            {i18n.tr("shift-remove-confirm")} " "
                                            <button type="button" data-action="confirm-remove" on:click=move |_| remove_shift(for_remove.clone())>{i18n.tr("shift-remove")}</button>
                                            " "
                                            <button type="button" data-action="cancel-remove" on:click=move |_| confirming.set(None)>{i18n.tr("shift-keep")}</button>
                                        </span>
                                    }.into_any()
                                } else {
                                    view! {
                                        <button type="button" data-action="remove-shift" on:click=move |_| {
                                            confirming.set(Some(for_ask.clone()));
                                            platform::focus_later("data-shift-id", for_ask.clone(), "[data-action='confirm-remove']", false);
                                        }>{i18n.tr("shift-remove")}</button>
                                    }.into_any()
                                }}
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="summary" data-count=count>{i18n.tr_args("shifts-count", &[("count", Arg::from(count))])}</p>
                <ul class="record-list shift-list">{rows}</ul>
            }
        }
    };

    let zone_options = move || {
        let own = i18n.tr(if i18n.utc.get() {
            "shift-zone-utc"
        } else {
            "shift-zone-own"
        });
        let mut options = vec![view! { <option value="own">{own}</option> }.into_any()];
        for r in Region::ALL {
            let label = format!("{} ({})", r.key(), config.zone_of(r));
            options.push(view! { <option value=r.key()>{label}</option> }.into_any());
        }
        options
    };
    let people_options = move || {
        let current = person_in.get();
        names
            .with(|n| people_choices(n, Some(&current)))
            .into_iter()
            .map(|(id, name)| {
                let selected = id == current;
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let field = |key: &'static str,
                 sig: RwSignal<String>,
                 kind: &'static str,
                 name: &'static str| {
        view! {
            <label class="field">
                <span>{text(key)}</span>
                <input type=kind data-shift-field=name required
                    prop:value=move || sig.get() on:input=move |ev| sig.set(event_target_value(&ev)) />
            </label>
        }
    };

    view! {
        <TeamNav />
        <section class="shifts-page" aria-labelledby="shifts-title">
            <h1 id="shifts-title">{text("shifts-title")}</h1>
            <ul class="gap-summary">
                {move || gaps.get().into_iter().map(|(r, hours)| {
                    let n = hours.len();
                    view! {
                        <li data-gaps-region=r.key() data-count=n>
                            <strong>{r.key()}</strong> " " {i18n.tr_args("shift-gap-count", &[("count", Arg::from(n))])}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <NoticeList notices />
            <div class="shift-controls">
                <label class="picker">
                    <span>{text("shift-zone")}</span>
                    <select data-action="shift-zone" on:change=move |ev| zone_choice.set(event_target_value(&ev))
                        prop:value=move || zone_choice.get()>
                        {zone_options}
                    </select>
                </label>
                <span class="week-nav">
                    <button type="button" data-action="week-back" disabled=move || week_no.get() == 0
                        on:click=move |_| week_no.update(|w| *w = (*w - 1).max(0))>{text("shift-week-back")}</button>
                    " "
                    <button type="button" data-action="week-next" disabled=move || week_no.get() >= 8
                        on:click=move |_| week_no.update(|w| *w = (*w + 1).min(8))>{text("shift-week-next")}</button>
                </span>
            </div>
            {move || match live.state.get() {
                LiveState::Loading => Some(view! { <Loading /> }.into_any()),
                LiveState::Failed(error) => Some(view! { <ErrorPanel error on_retry=move |_| live.retry.run(()) /> }.into_any()),
                LiveState::Loaded => None,
            }}
            {move || view! { <DamagedList damaged=live.damaged.get() /> }}
            <div class="shift-grid-wrap" tabindex="0" role="region" aria-labelledby="shift-grid-caption">
                <table class="shift-grid">
                    <caption id="shift-grid-caption">
                        {move || {
                            let zone = zone.get();
                            let at = platform::date_time(from.get(), Some(&zone), Some(&i18n.tag()));
                            i18n.tr_args("shift-week-caption", &[("from", Arg::from(format!("{at} ({zone})")))])
                        }}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{text("shift-time")}</th>
                            {zones.iter().zip(Region::ALL).map(|(z, r)| view! {
                                <th scope="col">{r.key()} <small class="zone">{z.clone()}</small></th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    {grid}
                </table>
            </div>
            <h2>{text("shifts-in-week")}</h2>
            {list}
            <form class="shift-form" on:submit=submit>
                <fieldset>
                    <legend>{move || i18n.tr(if editing.with(Option::is_some) { "shift-form-move" } else { "shift-form-add" })}</legend>
                    <label class="field">
                        <span>{text("shift-person")}</span>
                        <select data-shift-field="person" required on:change=move |ev| person_in.set(event_target_value(&ev))>
                            <option value="">{text("shift-choose-person")}</option>
                            {people_options}
                        </select>
                    </label>
                    <label class="field">
                        <span>{text("shift-region")}</span>
                        <select data-shift-field="region" on:change=move |ev| region_in.set(event_target_value(&ev)) prop:value=move || region_in.get()>
                            {Region::ALL.map(|r| view! { <option value=r.key()>{r.key()}</option> }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>{text("shift-kind")}</span>
                        <select data-shift-field="kind" on:change=move |ev| kind_in.set(event_target_value(&ev)) prop:value=move || kind_in.get()>
                            <option value="primary">{text("shift-primary")}</option>
                            <option value="backup">{text("shift-backup")}</option>
                        </select>
                    </label>
                    {field("shift-date", date_in, "date", "date")}
                    {field("shift-start", start_in, "time", "start")}
                    {field("shift-end", end_in, "time", "end")}
                    <p class="note">{move || i18n.tr_args("shift-form-zone", &[("name", Arg::from(zone.get()))])}</p>
                    {move || problem.get().map(|key| view! { <p class="field-error" role="alert" data-shift-error=key>{i18n.tr(key)}</p> })}
                    <button type="submit" data-action="save-shift" disabled=move || adder.busy.get()>
                        {move || i18n.tr(if editing.with(Option::is_some) { "shift-save-move" } else { "shift-add" })}
                    </button>
                    {move || editing.with(Option::is_some).then(|| view! {
                        " " <button type="button" data-action="cancel-move" on:click=cancel_edit>{text("shift-cancel")}</button>
                    })}
                </fieldset>
            </form>
        </section>
    }
}

/// The shifts not ended at `now` (on now, or to come): what "who is on
/// shift" and the handover read.
pub fn use_current_shifts(
    now: Timestamp,
) -> LocalResource<Result<crate::data::Loaded<Shift>, crate::data::DataError>> {
    use_records::<Shift>(ListParams {
        filters: vec![Filter::new("ends_at", Op::Gte(now.to_wire()))],
        ..Default::default()
    })
}

/// The handover page: for each region, when its current (or next) block of
/// primary shifts ends, who takes over, and the open P0/P1 cases and open
/// incidents handed over.
#[component]
pub fn HandoverPage() -> impl IntoView {
    let i18n = use_i18n();
    let config = use_context::<AppConfig>().unwrap_or_default();
    let now = use_ticking_now();
    let shifts = use_current_shifts(now.get_untracked());
    let people = use_records::<Person>(ListParams::default());
    let cases = use_records::<Case>(ListParams {
        filters: vec![
            Filter::new("status", Op::Ne("resolved".into())),
            Filter::new("priority", Op::AnyOf(vec!["P0".into(), "P1".into()])),
        ],
        ..Default::default()
    });
    let incidents = use_records::<Incident>(ListParams {
        filters: vec![Filter::new("status", Op::Ne("resolved".into()))],
        ..Default::default()
    });
    let retry = move || {
        shifts.refetch();
        people.refetch();
        cases.refetch();
        incidents.refetch();
    };
    let body = move || {
        let (s, p, c, i) = (shifts.get(), people.get(), cases.get(), incidents.get());
        let error = [
            s.as_ref().and_then(|r| r.as_ref().err()),
            p.as_ref().and_then(|r| r.as_ref().err()),
            c.as_ref().and_then(|r| r.as_ref().err()),
            i.as_ref().and_then(|r| r.as_ref().err()),
        ]
        .into_iter()
        .flatten()
        .next()
        .cloned();
        if let Some(error) = error {
            return view! { <ErrorPanel error on_retry=move |_| retry() /> }.into_any();
        }
        let (Some(Ok(s)), Some(Ok(p)), Some(Ok(c)), Some(Ok(i))) = (s, p, c, i) else {
            return view! { <Loading /> }.into_any();
        };
        let homes: HashMap<String, Option<Region>> =
            p.records.iter().map(|x| (x.id.clone(), x.region)).collect();
        let names: HashMap<String, String> = p
            .records
            .iter()
            .filter_map(|x| Some((x.id.clone(), x.name.clone()?)))
            .collect();
        let damaged: Vec<_> = [s.damaged, p.damaged, c.damaged, i.damaged].concat();
        let now = now.get();
        let tag = i18n.tag();
        let at_in = |at: Timestamp, zone: Option<&str>| platform::date_time(at, zone, Some(&tag));
        // "25 Nov 2026, 16:00 (Europe/Dublin)".
        let at_zone = |at: Timestamp, zone: &str| format!("{} ({zone})", at_in(at, Some(zone)));
        let regions = Region::ALL.map(|region| {
            let home = |id: &str| homes.get(id).copied().flatten();
            let h = handover(&s.records, region, now, &home);
            let handed = handed_cases(&c.records, region);
            let open = handed_incidents(&i.records, region);
            let when = match &h {
                None => view! { <p class="note">{i18n.tr("handover-none")}</p> }.into_any(),
                Some(h) => {
                    let from_zone = config.zone_of(h.from.unwrap_or(region)).to_string();
                    let from = h.from.map_or_else(|| i18n.tr("handover-unknown-hub"), |r| r.key().to_string());
                    let ends = i18n.tr_args("handover-ends", &[
                        ("name", Arg::from(from)),
                        ("time", Arg::from(at_zone(h.ends_at, &from_zone))),
                    ]);
                    let yours = i18n.tr_args("handover-your-time", &[("time", Arg::from(at_in(h.ends_at, i18n.zone())))]);
                    let next = match h.to {
                        Some((to, starts)) => {
                            let to_zone = config.zone_of(to.unwrap_or(region)).to_string();
                            let who = to.map_or_else(|| i18n.tr("handover-unknown-hub"), |r| r.key().to_string());
                            let late = starts > h.ends_at;
                            let at = starts.max(h.ends_at);
                            let line = i18n.tr_args(if late { "handover-after-gap" } else { "handover-to" }, &[
                                ("name", Arg::from(who)),
                                ("time", Arg::from(at_zone(at, &to_zone))),
                            ]);
                            view! {
                                <p data-handover-to=to.map(Region::key) data-takes-over=at.to_wire() class:gap-word=late>{line}</p>
                            }.into_any()
                        }
                        None => view! { <p class="gap-word">{i18n.tr("handover-nobody")}</p> }.into_any(),
                    };
                    view! {
                        <p data-handover-at=h.ends_at.to_wire()>{ends} " " <span class="meta">{yours}</span></p>
                        {next}
                    }.into_any()
                }
            };
            let case_rows = handed
                .iter()
                .map(|c| {
                    let owner = c.owner_id.as_deref().map(|o| name_of(&names, o));
                    view! {
                        <li data-case-id=c.id.clone()>
                            <strong>{c.priority.map_or("?", |p| p.key())}</strong> " "
                            <a href=platform::app_href(&crate::url::case_path(&c.id))><bdi>{c.title.clone().unwrap_or_else(|| c.id.clone())}</bdi></a>
                            {owner.map(|o| view! { " · " <bdi>{o}</bdi> })}
                        </li>
                    }
                })
                .collect_view();
            let incident_rows = open
                .iter()
                .map(|x| {
                    view! {
                        <li data-incident-id=x.id.clone()>
                            <strong>{x.severity.map_or_else(|| "SEV?".to_string(), |s| i18n.tr(s.label_key()))}</strong> " "
                            <a href=platform::app_href(&crate::url::incident_path(&x.id))><bdi>{x.title.clone().unwrap_or_else(|| x.id.clone())}</bdi></a>
                        </li>
                    }
                })
                .collect_view();
            let (nc, ni) = (handed.len(), open.len());
            view! {
                <article class="handover" data-handover-region=region.key()>
                    <h2>{region.key()} " " <small class="zone">{config.zone_of(region).to_string()}</small></h2>
                    {when}
                    <h3>{i18n.tr_args("handover-cases", &[("count", Arg::from(nc))])}</h3>
                    <ul class="record-list">{case_rows}</ul>
                    <h3>{i18n.tr_args("handover-incidents", &[("count", Arg::from(ni))])}</h3>
                    <ul class="record-list">{incident_rows}</ul>
                </article>
            }
        });
        view! {
            <DamagedList damaged />
            {regions.into_iter().collect_view()}
        }
        .into_any()
    };
    view! {
        <TeamNav />
        <section class="handover-page" aria-labelledby="handover-title">
            <h1 id="handover-title">{text("handover-title")}</h1>
            <p class="note">{text("handover-intro")}</p>
            {body}
        </section>
    }
}
