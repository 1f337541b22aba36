//! A deterministic synthetic data set for the KPI benchmark (`make bench`:
//! `examples/kpi_bench.rs` natively, `tests/kpi_bench.rs` in headless
//! Chromium): the issue's 100,000 cases, 2,000 incidents and 200 people with
//! their check-ins, goals and shifts, drawn from a tiny LCG (no crates), so
//! every run and both harnesses compute over the very same records.
//!
//! Not the demo data (`scripts/gen-demo.mjs`): plausible shapes only (open
//! cases recent, resolved ones older, some fields unknown), enough for every
//! KPI to have work to do. The app never calls this: it is left out of the
//! bundle as dead code.
//!
//! Incident events: the issue's 2,000 incidents come with 40,000 timeline
//! events, but no KPI of docs/kpis.md reads `incident_events` (the durations
//! come from the incident's own `*_at` fields), so [`compute`] never sees
//! them and none are generated.
//!
//! [`compute`]: super::engine::compute

use chrono::{Days, NaiveDate};

use super::engine::Records;
use crate::cases::model::{Case, Category, Priority, Status};
use crate::cases::sla::SlaPolicy;
use crate::incidents::model::{ActionItem, Incident, IncidentStatus, Severity};
use crate::regions::Region;
use crate::team::model::{CheckIn, Goal, GoalStatus, Person, Shift, ShiftKind};
use crate::time::{Date, Timestamp};

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// How many records to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub cases: usize,
    pub incidents: usize,
    pub people: usize,
}

impl Sizes {
    /// The issue's figure: 100,000 cases, 2,000 incidents, 200 people.
    pub const ISSUE: Sizes = Sizes {
        cases: 100_000,
        incidents: 2_000,
        people: 200,
    };
    /// A quick run that still has every kind of record.
    pub const SMOKE: Sizes = Sizes {
        cases: 2_000,
        incidents: 40,
        people: 12,
    };
}

/// Action items per incident.
pub const ITEMS_PER_INCIDENT: usize = 3;
/// Goals per person.
pub const GOALS_PER_PERSON: usize = 3;
/// Weekly check-ins per person (a year of them).
pub const CHECK_INS_PER_PERSON: usize = 52;
/// Shift days per person: the past week and the coming one.
pub const SHIFT_DAYS: usize = 15;

/// The "now" the benchmark computes at.
pub const NOW: &str = "2026-11-24T12:00:00.000Z";

/// A 64-bit linear congruential generator (Knuth's MMIX constants); the high
/// bits are the output.
#[derive(Debug, Clone)]
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 32) as u32
    }

    /// Uniform in `0..n` (`n` > 0; 0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u32()) * u128::from(n)) >> 32) as u64
    }

    /// True `percent` times in 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, list: &[T]) -> T {
        list[self.below(list.len() as u64) as usize]
    }

    /// One of `list` by weight.
    pub fn weighted<T: Copy>(&mut self, list: &[(T, u64)]) -> T {
        let total: u64 = list.iter().map(|(_, w)| w).sum();
        let mut at = self.below(total);
        for (value, weight) in list {
            if at < *weight {
                return *value;
            }
            at -= weight;
        }
        list[list.len() - 1].0
    }
}

/// The synthetic records: the engine's owned collections.
pub type Synthetic = Records;

/// "100,000 cases, 2,000 incidents (6,000 action items), ...".
pub fn describe(data: &Records) -> String {
    format!(
        "{} cases, {} incidents ({} action items), {} people ({} check-ins, {} goals, {} shifts)",
        thousands(data.cases.len()),
        thousands(data.incidents.len()),
        thousands(data.action_items.len()),
        thousands(data.people.len()),
        thousands(data.check_ins.len()),
        thousands(data.goals.len()),
        thousands(data.shifts.len()),
    )
}

/// The median of `xs` (the bench's figure of several runs).
pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.is_empty() {
        f64::NAN
    } else if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}
/// `100000` → `100,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn at(ms: i64) -> Timestamp {
    Timestamp::from_millis(ms as f64).expect("an instant in chrono's range")
}

fn date_plus(day: NaiveDate, days: i64) -> Date {
    Date(if days >= 0 {
        day + Days::new(days as u64)
    } else {
        day - Days::new(days.unsigned_abs())
    })
}

