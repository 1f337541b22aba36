//! One-to-ones and wellbeing: a person's check-ins (log one, the 12-week
//! trend, the list with private notes behind a disclosure) and the leads'
//! "needs attention" list (`/team/wellbeing`), each entry saying why in
//! supportive words. Thin: the rules are in `growth`.
//!
//! Contract: docs/contract.md#check_ins. KPIs: docs/kpis.md#team
//! (`exposure_week`).

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::growth::{attention, newest_first, trend, Reason, Week, DEFAULT_EXPOSURE_LIMIT};
use super::model::CheckIn;
use super::views::{use_team_people, TeamNav};
use crate::data::fields::Fields;
use crate::data::{Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::time::parse_date;
use crate::ui::live::{live_status, upsert};
use crate::ui::notices::{Adder, NoticeList, Notices};
use crate::ui::{use_live_list, use_me, DamagedList, Live};
use crate::url::person_path;

/// Where the exposure limit a lead chose is kept in this browser.
const LIMIT_KEY: &str = "watchfloor.exposure_limit";

/// Check-ins are added, never edited here: a live list without a save
/// engine (one less engine instance in the bundle).
fn use_check_ins(params: ListParams) -> (RwSignal<Vec<CheckIn>>, Notices, Live<CheckIn>) {
    let list = RwSignal::new(Vec::<CheckIn>::new());
    let live = use_live_list::<CheckIn, Fields>(list, params, Signal::derive(|| true), None);
    (list, RwSignal::new(Vec::new()), live)
}

/// A 1..5 select with "not said" (empty).
fn scale(id: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
            <option value="">"—"</option>
            {(1..=5).map(|n| view! { <option value=n>{n}</option> }).collect_view()}
        </select>
    }
}

