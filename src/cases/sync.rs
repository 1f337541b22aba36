//! What the case board loads and how it stays fresh: its two queries (open
//! cases, and the recently resolved), the "changed since" refresh and merging
//! its answers, and the full load that notices deletions. No Leptos here.

use super::model::{Case, Status};
use crate::data::sync::refresh_since;
use crate::data::{Filter, ListParams, Op};
use crate::time::Timestamp;

/// The resolved column shows cases resolved within this many days.
pub const RECENT_DAYS: i64 = 7;

/// What the board loads: the open cases, and the cases resolved within
/// [`RECENT_DAYS`] of `now`; never the whole history (a year of cases is
/// far more than a board shows, and a slow link pays for every one). The
/// resolved query starts at that day's UTC midnight, so its address is the
/// same all day and the data the service worker kept answers it offline;
/// [`on_board`] then shows exactly the last [`RECENT_DAYS`].
pub fn board_queries(now: Timestamp) -> Vec<ListParams> {
    let since = Timestamp(now.0 - chrono::Duration::days(RECENT_DAYS));
    let since = since
        .date()
        .and_hms_opt(0, 0, 0)
        .map_or(since, |midnight| Timestamp(midnight.and_utc()));
    let open = Status::ALL
        .into_iter()
        .filter(|s| s.is_open())
        .map(|s| s.key().to_string())
        .collect();
    vec![
        ListParams {
            filters: vec![Filter::new("status", Op::AnyOf(open))],
            ..Default::default()
        },
        ListParams {
            filters: vec![
                Filter::new("status", Op::Eq(Status::Resolved.key().into())),
                Filter::new("resolved_at", Op::Gte(since.to_wire())),
            ],
            ..Default::default()
        },
    ]
}

/// Whether the board shows a case: every open case, and the resolved ones
/// resolved at or after `resolved_since` (the "recently resolved" column).
/// A case whose status is unknown is on no column.
pub fn on_board(case: &Case, resolved_since: Timestamp) -> bool {
    match case.status {
        Some(Status::Resolved) => case.resolved_at.is_some_and(|r| r >= resolved_since),
        Some(_) => true,
        None => false,
    }
}

/// What a background refresh asks for: what changed since
/// [`refresh_since`], or, for a full load (and when there is no cursor,
/// as on an empty board), the board's own queries: never every case.
pub fn refresh_queries(cases: &[Case], now: Timestamp, full: bool) -> Vec<ListParams> {
    match refresh_since(cases, now).filter(|_| !full) {
        Some(since) => vec![ListParams {
            changed_since: Some(since),
            ..Default::default()
        }],
        None => board_queries(now),
    }
}

