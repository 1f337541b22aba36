//! The "now" page: one column on a phone (three on a wide screen) with the
//! open incidents and their last update (one tap to add one), the open P0
//! and P1 cases with their SLA clocks (one tap to take one), and who is on
//! shift in each region. Writes go through the same save engine and
//! `Adder` as the case board and the incident page. Thin: what is shown and
//! in which order is `logic`.

use std::collections::HashMap;

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::logic::{last_updates, on_shift, open_incidents, urgent_cases};
use crate::cases::model::{Case, Status};
use crate::cases::notes::change_history;
use crate::cases::parts::{owner_view, sla_line, use_sla_policies};
use crate::cases::writes::CaseWrite;
use crate::data::{AppProvider, Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg};
use crate::incidents::entries::new_event;
use crate::incidents::logic::{EventWrite, IncidentWrite};
use crate::incidents::model::{Incident, IncidentEvent};
use crate::incidents::views::{severity_text, status_text};
use crate::platform;
use crate::regions::Region;
use crate::team::people::use_names;
use crate::team::shifts::use_current_shifts;
use crate::time::Timestamp;
use crate::ui::live::{live_status, upsert, use_live_list};
use crate::ui::notices::{use_recorded_list, Adder, NoticeList, Notices};
use crate::ui::{use_me, use_ticking_now, Draft, MePicker};

/// How far back the view looks for each incident's last update.
const UPDATES_HOURS: i64 = 48;

/// The three blocks' bits in [`Ready`]; all set: shown.
const ALL_READY: u8 = 0b111;
/// The columns are shown after this long even if a block is still loading.
const REVEAL_MS: u64 = 3000;

/// Which blocks have their first data (a bit each): the columns are shown
/// at once when all have, so none is pushed down as the one above it fills
/// (on a phone they stack: each filling would shift the next).
type Ready = RwSignal<u8>;

/// Sets `bit` of `ready` once `loaded` is true.
fn report_ready(ready: Ready, bit: u8, loaded: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        if loaded() {
            ready.try_update(|r| *r |= bit);
        }
    });
}

#[component]
pub fn NowPage() -> impl IntoView {
    let names = use_names();
    let ready: Ready = RwSignal::new(0);
    let late = RwSignal::new(false);
    set_timeout(
        move || {
            late.try_set(true);
        },
        std::time::Duration::from_millis(REVEAL_MS),
    );
    let pending = move || ready.get() != ALL_READY && !late.get();
    view! {
        <section class="now-page" aria-labelledby="now-title">
            <div class="page-head">
                <h1 id="now-title">{text("now-title")}</h1>
                <div class="now-me"><MePicker id="now-as".to_string() names label="now-as" /></div>
            </div>
            {move || pending().then(|| view! { <crate::ui::Loading /> })}
            <div class="now-columns" class:now-pending=pending>
                <NowIncidents names ready />
                <NowCases names ready />
                <NowShifts names ready />
            </div>
        </section>
    }
}

