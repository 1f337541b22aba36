//! The `sla_policies` collection and the SLA clocks of a case, exactly as
//! docs/kpis.md defines met, missed and pending.
//! No Leptos here.

use serde::{Deserialize, Serialize};

use super::model::{Case, Priority};
use crate::data::Record;
use crate::time::Timestamp;

/// The SLA of one priority; `id` is the priority (`P0`..`P3`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SlaPolicy {
    pub id: String,
    pub first_response_minutes: Option<u32>,
    pub resolution_minutes: Option<u32>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for SlaPolicy {
    const COLLECTION: &'static str = "sla_policies";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "first_response_minutes",
        "resolution_minutes",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
    fn check(&self) -> Result<(), String> {
        self.priority()
            .map(|_| ())
            .ok_or_else(|| format!("`id` `{}` is not a priority P0..P3", self.id))
    }
}

impl SlaPolicy {
    pub fn priority(&self) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.key() == self.id)
    }
}

/// First-response and resolution targets in minutes, around the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlaTarget {
    pub first_response_minutes: u32,
    pub resolution_minutes: u32,
}

/// The contract's defaults, used when `sla_policies` has no usable row.
pub fn default_sla(priority: Priority) -> SlaTarget {
    let (first, resolution) = match priority {
        Priority::P0 => (15, 240),
        Priority::P1 => (60, 1440),
        Priority::P2 => (240, 4320),
        Priority::P3 => (1440, 10080),
    };
    SlaTarget {
        first_response_minutes: first,
        resolution_minutes: resolution,
    }
}

/// The SLA for each priority. Decision (the contract speaks only of an empty
/// or missing collection): each priority falls back to its default on its own,
/// and so does each missing number of a row, so a partly filled collection
/// still gives every case a target.
pub fn sla_for(policies: &[SlaPolicy], priority: Priority) -> SlaTarget {
    let default = default_sla(priority);
    match policies.iter().find(|p| p.priority() == Some(priority)) {
        Some(p) => SlaTarget {
            first_response_minutes: p
                .first_response_minutes
                .unwrap_or(default.first_response_minutes),
            resolution_minutes: p.resolution_minutes.unwrap_or(default.resolution_minutes),
        },
        None => default,
    }
}

/// Which target a clock runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    FirstResponse,
    Resolution,
}

/// One target's outcome for one case (kpis.md `sla_first_response`,
/// `sla_resolution`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// Reached within the target.
    Met,
    /// Reached late, or not reached and already past the target; `by_minutes`
    /// is how late (so far).
    Missed { by_minutes: f64 },
    /// Not reached and still inside the target.
    Pending { left_minutes: f64 },
}

/// The outcome of one target at `now`. `None` when the case lacks what the
/// clock needs (no `created_at`, no priority): such a case has no clock.
pub fn outcome(
    case: &Case,
    policies: &[SlaPolicy],
    target: Target,
    now: Timestamp,
) -> Option<Outcome> {
    outcome_with(case, sla_for(policies, case.priority?), target, now)
}

/// [`outcome`] with the case's SLA already looked up (`sla_for` of its
/// priority): the KPI engine looks up the four once, not once per case.
pub fn outcome_with(
    case: &Case,
    sla: SlaTarget,
    target: Target,
    now: Timestamp,
) -> Option<Outcome> {
    let created = case.created_at?;
    let (reached, limit) = match target {
        Target::FirstResponse => (case.first_response_at, sla.first_response_minutes),
        Target::Resolution => (case.resolved_at, sla.resolution_minutes),
    };
    let limit = limit as f64;
    Some(match reached {
        Some(at) => {
            let took = at.minutes_since(created);
            if took <= limit {
                Outcome::Met
            } else {
                Outcome::Missed {
                    by_minutes: took - limit,
                }
            }
        }
        None => {
            let elapsed = now.minutes_since(created);
            if elapsed > limit {
                Outcome::Missed {
                    by_minutes: elapsed - limit,
                }
            } else {
                Outcome::Pending {
                    left_minutes: limit - elapsed,
                }
            }
        }
    })
}

