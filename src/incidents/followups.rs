//! What a new incident's page still has to write after the incident
//! landed: its `detected` and `declared` events and, when a case was
//! escalated, the case's link. Kept in this browser (per incident) from
//! before the incident is sent until each is written, so a failed or
//! interrupted follow-up is shown on the incident page with a Retry and
//! never lost. The same records are sent on every try (client-made ids):
//! a retry cannot write an entry twice.
//!
//! What is read back is not trusted (an old version, or anything on this
//! origin, may have written it): only this incident's `detected` and
//! `declared` entries, by the person this browser is ("me") or nobody, at a
//! plausible time, are replayed.

use serde::{Deserialize, Serialize};

use super::model::{EventKind, IncidentEvent};
use crate::platform;
use crate::time::Timestamp;

/// The earliest time a kept entry may carry.
const EARLIEST: &str = "2000-01-01T00:00:00Z";
/// How far ahead of now a kept entry may be (clocks a little apart).
const AHEAD_MINUTES: f64 = 1.0;

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

    /// Reads what is kept (damaged or foreign text: nothing), keeping only
    /// what declaring writes: this incident's `detected` and `declared`
    /// entries, by `me` (the person this browser is) or nobody, at a time
    /// from 2000 up to a minute after `now`.
    pub fn parse(
        text: &str,
        incident_id: &str,
        me: Option<&str>,
        now: Timestamp,
    ) -> Option<FollowUps> {
        let mut f: FollowUps = serde_json::from_str(text).ok()?;
        let earliest = Timestamp::parse(EARLIEST).ok()?;
        f.events.retain(|e| {
            let kind = matches!(e.kind, Some(EventKind::Detected | EventKind::Declared));
            let author = e.author_id.is_none() || e.author_id.as_deref() == me;
            let at =
                e.at.is_some_and(|at| at >= earliest && at.minutes_since(now) <= AHEAD_MINUTES);
            e.incident_id.as_deref() == Some(incident_id) && kind && author && at
        });
        f.case_id = f
            .case_id
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty());
        (!f.is_empty()).then_some(f)
    }

    /// What is kept for `incident_id` in this browser (see [`FollowUps::parse`]).
    pub fn load(incident_id: &str, me: Option<&str>, now: Timestamp) -> Option<FollowUps> {
        platform::load(&key(incident_id)).and_then(|t| FollowUps::parse(&t, incident_id, me, now))
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

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    const NOW: &str = "2026-11-25T10:00:00Z";

    fn event(id: &str, incident: &str) -> IncidentEvent {
        IncidentEvent {
            id: id.into(),
            incident_id: Some(incident.into()),
            kind: Some(EventKind::Detected),
            at: Some(ts("2026-11-25T09:59:00Z")),
            author_id: Some("me".into()),
            text: Some("<script>x</script>".into()),
            ..Default::default()
        }
    }

    fn parse(f: &FollowUps) -> Option<FollowUps> {
        FollowUps::parse(
            &serde_json::to_string(f).unwrap(),
            "i1",
            Some("me"),
            ts(NOW),
        )
    }

    #[test]
    fn kept_follow_ups_round_trip_and_drop_what_is_not_this_incidents() {
        let f = FollowUps {
            events: vec![event("e1", "i1"), event("e2", "other")],
            case_id: Some("case-1".into()),
        };
        let back = parse(&f).unwrap();
        assert_eq!(back.events.len(), 1);
        assert_eq!(back.events[0].text.as_deref(), Some("<script>x</script>"));
        assert_eq!(back.case_id.as_deref(), Some("case-1"));
        assert_eq!(
            FollowUps::parse("not json", "i1", Some("me"), ts(NOW)),
            None
        );
        assert_eq!(
            FollowUps::parse(r#"{"events":[],"case_id":null}"#, "i1", Some("me"), ts(NOW)),
            None
        );
        let mut b = back;
        b.written("e1");
        b.case_id = None;
        assert!(b.is_empty());
    }

    #[test]
    fn poisoned_storage_is_not_replayed_as_is() {
        // An old version or anything on this origin wrote this; the page
        // posts every event and links the case without asking.
        let text = r#"{"events":[{"id":"event-x","incident_id":"i1","kind":"status_change",
            "at":"9999-12-31T23:59:59Z","author_id":"someone-else","text":"resolved → investigating"}],
            "case_id":"case-of-another-team"}"#;
        let f = FollowUps::parse(text, "i1", Some("me"), ts(NOW)).unwrap_or_default();
        assert!(
            f.events.is_empty(),
            "a status_change entry, by someone else, in the future: {f:?}"
        );
    }

    #[test]
    fn only_declarings_entries_by_me_or_nobody_at_a_plausible_time_are_kept() {
        let with = |change: &dyn Fn(&mut IncidentEvent)| {
            let mut e = event("e1", "i1");
            change(&mut e);
            parse(&FollowUps {
                events: vec![e],
                case_id: None,
            })
            .map_or(0, |f| f.events.len())
        };
        assert_eq!(with(&|_| {}), 1);
        assert_eq!(with(&|e| e.kind = Some(EventKind::Declared)), 1);
        assert_eq!(with(&|e| e.author_id = None), 1, "nobody");
        assert_eq!(with(&|e| e.kind = Some(EventKind::StatusChange)), 0);
        assert_eq!(with(&|e| e.kind = Some(EventKind::Update)), 0);
        assert_eq!(with(&|e| e.kind = None), 0);
        assert_eq!(with(&|e| e.author_id = Some("someone".into())), 0);
        assert_eq!(
            with(&|e| e.at = Some(ts("2026-11-25T10:00:59Z"))),
            1,
            "clocks apart"
        );
        assert_eq!(
            with(&|e| e.at = Some(ts("2026-11-25T10:01:01Z"))),
            0,
            "future"
        );
        assert_eq!(
            with(&|e| e.at = Some(ts("1999-12-31T23:59:59Z"))),
            0,
            "before 2000"
        );
        assert_eq!(with(&|e| e.at = None), 0);
        // Nobody known in this browser: only entries by nobody.
        let e = event("e1", "i1");
        let text = serde_json::to_string(&FollowUps {
            events: vec![e],
            case_id: None,
        })
        .unwrap();
        assert_eq!(FollowUps::parse(&text, "i1", None, ts(NOW)), None);
    }
}
