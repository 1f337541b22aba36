//! What the dashboard asks the backend for: only the records its window and
//! the previous window need, and, when the window grows, only the part it
//! does not have yet.
//!
//! Cases, incidents and check-ins are asked for by their timestamps (from
//! the start of the previous window on, plus what is still open); the small
//! collections (people, goals, action items, upcoming shifts, SLA policies,
//! targets) load whole. Pure Rust, host-tested; the view runs the queries.
//!
//! KPIs: docs/kpis.md. Backend facts: ../shared/backends.md (json-server
//! compares timestamps as strings).

use chrono::{Days, TimeDelta};

use super::engine::Window;
use crate::cases::model::Status;
use crate::data::{Filter, ListParams, Op};
use crate::time::Timestamp;

/// Timestamps written with an offset other than `Z` compare as text on
/// json-server (`...T11:30:00-02:00` sorts before `...T12:00:00.000Z`), by
/// up to 14 hours. Ranges asked for are widened by a day on each side; the
/// engine then applies the exact window.
const SLACK_HOURS: i64 = 24;

/// Whence the windowed collections must reach back for `window`: the start
/// of the previous window (the tiles compare against it), and at least the
/// 7 days `exposure_week` adds up.
pub fn reach(window: Window, now: Timestamp) -> Timestamp {
    let week = Timestamp(now.0 - TimeDelta::days(7));
    window.previous().from.min(week)
}

/// The part of the timeline to ask for: from `want` up to what is already
/// loaded (`have`, inclusive), or open-ended on the first load. `None` when
/// what is loaded already reaches back far enough.
pub fn missing(have: Option<Timestamp>, want: Timestamp) -> Option<(Timestamp, Option<Timestamp>)> {
    match have {
        None => Some((want, None)),
        Some(have) if want < have => Some((want, Some(have))),
        Some(_) => None,
    }
}

fn wire(at: Timestamp) -> String {
    at.to_wire()
}

fn range(field: &str, from: Timestamp, to: Option<Timestamp>) -> ListParams {
    let slack = TimeDelta::hours(SLACK_HOURS);
    let mut filters = vec![Filter::new(field, Op::Gte(wire(Timestamp(from.0 - slack))))];
    if let Some(to) = to {
        filters.push(Filter::new(field, Op::Lte(wire(Timestamp(to.0 + slack)))));
    }
    ListParams {
        filters,
        ..Default::default()
    }
}

/// Cases for `[from, to]`: created or resolved in it; on the first load
/// (`to` None) also every case not closed, whenever it came in (`backlog`,
/// `daily_backlog`). A closed case without `resolved_at` from before the
/// reach is not asked for (no dialect need say "is null"): it contradicts
/// itself, and `daily_backlog` would count it open on every day.
pub fn case_queries(from: Timestamp, to: Option<Timestamp>) -> Vec<ListParams> {
    let mut queries = vec![range("created_at", from, to), range("resolved_at", from, to)];
    if to.is_none() {
        // Not closed: every open status, and a status missing or unknown
        // (json-server keeps a record without the field for `_ne`).
        let filters = Status::ALL
            .into_iter()
            .filter(|s| !s.is_open())
            .map(|s| Filter::new("status", Op::Ne(s.key().to_string())))
            .collect();
        queries.push(ListParams {
            filters,
            ..Default::default()
        });
    }
    queries
}

/// Incidents detected in `[from, to]`.
pub fn incident_queries(from: Timestamp, to: Option<Timestamp>) -> Vec<ListParams> {
    vec![range("detected_at", from, to)]
}

/// Check-ins whose date is in `[from, to]` (dates compare as text rightly).
pub fn check_in_queries(from: Timestamp, to: Option<Timestamp>) -> Vec<ListParams> {
    let day = |at: Timestamp, days: i64| {
        let d = at.date();
        let d = if days < 0 {
            d - Days::new(days.unsigned_abs())
        } else {
            d + Days::new(days as u64)
        };
        d.to_string()
    };
    let mut filters = vec![Filter::new("on", Op::Gte(day(from, -1)))];
    if let Some(to) = to {
        filters.push(Filter::new("on", Op::Lte(day(to, 1))));
    }
    vec![ListParams {
        filters,
        ..Default::default()
    }]
}