/// A person's check-ins on their page.
#[component]
pub fn CheckInsSection(person_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let (list, notices, live) = use_check_ins(ListParams {
        filters: vec![Filter::new("person_id", Op::Eq(person_id.clone()))],
        ..Default::default()
    });
    let today = platform::now().date();
    let on = RwSignal::new(platform::local_date(platform::now()).to_string());
    let wellbeing = RwSignal::new(String::new());
    let workload = RwSignal::new(String::new());
    let exposure = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let adder = Adder::new();
    let again = StoredValue::new(None::<Callback<()>>);
    let add = Callback::new(move |_: ()| {
        let Ok(date) = parse_date(on.get_untracked().trim()) else {
            problem.set(Some("check-in-date-invalid"));
            platform::focus("#check-in-on");
            return;
        };
        let minutes = exposure.get_untracked().trim().to_string();
        let minutes = if minutes.is_empty() {
            Value::Null
        } else if let Ok(n) = minutes.parse::<u32>() {
            n.into()
        } else {
            problem.set(Some("check-in-exposure-invalid"));
            platform::focus("#check-in-exposure");
            return;
        };
        problem.set(None);
        let level = |s: RwSignal<String>| {
            s.get_untracked()
                .parse::<u8>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map_or(Value::Null, Value::from)
        };
        let mut map = Map::new();
        map.insert("id".into(), adder.id("check-in").into());
        map.insert("person_id".into(), person_id.clone().into());
        map.insert("on".into(), date.to_string().into());
        map.insert(
            "author_id".into(),
            me.get_untracked().map_or(Value::Null, Value::from),
        );
        map.insert("wellbeing".into(), level(wellbeing));
        map.insert("workload".into(), level(workload));
        map.insert("exposure_minutes".into(), minutes);
        map.insert("notes".into(), notes.get_untracked().into());
        let Ok(check_in) = crate::data::decode::decode::<CheckIn>(Value::Object(map)) else {
            return;
        };
        let retry = again.get_value().unwrap_or(Callback::new(|_| {}));
        adder.send(
            check_in,
            notices,
            "add-check-in",
            "check-in-not-added",
            retry,
            move |saved: Option<CheckIn>| {
                // Never queued: check-ins are not kept in the browser.
                if let Some(saved) = saved {
                    list.try_update(|l| upsert(l, saved));
                }
                for s in [wellbeing, workload, exposure, notes] {
                    s.try_set(String::new());
                }
            },
        );
    });
    again.set_value(Some(add));
    let rows = move || {
        list.with(|l| {
            newest_first(l.iter())
                .into_iter()
                .take(12)
                .map(|c| {
                    let note = c.notes.clone().filter(|n| !n.trim().is_empty());
                    view! {
                        <li data-check-in-id=c.id.clone()>
                            <strong>{c.on.map(|d| d.to_string())}</strong>
                            " · " {i18n.tr_args("check-in-line", &[
                                ("wellbeing", c.wellbeing.map_or(Arg::from("—"), |n| Arg::from(n as usize))),
                                ("workload", c.workload.map_or(Arg::from("—"), |n| Arg::from(n as usize))),
                                ("minutes", c.exposure_minutes.map_or(Arg::from("—"), |n| Arg::Number(f64::from(n)))),
                            ])}
                            {note.map(|n| view! {
                                <details><summary>{text("check-in-notes")}</summary><p class="notes" dir="auto">{n}</p></details>
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let weeks = Memo::new(move |_| list.with(|l| trend(&l.iter().collect::<Vec<_>>(), today)));
    view! {
        <section class="panel" aria-labelledby="check-ins-title">
            <h2 id="check-ins-title">{text("team-nav-wellbeing")}</h2>
            <NoticeList notices />
            {live_status(live.state, live.retry)}
            {move || view! { <TrendChart weeks=weeks.get() /> }}
            <form class="check-in-form" novalidate aria-busy=move || adder.busy.get().to_string()
                on:submit=move |ev| { ev.prevent_default(); add.run(()); }>
                <div class="field">
                    <label for="check-in-on">{text("check-in-on")}</label>
                    <input id="check-in-on" type="date" prop:value=move || on.get()
                        on:input=move |ev| on.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="check-in-wellbeing">{text("check-in-wellbeing")}</label>
                    {scale("check-in-wellbeing", wellbeing)}
                </div>
                <div class="field">
                    <label for="check-in-workload">{text("check-in-workload")}</label>
                    {scale("check-in-workload", workload)}
                </div>
                <div class="field">
                    <label for="check-in-exposure">{text("check-in-exposure")}</label>
                    <input id="check-in-exposure" type="number" min="0" inputmode="numeric" prop:value=move || exposure.get()
                        aria-invalid=move || (problem.get() == Some("check-in-exposure-invalid")).to_string()
                        on:input=move |ev| exposure.set(event_target_value(&ev)) />
                </div>
                <div class="field wide">
                    <label for="check-in-notes">{text("check-in-notes")}</label>
                    <textarea id="check-in-notes" rows="3" prop:value=move || notes.get()
                        on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
                </div>
                <p class="field-error" role="alert">{move || problem.get().map(|k| i18n.tr(k))}</p>
                <button type="submit" data-action="log-check-in" disabled=move || adder.busy.get()>{text("check-in-log")}</button>
            </form>
            <ul class="check-ins">{rows}</ul>
        </section>
    }
}

/// The 12 weeks as a small SVG chart (wellbeing and workload 1..5 as lines,
/// exposure as bars), with the same numbers as a table for screen readers.
#[component]
fn TrendChart(weeks: Vec<Week>) -> impl IntoView {
    let i18n = use_i18n();
    const W: f64 = 240.0;
    const H: f64 = 60.0;
    let step = W / weeks.len().max(1) as f64;
    let max_exposure = weeks.iter().map(|w| w.exposure).max().unwrap_or(0).max(1) as f64;
    let y = |v: f64| H - (v - 1.0) / 4.0 * (H - 8.0) - 4.0;
    let line = |f: fn(&Week) -> Option<f64>| {
        weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                f(w).map(|v| format!("{:.1},{:.1}", i as f64 * step + step / 2.0, y(v)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let h = w.exposure as f64 / max_exposure * (H / 2.0);
            view! { <rect class="exposure" x=format!("{:.1}", i as f64 * step + 2.0) y=format!("{:.1}", H - h)
                width=format!("{:.1}", step - 4.0) height=format!("{:.1}", h) /> }
        })
        .collect_view();
    let rows = weeks
        .iter()
        .map(|w| {
            let f = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.1}"));
            view! { <tr><th scope="row">{w.ends_on.to_string()}</th><td>{f(w.wellbeing)}</td><td>{f(w.workload)}</td><td>{w.exposure}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="trend">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="trend-caption" preserveAspectRatio="none">
                {bars}
                <polyline class="wellbeing" points=line(|w| w.wellbeing) />
                <polyline class="workload" points=line(|w| w.workload) />
            </svg>
            <figcaption id="trend-caption">
                {text("trend-title")} " "
                <span class="legend"><span class="key wellbeing">"—"</span> {text("check-in-wellbeing")} " "
                <span class="key workload">"- -"</span> {text("check-in-workload")} " "
                <span class="key exposure">"▮"</span> {text("check-in-exposure")}</span>
            </figcaption>
            <details>
                <summary>{text("show-as-table")}</summary>
                <table>
                    <caption>{i18n.tr("trend-title")}</caption>
                    <thead><tr><th scope="col">{text("trend-week-ending")}</th><th scope="col">{text("check-in-wellbeing")}</th>
                        <th scope="col">{text("check-in-workload")}</th><th scope="col">{text("check-in-exposure")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

fn reason_text(i18n: crate::i18n::I18n, reason: &Reason, limit: u32) -> String {
    match reason {
        Reason::LowWellbeing(a, b) => i18n.tr_args(
            "attention-low-wellbeing",
            &[
                ("last", Arg::from(*a as usize)),
                ("before", Arg::from(*b as usize)),
            ],
        ),
        Reason::HighExposure(m) => i18n.tr_args(
            "attention-high-exposure",
            &[
                ("minutes", Arg::from(*m as usize)),
                ("limit", Arg::from(limit as usize)),
            ],
        ),
        Reason::NoCheckIn(Some(days)) => i18n.tr_args(
            "attention-no-check-in",
            &[("days", Arg::from(*days as usize))],
        ),
        Reason::NoCheckIn(None) => i18n.tr("attention-never-checked-in"),
    }
}

/// The leads' "needs attention" list, with the exposure limit they chose.
#[component]
pub fn WellbeingPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_team_people();
    let (list, notices, live) = use_check_ins(ListParams::default());
    let limit = RwSignal::new(
        platform::load(LIMIT_KEY)
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(DEFAULT_EXPOSURE_LIMIT),
    );
    let today = platform::now().date();
    let entries = move || {
        let limit = limit.get();
        let people_list = people.live.records.get();
        list.with(|checks| {
            attention(&people_list, checks, today, limit)
                .into_iter()
                .map(|(p, reasons)| {
                    let keys = reasons.iter().map(Reason::key).collect::<Vec<_>>().join(" ");
                    view! {
                        <li data-person-id=p.id.clone() data-reasons=keys>
                            <a href=platform::app_href(&person_path(&p.id))><bdi>{p.name.clone().unwrap_or_else(|| p.id.clone())}</bdi></a>
                            <ul>{reasons.iter().map(|r| view! { <li>{reason_text(i18n, r, limit)}</li> }).collect_view()}</ul>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <TeamNav />
        <section aria-labelledby="attention-title">
            <h1 id="attention-title">{text("attention-title")}</h1>
            <p class="intro">{text("attention-intro")}</p>
            <NoticeList notices />
            {live_status(live.state, live.retry)}
            {live_status(people.live.state, people.live.retry)}
            {move || view! { <DamagedList damaged=people.live.damaged.get() /> }}
            {move || view! { <DamagedList damaged=live.damaged.get() /> }}
            <div class="inline-form">
                <label for="exposure-limit">{text("attention-limit")}</label>
                <input id="exposure-limit" type="number" min="0" step="30" prop:value=move || limit.get()
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                            limit.set(n);
                            platform::store(LIMIT_KEY, &n.to_string());
                        }
                    } />
            </div>
            <ul class="attention" aria-live="polite">{entries}</ul>
        </section>
    }
}