/// Cases open now (status is an open status).
pub fn open_count(cases: &[Case]) -> usize {
    cases
        .iter()
        .filter(|c| c.status.is_some_and(Status::is_open))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::test_support::{case, ts};
    use crate::data::sync::{merge_changes, newest_update, reconcile};

    fn versioned(id: &str, version: i64, title: &str) -> Case {
        Case {
            id: id.into(),
            version: Some(version),
            title: Some(title.into()),
            updated_at: Some(ts("2026-11-25T10:00:00.000Z")),
            ..Default::default()
        }
    }

    #[test]
    fn merge_adds_new_cases_and_keeps_the_newest_version() {
        let mut list = vec![versioned("a", 2, "a2"), versioned("b", 1, "b1")];
        let (added, replaced) = merge_changes(
            &mut list,
            vec![
                versioned("a", 1, "a1 (older, seen again)"),
                versioned("b", 2, "b2"),
                versioned("c", 1, "c1"),
            ],
        );
        assert_eq!((added, replaced), (1, 1));
        let titles: Vec<_> = list.iter().map(|c| c.title.clone().unwrap()).collect();
        assert_eq!(titles, ["a2", "b2", "c1"]);
        // The same answer again changes nothing.
        let again = merge_changes(
            &mut list,
            vec![versioned("b", 2, "b2"), versioned("c", 1, "c1")],
        );
        assert_eq!(again, (0, 0));
    }

    #[test]
    fn merge_without_versions_goes_by_updated_at() {
        let mut old = versioned("a", 1, "old");
        old.version = None;
        let mut new = versioned("a", 1, "new");
        new.version = None;
        new.updated_at = Some(ts("2026-11-25T10:00:01.000Z"));
        let mut list = vec![old];
        assert_eq!(merge_changes(&mut list, vec![new]), (0, 1));
        assert_eq!(list[0].title.as_deref(), Some("new"));
    }

    #[test]
    fn refresh_asks_from_a_little_before_the_newest_update() {
        let mut b = versioned("b", 1, "b");
        b.updated_at = Some(ts("2026-11-25T11:00:00.000Z"));
        let list = vec![
            versioned("a", 1, "a"),
            b,
            Case {
                id: "c".into(),
                ..Default::default()
            },
        ];
        assert_eq!(newest_update(&list), Some(ts("2026-11-25T11:00:00.000Z")));
        let now = ts("2026-11-25T12:00:00.000Z");
        assert_eq!(
            refresh_since(&list, now),
            Some(ts("2026-11-25T10:55:00.000Z"))
        );
        assert_eq!(refresh_since::<Case>(&[], now), None);
    }

    #[test]
    fn a_writer_whose_clock_runs_ahead_never_moves_the_cursor_past_now() {
        let mut ahead = versioned("a", 1, "a");
        ahead.updated_at = Some(ts("2026-11-26T09:00:00.000Z")); // a day ahead
        let now = ts("2026-11-25T12:00:00.000Z");
        assert_eq!(
            refresh_since(&[ahead], now),
            Some(ts("2026-11-25T11:55:00.000Z"))
        );
    }

    #[test]
    fn a_board_with_nothing_to_start_from_asks_its_own_queries_not_every_case() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let bare = Case {
            id: "x".into(),
            ..Default::default()
        };
        for list in [vec![], vec![bare]] {
            assert_eq!(refresh_queries(&list, now, false), board_queries(now));
        }
        let list = vec![versioned("a", 1, "a")];
        assert_eq!(
            refresh_queries(&list, now, true),
            board_queries(now),
            "a full load"
        );
        let changed = refresh_queries(&list, now, false);
        assert_eq!(changed.len(), 1);
        assert_eq!(
            changed[0].changed_since,
            Some(ts("2026-11-25T09:55:00.000Z"))
        );
        assert!(changed[0].filters.is_empty());
    }

    #[test]
    fn the_board_holds_open_and_recently_resolved_cases() {
        let since = ts("2026-11-18T12:00:00.000Z");
        let resolved = |at: Option<&str>| Case {
            status: Some(Status::Resolved),
            resolved_at: at.map(ts),
            ..case("r")
        };
        assert!(on_board(&case("open"), since));
        assert!(on_board(&resolved(Some("2026-11-18T12:00:00.000Z")), since));
        assert!(!on_board(
            &resolved(Some("2026-11-18T11:59:59.999Z")),
            since
        ));
        assert!(
            !on_board(&resolved(None), since),
            "no resolved_at: not recent"
        );
        assert!(!on_board(
            &Case {
                status: None,
                ..case("u")
            },
            since
        ));
    }

    #[test]
    fn a_full_load_drops_the_deleted_and_keeps_pending_local_changes() {
        let mut pending = versioned("a", 2, "a2");
        pending.status = Some(Status::Waiting); // moved here, write not answered yet
        let mut list = vec![
            pending.clone(),
            versioned("gone", 1, "x"),
            versioned("b", 1, "b1"),
        ];
        let stored = vec![
            versioned("a", 2, "a2"),
            versioned("b", 3, "b3"),
            versioned("new", 1, "n"),
        ];
        assert_eq!(reconcile(&mut list, stored.clone(), |_| false), (1, 1, 1));
        let ids: Vec<_> = list.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "new"]);
        assert_eq!(list[0], pending, "same version: the local change stays");
        assert_eq!(list[1].title.as_deref(), Some("b3"));
        // A case with a write on its way stays even when the load lacks it.
        let mut list = vec![versioned("gone", 1, "x"), versioned("busy", 1, "y")];
        assert_eq!(reconcile(&mut list, stored, |c| c.id == "busy"), (1, 3, 0));
        assert!(list.iter().any(|c| c.id == "busy"));
    }

    #[test]
    fn the_board_asks_for_open_and_recently_resolved_cases_only() {
        use crate::data::json_server::JsonServer;
        use crate::data::Dialect;
        let queries = board_queries(ts("2026-11-25T12:00:00.000Z"));
        let urls: Vec<String> = queries
            .iter()
            .map(|q| JsonServer::new("http://api").list("cases", q).unwrap().url)
            .collect();
        assert_eq!(
            urls,
            [
                "http://api/cases?status=new&status=triage&status=investigating&status=waiting",
                "http://api/cases?status=resolved&resolved_at_gte=2026-11-18T00%3A00%3A00.000Z",
            ]
        );
        // The same address all day long.
        assert_eq!(
            board_queries(ts("2026-11-25T23:59:59.999Z")),
            board_queries(ts("2026-11-25T00:00:00.000Z"))
        );
        // The same window as the resolved column.
        let since = ts("2026-11-18T12:00:00.000Z");
        let resolved = Case {
            status: Some(Status::Resolved),
            resolved_at: Some(since),
            ..case("r")
        };
        assert!(on_board(&resolved, since));
    }
}