/// The instant `ms`, or `None` when it is still to come at `now`.
fn until_now(ms: i64, now: i64) -> Option<Timestamp> {
    (ms <= now).then(|| at(ms))
}

/// The data set of `sizes` at `now`, the same for the same `seed`.
pub fn generate(sizes: Sizes, now: Timestamp, seed: u64) -> Synthetic {
    let mut r = Lcg::new(seed);
    let now_ms = now.millis();
    let today = now.date();
    let person_id = |i: u64| format!("p{i}");
    let people_n = sizes.people.max(1) as u64;

    let people: Vec<Person> = (0..sizes.people)
        .map(|i| Person {
            id: person_id(i as u64),
            name: Some(format!("Person {i}")),
            region: Some(Region::ALL[i % 3]),
            active: Some(!r.chance(5)),
            started_on: Some(date_plus(today, -(r.below(2000) as i64))),
            ..Default::default()
        })
        .collect();

    let open = [
        Status::New,
        Status::Triage,
        Status::Investigating,
        Status::Waiting,
    ];
    let cases: Vec<Case> = (0..sizes.cases)
        .map(|i| {
            // Created over the last 180 days; resolved 10 minutes to 14 days
            // later, unless that is still to come (then open now).
            let created = now_ms - r.below(180 * DAY as u64) as i64;
            let resolved = until_now(
                created + 10 * MINUTE + r.below(14 * DAY as u64) as i64,
                now_ms,
            );
            let first_response = if r.chance(95) {
                until_now(created + MINUTE + r.below(8 * HOUR as u64) as i64, now_ms)
            } else {
                None
            };
            let done = resolved.is_some();
            Case {
                id: format!("c{i}"),
                title: Some(format!("Synthetic case {i}")),
                status: Some(if done {
                    Status::Resolved
                } else {
                    r.pick(&open)
                }),
                priority: Some(r.weighted(&[
                    (Priority::P0, 3),
                    (Priority::P1, 15),
                    (Priority::P2, 45),
                    (Priority::P3, 37),
                ])),
                region: (!r.chance(2)).then(|| r.pick(&Region::ALL)),
                category: (!r.chance(1)).then(|| r.pick(&Category::ALL)),
                owner_id: r.chance(90).then(|| person_id(r.below(people_n))),
                created_at: Some(at(created)),
                first_response_at: first_response,
                resolved_at: resolved,
                reopened_count: Some(u32::from(done && r.chance(8))),
                csat: (done && r.chance(60)).then(|| 1 + r.below(5) as u8),
                version: Some(1),
                ..Default::default()
            }
        })
        .collect();

    let severities = [
        (Some(Severity::SEV1), 5),
        (Some(Severity::SEV2), 20),
        (Some(Severity::SEV3), 45),
        (Some(Severity::SEV4), 28),
        (None, 2),
    ];
    let mut incidents = Vec::with_capacity(sizes.incidents);
    let mut action_items = Vec::with_capacity(sizes.incidents * ITEMS_PER_INCIDENT);
    for i in 0..sizes.incidents {
        // Detected over the last year; acknowledged, mitigated and resolved
        // in that order, each only once it has happened.
        let detected = now_ms - r.below(365 * DAY as u64) as i64;
        let acknowledged = detected + r.below(HOUR as u64) as i64;
        let mitigated = acknowledged + r.below(6 * HOUR as u64) as i64;
        let resolved = mitigated + r.below(DAY as u64) as i64;
        let first = r.pick(&Region::ALL);
        let mut regions = vec![first];
        if r.chance(30) {
            let other = r.pick(&Region::ALL);
            if other != first {
                regions.push(other);
            }
        }
        let (ack, mit, res) = (
            until_now(acknowledged, now_ms),
            until_now(mitigated, now_ms),
            until_now(resolved, now_ms),
        );
        let status = match (ack, mit, res) {
            (_, _, Some(_)) => IncidentStatus::Resolved,
            (_, Some(_), None) => IncidentStatus::Monitoring,
            (Some(_), None, None) => IncidentStatus::Identified,
            _ => IncidentStatus::Investigating,
        };
        let id = format!("i{i}");
        for j in 0..ITEMS_PER_INCIDENT {
            action_items.push(ActionItem {
                id: format!("a{i}-{j}"),
                incident_id: Some(id.clone()),
                due_on: Some(date_plus(at(detected).date(), r.below(30) as i64)),
                done: if r.chance(5) {
                    None
                } else {
                    Some(r.chance(70))
                },
                ..Default::default()
            });
        }
        incidents.push(Incident {
            id,
            title: Some(format!("Synthetic incident {i}")),
            severity: r.weighted(&severities),
            status: Some(status),
            regions: Some(regions),
            started_at: r
                .chance(90)
                .then(|| at(detected - r.below(2 * HOUR as u64) as i64)),
            detected_at: Some(at(detected)),
            acknowledged_at: ack,
            mitigated_at: mit,
            resolved_at: res,
            version: Some(1),
            ..Default::default()
        });
    }

    let mut goals = Vec::with_capacity(sizes.people * GOALS_PER_PERSON);
    let mut check_ins = Vec::with_capacity(sizes.people * CHECK_INS_PER_PERSON);
    let mut shifts = Vec::with_capacity(sizes.people * SHIFT_DAYS);
    for p in &people {
        for j in 0..GOALS_PER_PERSON {
            goals.push(Goal {
                id: format!("g-{}-{j}", p.id),
                person_id: Some(p.id.clone()),
                status: Some(r.weighted(&[
                    (GoalStatus::Active, 50),
                    (GoalStatus::Done, 35),
                    (GoalStatus::Dropped, 15),
                ])),
                target_on: Some(date_plus(today, r.below(180) as i64 - 90)),
                updated_at: Some(at(now_ms - r.below(120 * DAY as u64) as i64)),
                ..Default::default()
            });
        }
        for w in 0..CHECK_INS_PER_PERSON {
            let on = date_plus(today, -((w * 7) as i64) - r.below(7) as i64);
            check_ins.push(CheckIn {
                id: format!("k-{}-{w}", p.id),
                person_id: Some(p.id.clone()),
                on: Some(on),
                wellbeing: r.chance(90).then(|| 1 + r.below(5) as u8),
                workload: Some(1 + r.below(5) as u8),
                exposure_minutes: Some(r.below(300) as u32),
                ..Default::default()
            });
        }
        // One 8-hour shift a day from a week ago to a week ahead, at one of
        // the three start hours of the day; mostly primary.
        let midnight = now_ms - now_ms.rem_euclid(DAY);
        for d in 0..SHIFT_DAYS {
            let start = midnight + (d as i64 - 7) * DAY + r.below(3) as i64 * 8 * HOUR;
            shifts.push(Shift {
                id: format!("s-{}-{d}", p.id),
                person_id: Some(p.id.clone()),
                region: p.region,
                starts_at: Some(at(start)),
                ends_at: Some(at(start + 8 * HOUR)),
                kind: Some(if r.chance(70) {
                    ShiftKind::Primary
                } else {
                    ShiftKind::Backup
                }),
                ..Default::default()
            });
        }
    }

    let policies = Priority::ALL
        .iter()
        .map(|p| SlaPolicy {
            id: p.key().to_string(),
            ..Default::default()
        })
        .collect();

    Synthetic {
        cases,
        incidents,
        action_items,
        people,
        goals,
        check_ins,
        shifts,
        policies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi::engine::{compute, Filters, Window};

    #[test]
    fn the_same_seed_gives_the_same_records() {
        let now = Timestamp::parse(NOW).unwrap();
        let a = generate(Sizes::SMOKE, now, 7);
        let b = generate(Sizes::SMOKE, now, 7);
        assert_eq!(a.cases, b.cases);
        assert_eq!(a.check_ins, b.check_ins);
        assert_ne!(a.cases, generate(Sizes::SMOKE, now, 8).cases);
        assert_eq!(a.cases.len(), 2_000);
        assert_eq!(a.action_items.len(), 40 * ITEMS_PER_INCIDENT);
        assert_eq!(a.check_ins.len(), 12 * CHECK_INS_PER_PERSON);
    }

    #[test]
    fn every_kpi_has_something_to_compute() {
        let now = Timestamp::parse(NOW).unwrap();
        let s = generate(Sizes::SMOKE, now, 42);
        let set = compute(
            &s.data(),
            Window::last_days(now, 28),
            &Filters::default(),
            now,
        );
        for kpi in &set.kpis {
            assert!(kpi.value.is_some_and(|v| v > 0.0), "{kpi:?}");
        }
        // Never a record in the future.
        assert!(s
            .cases
            .iter()
            .all(|c| c.resolved_at.is_none_or(|t| t <= now)));
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(999), "999");
    }
}