/// What a card's clock shows: time left to first response, then to
/// resolution, or how long it is overdue; nothing running once resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Clock {
    Running {
        target: Target,
        left_minutes: f64,
    },
    Overdue {
        target: Target,
        by_minutes: f64,
    },
    /// Resolved: whether the resolution target was met.
    Stopped {
        met: bool,
    },
}

pub fn clock(case: &Case, policies: &[SlaPolicy], now: Timestamp) -> Option<Clock> {
    if case.resolved_at.is_some() {
        let met = outcome(case, policies, Target::Resolution, now)? == Outcome::Met;
        return Some(Clock::Stopped { met });
    }
    let target = if case.first_response_at.is_none() {
        Target::FirstResponse
    } else {
        Target::Resolution
    };
    // Not yet reached, so the outcome is pending or missed.
    Some(match outcome(case, policies, target, now)? {
        Outcome::Pending { left_minutes } => Clock::Running {
            target,
            left_minutes,
        },
        Outcome::Missed { by_minutes } => Clock::Overdue { target, by_minutes },
        Outcome::Met => Clock::Stopped { met: true },
    })
}

#[cfg(test)]
mod tests {
    use crate::data::decode::decode;
    use crate::data::test_support::assert_fields_match;
    use serde_json::json;

    #[test]
    fn the_policy_fields_match_the_struct() {
        assert_fields_match::<SlaPolicy>();
    }

    #[test]
    fn sla_falls_back_to_the_defaults_per_priority_and_field() {
        assert_eq!(
            sla_for(&[], Priority::P0),
            SlaTarget {
                first_response_minutes: 15,
                resolution_minutes: 240
            }
        );
        assert_eq!(
            sla_for(&[], Priority::P3),
            SlaTarget {
                first_response_minutes: 1440,
                resolution_minutes: 10080
            }
        );
        let policies = vec![SlaPolicy {
            id: "P1".into(),
            first_response_minutes: Some(30),
            resolution_minutes: None,
            ..Default::default()
        }];
        assert_eq!(
            sla_for(&policies, Priority::P1),
            SlaTarget {
                first_response_minutes: 30,
                resolution_minutes: 1440
            }
        );
        assert_eq!(sla_for(&policies, Priority::P2), default_sla(Priority::P2));
    }

    #[test]
    fn a_policy_for_no_priority_is_damaged() {
        assert!(decode::<SlaPolicy>(json!({"id": "P7", "first_response_minutes": 1})).is_err());
        assert!(decode::<SlaPolicy>(json!({"id": "P2", "first_response_minutes": -1})).is_err());
    }

    use super::*;
    use crate::cases::model::Priority;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    /// A P1 case (defaults: first response 60 min, resolution 1440 min)
    /// created at 09:00.
    fn p1(first: Option<&str>, resolved: Option<&str>) -> Case {
        Case {
            id: "c".into(),
            priority: Some(Priority::P1),
            created_at: Some(ts("2026-11-24T09:00:00Z")),
            first_response_at: first.map(ts),
            resolved_at: resolved.map(ts),
            ..Default::default()
        }
    }

    const NOW: &str = "2026-11-24T09:45:00Z";

    #[test]
    fn first_response_met_exactly_on_the_target_counts_as_met() {
        let case = p1(Some("2026-11-24T10:00:00Z"), None);
        assert_eq!(
            outcome(&case, &[], Target::FirstResponse, ts(NOW)),
            Some(Outcome::Met)
        );
    }

    #[test]
    fn a_late_response_is_missed_by_how_late_it_was() {
        let case = p1(Some("2026-11-24T10:30:00Z"), None);
        assert_eq!(
            outcome(&case, &[], Target::FirstResponse, ts(NOW)),
            Some(Outcome::Missed { by_minutes: 30.0 })
        );
    }