/// Shifts that may still cover an hour of the coming week.
pub fn shift_queries(now: Timestamp) -> Vec<ListParams> {
    vec![ListParams {
        filters: vec![Filter::new(
            "ends_at",
            Op::Gte(wire(Timestamp(now.0 - TimeDelta::hours(SLACK_HOURS)))),
        )],
        ..Default::default()
    }]
}

/// Adds the records of `more` not in `list` yet (by id): the ranges asked
/// for overlap at their edges.
pub fn merge<R: crate::data::Record>(list: &mut Vec<R>, more: Vec<R>) {
    let ids: std::collections::HashSet<String> = list.iter().map(|r| r.id().to_string()).collect();
    list.extend(more.into_iter().filter(|r| !ids.contains(r.id())));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::Case;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn window(from: &str, to: &str) -> Window {
        Window {
            from: at(from),
            to: at(to),
        }
    }

    #[test]
    fn the_load_reaches_back_to_the_previous_window_and_a_week() {
        let now = at("2026-11-25T12:00:00Z");
        let w = window("2026-10-28T12:00:00Z", "2026-11-25T12:00:00Z");
        assert_eq!(reach(w, now), at("2026-09-30T12:00:00Z"));
        // A short window in the future still reaches back a week for
        // exposure_week.
        let w = window("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z");
        assert_eq!(reach(w, now), at("2026-11-18T12:00:00Z"));
    }

    #[test]
    fn a_wider_window_asks_only_for_the_part_not_loaded() {
        let have = at("2026-09-30T12:00:00Z");
        assert_eq!(missing(None, have), Some((have, None)));
        let further = at("2026-08-27T12:00:00Z");
        assert_eq!(missing(Some(have), further), Some((further, Some(have))));
        // A narrower window, or the same one, asks for nothing.
        assert_eq!(missing(Some(have), at("2026-11-11T12:00:00Z")), None);
        assert_eq!(missing(Some(have), have), None);
    }

    #[test]
    fn ranges_are_widened_by_a_day_for_offsets_compared_as_text() {
        let q = case_queries(at("2026-10-01T00:00:00Z"), Some(at("2026-10-10T00:00:00Z")));
        assert_eq!(q.len(), 2, "the open cases came with the first load");
        assert_eq!(
            q[0].filters,
            vec![
                Filter::new("created_at", Op::Gte("2026-09-30T00:00:00.000Z".into())),
                Filter::new("created_at", Op::Lte("2026-10-11T00:00:00.000Z".into())),
            ]
        );
        assert_eq!(q[1].filters[0].field, "resolved_at");
        let first = case_queries(at("2026-10-01T00:00:00Z"), None);
        assert_eq!(first.len(), 3);
        assert_eq!(first[0].filters.len(), 1, "open-ended");
        assert_eq!(
            first[2].filters,
            vec![Filter::new("status", Op::Ne("resolved".into()))]
        );
    }

    #[test]
    fn check_ins_are_asked_for_by_date() {
        let q = check_in_queries(at("2026-10-01T05:00:00Z"), Some(at("2026-10-10T00:00:00Z")));
        assert_eq!(
            q[0].filters,
            vec![
                Filter::new("on", Op::Gte("2026-09-30".into())),
                Filter::new("on", Op::Lte("2026-10-11".into())),
            ]
        );
    }

    #[test]
    fn merging_keeps_each_record_once() {
        let case = |id: &str| Case {
            id: id.into(),
            ..Default::default()
        };
        let mut list = vec![case("a"), case("b")];
        merge(&mut list, vec![case("b"), case("c")]);
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
