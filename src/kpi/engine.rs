//! The KPI engine: every key of docs/kpis.md, computed from the typed
//! collections for one window, filters, "now" and SLA policies.
//!
//! Plain Rust, no Leptos, no browser: tested on the host with hand-computed
//! values. The dashboard (`kpi::views`) only shows what [`compute`] returns.
//!
//! KPIs: docs/kpis.md. Contract: docs/contract.md

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveTime, TimeDelta};

use crate::cases::model::{Case, Category, Priority};
use crate::cases::sla::{outcome_with, sla_for, Outcome, SlaPolicy, SlaTarget, Target};
use crate::incidents::logic::{durations, is_open_item, is_overdue, Durations, Span};
use crate::incidents::model::{ActionItem, Incident, Severity};
use crate::regions::Region;
use crate::team::coverage::coverage_gaps;
use crate::team::growth::{exposure_week, is_active, is_goal_overdue, open_per_owner};
use crate::team::model::{CheckIn, Goal, GoalStatus, Person, Shift};
use crate::time::{Date, Timestamp};

/// `[from, to)` in UTC instants (kpis.md "The window and the filters").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: Timestamp,
    pub to: Timestamp,
}

impl Window {
    /// The last `days` days up to `now`: `[now - days × 24 h, now)`.
    pub fn last_days(now: Timestamp, days: u32) -> Window {
        Window {
            from: Timestamp(now.0 - TimeDelta::hours(24 * i64::from(days))),
            to: now,
        }
    }

    /// The window of the same length just before this one.
    pub fn previous(&self) -> Window {
        let length = self.to.0 - self.from.0;
        Window {
            from: Timestamp(self.from.0 - length),
            to: self.from,
        }
    }

    /// `from <= at < to`.
    pub fn contains(&self, at: Timestamp) -> bool {
        self.from <= at && at < self.to
    }

    /// A date-only value is in the window when the UTC date of `from` <= it
    /// <= the UTC date of `to`.
    pub fn contains_date(&self, day: NaiveDate) -> bool {
        self.from.date() <= day && day <= self.to.date()
    }

    /// The UTC days of the daily series: from the UTC date of `from` to that
    /// of the last instant before `to`, in order.
    pub fn days(&self) -> Vec<NaiveDate> {
        if self.to <= self.from {
            return Vec::new();
        }
        let last = Timestamp(self.to.0 - TimeDelta::milliseconds(1)).date();
        self.from
            .date()
            .iter_days()
            .take_while(|d| *d <= last)
            .collect()
    }
}

/// Region, priority and category filters. Cases match by their own fields,
/// incidents by `regions` (priority and category do not apply to them),
/// team KPIs ignore filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub region: Option<Region>,
    pub priority: Option<Priority>,
    pub category: Option<Category>,
}

impl Filters {
    /// Every filter that is set equals the case's field (a case whose field
    /// is unknown matches no set filter on it).
    pub fn case(&self, case: &Case) -> bool {
        self.region.is_none_or(|r| case.region == Some(r))
            && self.priority.is_none_or(|p| case.priority == Some(p))
            && self.category.is_none_or(|c| case.category == Some(c))
    }

    /// Only the region filter applies: the incident's `regions` contains it.
    pub fn incident(&self, incident: &Incident) -> bool {
        self.region
            .is_none_or(|r| incident.regions.as_ref().is_some_and(|rs| rs.contains(&r)))
    }
}

/// The decoded (undamaged) records the KPIs are computed from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Data<'a> {
    pub cases: &'a [Case],
    pub incidents: &'a [Incident],
    pub action_items: &'a [ActionItem],
    pub people: &'a [Person],
    pub goals: &'a [Goal],
    pub check_ins: &'a [CheckIn],
    pub shifts: &'a [Shift],
    pub policies: &'a [SlaPolicy],
}

/// The collections, owned: what a page or a test keeps; [`Records::data`]
/// lends them to [`compute`].
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub cases: Vec<Case>,
    pub incidents: Vec<Incident>,
    pub action_items: Vec<ActionItem>,
    pub people: Vec<Person>,
    pub goals: Vec<Goal>,
    pub check_ins: Vec<CheckIn>,
    pub shifts: Vec<Shift>,
    pub policies: Vec<SlaPolicy>,
}

impl Records {
    pub fn data(&self) -> Data<'_> {
        Data {
            cases: &self.cases,
            incidents: &self.incidents,
            action_items: &self.action_items,
            people: &self.people,
            goals: &self.goals,
            check_ins: &self.check_ins,
            shifts: &self.shifts,
            policies: &self.policies,
        }
    }
}

/// What a value measures; `data-value` carries it raw in this unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Count,
    Minutes,
    /// 0 to 100.
    Percent,
    /// A 1 to 5 score (CSAT, wellbeing).
    Score,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Cases,
    Incidents,
    Team,
}

/// One headline value. `value` is `None` when there is no data (never 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Kpi {
    pub key: &'static str,
    pub unit: Unit,
    pub section: Section,
    pub value: Option<f64>,
    /// Depends on the window (false for "now" values such as `backlog`,
    /// which are the same for every window, so have no change to show).
    pub windowed: bool,
}

/// A per-value KPI (`volume_by_region`, `daily_created`, ...): rows of
/// (key, value) in a stable order.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub key: &'static str,
    pub unit: Unit,
    pub section: Section,
    pub rows: Vec<(String, Option<f64>)>,
}

/// Incidents of the cohort of one severity, for the severity chart.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityRow {
    pub severity: Severity,
    pub incidents: usize,
    pub mtta: Option<f64>,
    pub mttr: Option<f64>,
}

/// Every KPI of kpis.md for one window.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KpiSet {
    /// Every scalar key, in kpis.md's order.
    pub kpis: Vec<Kpi>,
    pub breakdowns: Vec<Breakdown>,
    /// Ascending: the values `first_response_p50`/`p90` are taken from.
    pub first_response_minutes: Vec<f64>,
    /// Ascending: the values `resolution_p50`/`p90` are taken from.
    pub resolution_minutes: Vec<f64>,
    pub by_severity: Vec<SeverityRow>,
}

impl KpiSet {
    pub fn kpi(&self, key: &str) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.key == key)
    }

    pub fn value(&self, key: &str) -> Option<f64> {
        self.kpi(key).and_then(|k| k.value)
    }

    pub fn breakdown(&self, key: &str) -> Option<&Breakdown> {
        self.breakdowns.iter().find(|b| b.key == key)
    }
}

/// Nearest rank: the value at 1-based rank ceil(p / 100 × n) of `sorted`
/// (ascending); `None` when empty. The rank is computed in integers.
pub fn percentile(sorted: &[f64], p: u32) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    // ceil(p × n / 100) without floats: 7 / 100 × 100 is 7.000000000000001
    // in f64, whose ceil would be rank 8.
    let rank = (p as usize * n).div_ceil(100).clamp(1, n);
    Some(sorted[rank - 1])
}

/// The mean; `None` when empty.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// `100 × part / whole`; `None` when `whole` is 0.
fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

