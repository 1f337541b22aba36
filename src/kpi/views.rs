//! The KPI dashboard (`/kpis`): window and filters in the URL, a tile per
//! headline KPI (value, on/off target, change against the previous window),
//! charts, the people table, CSV export and print. Thin: the numbers come
//! from `engine::compute`, what to load from `loading`, the URL from `query`.
//!
//! KPIs: docs/kpis.md. Contract: docs/contract.md#sla_policies, #kpi_targets

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::chart::histogram;
use super::charts::{Chart, ChartData, Marker, Series};
use super::engine::{compute, percentile, Kpi, KpiSet, Records, Section, Unit};
use super::export::{raw, to_csv, verdict, Scope};
use super::loading::{
    case_queries, changed_after, check_in_queries, incident_queries, keep_newest, merge, need,
    open_case_queries, plan, recent_check_in_queries, shift_queries, Dates, Plan,
};
use super::model::{Direction, KpiTarget};
use super::query::{KpiQuery, Span, PRESETS};
use crate::cases::model::{Case, Category, Priority};
use crate::cases::sla::{sla_for, SlaPolicy};
use crate::data::{AppProvider, DataError, ListParams, Loaded, Progress, Record};
use crate::i18n::{text, use_i18n, Arg, I18n};
use crate::incidents::model::{ActionItem, Incident};
use crate::platform;
use crate::regions::Region;
use crate::team::model::{CheckIn, Goal, Person, Shift};
use crate::time::Timestamp;
use crate::ui::{error_message, DataEpoch};

/// What the dashboard has loaded: the windowed collections for the dates
/// `covered`, what the "now" values need, and the small collections whole.
#[derive(Default)]
struct Store {
    records: Records,
    targets: Vec<KpiTarget>,
    /// Cases not closed and the last week's check-ins: kept when the
    /// windowed records are loaded anew for far-away dates.
    open_cases: Vec<Case>,
    recent_check_ins: Vec<CheckIn>,
    covered: Option<Dates>,
    /// The first load's "now" and small collections were asked for.
    first_done: bool,
    /// What did not arrive since the last Refresh: the numbers resting on
    /// these collections are marked partial until Retry loads everything
    /// again.
    incomplete: Vec<(&'static str, DataError)>,
    /// Damaged records seen, by collection and id (or problem): each once,
    /// however many overlapping loads brought it.
    damaged: HashSet<String>,
    /// A record loaded was written after the as-of time.
    changed: bool,
}

impl Store {
    fn covers(&self, want: Dates) -> bool {
        self.covered
            .is_some_and(|c| c.first <= want.first && c.last >= want.last)
    }
}

/// How loading goes: running, and records so far of how many the backend
/// announced.
#[derive(Clone, Copy, Default, PartialEq)]
struct LoadState {
    running: bool,
    got: usize,
    expected: u64,
}

/// Which collections each section's numbers rest on.
fn rests_on(section: Section) -> &'static [&'static str] {
    match section {
        Section::Cases => &["cases", "sla_policies"],
        Section::Incidents => &["incidents", "action_items"],
        Section::Team => &["people", "cases", "goals", "check_ins", "shifts"],
    }
}

/// One load's records and what went wrong, gathered before the store is
/// touched.
struct Batch<'a> {
    failed: Vec<(&'static str, DataError)>,
    damaged: Vec<String>,
    /// Whether the load is still wanted: a load a Refresh replaced asks for
    /// nothing more.
    current: &'a dyn Fn() -> bool,
}

impl Batch<'_> {
    /// One collection's records for `queries`, or the failure noted.
    async fn fetch<R: Record>(
        &mut self,
        provider: &AppProvider,
        queries: Vec<ListParams>,
        progress: &dyn Fn(Progress),
    ) -> Vec<R> {
        if !(self.current)() {
            return Vec::new();
        }
        match provider.load_any_with::<R>(&queries, progress).await {
            Ok(Loaded { records, damaged }) => {
                self.damaged.extend(
                    damaged
                        .into_iter()
                        .map(|d| format!("{}/{}", R::COLLECTION, d.id.unwrap_or(d.problem))),
                );
                records
            }
            Err(e) => {
                self.failed.push((R::COLLECTION, e));
                Vec::new()
            }
        }
    }
}

/// Whole collections and the "now" records of a first load.
struct FirstLoad {
    people: Vec<Person>,
    goals: Vec<Goal>,
    action_items: Vec<ActionItem>,
    shifts: Vec<Shift>,
    policies: Vec<SlaPolicy>,
    targets: Vec<KpiTarget>,
    open_cases: Vec<Case>,
    recent_check_ins: Vec<CheckIn>,
}

