//! What the "now" view shows, chosen and ordered in plain Rust: open
//! incidents (most severe first) with each one's newest timeline entry,
//! open P0 and P1 cases (the most urgent SLA clock first), and who is on
//! shift now in each region. No Leptos here.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::cases::model::{Case, Priority, Status};
use crate::cases::sla::{clock, Clock, SlaPolicy};
use crate::incidents::model::{Incident, IncidentEvent, IncidentStatus};
use crate::regions::Region;
use crate::team::model::{Shift, ShiftKind};
use crate::time::{timeline_key, Timestamp};

/// Open incidents (an unknown status counts as open), most severe first
/// (unknown severity last), then the most recently started (`started_at`,
/// else `detected_at`; unknown last), then by id.
pub fn open_incidents(list: &[Incident]) -> Vec<&Incident> {
    let mut open: Vec<&Incident> = list
        .iter()
        .filter(|i| i.status.is_none_or(IncidentStatus::is_open))
        .collect();
    let began = |i: &Incident| i.started_at.or(i.detected_at);
    crate::sort::sort_by(&mut open, |a, b| {
        (a.severity.is_none(), a.severity)
            .cmp(&(b.severity.is_none(), b.severity))
            .then_with(|| began(b).cmp(&began(a)))
            .then_with(|| a.id.cmp(&b.id))
    });
    open
}

/// Each incident's newest timeline entry: the last in the timeline's own
/// order (by `at`, then `created_at`, then id). Entries without `at` or
/// without an incident are left out.
pub fn last_updates(events: &[IncidentEvent]) -> HashMap<&str, &IncidentEvent> {
    let mut newest: HashMap<&str, &IncidentEvent> = HashMap::new();
    for e in events.iter().filter(|e| e.at.is_some()) {
        let Some(incident) = e.incident_id.as_deref() else {
            continue;
        };
        match newest.get(incident) {
            Some(kept)
                if timeline_key(kept.at, kept.created_at, &kept.id)
                    >= timeline_key(e.at, e.created_at, &e.id) => {}
            _ => {
                newest.insert(incident, e);
            }
        }
    }
    newest
}

/// How urgent a case's clock is: overdue (the longest overdue first), then
/// running (the least time left first), then anything else.
fn urgency(case: &Case, policies: &[SlaPolicy], now: Timestamp) -> (u8, f64) {
    match clock(case, policies, now) {
        Some(Clock::Overdue { by_minutes, .. }) => (0, -by_minutes),
        Some(Clock::Running { left_minutes, .. }) => (1, left_minutes),
        _ => (2, 0.0),
    }
}

/// Open P0 and P1 cases, the most urgent SLA clock first; equal clocks by
/// priority, then the oldest, then id.
pub fn urgent_cases<'a>(
    cases: &'a [Case],
    policies: &[SlaPolicy],
    now: Timestamp,
) -> Vec<&'a Case> {
    let mut list: Vec<(&Case, (u8, f64))> = cases
        .iter()
        .filter(|c| matches!(c.priority, Some(Priority::P0 | Priority::P1)))
        .filter(|c| c.status.is_some_and(Status::is_open) && c.resolved_at.is_none())
        .map(|c| (c, urgency(c, policies, now)))
        .collect();
    crate::sort::sort_by(&mut list, |(a, ua), (b, ub)| {
        ua.0.cmp(&ub.0)
            .then_with(|| ua.1.partial_cmp(&ub.1).unwrap_or(Ordering::Equal))
            .then_with(|| a.priority.cmp(&b.priority))
            .then_with(|| {
                (a.created_at.is_none(), a.created_at).cmp(&(b.created_at.is_none(), b.created_at))
            })
            .then_with(|| a.id.cmp(&b.id))
    });
    list.into_iter().map(|(c, _)| c).collect()
}

/// Who is on shift in one region at one moment (person ids, `?` for a
/// shift without a person), each list sorted and without repeats.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OnShift {
    pub primary: Vec<String>,
    pub backup: Vec<String>,
}

