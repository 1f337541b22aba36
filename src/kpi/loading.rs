//! What the dashboard asks the backend for: only the records its window and
//! the previous window need, and, when the window moves, only the part it
//! does not have yet.
//!
//! The windowed collections (cases, incidents, check-ins) are loaded for a
//! span of UTC dates, bounded on both sides, so no link makes the app ask for
//! everything. What the "now" values need (cases not closed, the last week of
//! check-ins, upcoming shifts) and the small collections (people, goals,
//! action items, SLA policies, targets) come with the first load. Pure Rust,
//! host-tested; the view runs the queries.
//!
//! KPIs: docs/kpis.md. Backend facts: ../shared/backends.md (json-server
//! compares timestamps as strings).

use chrono::{Days, NaiveDate};

use super::engine::Window;
use crate::cases::model::Status;
use crate::data::{Filter, ListParams, Op, Record};
use crate::time::Timestamp;

/// UTC dates `[first, last]`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// The dates the windowed collections must cover for `window`: from the
/// start of the previous window (the change beside each value) to its end.
pub fn need(window: Window) -> Dates {
    Dates {
        first: window.previous().from.date(),
        last: window.to.date().max(window.from.date()),
    }
}

/// What to load next: the parts of the dates not loaded yet, and what is
/// loaded once they are in. `fresh`: the new dates do not touch what is
/// loaded, so the windowed records are dropped and loaded anew for them
/// (rather than everything in between).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub parts: Vec<Dates>,
    pub covered: Dates,
    pub fresh: bool,
}

pub fn plan(have: Option<Dates>, want: Dates) -> Option<Plan> {
    let fresh = Plan {
        parts: vec![want],
        covered: want,
        fresh: true,
    };
    let Some(have) = have else {
        return Some(fresh);
    };
    if want.first >= have.first && want.last <= have.last {
        return None;
    }
    if want.last < have.first || want.first > have.last {
        return Some(fresh);
    }
    let mut parts = Vec::new();
    if want.first < have.first {
        parts.push(Dates {
            first: want.first,
            last: have.first,
        });
    }
    if want.last > have.last {
        parts.push(Dates {
            first: have.last,
            last: want.last,
        });
    }
    Some(Plan {
        parts,
        covered: Dates {
            first: want.first.min(have.first),
            last: want.last.max(have.last),
        },
        fresh: false,
    })
}

/// The bounds asked for, as dates: a timestamp written with any offset, or
/// with a space for `T`, starts with its local date, at most a day from its
/// UTC date, and a bare date sorts before every timestamp of that date. So
/// `[first - 1 day, last + 2 days]` holds every instant of the dates
/// however json-server compares them as text; the engine then applies the
/// exact window.
fn bounds(dates: Dates) -> (String, String) {
    let before = dates
        .first
        .checked_sub_days(Days::new(1))
        .unwrap_or(dates.first);
    let after = dates
        .last
        .checked_add_days(Days::new(2))
        .unwrap_or(dates.last);
    (before.to_string(), after.to_string())
}

fn between(field: &str, dates: Dates) -> ListParams {
    let (from, to) = bounds(dates);
    ListParams {
        filters: vec![
            Filter::new(field, Op::Gte(from)),
            Filter::new(field, Op::Lte(to)),
        ],
        ..Default::default()
    }
}

/// Cases for one part: created or resolved on its dates; on a fresh load
/// also those created by its last date and resolved after its first (open on
/// some day of it: `daily_backlog` of a past window).
pub fn case_queries(part: Dates, fresh: bool) -> Vec<ListParams> {
    let mut queries = vec![between("created_at", part), between("resolved_at", part)];
    if fresh {
        let (from, to) = bounds(part);
        queries.push(ListParams {
            filters: vec![
                Filter::new("resolved_at", Op::Gte(from)),
                Filter::new("created_at", Op::Lte(to)),
            ],
            ..Default::default()
        });
    }
    queries
}

/// Every case not closed, whenever it came in (`backlog`, the team's open
/// cases): every open status, and a status missing or unknown (json-server
/// keeps a record without the field for `_ne`). A closed case without
/// `resolved_at` from outside the dates is not asked for (no dialect need
/// say "is null"): it contradicts itself.
pub fn open_case_queries() -> Vec<ListParams> {
    let filters = Status::ALL
        .into_iter()
        .filter(|s| !s.is_open())
        .map(|s| Filter::new("status", Op::Ne(s.key().to_string())))
        .collect();
    vec![ListParams {
        filters,
        ..Default::default()
    }]
}

/// Incidents detected on the part's dates.
pub fn incident_queries(part: Dates) -> Vec<ListParams> {
    vec![between("detected_at", part)]
}

/// Check-ins dated on the part's dates.
pub fn check_in_queries(part: Dates) -> Vec<ListParams> {
    vec![between("on", part)]
}