fn count(n: usize) -> Option<f64> {
    Some(n as f64)
}

/// `values` sorted ascending (one sort for the whole app, see `crate::sort`).
fn ascending(mut values: Vec<f64>) -> Vec<f64> {
    crate::sort::sort_by(&mut values, |a, b| a.total_cmp(b));
    values
}

/// Met and missed over `cases` for one SLA target (pending and no clock
/// left out), as a percent of met. `slas`: `sla_for` of each priority, in
/// `Priority::ALL` order (looked up once, not per case).
fn sla_percent(
    cases: &[&Case],
    slas: &[SlaTarget; 4],
    target: Target,
    now: Timestamp,
) -> Option<f64> {
    let (mut met, mut missed) = (0, 0);
    for case in cases {
        let outcome = case
            .priority
            // `Priority::ALL` is in declaration order: P0 is 0 .. P3 is 3.
            .and_then(|p| outcome_with(case, slas[p as usize], target, now));
        match outcome {
            Some(Outcome::Met) => met += 1,
            Some(Outcome::Missed { .. }) => missed += 1,
            Some(Outcome::Pending { .. }) | None => {}
        }
    }
    percent(met, met + missed)
}

/// Counts per value of `all` (0 included, in that order), then `unknown`
/// when some records lack the value.
fn volume<T, K: Copy + PartialEq>(
    records: &[&T],
    all: &[K],
    key: fn(K) -> &'static str,
    value: impl Fn(&T) -> Option<K>,
) -> Vec<(String, Option<f64>)> {
    let mut counts = vec![0usize; all.len()];
    let mut unknown = 0;
    for record in records {
        match value(record).and_then(|v| all.iter().position(|k| *k == v)) {
            Some(i) => counts[i] += 1,
            None => unknown += 1,
        }
    }
    let mut rows: Vec<(String, Option<f64>)> = all
        .iter()
        .zip(counts)
        .map(|(k, n)| (key(*k).to_string(), count(n)))
        .collect();
    if unknown > 0 {
        rows.push(("unknown".to_string(), count(unknown)));
    }
    rows
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The daily series: one count per day of `days` (consecutive, from
/// `start`, the first day's 00:00 UTC, in ms), for each instant of `ats`
/// on one of them.
fn per_day(days: usize, start: i64, ats: impl Iterator<Item = Timestamp>) -> Vec<usize> {
    let mut counts = vec![0; days];
    for at in ats {
        let i = (at.millis() - start).div_euclid(DAY_MS);
        if let Some(n) = usize::try_from(i).ok().and_then(|i| counts.get_mut(i)) {
            *n += 1;
        }
    }
    counts
}

/// `daily_backlog` in O(cases + days): day i (ending at `start` + (i + 1)
/// days) holds a case when `created_at` < its end <= `resolved_at` (or no
/// `resolved_at`). That is every i from floor((created - start) / day) up to,
/// not including, floor((resolved - start) / day): +1 and -1 at those two
/// days, then a running sum.
fn daily_backlog(days: usize, start: i64, cases: &[&Case]) -> Vec<usize> {
    let n = days as i64;
    let mut diff = vec![0i64; days + 1];
    let (Some(first_end), Some(last_end)) = (
        Timestamp::from_millis((start + DAY_MS) as f64),
        Timestamp::from_millis((start + n * DAY_MS) as f64),
    ) else {
        return vec![0; days];
    };
    for case in cases {
        let Some(created) = case.created_at else {
            continue;
        };
        // Most cases of a long history were resolved before the first day
        // ended (or were created after the last one): on no day. Skipped on
        // an instant comparison, before the costlier milliseconds.
        if created >= last_end || case.resolved_at.is_some_and(|r| r < first_end) {
            continue;
        }
        let first = (created.millis() - start).div_euclid(DAY_MS).max(0);
        let end = case
            .resolved_at
            .map_or(n, |r| (r.millis() - start).div_euclid(DAY_MS).min(n));
        if first < end {
            diff[first as usize] += 1;
            diff[end as usize] -= 1;
        }
    }
    let mut open = 0;
    diff[..days]
        .iter()
        .map(|d| {
            open += d;
            open as usize
        })
        .collect()
}

struct Builder {
    set: KpiSet,
}

impl Builder {
    fn kpi(&mut self, section: Section, key: &'static str, unit: Unit, value: Option<f64>) {
        self.set.kpis.push(Kpi {
            key,
            unit,
            section,
            value,
            windowed: true,
        });
    }

    /// A "now" value, the same for every window.
    fn now_kpi(&mut self, section: Section, key: &'static str, unit: Unit, value: Option<f64>) {
        self.set.kpis.push(Kpi {
            key,
            unit,
            section,
            value,
            windowed: false,
        });
    }

    fn breakdown(
        &mut self,
        section: Section,
        key: &'static str,
        unit: Unit,
        rows: Vec<(String, Option<f64>)>,
    ) {
        self.set.breakdowns.push(Breakdown {
            key,
            unit,
            section,
            rows,
        });
    }
}

/// Every KPI of kpis.md over `window` at `now`.
pub fn compute(data: &Data, window: Window, filters: &Filters, now: Timestamp) -> KpiSet {
    let mut out = Builder {
        set: KpiSet::default(),
    };
    cases(&mut out, data, window, filters, now);
    incidents(&mut out, data, window, filters, now);
    team(&mut out, data, window, now);
    out.set
}

fn cases(out: &mut Builder, data: &Data, window: Window, filters: &Filters, now: Timestamp) {
    use Section::Cases as S;
    // One pass over the cases: the filtered ones and the cohorts.
    let in_window = |at: Option<Timestamp>| at.is_some_and(|t| window.contains(t));
    let (mut cases, mut created, mut resolved, mut open) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for case in data.cases.iter().filter(|c| filters.case(c)) {
        cases.push(case);
        if in_window(case.created_at) {
            created.push(case);
        }
        if in_window(case.resolved_at) {
            resolved.push(case);
        }
        if case.status.is_some_and(|s| s.is_open()) {
            open.push(case);
        }
    }
    let slas = Priority::ALL.map(|p| sla_for(data.policies, p));

    let ages = ascending(
        open.iter()
            .filter_map(|c| Some(now.minutes_since(c.created_at?)))
            .collect(),
    );
    let first_response = ascending(
        created
            .iter()
            .filter_map(|c| Some(c.first_response_at?.minutes_since(c.created_at?)))
            .collect(),
    );
    let resolution = ascending(
        resolved
            .iter()
            .filter_map(|c| Some(c.resolved_at?.minutes_since(c.created_at?)))
            .collect(),
    );
    let csat: Vec<f64> = resolved
        .iter()
        .filter_map(|c| c.csat.map(f64::from))
        .collect();
    let reopened = resolved
        .iter()
        .filter(|c| c.reopened_count.unwrap_or(0) > 0)
        .count();

    out.kpi(S, "cases_created", Unit::Count, count(created.len()));
    out.kpi(S, "cases_resolved", Unit::Count, count(resolved.len()));
    out.now_kpi(S, "backlog", Unit::Count, count(open.len()));
    out.now_kpi(S, "backlog_age_p50", Unit::Minutes, percentile(&ages, 50));
    out.kpi(
        S,
        "first_response_p50",
        Unit::Minutes,
        percentile(&first_response, 50),
    );
    out.kpi(
        S,
        "first_response_p90",
        Unit::Minutes,
        percentile(&first_response, 90),
    );
    out.kpi(
        S,
        "resolution_p50",
        Unit::Minutes,
        percentile(&resolution, 50),
    );
    out.kpi(
        S,
        "resolution_p90",
        Unit::Minutes,
        percentile(&resolution, 90),
    );
    out.kpi(
        S,
        "sla_first_response",
        Unit::Percent,
        sla_percent(&created, &slas, Target::FirstResponse, now),
    );
    out.kpi(
        S,
        "sla_resolution",
        Unit::Percent,
        sla_percent(&created, &slas, Target::Resolution, now),
    );
    out.kpi(
        S,
        "reopen_rate",
        Unit::Percent,
        percent(reopened, resolved.len()),
    );
    out.kpi(S, "csat_avg", Unit::Score, mean(csat.iter().copied()));
    out.kpi(
        S,
        "csat_satisfied",
        Unit::Percent,
        percent(csat.iter().filter(|v| **v >= 4.0).count(), csat.len()),
    );

    out.breakdown(
        S,
        "volume_by_region",
        Unit::Count,
        volume(&created, &Region::ALL, Region::key, |c: &Case| c.region),
    );
    out.breakdown(
        S,
        "volume_by_category",
        Unit::Count,
        volume(&created, &Category::ALL, Category::key, |c: &Case| {
            c.category
        }),
    );
    out.breakdown(
        S,
        "volume_by_priority",
        Unit::Count,
        volume(&created, &Priority::ALL, Priority::key, |c: &Case| {
            c.priority
        }),
    );

    let days = window.days();
    let start = days.first().map_or(0, |d| {
        d.and_time(NaiveTime::MIN).and_utc().timestamp_millis()
    });
    let series = |counts: Vec<usize>| -> Vec<(String, Option<f64>)> {
        days.iter()
            .zip(counts)
            .map(|(d, n)| (Date(*d).to_string(), count(n)))
            .collect()
    };
    let daily_created = per_day(
        days.len(),
        start,
        created.iter().filter_map(|c| c.created_at),
    );
    let daily_resolved = per_day(
        days.len(),
        start,
        resolved.iter().filter_map(|c| c.resolved_at),
    );
    let backlog = daily_backlog(days.len(), start, &cases);
    out.breakdown(S, "daily_created", Unit::Count, series(daily_created));
    out.breakdown(S, "daily_resolved", Unit::Count, series(daily_resolved));
    out.breakdown(S, "daily_backlog", Unit::Count, series(backlog));

    out.set.first_response_minutes = first_response;
    out.set.resolution_minutes = resolution;
}

/// The means of the incident header's durations (`durations`) that have
/// their end time (a running span is never a value of these means).
struct Means {
    detect: Option<f64>,
    acknowledge: Option<f64>,
    mitigate: Option<f64>,
    resolve: Option<f64>,
}

fn means(incidents: &[&Incident], now: Timestamp) -> Means {
    let all: Vec<Durations> = incidents.iter().map(|i| durations(i, now)).collect();
    let of = |span: fn(&Durations) -> Option<Span>| {
        mean(
            all.iter()
                .filter_map(span)
                .filter(|s| !s.running)
                .map(|s| s.minutes),
        )
    };
    Means {
        detect: of(|d| d.detect),
        acknowledge: of(|d| d.acknowledge),
        mitigate: of(|d| d.mitigate),
        resolve: of(|d| d.resolve),
    }
}

fn incidents(out: &mut Builder, data: &Data, window: Window, filters: &Filters, now: Timestamp) {
    use Section::Incidents as S;
    let cohort: Vec<&Incident> = data
        .incidents
        .iter()
        .filter(|i| filters.incident(i) && i.detected_at.is_some_and(|t| window.contains(t)))
        .collect();
    let ids: HashSet<&str> = cohort.iter().map(|i| i.id.as_str()).collect();
    let items: Vec<&ActionItem> = data
        .action_items
        .iter()
        .filter(|a| a.incident_id.as_deref().is_some_and(|id| ids.contains(id)) && is_open_item(a))
        .collect();
    let overdue = items.iter().filter(|a| is_overdue(a, now)).count();
    let all = means(&cohort, now);

    out.kpi(S, "incidents", Unit::Count, count(cohort.len()));
    out.kpi(S, "mttd", Unit::Minutes, all.detect);
    out.kpi(S, "mtta", Unit::Minutes, all.acknowledge);
    out.kpi(S, "mttm", Unit::Minutes, all.mitigate);
    out.kpi(S, "mttr", Unit::Minutes, all.resolve);
    out.kpi(S, "action_items_open", Unit::Count, count(items.len()));
    out.kpi(S, "action_items_overdue", Unit::Count, count(overdue));

    out.breakdown(
        S,
        "incidents_by_severity",
        Unit::Count,
        volume(&cohort, &Severity::ALL, Severity::key, |i: &Incident| {
            i.severity
        }),
    );
    out.set.by_severity = Severity::ALL
        .into_iter()
        .map(|severity| {
            let part: Vec<&Incident> = cohort
                .iter()
                .copied()
                .filter(|i| i.severity == Some(severity))
                .collect();
            let m = means(&part, now);
            SeverityRow {
                severity,
                incidents: part.len(),
                mtta: m.acknowledge,
                mttr: m.resolve,
            }
        })
        .collect();
}

fn team(out: &mut Builder, data: &Data, window: Window, now: Timestamp) {
    use Section::Team as S;
    let today = now.date();
    let (per_owner, unassigned) = open_per_owner(data.people, data.cases);
    let goals_done = data
        .goals
        .iter()
        .filter(|g| {
            g.status == Some(GoalStatus::Done) && g.updated_at.is_some_and(|t| window.contains(t))
        })
        .count();
    let goals_overdue = data
        .goals
        .iter()
        .filter(|g| is_goal_overdue(g, today))
        .count();
    let in_window = |c: &CheckIn| c.on.is_some_and(|d| window.contains_date(d.0));
    let wellbeing = |list: &mut dyn Iterator<Item = &CheckIn>| {
        mean(
            list.filter(|c| in_window(c))
                .filter_map(|c| c.wellbeing.map(f64::from)),
        )
    };
    let mut by_person: HashMap<&str, Vec<&CheckIn>> = HashMap::new();
    for c in data.check_ins {
        if let Some(id) = c.person_id.as_deref() {
            by_person.entry(id).or_default().push(c);
        }
    }
    let active: Vec<&Person> = data.people.iter().filter(|p| is_active(p)).collect();
    let of = |p: &Person| by_person.get(p.id.as_str()).map_or(&[][..], |v| &v[..]);

    out.now_kpi(S, "open_unassigned", Unit::Count, count(unassigned));
    out.kpi(S, "goals_done", Unit::Count, count(goals_done));
    out.now_kpi(S, "goals_overdue", Unit::Count, count(goals_overdue));
    out.kpi(
        S,
        "wellbeing_avg",
        Unit::Score,
        wellbeing(&mut data.check_ins.iter()),
    );

    out.breakdown(
        S,
        "open_per_owner",
        Unit::Count,
        per_owner
            .into_iter()
            .map(|(id, n)| (id, count(n)))
            .collect(),
    );
    out.breakdown(
        S,
        "wellbeing_avg",
        Unit::Score,
        active
            .iter()
            .map(|p| (p.id.clone(), wellbeing(&mut of(p).iter().copied())))
            .collect(),
    );
    out.breakdown(
        S,
        "exposure_week",
        Unit::Minutes,
        active
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    Some(exposure_week(of(p).iter().copied(), today) as f64),
                )
            })
            .collect(),
    );
    out.breakdown(
        S,
        "coverage_gaps",
        Unit::Count,
        coverage_gaps(data.shifts, now)
            .into_iter()
            .map(|(region, gaps)| (region.key().to_string(), count(gaps.len())))
            .collect(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use crate::data::Record;
    use serde_json::{json, Value};

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        crate::time::parse_date(s).unwrap()
    }

    fn records<T: Record>(values: Vec<Value>) -> Vec<T> {
        values.into_iter().map(|v| decode(v).unwrap()).collect()
    }

    /// Both `None`, or both `Some` within 1e-9.
    #[track_caller]
    fn assert_close(got: Option<f64>, want: Option<f64>, what: &str) {
        match (got, want) {
            (None, None) => {}
            (Some(g), Some(w)) if (g - w).abs() < 1e-9 => {}
            _ => panic!("{what}: got {got:?}, want {want:?}"),
        }
    }

    fn rows(set: &KpiSet, key: &str) -> Vec<(String, Option<f64>)> {
        set.breakdown(key)
            .unwrap_or_else(|| panic!("no breakdown {key}"))
            .rows
            .clone()
    }

    fn counts(list: &[(&str, f64)]) -> Vec<(String, Option<f64>)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), Some(*v)))
            .collect()
    }

    // ------------------------------------------------------------------
    // Window, filters, percentile, mean

    #[test]
    fn last_days_previous_and_contains() {
        let now = ts("2026-11-24T12:00:00Z");
        let w = Window::last_days(now, 28);
        // 28 × 24 h before 2026-11-24T12:00 is 2026-10-27T12:00.
        assert_eq!(w.from, ts("2026-10-27T12:00:00Z"));
        assert_eq!(w.to, now);
        let p = w.previous();
        // The 28 days before: 2026-09-29T12:00 .. 2026-10-27T12:00.
        assert_eq!(p.from, ts("2026-09-29T12:00:00Z"));
        assert_eq!(p.to, w.from);
        assert!(w.contains(w.from));
        assert!(!w.contains(w.to));
        assert!(w.contains(ts("2026-11-24T11:59:59.999Z")));
        assert!(!w.contains(ts("2026-10-27T11:59:59.999Z")));
        assert!(p.contains(ts("2026-10-27T11:59:59.999Z")));
        // An instant written with +02:00 is the UTC instant two hours earlier.
        assert!(w.contains(ts("2026-11-24T13:59:59+02:00")));
        assert!(!w.contains(ts("2026-11-24T14:00:00+02:00")));
    }

    #[test]
    fn dates_are_in_the_window_from_the_date_of_from_to_that_of_to() {
        let w = Window {
            from: ts("2026-11-20T12:00:00Z"),
            to: ts("2026-11-24T00:00:00Z"),
        };
        assert!(!w.contains_date(day("2026-11-19")));
        assert!(w.contains_date(day("2026-11-20")));
        // The date of `to` counts, even when `to` is its midnight.
        assert!(w.contains_date(day("2026-11-24")));
        assert!(!w.contains_date(day("2026-11-25")));
    }

    #[test]
    fn the_days_of_a_window() {
        // Ending at midnight exactly: the last instant before `to` is on
        // 2026-11-23, so 20, 21, 22, 23.
        let w = Window {
            from: ts("2026-11-20T00:00:00Z"),
            to: ts("2026-11-24T00:00:00Z"),
        };
        assert_eq!(
            w.days(),
            [
                day("2026-11-20"),
                day("2026-11-21"),
                day("2026-11-22"),
                day("2026-11-23")
            ]
        );
        // One millisecond past midnight: 2026-11-24 is in.
        let w = Window {
            from: ts("2026-11-22T23:59:59.999Z"),
            to: ts("2026-11-24T00:00:00.001Z"),
        };
        assert_eq!(
            w.days(),
            [day("2026-11-22"), day("2026-11-23"), day("2026-11-24")]
        );
        // 7 × 24 h from noon: 8 dates (18 .. 25).
        let w = Window::last_days(ts("2026-11-25T12:00:00Z"), 7);
        assert_eq!(w.days().len(), 8);
        assert_eq!(w.days()[0], day("2026-11-18"));
        assert_eq!(w.days()[7], day("2026-11-25"));
        // Empty or reversed: no days.
        let at = ts("2026-11-24T00:00:00Z");
        assert!(Window { from: at, to: at }.days().is_empty());
        assert!(Window {
            from: at,
            to: ts("2026-11-23T00:00:00Z")
        }
        .days()
        .is_empty());
    }

    #[test]
    fn nearest_rank_percentiles_in_integers() {
        let ten: Vec<f64> = (1..=10).map(f64::from).collect();
        // n = 10: p90 → rank ceil(9) = 9, p50 → 5, p100 → 10, p1 → 1.
        assert_eq!(percentile(&ten, 90), Some(9.0));
        assert_eq!(percentile(&ten, 50), Some(5.0));
        assert_eq!(percentile(&ten, 100), Some(10.0));
        assert_eq!(percentile(&ten, 1), Some(1.0));
        // p0 still takes rank 1.
        assert_eq!(percentile(&ten, 0), Some(1.0));
        // n = 1: the value itself.
        assert_eq!(percentile(&[42.5], 50), Some(42.5));
        assert_eq!(percentile(&[42.5], 90), Some(42.5));
        // n = 3: p50 → ceil(1.5) = rank 2; p90 → ceil(2.7) = 3.
        assert_eq!(percentile(&[1.0, 2.0, 3.0], 50), Some(2.0));
        assert_eq!(percentile(&[1.0, 2.0, 3.0], 90), Some(3.0));
        // n = 20: p90 → rank 18; p50 → 10.
        let twenty: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&twenty, 90), Some(18.0));
        assert_eq!(percentile(&twenty, 50), Some(10.0));
        // Where floats go wrong: 7 / 100 × 100 = 7.000000000000001 in f64,
        // whose ceil is 8; the rank is 7. Same for 14 / 100 × 50 = 7.000…1.
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&hundred, 7), Some(7.0));
        let fifty: Vec<f64> = (1..=50).map(f64::from).collect();
        assert_eq!(percentile(&fifty, 14), Some(7.0));
        assert_eq!(percentile(&[], 50), None);
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert_eq!(mean([]), None);
        assert_eq!(mean([1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(mean([-30.0, 10.0]), Some(-10.0));
    }

    #[test]
    fn filters_match_cases_by_their_fields_and_incidents_by_regions() {
        let case: Case = decode(json!({"id": "c", "region": "EMEA", "priority": "P1"})).unwrap();
        let f = |region, priority, category| Filters {
            region,
            priority,
            category,
        };
        assert!(f(None, None, None).case(&case));
        assert!(f(Some(Region::EMEA), Some(Priority::P1), None).case(&case));
        assert!(!f(Some(Region::AMER), None, None).case(&case));
        assert!(!f(None, Some(Priority::P0), None).case(&case));
        // The category is unknown: a set category filter does not match it.
        assert!(!f(None, None, Some(Category::Crisis)).case(&case));

        let incident: Incident = decode(json!({"id": "i", "regions": ["AMER", "APAC"]})).unwrap();
        let none: Incident = decode(json!({"id": "n"})).unwrap();
        assert!(f(Some(Region::APAC), None, None).incident(&incident));
        assert!(!f(Some(Region::EMEA), None, None).incident(&incident));
        assert!(!f(Some(Region::EMEA), None, None).incident(&none));
        assert!(f(None, None, None).incident(&none));
        // Priority and category do not apply to incidents.
        assert!(f(None, Some(Priority::P0), Some(Category::Crisis)).incident(&incident));
    }

    // ------------------------------------------------------------------
    // The fixture: window [2026-11-20 00:00, 2026-11-24 00:00) UTC, now
    // 2026-11-24 12:00 UTC (today 2026-11-24). Default SLAs: P0 15/240,
    // P1 60/1440, P2 240/4320, P3 1440/10080 minutes.

    const FROM: &str = "2026-11-20T00:00:00Z";
    const TO: &str = "2026-11-24T00:00:00Z";
    const NOW: &str = "2026-11-24T12:00:00Z";

    fn window() -> Window {
        Window {
            from: ts(FROM),
            to: ts(TO),
        }
    }

    fn fixture() -> Records {
        let cases = records(vec![
            // Created 20th, first response +30, resolved +1440 (21st 10:00,
            // exactly on the P1 target: met), csat 5.
            json!({"id": "c1", "status": "resolved", "priority": "P1", "region": "EMEA",
                   "category": "account_security", "owner_id": "pb",
                   "created_at": "2026-11-20T10:00:00Z", "first_response_at": "2026-11-20T10:30:00Z",
                   "resolved_at": "2026-11-21T10:00:00Z", "reopened_count": 0, "csat": 5}),
            // P0, response +20 (> 15: missed); open, 4560 min old (> 240: missed).
            json!({"id": "c2", "status": "investigating", "priority": "P0", "region": "EMEA",
                   "category": "high_profile", "owner_id": "pa",
                   "created_at": "2026-11-21T08:00:00Z", "first_response_at": "2026-11-21T08:20:00Z"}),
            // P2, no response, 3240 min old: first response missed (> 240),
            // resolution pending (<= 4320).
            json!({"id": "c3", "status": "new", "priority": "P2", "region": "AMER",
                   "category": "platform_bug", "owner_id": null,
                   "created_at": "2026-11-22T06:00:00Z"}),
            // Written with +02:00: created 2026-11-23T00:00Z, response 60 min
            // later (met), resolved at the window's end exactly (not in the
            // resolved cohort; 1440 <= 10080: met). Reopened, csat 2.
            json!({"id": "c4", "status": "resolved", "priority": "P3", "region": "APAC",
                   "category": "other",
                   "created_at": "2026-11-23T02:00:00+02:00", "first_response_at": "2026-11-23T01:00:00Z",
                   "resolved_at": "2026-11-24T00:00:00Z", "reopened_count": 1, "csat": 2}),
            // Created before the window, resolved inside it: 10800 min, reopened once, csat 3.
            json!({"id": "c5", "status": "resolved", "priority": "P2", "region": "EMEA",
                   "category": "legal_request",
                   "created_at": "2026-11-15T00:00:00Z", "first_response_at": "2026-11-15T01:00:00Z",
                   "resolved_at": "2026-11-22T12:00:00Z", "reopened_count": 1, "csat": 3}),
            // Region unknown; P1 response +30 (met); open 1440 min: resolution
            // pending (not strictly past 1440). Owned by someone who left.
            json!({"id": "c6", "status": "waiting", "priority": "P1", "region": null,
                   "category": "crisis", "owner_id": "pgone",
                   "created_at": "2026-11-23T12:00:00Z", "first_response_at": "2026-11-23T12:30:00Z"}),
            // Created after the window (in the backlog now, 360 min old).
            json!({"id": "c7", "status": "triage", "priority": "P3", "region": "EMEA",
                   "category": "other", "owner_id": "pa",
                   "created_at": "2026-11-24T06:00:00Z"}),
            // Created before the window, resolved in it: 120 min; no csat,
            // reopened_count unknown.
            json!({"id": "c8", "status": "resolved", "priority": "P1", "region": "AMER",
                   "created_at": "2026-11-19T23:00:00Z", "resolved_at": "2026-11-20T01:00:00Z"}),
            // Open, no created_at (backlog, not its age), owner "" (unassigned).
            json!({"id": "c9", "status": "new", "region": "EMEA", "owner_id": ""}),
        ]);
        let incidents = records(vec![
            // Detect 10, acknowledge 5, mitigate 60, resolve 240.
            json!({"id": "i1", "severity": "SEV1", "status": "resolved", "regions": ["EMEA"],
                   "started_at": "2026-11-20T09:50:00Z", "detected_at": "2026-11-20T10:00:00Z",
                   "acknowledged_at": "2026-11-20T10:05:00Z", "mitigated_at": "2026-11-20T11:00:00Z",
                   "resolved_at": "2026-11-20T14:00:00Z"}),
            // Open, no start: acknowledge 15, mitigate 120, resolve running (left out).
            json!({"id": "i2", "severity": "SEV2", "status": "monitoring", "regions": ["AMER", "EMEA"],
                   "detected_at": "2026-11-22T00:00:00Z", "acknowledged_at": "2026-11-22T00:15:00Z",
                   "mitigated_at": "2026-11-22T02:00:00Z"}),
            // Detected before it started: detect -30 (sign kept); the rest running.
            json!({"id": "i3", "severity": "SEV1", "status": "investigating", "regions": ["APAC"],
                   "started_at": "2026-11-23T10:00:00Z", "detected_at": "2026-11-23T09:30:00Z"}),
            // Detected before the window: not in the cohort.
            json!({"id": "i4", "severity": "SEV3", "status": "resolved", "regions": ["EMEA"],
                   "started_at": "2026-11-18T00:00:00Z", "detected_at": "2026-11-19T00:00:00Z",
                   "acknowledged_at": "2026-11-19T09:00:00Z", "resolved_at": "2026-11-19T10:00:00Z"}),
            // Severity unknown; detected 14:00+02:00 = 12:00Z: acknowledge 10,
            // resolve 60; resolved without mitigated_at (no mitigate value).
            json!({"id": "i5", "status": "resolved", "regions": ["AMER"],
                   "detected_at": "2026-11-21T14:00:00+02:00", "acknowledged_at": "2026-11-21T12:10:00Z",
                   "resolved_at": "2026-11-21T13:00:00Z"}),
        ]);
        let action_items = records(vec![
            json!({"id": "a1", "incident_id": "i1", "done": false, "due_on": "2026-11-23"}),
            json!({"id": "a2", "incident_id": "i1", "done": true, "due_on": "2026-11-01"}),
            json!({"id": "a3", "incident_id": "i2", "done": null, "due_on": "2026-11-24"}),
            json!({"id": "a4", "incident_id": "i3", "done": false}),
            json!({"id": "a5", "incident_id": "i4", "done": false, "due_on": "2026-11-01"}),
            json!({"id": "a6", "done": false, "due_on": "2026-11-01"}),
        ]);
        let people = records(vec![
            json!({"id": "pb"}),
            json!({"id": "pa", "active": true}),
            json!({"id": "pgone", "active": false}),
        ]);
        let goals = records(vec![
            json!({"id": "g1", "status": "done", "updated_at": "2026-11-21T00:00:00Z"}),
            json!({"id": "g2", "status": "done", "updated_at": "2026-11-24T00:00:00Z"}),
            json!({"id": "g3", "status": "active", "target_on": "2026-11-23"}),
            json!({"id": "g4", "status": "active", "target_on": "2026-11-24"}),
            json!({"id": "g5", "status": "dropped", "target_on": "2026-11-01"}),
            // 01:00+02:00 on the 20th is 23:00Z on the 19th: before the window.
            json!({"id": "g6", "status": "done", "updated_at": "2026-11-20T01:00:00+02:00"}),
        ]);
        let check_ins = records(vec![
            json!({"id": "k1", "person_id": "pa", "on": "2026-11-20", "wellbeing": 4, "exposure_minutes": 100}),
            json!({"id": "k2", "person_id": "pa", "on": "2026-11-24", "wellbeing": 2, "exposure_minutes": 50}),
            json!({"id": "k3", "person_id": "pb", "on": "2026-11-19", "wellbeing": 1, "exposure_minutes": 30}),
            json!({"id": "k4", "person_id": "pb", "on": "2026-11-22", "wellbeing": null, "exposure_minutes": 20}),
            json!({"id": "k5", "person_id": "pgone", "on": "2026-11-21", "wellbeing": 5, "exposure_minutes": 999}),
            json!({"id": "k6", "person_id": "pa", "on": "2026-11-17", "wellbeing": 3, "exposure_minutes": 500}),
            json!({"id": "k7", "on": "2026-11-22", "wellbeing": 3}),
        ]);
        let shifts = records(vec![
            // EMEA: the whole week from 13:00 (the first hour after now).
            json!({"id": "s1", "region": "EMEA", "kind": "primary",
                   "starts_at": "2026-11-24T13:00:00Z", "ends_at": "2026-12-01T13:00:00Z"}),
            // AMER: 24 hours (ends 15:00+02:00 = 13:00Z); its backup all week.
            json!({"id": "s2", "region": "AMER", "kind": "primary",
                   "starts_at": "2026-11-24T13:00:00Z", "ends_at": "2026-11-25T15:00:00+02:00"}),
            json!({"id": "s3", "region": "AMER", "kind": "backup",
                   "starts_at": "2026-11-24T00:00:00Z", "ends_at": "2026-12-02T00:00:00Z"}),
        ]);
        Records {
            cases,
            incidents,
            action_items,
            people,
            goals,
            check_ins,
            shifts,
            policies: Vec::new(),
        }
    }

    fn computed(filters: &Filters) -> KpiSet {
        let f = fixture();
        compute(&f.data(), window(), filters, ts(NOW))
    }

    #[test]
    fn every_scalar_key_in_order_with_its_unit_section_and_value() {
        use Section::*;
        use Unit::*;
        let set = computed(&Filters::default());
        let want: [(&str, Unit, Section, bool, Option<f64>); 24] = [
            // created: c1 c2 c3 c4 c6 (c5 c8 before, c7 after the window).
            ("cases_created", Count, Cases, true, Some(5.0)),
            // resolved in the window: c1 (21st), c5 (22nd), c8 (20th); c4 at `to`.
            ("cases_resolved", Count, Cases, true, Some(3.0)),
            // open now: c2 c3 c6 c7 c9.
            ("backlog", Count, Cases, false, Some(5.0)),
            // ages: c7 360, c6 1440, c3 3240, c2 4560 (c9 unknown); n 4, rank 2.
            ("backlog_age_p50", Minutes, Cases, false, Some(1440.0)),
            // responses: c2 20, c1 30, c6 30, c4 60; rank 2 → 30.
            ("first_response_p50", Minutes, Cases, true, Some(30.0)),
            // rank ceil(3.6) = 4 → 60 (c4: only right when +02:00 is read).
            ("first_response_p90", Minutes, Cases, true, Some(60.0)),
            // resolutions: c8 120, c1 1440, c5 10800; n 3, rank 2.
            ("resolution_p50", Minutes, Cases, true, Some(1440.0)),
            // rank ceil(2.7) = 3.
            ("resolution_p90", Minutes, Cases, true, Some(10800.0)),
            // met c1 c4 c6, missed c2 c3: 3 / 5.
            ("sla_first_response", Percent, Cases, true, Some(60.0)),
            // met c1 (on target) c4, missed c2, pending c3 c6: 2 / 3.
            ("sla_resolution", Percent, Cases, true, Some(200.0 / 3.0)),
            // resolved c1 (0) c5 (1) c8 (unknown, as 0): 1 / 3.
            ("reopen_rate", Percent, Cases, true, Some(100.0 / 3.0)),
            // c1 5, c5 3: (5 + 3) / 2.
            ("csat_avg", Score, Cases, true, Some(4.0)),
            // c1 only of the two: 1 / 2.
            ("csat_satisfied", Percent, Cases, true, Some(50.0)),
            // detected in the window: i1 i2 i3 i5.
            ("incidents", Count, Incidents, true, Some(4.0)),
            // i1 10, i3 -30: -20 / 2.
            ("mttd", Minutes, Incidents, true, Some(-10.0)),
            // i1 5, i2 15, i5 10: 30 / 3.
            ("mtta", Minutes, Incidents, true, Some(10.0)),
            // i1 60, i2 120: 180 / 2.
            ("mttm", Minutes, Incidents, true, Some(90.0)),
            // i1 240, i5 60: 300 / 2.
            ("mttr", Minutes, Incidents, true, Some(150.0)),
            // a1 a3 (done unknown) a4; a2 done, a5 not in the cohort, a6 no incident.
            ("action_items_open", Count, Incidents, true, Some(3.0)),
            // a1 due the 23rd < today the 24th; a3 due today is not.
            ("action_items_overdue", Count, Incidents, true, Some(1.0)),
            // c3 (no owner), c9 (owner "").
            ("open_unassigned", Count, Team, false, Some(2.0)),
            // g1; g2 at `to`, g6 at 23:00Z the 19th.
            ("goals_done", Count, Team, true, Some(1.0)),
            // g3 (23rd < 24th); g4 due today.
            ("goals_overdue", Count, Team, false, Some(1.0)),
            // k1 4, k2 2, k5 5, k7 3 (20th..24th with a score): 14 / 4.
            ("wellbeing_avg", Score, Team, true, Some(3.5)),
        ];
        assert_eq!(set.kpis.len(), want.len());
        for (kpi, (key, unit, section, windowed, value)) in set.kpis.iter().zip(want) {
            assert_eq!(
                (kpi.key, kpi.unit, kpi.section, kpi.windowed),
                (key, unit, section, windowed)
            );
            assert_close(kpi.value, value, key);
        }
        assert_eq!(set.first_response_minutes, [20.0, 30.0, 30.0, 60.0]);
        assert_eq!(set.resolution_minutes, [120.0, 1440.0, 10800.0]);
    }

    #[test]
    fn the_case_breakdowns() {
        let set = computed(&Filters::default());
        let keys: Vec<&str> = set.breakdowns.iter().map(|b| b.key).collect();
        assert_eq!(
            keys,
            [
                "volume_by_region",
                "volume_by_category",
                "volume_by_priority",
                "daily_created",
                "daily_resolved",
                "daily_backlog",
                "incidents_by_severity",
                "open_per_owner",
                "wellbeing_avg",
                "exposure_week",
                "coverage_gaps"
            ]
        );
        let b = set.breakdown("volume_by_region").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Count, Section::Cases));
        // created: c1 c2 EMEA, c3 AMER, c4 APAC, c6 unknown.
        assert_eq!(
            b.rows,
            counts(&[
                ("EMEA", 2.0),
                ("AMER", 1.0),
                ("APAC", 1.0),
                ("unknown", 1.0)
            ])
        );
        // Every category known: no "unknown" row; zeros kept.
        assert_eq!(
            rows(&set, "volume_by_category"),
            counts(&[
                ("account_security", 1.0),
                ("harmful_content", 0.0),
                ("high_profile", 1.0),
                ("legal_request", 0.0),
                ("platform_bug", 1.0),
                ("crisis", 1.0),
                ("other", 1.0)
            ])
        );
        // c2 P0, c1 c6 P1, c3 P2, c4 P3.
        assert_eq!(
            rows(&set, "volume_by_priority"),
            counts(&[("P0", 1.0), ("P1", 2.0), ("P2", 1.0), ("P3", 1.0)])
        );
        // c1 20th, c2 21st, c3 22nd, c4 (00:00Z, written 02:00+02:00) and c6 23rd.
        assert_eq!(
            rows(&set, "daily_created"),
            counts(&[
                ("2026-11-20", 1.0),
                ("2026-11-21", 1.0),
                ("2026-11-22", 1.0),
                ("2026-11-23", 2.0)
            ])
        );
        // c8 20th, c1 21st, c5 22nd; c4 (24th 00:00) is after the window.
        assert_eq!(
            rows(&set, "daily_resolved"),
            counts(&[
                ("2026-11-20", 1.0),
                ("2026-11-21", 1.0),
                ("2026-11-22", 1.0),
                ("2026-11-23", 0.0)
            ])
        );
        // End of 20th (21st 00:00): c1, c5 (c8 resolved 01:00 the 20th).
        // End of 21st: c2, c5 (c1 resolved 10:00 the 21st).
        // End of 22nd: c2, c3 (c5 resolved 12:00 the 22nd; c4 created at
        //   the end exactly, not before it).
        // End of 23rd (24th 00:00): c2, c3, c6, and c4, resolved exactly at
        //   that end (resolved_at >= end of d).
        assert_eq!(
            rows(&set, "daily_backlog"),
            counts(&[
                ("2026-11-20", 2.0),
                ("2026-11-21", 2.0),
                ("2026-11-22", 2.0),
                ("2026-11-23", 4.0)
            ])
        );
    }

    #[test]
    fn the_incident_breakdown_and_severity_rows() {
        let set = computed(&Filters::default());
        let b = set.breakdown("incidents_by_severity").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Count, Section::Incidents));
        // i1 i3 SEV1, i2 SEV2, i5 unknown (i4 SEV3 is before the window).
        assert_eq!(
            b.rows,
            counts(&[
                ("SEV1", 2.0),
                ("SEV2", 1.0),
                ("SEV3", 0.0),
                ("SEV4", 0.0),
                ("unknown", 1.0)
            ])
        );
        assert_eq!(
            set.by_severity,
            [
                // i1 acknowledge 5, resolve 240; i3 running on both.
                SeverityRow {
                    severity: Severity::SEV1,
                    incidents: 2,
                    mtta: Some(5.0),
                    mttr: Some(240.0)
                },
                // i2 acknowledge 15, not resolved.
                SeverityRow {
                    severity: Severity::SEV2,
                    incidents: 1,
                    mtta: Some(15.0),
                    mttr: None
                },
                SeverityRow {
                    severity: Severity::SEV3,
                    incidents: 0,
                    mtta: None,
                    mttr: None
                },
                SeverityRow {
                    severity: Severity::SEV4,
                    incidents: 0,
                    mtta: None,
                    mttr: None
                },
            ]
        );
    }

    #[test]
    fn the_team_breakdowns() {
        let set = computed(&Filters::default());
        let b = set.breakdown("open_per_owner").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Count, Section::Team));
        // Open: c2 c7 pa, c6 pgone (left, still counted under its id); pb
        // none. In id order.
        assert_eq!(b.rows, counts(&[("pa", 2.0), ("pb", 0.0), ("pgone", 1.0)]));
        let b = set.breakdown("wellbeing_avg").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Score, Section::Team));
        // Active people in people order: pb (k3 before the window, k4 no
        // score: none), pa (k1 4, k2 2: 3). pgone left: no row.
        assert_eq!(
            b.rows,
            [("pb".to_string(), None), ("pa".to_string(), Some(3.0))]
        );
        let b = set.breakdown("exposure_week").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Minutes, Section::Team));
        // 18th .. 24th: pb k3 30 + k4 20; pa k1 100 + k2 50 (k6 the 17th out).
        assert_eq!(b.rows, counts(&[("pb", 50.0), ("pa", 150.0)]));
        let b = set.breakdown("coverage_gaps").unwrap();
        assert_eq!((b.unit, b.section), (Unit::Count, Section::Team));
        // 168 hours from 13:00: EMEA covered; AMER 24 of them (168 - 24);
        // APAC no primary at all.
        assert_eq!(
            b.rows,
            counts(&[("EMEA", 0.0), ("AMER", 144.0), ("APAC", 168.0)])
        );
    }

    #[test]
    fn a_region_filter_picks_cases_by_region_and_incidents_by_regions() {
        let set = computed(&Filters {
            region: Some(Region::EMEA),
            ..Default::default()
        });
        // created EMEA: c1 c2 (c6's region unknown does not match).
        assert_eq!(set.value("cases_created"), Some(2.0));
        // resolved EMEA: c1 c5 (c8 is AMER).
        assert_eq!(set.value("cases_resolved"), Some(2.0));
        // open EMEA: c2 c7 c9.
        assert_eq!(set.value("backlog"), Some(3.0));
        assert_eq!(
            rows(&set, "volume_by_region"),
            counts(&[("EMEA", 2.0), ("AMER", 0.0), ("APAC", 0.0)])
        );
        // i1 (EMEA), i2 (AMER, EMEA).
        assert_eq!(set.value("incidents"), Some(2.0));
        // i1 5, i2 15.
        assert_eq!(set.value("mtta"), Some(10.0));
        // i1 240 only.
        assert_eq!(set.value("mttr"), Some(240.0));
        // i1 10 only (i3 is APAC).
        assert_eq!(set.value("mttd"), Some(10.0));
        // a1 (overdue), a3.
        assert_eq!(set.value("action_items_open"), Some(2.0));
        assert_eq!(set.value("action_items_overdue"), Some(1.0));
        // Team KPIs ignore the filters.
        assert_eq!(set.value("open_unassigned"), Some(2.0));
        assert_eq!(
            rows(&set, "open_per_owner"),
            counts(&[("pa", 2.0), ("pb", 0.0), ("pgone", 1.0)])
        );
        assert_eq!(set.value("wellbeing_avg"), Some(3.5));
    }

    #[test]
    fn priority_and_category_filters_leave_incidents_alone() {
        let set = computed(&Filters {
            priority: Some(Priority::P1),
            ..Default::default()
        });
        // created P1: c1 c6; their responses 30, 30.
        assert_eq!(set.value("cases_created"), Some(2.0));
        assert_eq!(set.first_response_minutes, [30.0, 30.0]);
        // resolved P1: c1 1440, c8 120.
        assert_eq!(set.resolution_minutes, [120.0, 1440.0]);
        assert_eq!(set.value("incidents"), Some(4.0));
        let set = computed(&Filters {
            category: Some(Category::Other),
            ..Default::default()
        });
        // created "other": c4; open "other": c7.
        assert_eq!(set.value("cases_created"), Some(1.0));
        assert_eq!(set.value("backlog"), Some(1.0));
        assert_eq!(set.value("incidents"), Some(4.0));
    }

    #[test]
    fn the_previous_window_holds_what_came_before() {
        let f = fixture();
        // [2026-11-16, 2026-11-20): c8 created (19th 23:00); c5 created the
        // 15th is before it; nothing resolved in it (c5 22nd, c8 20th).
        let set = compute(&f.data(), window().previous(), &Filters::default(), ts(NOW));
        assert_eq!(set.value("cases_created"), Some(1.0));
        assert_eq!(set.value("cases_resolved"), Some(0.0));
        assert_eq!(set.value("resolution_p50"), None);
        // The same "now" values.
        assert_eq!(set.value("backlog"), Some(5.0));
        // i4 (detected 19th): acknowledge 540, resolve 600, detect 1440.
        assert_eq!(set.value("incidents"), Some(1.0));
        assert_eq!(set.value("mtta"), Some(540.0));
        assert_eq!(set.value("mttr"), Some(600.0));
        assert_eq!(set.value("mttd"), Some(1440.0));
        // a5 (i4, due 1st): open and overdue.
        assert_eq!(set.value("action_items_overdue"), Some(1.0));
        // g6 done at 23:00Z on the 19th.
        assert_eq!(set.value("goals_done"), Some(1.0));
        // Dates 16th..20th: k6 3 (17th), k3 1 (19th), k1 4 (20th): 8 / 3.
        assert_close(set.value("wellbeing_avg"), Some(8.0 / 3.0), "wellbeing_avg");
        // daily_backlog at the end of the 19th: c5 (created 15th), c8
        // (created 23:00, resolved the 20th).
        assert_eq!(
            rows(&set, "daily_backlog")[3],
            ("2026-11-19".into(), Some(2.0))
        );
    }

    #[test]
    fn no_data_is_none_and_a_count_of_nothing_is_zero() {
        let set = compute(&Data::default(), window(), &Filters::default(), ts(NOW));
        let counts_of_nothing = [
            "cases_created",
            "cases_resolved",
            "backlog",
            "incidents",
            "action_items_open",
            "action_items_overdue",
            "open_unassigned",
            "goals_done",
            "goals_overdue",
        ];
        for kpi in &set.kpis {
            if counts_of_nothing.contains(&kpi.key) {
                assert_eq!(kpi.value, Some(0.0), "{}", kpi.key);
            } else {
                assert_eq!(kpi.value, None, "{}", kpi.key);
            }
        }
        assert_eq!(set.kpis.len(), 24);
        assert_eq!(
            rows(&set, "volume_by_priority"),
            counts(&[("P0", 0.0), ("P1", 0.0), ("P2", 0.0), ("P3", 0.0)])
        );
        assert_eq!(rows(&set, "daily_backlog").len(), 4);
        assert!(rows(&set, "daily_created")
            .iter()
            .all(|(_, v)| *v == Some(0.0)));
        assert!(rows(&set, "open_per_owner").is_empty());
        assert_eq!(
            rows(&set, "coverage_gaps"),
            counts(&[("EMEA", 168.0), ("AMER", 168.0), ("APAC", 168.0)])
        );
        assert!(set
            .by_severity
            .iter()
            .all(|r| r.incidents == 0 && r.mtta.is_none()));
        assert!(set.first_response_minutes.is_empty());
    }

    #[test]
    fn pending_only_sla_and_unscored_cases_have_no_value() {
        // Created 11:00 the 23rd, P3 (1440 / 10080), no response yet, now
        // 12:00 the 24th: 1500 min > 1440, first response missed;
        // resolution pending. A second case with no priority has no clock.
        let cases: Vec<Case> = records(vec![
            json!({"id": "a", "status": "new", "priority": "P3", "created_at": "2026-11-23T11:00:00Z"}),
            json!({"id": "b", "status": "new", "created_at": "2026-11-23T11:00:00Z"}),
        ]);
        let data = Data {
            cases: &cases,
            ..Default::default()
        };
        let set = compute(&data, window(), &Filters::default(), ts(NOW));
        assert_eq!(set.value("cases_created"), Some(2.0));
        assert_eq!(set.value("sla_first_response"), Some(0.0));
        assert_eq!(set.value("sla_resolution"), None);
        assert_eq!(set.value("first_response_p50"), None);
        assert_eq!(set.value("csat_avg"), None);
        assert_eq!(set.value("csat_satisfied"), None);
        assert_eq!(set.value("reopen_rate"), None);
        // 1500 min each; n 2, rank 1.
        assert_eq!(set.value("backlog_age_p50"), Some(1500.0));
        // Priority unknown: an "unknown" row.
        assert_eq!(
            rows(&set, "volume_by_priority"),
            counts(&[
                ("P0", 0.0),
                ("P1", 0.0),
                ("P2", 0.0),
                ("P3", 1.0),
                ("unknown", 1.0)
            ])
        );
    }
}