    #[test]
    fn no_response_yet_is_pending_inside_the_target_and_missed_past_it() {
        let case = p1(None, None);
        assert_eq!(
            outcome(&case, &[], Target::FirstResponse, ts(NOW)),
            Some(Outcome::Pending { left_minutes: 15.0 })
        );
        assert_eq!(
            outcome(
                &case,
                &[],
                Target::FirstResponse,
                ts("2026-11-24T10:00:00Z")
            ),
            Some(Outcome::Pending { left_minutes: 0.0 })
        );
        assert_eq!(
            outcome(
                &case,
                &[],
                Target::FirstResponse,
                ts("2026-11-24T10:20:00Z")
            ),
            Some(Outcome::Missed { by_minutes: 20.0 })
        );
    }

    #[test]
    fn policies_override_the_defaults_per_priority() {
        let policies = vec![SlaPolicy {
            id: "P1".into(),
            first_response_minutes: Some(30),
            resolution_minutes: Some(120),
            ..Default::default()
        }];
        let case = p1(None, None);
        assert_eq!(
            outcome(&case, &policies, Target::FirstResponse, ts(NOW)),
            Some(Outcome::Missed { by_minutes: 15.0 })
        );
        let p0 = Case {
            priority: Some(Priority::P0),
            ..p1(None, None)
        };
        // P0 keeps its default 15 minutes: 45 elapsed, 30 late.
        assert_eq!(
            outcome(&p0, &policies, Target::FirstResponse, ts(NOW)),
            Some(Outcome::Missed { by_minutes: 30.0 })
        );
    }

    #[test]
    fn resolution_outcomes() {
        let on_time = p1(Some("2026-11-24T09:10:00Z"), Some("2026-11-25T09:00:00Z"));
        assert_eq!(
            outcome(&on_time, &[], Target::Resolution, ts(NOW)),
            Some(Outcome::Met)
        );
        let late = p1(Some("2026-11-24T09:10:00Z"), Some("2026-11-25T10:00:00Z"));
        assert_eq!(
            outcome(&late, &[], Target::Resolution, ts(NOW)),
            Some(Outcome::Missed { by_minutes: 60.0 })
        );
    }

    #[test]
    fn the_card_clock_runs_to_first_response_then_to_resolution() {
        let now = ts(NOW);
        assert_eq!(
            clock(&p1(None, None), &[], now),
            Some(Clock::Running {
                target: Target::FirstResponse,
                left_minutes: 15.0
            })
        );
        assert_eq!(
            clock(&p1(None, None), &[], ts("2026-11-24T10:05:00Z")),
            Some(Clock::Overdue {
                target: Target::FirstResponse,
                by_minutes: 5.0
            })
        );
        // Responded (even late): the resolution clock runs, 1440 - 45 left.
        assert_eq!(
            clock(&p1(Some("2026-11-24T09:30:00Z"), None), &[], now),
            Some(Clock::Running {
                target: Target::Resolution,
                left_minutes: 1395.0
            })
        );
        assert_eq!(
            clock(
                &p1(Some("2026-11-24T11:00:00Z"), None),
                &[],
                ts("2026-11-25T09:30:00Z")
            ),
            Some(Clock::Overdue {
                target: Target::Resolution,
                by_minutes: 30.0
            })
        );
        assert_eq!(
            clock(
                &p1(Some("2026-11-24T09:30:00Z"), Some("2026-11-24T12:00:00Z")),
                &[],
                now
            ),
            Some(Clock::Stopped { met: true })
        );
        assert_eq!(
            clock(
                &p1(Some("2026-11-24T09:30:00Z"), Some("2026-11-26T12:00:00Z")),
                &[],
                now
            ),
            Some(Clock::Stopped { met: false })
        );
    }

    #[test]
    fn a_case_without_created_at_or_priority_has_no_clock() {
        let no_created = Case {
            created_at: None,
            ..p1(None, None)
        };
        assert_eq!(clock(&no_created, &[], ts(NOW)), None);
        let no_priority = Case {
            priority: None,
            ..p1(None, None)
        };
        assert_eq!(
            outcome(&no_priority, &[], Target::FirstResponse, ts(NOW)),
            None
        );
    }
}