/// What the "now" values need beyond the window: the last 7 days of
/// check-ins (`exposure_week`), and shifts that may cover an hour of the
/// coming week (`coverage_gaps`).
pub fn recent_check_in_queries(now: Timestamp) -> Vec<ListParams> {
    let today = now.date();
    check_in_queries(Dates {
        first: today.checked_sub_days(Days::new(7)).unwrap_or(today),
        last: today,
    })
}

pub fn shift_queries(now: Timestamp) -> Vec<ListParams> {
    let (from, _) = bounds(Dates {
        first: now.date(),
        last: now.date(),
    });
    vec![ListParams {
        filters: vec![Filter::new("ends_at", Op::Gte(from))],
        ..Default::default()
    }]
}

/// Adds `more` to `list` by id. The ranges asked for overlap at their
/// edges: of two copies of a record the one with the higher `version` stays
/// (the newer write); on equal or missing versions the later load's copy.
pub fn merge<R: Record>(list: &mut Vec<R>, more: Vec<R>) {
    let mut at: std::collections::HashMap<String, usize> = list
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id().to_string(), i))
        .collect();
    for record in more {
        match at.get(record.id()) {
            Some(&i) => {
                if list[i].version() <= record.version() {
                    list[i] = record;
                }
            }
            None => {
                at.insert(record.id().to_string(), list.len());
                list.push(record);
            }
        }
    }
}

/// `base` (the records a first load had) with each replaced by a newer
/// copy from `seen` when there is one: what a fresh load starts from, so a
/// write merged in since the first load is not undone.
pub fn keep_newest<R: Record>(base: &[R], seen: &[R]) -> Vec<R> {
    let mut list = base.to_vec();
    let at: std::collections::HashMap<&str, usize> =
        base.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    for record in seen {
        if let Some(&i) = at.get(record.id()) {
            if list[i].version() < record.version() {
                list[i] = record.clone();
            }
        }
    }
    list
}

