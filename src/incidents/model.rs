//! The `incidents`, `incident_events` and `action_items` collections. No
//! Leptos here.
//!
//! Contract: docs/contract.md#incidents, #incident_events, #action_items

use serde::{Deserialize, Serialize};

use crate::data::Record;
use crate::regions::Region;
use crate::time::{Date, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    SEV1,
    SEV2,
    SEV3,
    SEV4,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentStatus {
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Incident {
    pub id: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub severity: Option<Severity>,
    pub status: Option<IncidentStatus>,
    pub regions: Option<Vec<Region>>,
    pub commander_id: Option<String>,
    pub started_at: Option<Timestamp>,
    pub detected_at: Option<Timestamp>,
    pub acknowledged_at: Option<Timestamp>,
    pub mitigated_at: Option<Timestamp>,
    pub resolved_at: Option<Timestamp>,
    pub root_cause: Option<String>,
    pub lessons: Option<String>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for Incident {
    const COLLECTION: &'static str = "incidents";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "title",
        "summary",
        "severity",
        "status",
        "regions",
        "commander_id",
        "started_at",
        "detected_at",
        "acknowledged_at",
        "mitigated_at",
        "resolved_at",
        "root_cause",
        "lessons",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Detected,
    Declared,
    Update,
    Escalated,
    Comms,
    Mitigation,
    Decision,
    StatusChange,
    Resolved,
    Note,
}

/// One entry of an incident's timeline.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IncidentEvent {
    pub id: String,
    pub incident_id: Option<String>,
    pub at: Option<Timestamp>,
    pub kind: Option<EventKind>,
    pub author_id: Option<String>,
    pub text: Option<String>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for IncidentEvent {
    const COLLECTION: &'static str = "incident_events";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "incident_id",
        "at",
        "kind",
        "author_id",
        "text",
        "created_at",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: String,
    pub incident_id: Option<String>,
    pub title: Option<String>,
    pub owner_id: Option<String>,
    pub due_on: Option<Date>,
    pub done: Option<bool>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for ActionItem {
    const COLLECTION: &'static str = "action_items";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "incident_id",
        "title",
        "owner_id",
        "due_on",
        "done",
        "created_at",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
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
        assert_fields_match::<Incident>();
        assert_fields_match::<IncidentEvent>();
        assert_fields_match::<ActionItem>();
    }

    #[test]
    fn incidents_decode_and_reject_unknown_values() {
        let ok: Incident = decode(
            json!({"id": "i1", "severity": "SEV1", "regions": ["EMEA", "APAC"],
            "status": "monitoring", "detected_at": "2026-11-20T10:00:00.5+01:00"}),
        )
        .unwrap();
        assert_eq!(ok.regions, Some(vec![Region::EMEA, Region::APAC]));
        assert_eq!(
            ok.detected_at.unwrap().to_wire(),
            "2026-11-20T09:00:00.500Z"
        );
        assert!(decode::<Incident>(json!({"id": "i2", "severity": "SEV0"})).is_err());
        assert!(decode::<Incident>(json!({"id": "i3", "regions": ["MARS"]})).is_err());
    }

    #[test]
    fn events_and_action_items_decode_dates_and_kinds() {
        let e: IncidentEvent = decode(json!({"id": "e1", "kind": "status_change"})).unwrap();
        assert_eq!(e.kind, Some(EventKind::StatusChange));
        let a: ActionItem =
            decode(json!({"id": "a1", "due_on": "2026-12-01", "done": false})).unwrap();
        assert_eq!(a.due_on.unwrap().to_string(), "2026-12-01");
        assert!(decode::<ActionItem>(json!({"id": "a2", "due_on": "next week"})).is_err());
        assert!(decode::<ActionItem>(json!({"id": "a3", "done": "no"})).is_err());
    }
}
