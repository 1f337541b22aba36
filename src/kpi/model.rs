//! The `kpi_targets` and `sla_policies` collections (shared/contract.md).
//! No Leptos here.

use serde::{Deserialize, Serialize};

use crate::cases::model::Priority;
use crate::data::Record;
use crate::time::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Smaller is better.
    Below,
    Above,
}

/// The target of one KPI; `id` is the KPI's key in kpis.md.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KpiTarget {
    pub id: String,
    pub target: Option<f64>,
    pub direction: Option<Direction>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for KpiTarget {
    const COLLECTION: &'static str = "kpi_targets";
    const FIELDS: &'static [&'static str] = &["id", "target", "direction", "updated_at", "version"];
    fn id(&self) -> &str {
        &self.id
    }
}

impl KpiTarget {
    /// On target or not; `None` when the target is incomplete.
    pub fn met_by(&self, value: f64) -> Option<bool> {
        let target = self.target?;
        Some(match self.direction? {
            Direction::Below => value <= target,
            Direction::Above => value >= target,
        })
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use crate::data::test_support::assert_fields_match;
    use serde_json::json;

    #[test]
    fn fields_lists_match_the_structs() {
        assert_fields_match::<KpiTarget>();
        assert_fields_match::<SlaPolicy>();
    }

    #[test]
    fn targets_follow_their_direction() {
        let below = KpiTarget {
            id: "mttr".into(),
            target: Some(60.0),
            direction: Some(Direction::Below),
            ..Default::default()
        };
        assert_eq!(below.met_by(60.0), Some(true));
        assert_eq!(below.met_by(60.5), Some(false));
        let above = KpiTarget {
            id: "sla_first_response".into(),
            target: Some(95.0),
            direction: Some(Direction::Above),
            ..Default::default()
        };
        assert_eq!(above.met_by(95.0), Some(true));
        assert_eq!(above.met_by(94.9), Some(false));
        let incomplete = KpiTarget {
            id: "x".into(),
            target: Some(1.0),
            ..Default::default()
        };
        assert_eq!(incomplete.met_by(1.0), None);
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
}