/// Whether any record was written after `as_of` (the as-of time the
/// numbers are computed at, on the backend's clock: `skew_ms` is the
/// backend's clock less the browser's): an incremental load then mixes two
/// moments, which the page says, offering a Refresh.
pub fn changed_after<R: Record>(records: &[R], as_of: Timestamp, skew_ms: i64) -> bool {
    let Some(cutoff) = Timestamp::from_millis(as_of.millis().saturating_add(skew_ms) as f64) else {
        return false;
    };
    records
        .iter()
        .any(|r| r.updated_at().is_some_and(|u| u > cutoff))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::Case;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        crate::time::parse_date(text).unwrap()
    }

    fn dates(first: &str, last: &str) -> Dates {
        Dates {
            first: day(first),
            last: day(last),
        }
    }

    #[test]
    fn a_window_needs_the_previous_one_and_its_own_dates() {
        let w = Window {
            from: at("2026-10-28T12:00:00Z"),
            to: at("2026-11-25T12:00:00Z"),
        };
        assert_eq!(need(w), dates("2026-09-30", "2026-11-25"));
        // Ending at midnight: the last date is that midnight's (a harmless
        // extra day; the engine applies the exact window).
        let w = Window {
            from: at("2026-10-01T00:00:00Z"),
            to: at("2026-10-02T00:00:00Z"),
        };
        assert_eq!(need(w), dates("2026-09-30", "2026-10-02"));
    }

    #[test]
    fn a_moved_window_asks_only_for_the_dates_not_loaded() {
        let have = dates("2026-09-30", "2026-11-25");
        assert_eq!(
            plan(None, have),
            Some(Plan {
                parts: vec![have],
                covered: have,
                fresh: true
            })
        );
        // Wider: only the earlier part.
        let p = plan(Some(have), dates("2026-06-01", "2026-11-25")).unwrap();
        assert_eq!(p.parts, vec![dates("2026-06-01", "2026-09-30")]);
        assert_eq!(p.covered, dates("2026-06-01", "2026-11-25"));
        assert!(!p.fresh);
        // Narrower, or the same: nothing.
        assert_eq!(plan(Some(have), dates("2026-11-11", "2026-11-25")), None);
        assert_eq!(plan(Some(have), have), None);
        // Overlapping on both sides: both ends.
        let p = plan(Some(have), dates("2026-09-01", "2026-12-31")).unwrap();
        assert_eq!(
            p.parts,
            vec![
                dates("2026-09-01", "2026-09-30"),
                dates("2026-11-25", "2026-12-31")
            ]
        );
        // Far away: loaded anew, never everything in between.
        let p = plan(Some(have), dates("1970-01-01", "1970-12-31")).unwrap();
        assert_eq!(p.parts, vec![dates("1970-01-01", "1970-12-31")]);
        assert!(p.fresh);
    }

    #[test]
    fn every_query_is_bounded_on_both_sides_by_dates() {
        let part = dates("1970-01-01", "1970-12-31");
        let q = case_queries(part, true);
        assert_eq!(q.len(), 3);
        assert_eq!(
            q[0].filters,
            vec![
                Filter::new("created_at", Op::Gte("1969-12-31".into())),
                Filter::new("created_at", Op::Lte("1971-01-02".into())),
            ]
        );
        assert_eq!(q[1].filters[0].field, "resolved_at");
        assert_eq!(
            q[2].filters,
            vec![
                Filter::new("resolved_at", Op::Gte("1969-12-31".into())),
                Filter::new("created_at", Op::Lte("1971-01-02".into())),
            ],
            "open on some day of a past window, not everything since"
        );
        assert_eq!(case_queries(part, false).len(), 2);
        assert_eq!(
            incident_queries(part)[0].filters[1],
            Filter::new("detected_at", Op::Lte("1971-01-02".into()))
        );
        assert_eq!(
            open_case_queries()[0].filters,
            vec![Filter::new("status", Op::Ne("resolved".into()))]
        );
    }

    #[test]
    fn date_bounds_hold_any_offset_compared_as_text() {
        // 2026-11-25T11:59Z written as local time at -12:00 with a space:
        // its text starts with the day before, and is still asked for.
        let (from, to) = bounds(dates("2026-11-25", "2026-11-25"));
        let stored = "2026-11-24 23:59:00-12:00";
        assert!(from.as_str() <= stored && stored <= to.as_str());
        // And 2026-11-25T23:30Z written at +14:00 is on the 26th.
        let stored = "2026-11-26T13:30:00+14:00";
        assert!(from.as_str() <= stored && stored <= to.as_str());
        // The extremes of the calendar do not overflow.
        let (from, to) = bounds(Dates {
            first: NaiveDate::MIN,
            last: NaiveDate::MAX,
        });
        assert!(!from.is_empty() && !to.is_empty());
    }

    #[test]
    fn merging_keeps_each_record_once_and_the_newer_copy() {
        let case = |id: &str, version: i64| Case {
            id: id.into(),
            version: Some(version),
            ..Default::default()
        };
        let mut list = vec![case("a", 1), case("b", 1)];
        merge(&mut list, vec![case("b", 3), case("c", 1), case("a", 1)]);
        let seen: Vec<(&str, Option<i64>)> =
            list.iter().map(|c| (c.id.as_str(), c.version)).collect();
        assert_eq!(seen, [("a", Some(1)), ("b", Some(3)), ("c", Some(1))]);
        merge(&mut list, vec![case("b", 2)]);
        assert_eq!(list[1].version, Some(3), "an older copy does not replace");
        // Equal or missing versions: the later load's copy.
        let titled = |version: Option<i64>, title: &str| Case {
            id: "d".into(),
            version,
            title: Some(title.into()),
            ..Default::default()
        };
        let mut list = vec![titled(Some(2), "first")];
        merge(&mut list, vec![titled(Some(2), "later")]);
        assert_eq!(list[0].title.as_deref(), Some("later"));
        let mut list = vec![titled(None, "first")];
        merge(&mut list, vec![titled(None, "later")]);
        assert_eq!(list[0].title.as_deref(), Some("later"));
        merge(&mut list, vec![titled(Some(1), "versioned")]);
        merge(&mut list, vec![titled(None, "unversioned")]);
        assert_eq!(list[0].title.as_deref(), Some("versioned"));
    }

    #[test]
    fn a_fresh_load_starts_from_the_newest_copy_of_the_first_records() {
        let case = |id: &str, version: i64| Case {
            id: id.into(),
            version: Some(version),
            ..Default::default()
        };
        let first = [case("a", 1), case("b", 5)];
        let seen = [case("a", 3), case("b", 4), case("z", 9)];
        let kept = keep_newest(&first, &seen);
        let got: Vec<(&str, Option<i64>)> =
            kept.iter().map(|c| (c.id.as_str(), c.version)).collect();
        assert_eq!(got, [("a", Some(3)), ("b", Some(5))]);
    }

    #[test]
    fn records_written_after_the_as_of_time_are_noticed() {
        let now = at("2026-11-25T12:00:00Z");
        let case = |updated: &str| Case {
            id: "a".into(),
            updated_at: Some(at(updated)),
            ..Default::default()
        };
        assert!(!changed_after(&[case("2026-11-25T12:00:00Z")], now, 0));
        assert!(changed_after(&[case("2026-11-25T12:00:01Z")], now, 0));
        // The backend's clock runs 5 minutes ahead of the browser's: its
        // 12:04 is before the as-of time, its 12:05:01 after.
        let ahead = 5 * 60_000;
        assert!(!changed_after(&[case("2026-11-25T12:04:00Z")], now, ahead));
        assert!(changed_after(&[case("2026-11-25T12:05:01Z")], now, ahead));
        // Behind by an hour: 11:30 on its clock is already after.
        assert!(changed_after(
            &[case("2026-11-25T11:30:00Z")],
            now,
            -3_600_000
        ));
    }
}
