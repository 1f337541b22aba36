//! What a new incident's page still has to write after the incident
//! landed: its `detected` and `declared` events and, when a case was
//! escalated, the case's link. Kept in this browser (per incident) from
//! before the incident is sent until each is written, so a failed or
//! interrupted follow-up is shown on the incident page with a Retry and
//! never lost. The same records are sent on every try (client-made ids):
//! a retry cannot write an entry twice.

use serde::{Deserialize, Serialize};

use super::model::IncidentEvent;
use crate::platform;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FollowUps {
    /// Timeline entries still to create, in order.
    pub events: Vec<IncidentEvent>,
    /// The case to link to the incident, if any.
    pub case_id: Option<String>,
}

fn key(incident_id: &str) -> String {
    format!("watchfloor.incident-followups.{incident_id}")
}

impl FollowUps {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.case_id.is_none()
    }

    /// Reads what is kept (damaged or foreign text: nothing).
    pub fn parse(text: &str, incident_id: &str) -> Option<FollowUps> {
        let mut f: FollowUps = serde_json::from_str(text).ok()?;
        // Only this incident's entries.
        f.events
            .retain(|e| e.incident_id.as_deref() == Some(incident_id));
        (!f.is_empty()).then_some(f)
    }

    /// What is kept for `incident_id` in this browser.
    pub fn load(incident_id: &str) -> Option<FollowUps> {
        platform::load(&key(incident_id)).and_then(|t| FollowUps::parse(&t, incident_id))
    }

    /// Keeps this (forgets when there is nothing left).
    pub fn keep(&self, incident_id: &str) {
        if self.is_empty() {
            platform::forget(&key(incident_id));
        } else if let Ok(json) = serde_json::to_string(self) {
            platform::store(&key(incident_id), &json);
        }
    }

    /// The entry `id` was written.
    pub fn written(&mut self, id: &str) {
        self.events.retain(|e| e.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_follow_ups_round_trip_and_drop_what_is_not_this_incidents() {
        let event = |id: &str, incident: &str| IncidentEvent {
            id: id.into(),
            incident_id: Some(incident.into()),
            text: Some("<script>x</script>".into()),
            ..Default::default()
        };
        let f = FollowUps {
            events: vec![event("e1", "i1"), event("e2", "other")],
            case_id: Some("case-1".into()),
        };
        let text = serde_json::to_string(&f).unwrap();
        let back = FollowUps::parse(&text, "i1").unwrap();
        assert_eq!(back.events.len(), 1);
        assert_eq!(back.events[0].text.as_deref(), Some("<script>x</script>"));
        assert_eq!(back.case_id.as_deref(), Some("case-1"));
        assert_eq!(FollowUps::parse("not json", "i1"), None);
        assert_eq!(
            FollowUps::parse(r#"{"events":[],"case_id":null}"#, "i1"),
            None
        );
        let mut b = back;
        b.written("e1");
        b.case_id = None;
        assert!(b.is_empty());
    }
}