/// Open incidents, each with its newest timeline entry and an "add update".
#[component]
fn NowIncidents(names: Memo<HashMap<String, String>>, ready: Ready) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    let incidents = RwSignal::new(Vec::<Incident>::new());
    let live = use_live_list::<Incident, IncidentWrite>(
        incidents,
        ListParams {
            filters: vec![Filter::new("status", Op::Ne("resolved".into()))],
            ..Default::default()
        },
        Signal::derive(|| true),
        None,
    );
    // The timeline entries of the last 48 hours, kept fresh the same way
    // (an update does not change the incident record). An open incident
    // with none says so: in a crisis that is news in itself.
    let events = RwSignal::new(Vec::<IncidentEvent>::new());
    let since = Timestamp(now.get_untracked().0 - chrono::TimeDelta::hours(UPDATES_HOURS));
    use_live_list::<IncidentEvent, EventWrite>(
        events,
        ListParams {
            filters: vec![Filter::new("at", Op::Gte(since.to_wire()))],
            ..Default::default()
        },
        Signal::derive(|| true),
        None,
    );
    report_ready(ready, 0b001, move || {
        !matches!(live.state.get(), crate::ui::LiveState::Loading)
    });
    // Entries added here, shown before the next refresh brings them.
    let added = RwSignal::new(Vec::<IncidentEvent>::new());
    let notices: Notices = RwSignal::new(Vec::new());
    let rows = move || {
        let mut events = events.get();
        for e in added.get() {
            upsert(&mut events, e);
        }
        let last = last_updates(&events);
        let tag = i18n.tag();
        let now = now.get();
        incidents.with(|l| {
            open_incidents(l)
                .into_iter()
                .map(|x| {
                    let update = last.get(x.id.as_str()).map(|e| {
                        let who = e.author_id.as_ref().map(|a| names.with(|n| n.get(a).cloned().unwrap_or_else(|| a.clone())));
                        let when = e.at.map(|at| platform::relative_time(at, now, Some(&tag)));
                        view! {
                            <p class="now-last" data-last-update=e.id.clone()>
                                <span class="meta">{when}{who.map(|w| view! { " · " <bdi>{w}</bdi> })}</span>
                                " "
                                <bdi dir="auto">{e.text.clone().unwrap_or_default()}</bdi>
                            </p>
                        }
                    });
                    let id = x.id.clone();
                    view! {
                        <li class="now-item" data-incident-id=x.id.clone()>
                            <div class="now-line">
                                <strong>{severity_text(&i18n, x.severity)}</strong>
                                <a href=platform::app_href(&crate::url::incident_path(&x.id))><bdi>{x.title.clone().unwrap_or_else(|| x.id.clone())}</bdi></a>
                                <span class="meta">{status_text(&i18n, x.status)}</span>
                            </div>
                            {match update {
                                Some(shown) => Either::Left(shown),
                                None => Either::Right(view! { <p class="now-last meta" data-last-update="">{i18n.tr_args("now-no-update", &[("hours", Arg::from(UPDATES_HOURS as usize))])}</p> }),
                            }}
                            <UpdateForm incident_id=id added notices />
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="now-block" aria-labelledby="now-incidents">
            <h2 id="now-incidents">{move || i18n.tr_args("now-incidents", &[("count", Arg::from(incidents.with(|l| open_incidents(l).len())))])}</h2>
            <NoticeList notices />
            {live_status(live.state, live.retry)}
            <ul class="record-list now-list">{rows}</ul>
        </section>
    }
}

/// "Add update" on one incident: a button that opens a one-line form. The
/// entry is written with a client-made id (`Adder`), so a retry after a
/// lost answer never adds it twice.
#[component]
fn UpdateForm(
    incident_id: String,
    added: RwSignal<Vec<IncidentEvent>>,
    notices: Notices,
) -> impl IntoView {
    let me = use_me();
    let provider = use_context::<AppProvider>();
    let open = RwSignal::new(false);
    let body = RwSignal::new(String::new());
    let adder = Adder::new();
    let again = StoredValue::new(None::<Callback<()>>);
    let field = format!("now-update-{incident_id}");
    let incident = incident_id.clone();
    let send = Callback::new(move |_: ()| {
        let t = body.get_untracked();
        if t.trim().is_empty() {
            return;
        }
        let at = provider
            .as_ref()
            .map_or_else(platform::now, |p| p.server_now());
        let draft = Draft {
            kind: "update",
            at: None,
            text: t,
            extra: None,
        };
        let Some(event) = new_event(&draft, &incident, adder.id("event"), me.get_untracked(), at)
        else {
            return;
        };
        let retry = again.get_value().unwrap_or(Callback::new(|_| {}));
        adder.send(
            event,
            notices,
            "now-update",
            "record-not-saved",
            retry,
            move |saved: Option<IncidentEvent>| {
                if let Some(saved) = saved {
                    added.try_update(|l| upsert(l, saved));
                }
                body.try_set(String::new());
                open.try_set(false);
            },
        );
    });
    again.set_value(Some(send));
    let toggle = {
        let field = field.clone();
        move |_| {
            open.update(|o| *o = !*o);
            if open.get_untracked() {
                let field = field.clone();
                spawn_local(async move {
                    leptos::task::tick().await;
                    platform::focus(&format!("#{field}"));
                });
            }
        }
    };
    view! {
        <button type="button" class="now-tap" data-action="now-update" aria-expanded=move || open.get().to_string()
            on:click=toggle>{text("now-add-update")}</button>
        <form class="now-form" hidden=move || !open.get() aria-busy=move || adder.busy.get().to_string()
            on:submit=move |ev| { ev.prevent_default(); send.run(()); }>
            <label for=field.clone()>{text("now-update-label")}</label>
            <textarea id=field rows="3" dir="auto" data-field="now-update"
                prop:value=move || body.get()
                on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            <button type="submit" class="primary now-tap" data-action="now-post" disabled=move || adder.busy.get()>{text("now-post")}</button>
        </form>
    }
}

/// Open P0 and P1 cases with their SLA clocks, the most urgent first, each
/// with "take" (make me the owner).
#[component]
fn NowCases(names: Memo<HashMap<String, String>>, ready: Ready) -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let now = use_ticking_now();
    let (policies, sla) = use_sla_policies();
    let edited = use_recorded_list::<Case, CaseWrite>(
        ListParams {
            filters: vec![
                Filter::new("status", Op::Ne(Status::Resolved.key().into())),
                Filter::new("priority", Op::AnyOf(vec!["P0".into(), "P1".into()])),
            ],
            ..Default::default()
        },
        std::rc::Rc::new(change_history(me)),
    );
    let live = edited.live;
    report_ready(ready, 0b010, move || {
        policies.get().is_some() && !matches!(live.state.get(), crate::ui::LiveState::Loading)
    });
    let rows = move || {
        let now = now.get();
        let mine = me.get();
        sla.with(|sla| {
            live.records.with(|l| {
                urgent_cases(l, sla, now)
                    .into_iter()
                    .map(|c| {
                        let clock = sla_line(i18n, c, sla, now);
                        let taken = mine.is_some() && c.owner_id == mine;
                        let case = c.clone();
                        let id = c.id.clone();
                        view! {
                            <li class="now-item" data-case-id=c.id.clone() aria-busy=move || edited.is_saving(&id).to_string()>
                                <div class="now-line">
                                    <span class="tag" data-priority=c.priority.map(|p| p.key())>{c.priority.map_or("?", |p| p.key())}</span>
                                    <a href=platform::app_href(&crate::url::case_path(&c.id))><bdi>{c.title.clone().unwrap_or_else(|| c.id.clone())}</bdi></a>
                                    <span class="meta">{c.region.map(Region::key)}</span>
                                </div>
                                {clock.map(|(state, line)| view! { <p class="sla" data-sla=state>{line}</p> })}
                                <div class="now-actions">
                                <p class="meta">{owner_view(c.owner_id.clone(), names)}</p>
                                {(!taken).then(|| view! {
                                    <button type="button" class="now-tap" data-action="take"
                                        disabled=move || me.get().is_none()
                                        on:click=move |_| {
                                            if let Some(owner) = me.get_untracked() {
                                                edited.submit(&case, CaseWrite::Take { owner });
                                            }
                                        }>{text("now-take")}</button>
                                })}
                                </div>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="now-block" aria-labelledby="now-cases">
            <h2 id="now-cases">{move || i18n.tr_args("now-cases", &[("count", Arg::from(live.records.with(|l| urgent_cases(l, &[], platform::now()).len())))])}</h2>
            {move || me.get().is_none().then(|| view! { <p class="note">{text("now-say-who")}</p> })}
            <NoticeList notices=edited.notices />
            {live_status(live.state, live.retry)}
            <ul class="record-list now-list">{rows}</ul>
        </section>
    }
}

/// Who is on shift now in each region (primary, then backup).
#[component]
fn NowShifts(names: Memo<HashMap<String, String>>, ready: Ready) -> impl IntoView {
    let i18n = use_i18n();
    let now = use_ticking_now();
    let shifts = use_current_shifts(now.get_untracked());
    report_ready(ready, 0b100, move || shifts.get().is_some());
    let who = move |ids: Vec<String>| {
        if ids.is_empty() {
            return i18n.tr("now-nobody");
        }
        names.with(|n| {
            ids.iter()
                .map(|id| n.get(id).cloned().unwrap_or_else(|| id.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let rows = move || {
        let list = shifts
            .get()
            .and_then(Result::ok)
            .map(|l| l.records)
            .unwrap_or_default();
        let now = now.get();
        Region::ALL
            .map(|region| {
                let on = on_shift(&list, region, now);
                let gap = on.primary.is_empty();
                view! {
                    <li class="now-item" data-now-region=region.key() class:gap=gap>
                        <strong>{region.key()}</strong>
                        <span data-on-shift="primary"><bdi>{who(on.primary)}</bdi></span>
                        {(!on.backup.is_empty()).then(|| view! {
                            <span class="meta" data-on-shift="backup">{i18n.tr("now-backup")} " " <bdi>{who(on.backup.clone())}</bdi></span>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="now-block" aria-labelledby="now-shifts">
            <h2 id="now-shifts">{text("now-shifts")}</h2>
            {move || shifts.get().and_then(Result::err).map(|error| view! { <crate::ui::ErrorPanel error on_retry=move |_| shifts.refetch() /> })}
            <ul class="record-list now-list">{rows}</ul>
        </section>
    }
}
