//! The KPI engine: every key of docs/kpis.md, computed from the typed
//! collections for one window, filters, "now" and SLA policies.
//!
//! Plain Rust, no Leptos, no browser: tested on the host with hand-computed
//! values. The dashboard (`kpi::views`) only shows what [`compute`] returns.
//!
//! KPIs: docs/kpis.md. Contract: docs/contract.md

use chrono::NaiveDate;

use crate::cases::model::{Case, Category, Priority};
use crate::cases::sla::SlaPolicy;
use crate::incidents::model::{ActionItem, Incident, Severity};
use crate::regions::Region;
use crate::team::model::{CheckIn, Goal, Person, Shift};
use crate::time::Timestamp;

/// `[from, to)` in UTC instants (kpis.md "The window and the filters").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: Timestamp,
    pub to: Timestamp,
}

impl Window {
    /// The last `days` days up to `now`: `[now - days × 24 h, now)`.
    pub fn last_days(now: Timestamp, days: u32) -> Window {
        todo!("{now:?} {days}")
    }

    /// The window of the same length just before this one.
    pub fn previous(&self) -> Window {
        todo!()
    }

    /// `from <= at < to`.
    pub fn contains(&self, at: Timestamp) -> bool {
        todo!("{at:?}")
    }

    /// A date-only value is in the window when the UTC date of `from` <= it
    /// <= the UTC date of `to`.
    pub fn contains_date(&self, day: NaiveDate) -> bool {
        todo!("{day}")
    }

    /// The UTC days of the daily series: from the UTC date of `from` to that
    /// of the last instant before `to`, in order.
    pub fn days(&self) -> Vec<NaiveDate> {
        todo!()
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
    pub fn case(&self, case: &Case) -> bool {
        todo!("{case:?}")
    }

    pub fn incident(&self, incident: &Incident) -> bool {
        todo!("{incident:?}")
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
    todo!("{sorted:?} {p}")
}

/// The mean; `None` when empty.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let _ = values.into_iter();
    todo!()
}

/// Every KPI of kpis.md over `window` at `now`.
pub fn compute(data: &Data, window: Window, filters: &Filters, now: Timestamp) -> KpiSet {
    todo!("{data:?} {window:?} {filters:?} {now:?}")
}
