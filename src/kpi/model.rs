//! The `kpi_targets` collection (docs/contract.md#kpi_targets).
//! No Leptos here.

use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_support::assert_fields_match;

    #[test]
    fn fields_lists_match_the_structs() {
        assert_fields_match::<KpiTarget>();
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
}