/// Loads what `plan` says (and, until a first load has fully arrived, the
/// whole collections and the "now" records) into `store`, unless a Refresh
/// started another load meanwhile (`generation`): a load's records never
/// land in a store that was emptied after it began.
#[allow(clippy::too_many_arguments)]
async fn load(
    provider: AppProvider,
    plan: Plan,
    first: bool,
    now: Timestamp,
    store: RwSignal<Store>,
    state: RwSignal<LoadState>,
    generation: StoredValue<u64>,
    mine: u64,
) {
    let current = move || generation.try_get_value() == Some(mine);
    let progress = move |p: Progress| {
        if current() {
            state.try_update(|s| match p {
                Progress::Total(t) => s.expected = s.expected.saturating_add(t),
                Progress::Page(n) => s.got = s.got.saturating_add(n),
            });
        }
    };
    let p = &provider;
    let mut batch = Batch {
        failed: Vec::new(),
        damaged: Vec::new(),
        current: &current,
    };
    let (mut cases, mut incidents, mut check_ins) = (Vec::new(), Vec::new(), Vec::new());
    for part in &plan.parts {
        cases.extend(
            batch
                .fetch::<Case>(p, case_queries(*part, plan.fresh), &progress)
                .await,
        );
        incidents.extend(
            batch
                .fetch::<Incident>(p, incident_queries(*part), &progress)
                .await,
        );
        check_ins.extend(
            batch
                .fetch::<CheckIn>(p, check_in_queries(*part), &progress)
                .await,
        );
    }
    let all = || vec![ListParams::default()];
    let mut whole = None;
    if first {
        whole = Some(FirstLoad {
            people: batch.fetch(p, all(), &progress).await,
            goals: batch.fetch(p, all(), &progress).await,
            action_items: batch.fetch(p, all(), &progress).await,
            shifts: batch.fetch(p, shift_queries(now), &progress).await,
            policies: batch.fetch(p, all(), &progress).await,
            targets: batch.fetch(p, all(), &progress).await,
            open_cases: batch.fetch(p, open_case_queries(), &progress).await,
            recent_check_ins: batch
                .fetch(p, recent_check_in_queries(now), &progress)
                .await,
        });
    }
    if !current() {
        return;
    }
    // Records written after the as-of time, compared on the backend's
    // clock; a first or fresh load is all of one moment give or take its
    // own duration, so only an incremental one is said to mix two.
    let skew = provider.server_now().millis() - platform::now().millis();
    let changed = !first
        && !plan.fresh
        && (changed_after(&cases, now, skew) || changed_after(&incidents, now, skew));
    store.try_update(|s| {
        if plan.fresh {
            s.records.cases = keep_newest(&s.open_cases, &s.records.cases);
            s.records.incidents.clear();
            s.records.check_ins = keep_newest(&s.recent_check_ins, &s.records.check_ins);
        }
        merge(&mut s.records.cases, cases);
        merge(&mut s.records.incidents, incidents);
        merge(&mut s.records.check_ins, check_ins);
        if let Some(first) = whole {
            s.records.people = first.people;
            s.records.goals = first.goals;
            s.records.action_items = first.action_items;
            s.records.shifts = first.shifts;
            s.records.policies = first.policies;
            s.targets = first.targets;
            merge(&mut s.records.cases, first.open_cases.clone());
            merge(&mut s.records.check_ins, first.recent_check_ins.clone());
            s.open_cases = first.open_cases;
            s.recent_check_ins = first.recent_check_ins;
            s.first_done = true;
        }
        s.damaged.extend(batch.damaged);
        s.changed |= changed;
        // What failed stays in `incomplete` (its sections marked partial)
        // until Retry loads everything again: the dates count as asked for.
        s.incomplete.extend(batch.failed);
        s.covered = Some(plan.covered);
    });
    state.try_update(|s| s.running = false);
}

fn label(i18n: &I18n, key: &str) -> String {
    i18n.tr(&format!("kpi-{key}"))
}

/// A value as shown, in its unit; "No data" when there is none.
fn shown(i18n: &I18n, unit: Unit, value: Option<f64>) -> String {
    let Some(v) = value else {
        return i18n.tr("kpi-no-data");
    };
    match unit {
        Unit::Count => i18n.number(v),
        Unit::Minutes => {
            let d = platform::duration(v.abs(), &i18n.tag());
            if v < 0.0 {
                format!("−{d}")
            } else {
                d
            }
        }
        Unit::Percent => format!("{} %", i18n.number((v * 10.0).round() / 10.0)),
        Unit::Score => i18n.number((v * 100.0).round() / 100.0),
    }
}