/// The shifts of `region` on at `now` (from `starts_at` inclusive to
/// `ends_at` exclusive); a shift missing either time is left out.
pub fn on_shift(shifts: &[Shift], region: Region, now: Timestamp) -> OnShift {
    let mut on = OnShift::default();
    for s in shifts.iter().filter(|s| s.region == Some(region)) {
        let (Some(from), Some(to)) = (s.starts_at, s.ends_at) else {
            continue;
        };
        if !(from <= now && now < to) {
            continue;
        }
        let who = s
            .person_id
            .clone()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "?".into());
        match s.kind {
            Some(ShiftKind::Primary) => on.primary.push(who),
            Some(ShiftKind::Backup) => on.backup.push(who),
            None => {}
        }
    }
    for list in [&mut on.primary, &mut on.backup] {
        crate::sort::sort_by(list, |a, b| a.cmp(b));
        list.dedup();
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::test_support::{case, ts};
    use crate::incidents::model::{EventKind, Severity};

    fn incident(
        id: &str,
        severity: Option<Severity>,
        status: Option<IncidentStatus>,
        started: &str,
    ) -> Incident {
        Incident {
            id: id.into(),
            severity,
            status,
            started_at: Some(ts(started)),
            ..Default::default()
        }
    }

    #[test]
    fn open_incidents_most_severe_then_newest() {
        let mut no_start = incident("i5", Some(Severity::SEV2), None, "2026-11-25T08:00:00Z");
        no_start.started_at = None;
        no_start.detected_at = Some(ts("2026-11-25T11:00:00Z"));
        let list = vec![
            incident(
                "i1",
                Some(Severity::SEV2),
                Some(IncidentStatus::Monitoring),
                "2026-11-25T09:00:00Z",
            ),
            incident(
                "i2",
                Some(Severity::SEV1),
                Some(IncidentStatus::Investigating),
                "2026-11-24T09:00:00Z",
            ),
            incident(
                "i3",
                Some(Severity::SEV1),
                Some(IncidentStatus::Resolved),
                "2026-11-25T10:00:00Z",
            ),
            incident(
                "i4",
                None,
                Some(IncidentStatus::Identified),
                "2026-11-25T10:00:00Z",
            ),
            no_start,
        ];
        let ids: Vec<&str> = open_incidents(&list)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        // SEV1 i2; SEV2: i5 (detected 11:00) before i1 (started 09:00);
        // unknown severity last; resolved i3 left out.
        assert_eq!(ids, ["i2", "i5", "i1", "i4"]);
    }

    fn event(
        id: &str,
        incident: Option<&str>,
        at: Option<&str>,
        created: Option<&str>,
    ) -> IncidentEvent {
        IncidentEvent {
            id: id.into(),
            incident_id: incident.map(Into::into),
            at: at.map(ts),
            kind: Some(EventKind::Update),
            created_at: created.map(ts),
            ..Default::default()
        }
    }

    #[test]
    fn the_last_update_is_the_newest_by_at_then_created_then_id() {
        let events = vec![
            event(
                "e1",
                Some("i1"),
                Some("2026-11-25T10:00:00Z"),
                Some("2026-11-25T10:00:00Z"),
            ),
            // Back-dated: typed later, happened earlier.
            event(
                "e2",
                Some("i1"),
                Some("2026-11-25T09:00:00Z"),
                Some("2026-11-25T11:00:00Z"),
            ),
            // Same `at` as e1, written later: newer.
            event(
                "e3",
                Some("i1"),
                Some("2026-11-25T10:00:00Z"),
                Some("2026-11-25T10:05:00Z"),
            ),
            // No `at`: never the last update.
            event("e4", Some("i1"), None, Some("2026-11-25T12:00:00Z")),
            event("e5", Some("i2"), Some("2026-11-25T08:00:00Z"), None),
            event("e6", Some("i2"), Some("2026-11-25T08:00:00Z"), None),
            event("e7", None, Some("2026-11-25T13:00:00Z"), None),
        ];
        let last = last_updates(&events);
        assert_eq!(last.get("i1").map(|e| e.id.as_str()), Some("e3"));
        // Equal `at`, both without `created_at`: the higher id, as in the timeline.
        assert_eq!(last.get("i2").map(|e| e.id.as_str()), Some("e6"));
        assert_eq!(last.len(), 2);
    }

    #[test]
    fn urgent_cases_overdue_first_then_least_time_left() {
        let now = ts("2026-11-25T12:00:00Z");
        let with = |id: &str, p: Priority, created: &str, responded: Option<&str>| Case {
            priority: Some(p),
            created_at: Some(ts(created)),
            first_response_at: responded.map(ts),
            ..case(id)
        };
        let cases = vec![
            // P1, no response, created 11:30: 60 - 30 = 30 min left.
            with("c1", Priority::P1, "2026-11-25T11:30:00Z", None),
            // P0, no response, created 11:40: 15 - 20 = overdue by 5 min.
            with("c2", Priority::P0, "2026-11-25T11:40:00Z", None),
            // P0, responded, created 09:00: 240 - 180 = 60 min to resolve.
            with(
                "c3",
                Priority::P0,
                "2026-11-25T09:00:00Z",
                Some("2026-11-25T09:05:00Z"),
            ),
            // P1, no response, created 10:00: overdue by 60 min.
            with("c4", Priority::P1, "2026-11-25T10:00:00Z", None),
            // P2 and resolved cases are not on the view.
            with("c5", Priority::P2, "2026-11-25T11:00:00Z", None),
            Case {
                status: Some(Status::Resolved),
                resolved_at: Some(ts("2026-11-25T11:59:00Z")),
                ..with("c6", Priority::P0, "2026-11-25T11:00:00Z", None)
            },
            // Unknown creation time: no clock, last.
            Case {
                created_at: None,
                ..with("c7", Priority::P0, "2026-11-25T11:00:00Z", None)
            },
            // P0, no response, created 11:55: 15 - 5 = 10 min left.
            with("c8", Priority::P0, "2026-11-25T11:55:00Z", None),
            // P0, responded, created 08:30: 240 - 210 = 30 min left, the
            // same as c1 at a higher priority: before it.
            with(
                "c9",
                Priority::P0,
                "2026-11-25T08:30:00Z",
                Some("2026-11-25T08:40:00Z"),
            ),
        ];
        let ids: Vec<&str> = urgent_cases(&cases, &[], now)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["c4", "c2", "c8", "c9", "c1", "c3", "c7"]);
    }

    fn shift(
        id: &str,
        person: Option<&str>,
        region: Region,
        kind: ShiftKind,
        from: &str,
        to: &str,
    ) -> Shift {
        Shift {
            id: id.into(),
            person_id: person.map(Into::into),
            region: Some(region),
            starts_at: Some(ts(from)),
            ends_at: Some(ts(to)),
            kind: Some(kind),
            ..Default::default()
        }
    }

    #[test]
    fn on_shift_from_start_inclusive_to_end_exclusive() {
        let now = ts("2026-11-25T12:00:00Z");
        let shifts = vec![
            shift(
                "s1",
                Some("p2"),
                Region::EMEA,
                ShiftKind::Primary,
                "2026-11-25T08:00:00Z",
                "2026-11-25T16:00:00Z",
            ),
            shift(
                "s2",
                Some("p1"),
                Region::EMEA,
                ShiftKind::Primary,
                "2026-11-25T12:00:00Z",
                "2026-11-25T20:00:00Z",
            ),
            // Ends at now: off.
            shift(
                "s3",
                Some("p3"),
                Region::EMEA,
                ShiftKind::Primary,
                "2026-11-25T04:00:00Z",
                "2026-11-25T12:00:00Z",
            ),
            shift(
                "s4",
                None,
                Region::EMEA,
                ShiftKind::Backup,
                "2026-11-25T08:00:00Z",
                "2026-11-25T16:00:00Z",
            ),
            // The same person twice: once.
            shift(
                "s5",
                Some("p2"),
                Region::EMEA,
                ShiftKind::Primary,
                "2026-11-25T11:00:00Z",
                "2026-11-25T13:00:00Z",
            ),
            shift(
                "s6",
                Some("p9"),
                Region::APAC,
                ShiftKind::Primary,
                "2026-11-25T08:00:00Z",
                "2026-11-25T16:00:00Z",
            ),
        ];
        let emea = on_shift(&shifts, Region::EMEA, now);
        assert_eq!(emea.primary, ["p1", "p2"]);
        assert_eq!(emea.backup, ["?"]);
        assert_eq!(on_shift(&shifts, Region::AMER, now), OnShift::default());
        let mut open_ended = shifts[0].clone();
        open_ended.ends_at = None;
        assert_eq!(
            on_shift(&[open_ended], Region::EMEA, now),
            OnShift::default()
        );
    }
}
