//! An incident's timeline in the one timeline component (`ui::Timeline`):
//! its events as entries, and what the person wrote as new events or
//! edits. Plain Rust, tested on the host.

use super::logic::{status_event_text, EventWrite};
use super::model::{EventKind, Incident, IncidentEvent};
use crate::time::Timestamp;
use crate::ui::{Draft, Entry, Kind};

/// Every kind of incident event, for the component (names and icons).
pub fn kinds() -> Vec<Kind> {
    EventKind::ALL
        .into_iter()
        .map(|k| Kind {
            key: k.key(),
            label: k.label_key(),
            icon: k.icon(),
        })
        .collect()
}

/// The kinds a person may add by hand: all but `status_change`, which only
/// a status change writes.
pub fn addable() -> Vec<&'static str> {
    EventKind::ALL
        .into_iter()
        .filter(|k| *k != EventKind::StatusChange)
        .map(EventKind::key)
        .collect()
}

/// The kind entries without one (written by something that knew no kind)
/// are shown as.
const UNKNOWN_KIND: EventKind = EventKind::Note;

/// One event as an entry. A status change is history: not editable.
pub fn to_entry(event: &IncidentEvent, saving: bool) -> Entry {
    let kind = event.kind.unwrap_or(UNKNOWN_KIND);
    Entry {
        id: event.id.clone(),
        kind: kind.key(),
        at: event.at,
        created_at: event.created_at,
        author_id: event.author_id.clone(),
        text: event.text.clone().unwrap_or_default(),
        lines: Vec::new(),
        editable: kind != EventKind::StatusChange,
        saving,
    }
}

/// The event a draft adds (`None` for a kind one may not add).
pub fn new_event(
    draft: &Draft,
    incident_id: &str,
    id: String,
    author: Option<String>,
    now: Timestamp,
) -> Option<IncidentEvent> {
    let kind = EventKind::from_key(draft.kind).filter(|k| *k != EventKind::StatusChange)?;
    Some(IncidentEvent {
        id,
        incident_id: Some(incident_id.to_string()),
        at: Some(draft.at.unwrap_or(now)),
        kind: Some(kind),
        author_id: author.filter(|a| !a.trim().is_empty()),
        text: Some(draft.text.clone()),
        created_at: Some(now),
        updated_at: None,
        version: None,
    })
}

/// The edit a draft makes to `event` (`None`: a status change, or a kind
/// one may not choose). No time typed keeps the event's own (or now).
pub fn edit_of(event: &IncidentEvent, draft: &Draft, now: Timestamp) -> Option<EventWrite> {
    if event.kind == Some(EventKind::StatusChange) {
        return None;
    }
    let kind = EventKind::from_key(draft.kind).filter(|k| *k != EventKind::StatusChange)?;
    Some(EventWrite {
        kind,
        at: draft.at.or(event.at).unwrap_or(now),
        text: draft.text.clone(),
    })
}

/// The status change entry for a status change that landed.
pub fn status_event(
    incident_id: &str,
    id: String,
    text: String,
    author: Option<String>,
    now: Timestamp,
) -> IncidentEvent {
    IncidentEvent {
        id,
        incident_id: Some(incident_id.to_string()),
        at: Some(now),
        kind: Some(EventKind::StatusChange),
        author_id: author.filter(|a| !a.trim().is_empty()),
        text: Some(text),
        created_at: Some(now),
        updated_at: None,
        version: None,
    }
}