/// The change against the previous window, in the value's unit, with its
/// direction in words.
fn change(i18n: &I18n, unit: Unit, now: Option<f64>, before: Option<f64>) -> String {
    let (Some(a), Some(b)) = (now, before) else {
        return i18n.tr("kpi-change-none");
    };
    let delta = a - b;
    if delta.abs() < 1e-9 {
        return i18n.tr("kpi-change-same");
    }
    let amount = match unit {
        Unit::Percent => i18n.tr_args(
            "kpi-points",
            &[(
                "value",
                Arg::from(i18n.number((delta.abs() * 10.0).round() / 10.0)),
            )],
        ),
        _ => shown(i18n, unit, Some(delta.abs())),
    };
    let id = if delta > 0.0 {
        "kpi-change-up"
    } else {
        "kpi-change-down"
    };
    i18n.tr_args(id, &[("amount", Arg::from(amount))])
}

fn target_text(i18n: &I18n, targets: &[KpiTarget], k: &Kpi) -> Option<String> {
    let t = targets
        .iter()
        .find(|t| t.id == k.key && t.target.is_some())?;
    let sign = match t.direction? {
        Direction::Below => "≤",
        Direction::Above => "≥",
    };
    let goal = format!("{sign} {}", shown(i18n, k.unit, t.target));
    let id = match verdict(targets, k.key, k.value) {
        Some(true) => "kpi-on-target",
        Some(false) => "kpi-off-target",
        None => "kpi-target",
    };
    Some(i18n.tr_args(id, &[("target", Arg::from(goal))]))
}

fn tile(
    i18n: &I18n,
    k: &Kpi,
    before: Option<f64>,
    targets: &[KpiTarget],
    partial: bool,
) -> impl IntoView {
    // A number resting on a collection that did not arrive is not shown
    // (a failed `cases` is no "backlog 0, on target"): no value, verdict
    // or change until Retry.
    let (value, before) = if partial {
        (None, None)
    } else {
        (k.value, before)
    };
    let k = &Kpi { value, ..k.clone() };
    let on = verdict(targets, k.key, value).map(|b| if b { "on" } else { "off" });
    let previous = k.windowed.then(|| raw(before));
    let change = k.windowed.then(|| change(i18n, k.unit, value, before));
    view! {
        <div class="tile" class:no-data=value.is_none() data-kpi=k.key data-value=raw(value)
            data-previous=previous data-target=on data-partial=partial.then_some("true")>
            <span class="tile-label">{label(i18n, k.key)}</span>
            <span class="tile-value">{shown(i18n, k.unit, value)}</span>
            {target_text(i18n, targets, k).map(|t| view! { <span class="tile-target">{t}</span> })}
            {change.map(|c| view! { <span class="tile-change">{c}</span> })}
            {partial.then(|| view! { <span class="tile-partial">{i18n.tr("kpi-partial-mark")}</span> })}
        </div>
    }
}

/// A breakdown as one chart series (its rows' values as shown).
fn series_of(i18n: &I18n, set: &KpiSet, key: &'static str) -> Series {
    let (values, shown_values) = set
        .breakdown(key)
        .map(|b| {
            (
                b.rows.iter().map(|(_, v)| *v).collect(),
                b.rows
                    .iter()
                    .map(|(_, v)| shown(i18n, b.unit, *v))
                    .collect(),
            )
        })
        .unwrap_or_default();
    Series {
        name: label(i18n, key),
        kpi: Some(key),
        values,
        shown: shown_values,
    }
}

fn row_keys(set: &KpiSet, key: &str) -> Vec<String> {
    set.breakdown(key)
        .map(|b| b.rows.iter().map(|(k, _)| k.clone()).collect())
        .unwrap_or_default()
}

/// A chart of breakdowns sharing their rows (the daily series, volumes).
fn breakdown_chart(
    i18n: &I18n,
    set: &KpiSet,
    id: &'static str,
    title: &str,
    keys: &[&'static str],
    across: bool,
    label_of: &dyn Fn(&str) -> String,
) -> ChartData {
    let rows = row_keys(set, keys[0]);
    ChartData {
        id,
        title: i18n.tr(title),
        labels: rows.iter().map(|k| label_of(k)).collect(),
        keys: rows,
        series: keys.iter().map(|k| series_of(i18n, set, k)).collect(),
        markers: Vec::new(),
        across,
    }
}

/// The distribution of durations with p50 and p90 marked.
fn distribution_chart(i18n: &I18n, id: &'static str, title: &str, sorted: &[f64]) -> ChartData {
    let bins = histogram(sorted, 10);
    let (low, width) = bins.first().map_or((0.0, 1.0), |b| {
        (b.from, (b.to - b.from).max(f64::MIN_POSITIVE))
    });
    let markers = [("p50", 50), ("p90", 90)]
        .into_iter()
        .filter_map(|(name, p)| {
            let v = percentile(sorted, p)?;
            Some(Marker {
                label: format!("{name} {}", shown(i18n, Unit::Minutes, Some(v))),
                at: (v - low) / width,
            })
        })
        .collect();
    let dur = |m: f64| shown(i18n, Unit::Minutes, Some(m));
    ChartData {
        id,
        title: i18n.tr(title),
        keys: bins
            .iter()
            .map(|b| format!("{}-{}", b.from, b.to))
            .collect(),
        labels: bins
            .iter()
            .map(|b| format!("{}–{}", dur(b.from), dur(b.to)))
            .collect(),
        series: vec![Series {
            name: i18n.tr("kpi-chart-cases"),
            kpi: None,
            values: bins.iter().map(|b| Some(b.count as f64)).collect(),
            shown: bins.iter().map(|b| i18n.number(b.count as f64)).collect(),
        }],
        markers,
        across: false,
    }
}

fn day_text(i18n: &I18n, key: &str) -> String {
    match Timestamp::parse(&format!("{key}T00:00:00Z")) {
        Ok(at) => platform::short_date(at, Some("UTC"), Some(&i18n.tag())),
        Err(_) => key.to_string(),
    }
}

#[component]
pub fn KpisPage() -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let epoch = use_context::<DataEpoch>();
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        query_map.with(|q| {
            let pairs: Vec<(String, String)> = q
                .clone()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            KpiQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        })
    });
    // "now" is fixed while the page is open, so that the numbers hold still
    // while they are read; Refresh (and Retry) takes a new one and loads
    // everything again, and a load still running is then disregarded.
    let now = RwSignal::new(platform::now());
    let store = RwSignal::new(Store::default());
    let state = RwSignal::new(LoadState::default());
    let generation = StoredValue::new(0u64);
    let refresh = move || {
        generation.update_value(|g| *g += 1);
        store.set(Store::default());
        state.set(LoadState::default());
        now.set(platform::now());
    };
    if let Some(epoch) = epoch {
        let first = StoredValue::new(true);
        Effect::new(move |_| {
            epoch.track();
            if !first.get_value() {
                refresh();
            }
            first.set_value(false);
        });
    }
    let window = Memo::new(move |_| query.get().window(now.get()));
    let want = Memo::new(move |_| need(window.get()));
    // Loads what the window needs and is not there yet; runs again when a
    // load ends (a window moved meanwhile is then asked for).
    Effect::new(move |_| {
        let (want, now) = (want.get(), now.get());
        if state.with(|s| s.running) {
            return;
        }
        let (covered, first_done) = store.with_untracked(|s| (s.covered, s.first_done));
        let plan = match plan(covered, want) {
            Some(plan) => plan,
            None if !first_done => Plan {
                parts: Vec::new(),
                covered: covered.unwrap_or(want),
                fresh: false,
            },
            None => return,
        };
        let Some(provider) = provider.clone() else {
            store.update(|s| {
                s.incomplete = vec![("cases", DataError::Config("no data provider".into()))];
                s.covered = Some(want);
                s.first_done = true;
            });
            return;
        };
        state.set(LoadState {
            running: true,
            ..Default::default()
        });
        spawn_local(load(
            provider,
            plan,
            !first_done,
            now,
            store,
            state,
            generation,
            generation.get_value(),
        ));
    });
    // Numbers are shown once the window's dates have been asked for (never
    // a 90-day figure from 28 days of records); what failed to arrive marks
    // the sections resting on it partial.
    let loaded = Memo::new(move |_| {
        let want = want.get();
        store.with(|s| s.covers(want) && s.first_done)
    });
    let sets = Memo::new(move |_| {
        if !loaded.get() {
            return None;
        }
        let (q, w, now) = (query.get(), window.get(), now.get());
        Some(store.with(|s| {
            let data = s.records.data();
            (
                compute(&data, w, &q.filters, now),
                compute(&data, w.previous(), &q.filters, now),
            )
        }))
    });
    // Which collections failed; a memo, so that progress ticks do not
    // draw the dashboard again.
    let failed = Memo::new(move |_| {
        store.with(|s| s.incomplete.iter().map(|(c, _)| *c).collect::<Vec<_>>())
    });
    let data_state = move || {
        let s = state.get();
        if s.running || !loaded.get() {
            "loading"
        } else if failed.with(Vec::is_empty) {
            "ready"
        } else {
            "partial"
        }
    };
    let csv = move |_| {
        let Some((set, before)) = sets.get_untracked() else {
            return;
        };
        let failed = failed.get_untracked();
        let filters = query.get_untracked().filters;
        let scope = Scope {
            window: window.get_untracked(),
            now: now.get_untracked(),
            filters: &filters,
            partial: &|section| rests_on(section).iter().any(|c| failed.contains(c)),
        };
        let text = store.with_untracked(|s| to_csv(&set, Some(&before), &scope, &s.targets));
        let w = window.get_untracked();
        let name = format!("kpis-{}-{}.csv", w.from.date(), w.to.date());
        platform::download(&name, "text/csv;charset=utf-8", &text);
    };
    // Printed charts keep their numbers: the tables open first.
    let print = move |_| {
        let Some(w) = web_sys::window() else { return };
        if let Some(tables) = w
            .document()
            .and_then(|d| d.query_selector_all("#kpi-dashboard details.as-table").ok())
        {
            for i in 0..tables.length() {
                if let Some(el) = tables
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
        let _ = w.print();
    };
    view! {
        <section id="kpi-dashboard" class="kpi-dashboard" aria-labelledby="kpis-title" data-state=data_state
            data-from=move || window.get().from.to_wire() data-to=move || window.get().to.to_wire()
            data-now=move || now.get().to_wire()>
            <div class="page-head">
                <h1 id="kpis-title">{text("kpis-title")}</h1>
                <div class="actions no-print">
                    <button type="button" data-action="refresh" on:click=move |_| refresh()>{text("kpi-refresh")}</button>
                    <button type="button" data-action="csv" on:click=csv disabled=move || sets.with(Option::is_none)>{text("kpi-csv")}</button>
                    <button type="button" data-action="print" on:click=print>{text("kpi-print")}</button>
                </div>
            </div>
            <Controls query=query now=now />
            <p class="as-of">{move || {
                let w = window.get();
                let tag = i18n.tag();
                i18n.tr_args("kpi-as-of", &[
                    ("time", Arg::from(platform::date_time(now.get(), i18n.zone(), Some(&tag)))),
                    ("from", Arg::from(platform::date_time(w.from, i18n.zone(), Some(&tag)))),
                    ("to", Arg::from(platform::date_time(w.to, i18n.zone(), Some(&tag)))),
                ])
            }}</p>
            <LoadStatus state=state store=store on_refresh=Callback::new(move |_| refresh()) />
            {move || sets.get().map(|(set, before)| {
                let failed = failed.get();
                let partial = move |section: Section| rests_on(section).iter().any(|c| failed.contains(c));
                store.with(|s| dashboard(&i18n, &set, &before, s, &partial))
            })}
        </section>
    }
}

#[component]
fn Controls(query: Memo<KpiQuery>, now: RwSignal<Timestamp>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let go = move |q: KpiQuery| {
        let pairs = q
            .to_pairs()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", crate::url::encode(&v)))
            .collect::<Vec<_>>()
            .join("&");
        let url = if pairs.is_empty() {
            "/kpis".to_string()
        } else {
            format!("/kpis?{pairs}")
        };
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let span_value = move || match query.get().span {
        Span::Last(d) => d.to_string(),
        Span::Dates(..) => "dates".to_string(),
    };
    let go_span = go.clone();
    let set_span = move |value: String| {
        let mut q = query.get_untracked();
        q.span = match value.parse::<u32>() {
            Ok(d) => Span::Last(d),
            Err(_) => {
                let w = q.window(now.get_untracked());
                Span::Dates(
                    w.from.date(),
                    (w.to.0 - chrono::TimeDelta::milliseconds(1)).date_naive(),
                )
            }
        };
        go_span(q);
    };
    let go_dates = go.clone();
    let set_date = move |end: bool, value: String| {
        let Ok(day) = crate::time::parse_date(&value) else {
            return;
        };
        let mut q = query.get_untracked();
        let w = q.window(now.get_untracked());
        let (mut from, mut to) = match q.span {
            Span::Dates(f, t) => (f, t),
            Span::Last(_) => (w.from.date(), w.to.date()),
        };
        if end {
            to = day
        } else {
            from = day
        }
        q.span = Span::Dates(from, to);
        // A range the URL would not keep (backwards, too long) is not set.
        let pairs = q.to_pairs();
        if KpiQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))).span == q.span {
            go_dates(q);
        }
    };
    let dates = move || match query.get().span {
        Span::Dates(f, t) => Some((f, t)),
        Span::Last(_) => None,
    };
    let set_date_from = set_date.clone();
    let filter = move |name: &'static str, options: Vec<(&'static str, String)>| {
        let go = go.clone();
        let current = move || {
            query
                .get()
                .to_pairs()
                .into_iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v)
                .unwrap_or_default()
        };
        view! {
            <label class="picker">
                <span>{text(match name { "region" => "filter-region", "priority" => "filter-priority", _ => "filter-category" })}</span>
                <select data-filter=name prop:value=current on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let mut pairs: Vec<(&str, String)> = query.get_untracked().to_pairs();
                    pairs.retain(|(k, _)| *k != name);
                    if !value.is_empty() {
                        pairs.push((name, value));
                    }
                    go(KpiQuery::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))));
                }>
                    <option value="">{text("filter-all")}</option>
                    {options.into_iter().map(|(v, l)| view! { <option value=v selected=move || current() == v>{l}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <div class="kpi-controls no-print" role="group" aria-label=move || i18n.tr("kpi-controls")>
            <label class="picker">
                <span>{text("kpi-window")}</span>
                <select data-filter="window" prop:value=span_value on:change=move |ev| set_span(event_target_value(&ev))>
                    {PRESETS.into_iter().map(|d| view! {
                        <option value=d.to_string() selected=move || span_value() == d.to_string()>
                            {move || i18n.tr_args("kpi-last-days", &[("count", Arg::from(d as usize))])}
                        </option>
                    }).collect_view()}
                    <option value="dates" selected=move || span_value() == "dates">{text("kpi-dates")}</option>
                </select>
            </label>
            {move || dates().map(|(f, t)| {
                let set_from = set_date_from.clone();
                let set_to = set_date.clone();
                view! {
                    <label class="picker"><span>{text("kpi-from")}</span>
                        <input type="date" data-filter="from" value=f.to_string() on:change=move |ev| set_from(false, event_target_value(&ev)) /></label>
                    <label class="picker"><span>{text("kpi-to")}</span>
                        <input type="date" data-filter="to" value=t.to_string() on:change=move |ev| set_to(true, event_target_value(&ev)) /></label>
                }
            })}
            {filter("region", Region::ALL.iter().map(|r| (r.key(), r.key().to_string())).collect())}
            {filter("priority", Priority::ALL.iter().map(|p| (p.key(), p.key().to_string())).collect())}
            {filter("category", Category::ALL.iter().map(|c| (c.key(), i18n.tr(&format!("category-{}", c.key())))).collect())}
        </div>
    }
}

/// Loading progress (one live region whose text changes), the
/// partial-load warning with what failed and a Retry, records left out as
/// damaged, and a note when records changed after the as-of time.
#[component]
fn LoadStatus(
    state: RwSignal<LoadState>,
    store: RwSignal<Store>,
    on_refresh: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let running = Memo::new(move |_| state.with(|s| s.running));
    let message = move || {
        state.with(|s| {
            if !s.running {
                return String::new();
            }
            let total = usize::try_from(s.expected).unwrap_or(usize::MAX).max(s.got);
            i18n.tr_args(
                "kpi-loading",
                &[("count", Arg::from(s.got)), ("total", Arg::from(total))],
            )
        })
    };
    let bar = move || {
        running.get().then(|| {
            let max = move || state.with(|s| s.expected.max(s.got as u64).max(1).to_string());
            let value = move || state.with(|s| s.got.to_string());
            view! { <progress max=max value=value aria-hidden="true"></progress> }
        })
    };
    let failed = move || {
        store.with(|s| {
            (!s.incomplete.is_empty() && !running.get()).then(|| {
                let items = s
                    .incomplete
                    .iter()
                    .map(|(c, e)| view! { <li><code>{*c}</code> ": " {error_message(&i18n, e)}</li> })
                    .collect_view();
                view! {
                    <div class="error-panel" role="alert" data-partial="true">
                        <p>{i18n.tr("kpi-partial")}</p>
                        <ul>{items}</ul>
                        <button type="button" class="retry" on:click=move |_| on_refresh.run(())>{text("retry")}</button>
                    </div>
                }
            })
        })
    };
    let damaged = move || {
        let n = store.with(|s| s.damaged.len());
        (n > 0).then(|| view! { <p class="damaged-note">{i18n.tr_args("kpi-damaged", &[("count", Arg::from(n))])}</p> })
    };
    let changed = move || {
        store.with(|s| s.changed).then(|| {
            view! {
                <p class="changed-note" data-changed="true">{i18n.tr("kpi-changed")} " "
                    <button type="button" on:click=move |_| on_refresh.run(())>{text("kpi-refresh")}</button></p>
            }
        })
    };
    view! {
        <p class="loading" role="status" aria-live="polite">{message}</p>
        {bar} {failed} {damaged} {changed}
    }
}

fn section_tiles(
    i18n: &I18n,
    set: &KpiSet,
    before: &KpiSet,
    targets: &[KpiTarget],
    section: Section,
    partial: bool,
) -> impl IntoView {
    let tiles = set
        .kpis
        .iter()
        .filter(|k| k.section == section)
        .map(|k| tile(i18n, k, before.value(k.key), targets, partial))
        .collect_view();
    view! { <div class="tiles">{tiles}</div> }
}

fn dashboard(
    i18n: &I18n,
    set: &KpiSet,
    before: &KpiSet,
    store: &Store,
    partial: &dyn Fn(Section) -> bool,
) -> impl IntoView {
    let targets = &store.targets;
    let day = |k: &str| day_text(i18n, k);
    let same = |k: &str| {
        if k == "unknown" {
            i18n.tr("kpi-unknown")
        } else {
            k.to_string()
        }
    };
    let category = |k: &str| {
        if k == "unknown" {
            same(k)
        } else {
            i18n.tr(&format!("category-{k}"))
        }
    };
    let charts = vec![
        breakdown_chart(
            i18n,
            set,
            "daily",
            "kpi-chart-daily",
            &["daily_created", "daily_resolved"],
            false,
            &day,
        ),
        breakdown_chart(
            i18n,
            set,
            "backlog",
            "kpi-chart-backlog",
            &["daily_backlog"],
            false,
            &day,
        ),
        breakdown_chart(
            i18n,
            set,
            "region",
            "kpi-volume_by_region",
            &["volume_by_region"],
            true,
            &same,
        ),
        breakdown_chart(
            i18n,
            set,
            "category",
            "kpi-volume_by_category",
            &["volume_by_category"],
            true,
            &category,
        ),
        breakdown_chart(
            i18n,
            set,
            "priority",
            "kpi-volume_by_priority",
            &["volume_by_priority"],
            true,
            &same,
        ),
        distribution_chart(
            i18n,
            "first-response",
            "kpi-chart-first-response",
            &set.first_response_minutes,
        ),
        distribution_chart(
            i18n,
            "resolution",
            "kpi-chart-resolution",
            &set.resolution_minutes,
        ),
    ];
    let (case_charts, incident_chart) = (
        charts
            .into_iter()
            .map(|c| view! { <Chart data=c /> })
            .collect_view(),
        view! { <Chart data=breakdown_chart(i18n, set, "severity", "kpi-incidents_by_severity", &["incidents_by_severity"], true, &same) /> },
    );
    let severity_rows = set
        .by_severity
        .iter()
        .map(|r| {
            view! {
                <tr><th scope="row">{i18n.tr(r.severity.label_key())}</th>
                    <td>{i18n.number(r.incidents as f64)}</td>
                    <td>{shown(i18n, Unit::Minutes, r.mtta)}</td>
                    <td>{shown(i18n, Unit::Minutes, r.mttr)}</td></tr>
            }
        })
        .collect_view();
    view! {
        <section class="kpi-section" aria-labelledby="kpi-cases" data-section="cases">
            <h2 id="kpi-cases">{i18n.tr("kpi-section-cases")}</h2>
            {section_tiles(i18n, set, before, targets, Section::Cases, partial(Section::Cases))}
            <div class="charts">{case_charts}</div>
        </section>
        <section class="kpi-section" aria-labelledby="kpi-incidents" data-section="incidents">
            <h2 id="kpi-incidents">{i18n.tr("kpi-section-incidents")}</h2>
            {section_tiles(i18n, set, before, targets, Section::Incidents, partial(Section::Incidents))}
            <div class="charts">
                {incident_chart}
                <table class="plain">
                    <caption>{i18n.tr("kpi-by-severity")}</caption>
                    <thead><tr><th scope="col"></th><th scope="col">{label(i18n, "incidents")}</th>
                        <th scope="col">{label(i18n, "mtta")}</th><th scope="col">{label(i18n, "mttr")}</th></tr></thead>
                    <tbody>{severity_rows}</tbody>
                </table>
            </div>
        </section>
        <section class="kpi-section" aria-labelledby="kpi-team" data-section="team">
            <h2 id="kpi-team">{i18n.tr("kpi-section-team")}</h2>
            {section_tiles(i18n, set, before, targets, Section::Team, partial(Section::Team))}
            {team_table(i18n, set, &store.records.people)}
            {coverage_table(i18n, set)}
        </section>
        <section class="kpi-section" aria-labelledby="kpi-sla">
            <h2 id="kpi-sla">{i18n.tr("sla-title")}</h2>
            {policies_table(i18n, &store.records.policies)}
        </section>
    }
}

/// Per person: open cases, wellbeing in the window, exposure this week.
fn team_table(i18n: &I18n, set: &KpiSet, people: &[Person]) -> impl IntoView {
    const KEYS: [&str; 3] = ["open_per_owner", "wellbeing_avg", "exposure_week"];
    // Looked up by id (a backend may send as many owners as open cases).
    let names: HashMap<&str, &str> = people
        .iter()
        .filter_map(|p| Some((p.id.as_str(), p.name.as_deref()?)))
        .collect();
    type Column<'a> = Option<(Unit, HashMap<&'a str, Option<f64>>)>;
    let columns: Vec<Column> = KEYS
        .iter()
        .map(|key| {
            set.breakdown(key).map(|b| {
                let rows = b.rows.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                (b.unit, rows)
            })
        })
        .collect();
    let mut seen = HashSet::new();
    let mut ids: Vec<&str> = Vec::new();
    for key in KEYS {
        for (id, _) in set.breakdown(key).map_or(&[][..], |b| &b.rows[..]) {
            if seen.insert(id.as_str()) {
                ids.push(id);
            }
        }
    }
    let rows = ids
        .into_iter()
        .map(|id| {
            let name = names.get(id).copied().unwrap_or(id).to_string();
            let cells = KEYS
                .iter()
                .zip(&columns)
                .map(|(key, column)| {
                    let cell = column
                        .as_ref()
                        .and_then(|(unit, rows)| Some((*unit, *rows.get(id)?)));
                    match cell {
                        Some((unit, v)) => view! {
                            <td data-kpi=*key data-key=id.to_string() data-value=raw(v)>{shown(i18n, unit, v)}</td>
                        }
                        .into_any(),
                        None => view! { <td>"—"</td> }.into_any(),
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="plain kpi-people">
            <caption>{i18n.tr("kpi-people")}</caption>
            <thead><tr><th scope="col">{i18n.tr("kpi-person")}</th>
                {KEYS.iter().map(|k| view! { <th scope="col">{label(i18n, k)}</th> }).collect_view()}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn coverage_table(i18n: &I18n, set: &KpiSet) -> impl IntoView {
    let rows = set
        .breakdown("coverage_gaps")
        .map(|b| {
            b.rows
                .iter()
                .map(|(k, v)| {
                    view! {
                        <tr><th scope="row">{k.clone()}</th>
                            <td data-kpi="coverage_gaps" data-key=k.clone() data-value=raw(*v)>
                                {i18n.tr_args("kpi-gap-hours", &[("count", Arg::from(v.unwrap_or(0.0) as usize))])}
                            </td></tr>
                    }
                })
                .collect_view()
        });
    view! {
        <table class="plain">
            <caption>{label(i18n, "coverage_gaps")}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn policies_table(i18n: &I18n, policies: &[SlaPolicy]) -> impl IntoView {
    view! {
        <table class="plain">
            <thead>
                <tr><th scope="col">{i18n.tr("sla-priority")}</th><th scope="col">{i18n.tr("sla-first-response")}</th><th scope="col">{i18n.tr("sla-resolution")}</th></tr>
            </thead>
            <tbody>
                {Priority::ALL
                    .into_iter()
                    .map(|p| {
                        let sla = sla_for(policies, p);
                        view! { <tr><th scope="row">{p.key()}</th><td>{i18n.number(sla.first_response_minutes as f64)}</td><td>{i18n.number(sla.resolution_minutes as f64)}</td></tr> }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