/// The `status_change` entry of a write that took the incident from
/// `before` (the version it was computed on) to `saved` (as stored), at
/// `now`: `None` when the status did not change. The save engine calls this
/// only for writes known to have landed, so a lost or conflicting change
/// never leaves an entry.
pub fn status_change_entry(
    before: &Incident,
    saved: &Incident,
    now: Timestamp,
    author: Option<String>,
    id: String,
) -> Option<IncidentEvent> {
    let to = saved.status?;
    (before.status != saved.status).then(|| {
        status_event(
            &saved.id,
            id,
            status_event_text(before.status, to),
            author,
            now,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn event(kind: Option<EventKind>) -> IncidentEvent {
        IncidentEvent {
            id: "e1".into(),
            incident_id: Some("i1".into()),
            at: Some(t("2026-11-24T09:00:00Z")),
            kind,
            author_id: Some("person-1".into()),
            text: Some("<script>alert(1)</script>".into()),
            created_at: Some(t("2026-11-24T09:01:00Z")),
            ..Default::default()
        }
    }

    #[test]
    fn events_become_entries_and_status_changes_are_not_editable() {
        let e = to_entry(&event(Some(EventKind::Update)), true);
        assert_eq!(e.kind, "update");
        assert_eq!(e.text, "<script>alert(1)</script>", "text stays text");
        assert!(e.editable && e.saving);
        assert!(!to_entry(&event(Some(EventKind::StatusChange)), false).editable);
        let unknown = to_entry(&IncidentEvent::default(), false);
        assert_eq!((unknown.kind, unknown.text.as_str()), ("note", ""));
    }

    #[test]
    fn every_kind_is_named_and_status_change_cannot_be_added() {
        assert_eq!(kinds().len(), EventKind::ALL.len());
        assert!(!addable().contains(&"status_change"));
        assert!(addable().contains(&"update"));
    }

    #[test]
    fn a_draft_adds_an_event_at_its_time_or_now() {
        let now = t("2026-11-25T12:00:00Z");
        let draft = Draft {
            kind: "update",
            at: None,
            text: "Rolled back".into(),
            extra: None,
        };
        let e = new_event(&draft, "i1", "x".into(), Some("person-2".into()), now).unwrap();
        assert_eq!((e.at, e.created_at), (Some(now), Some(now)));
        assert_eq!(e.kind, Some(EventKind::Update));
        assert_eq!(e.incident_id.as_deref(), Some("i1"));
        let earlier = Draft {
            at: Some(t("2026-11-24T10:00:00Z")),
            ..draft.clone()
        };
        let e = new_event(&earlier, "i1", "y".into(), Some(" ".into()), now).unwrap();
        assert_eq!(e.at, Some(t("2026-11-24T10:00:00Z")));
        assert_eq!(e.author_id, None);
        let forged = Draft {
            kind: "status_change",
            ..draft
        };
        assert_eq!(new_event(&forged, "i1", "z".into(), None, now), None);
    }

    #[test]
    fn an_edit_keeps_the_time_unless_one_is_typed() {
        let now = t("2026-11-25T12:00:00Z");
        let e = event(Some(EventKind::Update));
        let draft = Draft {
            kind: "mitigation",
            at: None,
            text: "Blocked".into(),
            extra: None,
        };
        let w = edit_of(&e, &draft, now).unwrap();
        assert_eq!(w.at, t("2026-11-24T09:00:00Z"));
        assert_eq!(w.kind, EventKind::Mitigation);
        assert_eq!(
            edit_of(&event(Some(EventKind::StatusChange)), &draft, now),
            None
        );
        let s = status_event("i1", "s1".into(), "a → b".into(), None, now);
        assert_eq!(s.kind, Some(EventKind::StatusChange));
    }

    #[test]
    fn a_landed_status_change_makes_its_entry_and_other_writes_none() {
        use crate::incidents::model::IncidentStatus;
        let now = t("2026-11-25T10:00:00Z");
        let before = Incident {
            id: "i1".into(),
            status: Some(IncidentStatus::Investigating),
            ..Default::default()
        };
        let saved = Incident {
            status: Some(IncidentStatus::Identified),
            version: Some(4),
            ..before.clone()
        };
        let e = status_change_entry(&before, &saved, now, Some("me".into()), "event-1".into())
            .expect("an entry");
        assert_eq!(e.id, "event-1");
        assert_eq!(e.incident_id.as_deref(), Some("i1"));
        assert_eq!(e.kind, Some(EventKind::StatusChange));
        assert_eq!(e.text.as_deref(), Some("investigating → identified"));
        assert_eq!(e.author_id.as_deref(), Some("me"));
        assert_eq!(e.at, Some(now));
        // A commander change, or someone else's identical status: nothing.
        assert_eq!(
            status_change_entry(&saved, &saved, now, None, "event-2".into()),
            None
        );
    }
}
