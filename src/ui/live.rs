//! A list that stays fresh while a page is open, for any collection: loaded
//! once (with loading, error and retry states), then, while `active`, asked
//! every `refresh_seconds` (AppConfig) for what changed since the newest
//! `updated_at` seen, and every [`FULL_LOAD_EVERY`] rounds (or as often as
//! the page asks) loaded in full (the only way to learn of deletions, and of
//! records that left the query). Records with writes on their way
//! are the save engine's to show: a refresh never undoes them.
//!
//! ```ignore
//! let events = RwSignal::new(Vec::<IncidentEvent>::new());
//! let saver = use_saver::<IncidentEvent, EventWrite>(...);   // puts into `events`
//! let live = use_live_list(events, params, open, saver);
//! view! { <LiveState live /> ... }
//! ```
//!
//! The rules ([`refresh_params`], [`apply_refresh`], [`upsert`]) are plain
//! Rust, tested on the host; the hook is thin.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::config::AppConfig;
use crate::data::save::Intent;
use crate::data::sync::{merge_changes, reconcile, refresh_since, Pacer, FULL_LOAD_EVERY};
use crate::data::{AppProvider, Damaged, DataError, ListParams, Record};
use crate::platform;
use crate::time::Timestamp;

use super::feed::{feed_live, follow};
use super::records::{use_records, ErrorPanel, Loading};
use super::saving::Saver;
use leptos::either::Either;

/// The next refresh's query: `base` asked for what changed since the newest
/// update seen (minus the overlap), or in full (`full`, or nothing seen yet).
pub fn refresh_params<R: Record>(
    base: &ListParams,
    records: &[R],
    now: Timestamp,
    full: bool,
) -> ListParams {
    ListParams {
        changed_since: refresh_since(records, now).filter(|_| !full),
        ..base.clone()
    }
}

/// Applies a refresh's answer to the list: `fresh` without the records the
/// save engine holds (`seen`); a full answer also drops records no longer
/// stored unless `busy`. Whether anything changed.
pub fn apply_refresh<R: Record>(
    list: &mut Vec<R>,
    fresh: Vec<R>,
    full: bool,
    seen: impl Fn(&R) -> bool,
    busy: impl Fn(&R) -> bool,
) -> bool {
    let fresh: Vec<R> = fresh.into_iter().filter(|r| !seen(r)).collect();
    if full {
        reconcile(list, fresh, busy) != (0, 0, 0)
    } else {
        merge_changes(list, fresh) != (0, 0)
    }
}

/// Puts `record` into the list: replaces the one with its id, or adds it
/// (a record this page created, which a refresh may have brought first).
pub fn upsert<R: Record>(list: &mut Vec<R>, record: R) {
    match list.iter_mut().find(|r| r.id() == record.id()) {
        Some(slot) => *slot = record,
        None => list.push(record),
    }
}

/// Removes the record with id `id` (deleted by this page).
pub fn remove<R: Record>(list: &mut Vec<R>, id: &str) {
    list.retain(|r| r.id() != id);
}

/// Takes the records deleted by someone else (`gone`) out of the list,
/// but one with a write of this page on its way (the write will tell).
/// Whether any went.
pub fn remove_gone<R: Record>(
    list: &mut Vec<R>,
    gone: &[String],
    busy: impl Fn(&R) -> bool,
) -> bool {
    let before = list.len();
    list.retain(|r| !gone.iter().any(|g| g == r.id()) || busy(r));
    list.len() != before
}

/// Whether refresh round `round` (counted from 1) loads in full, for a list
/// loaded in full every `full_every` rounds (0 or 1: every round).
pub fn full_round(round: u32, full_every: u32) -> bool {
    round.is_multiple_of(full_every.max(1))
}

/// A section's loading and error states (nothing once loaded), with the
/// list's Retry.
pub fn live_status(state: Signal<LiveState>, retry: Callback<()>) -> impl IntoView {
    move || match state.get() {
        LiveState::Loading => Some(Either::Left(view! { <Loading /> })),
        LiveState::Failed(error) => Some(Either::Right(view! {
            <ErrorPanel error on_retry=move |_| retry.run(()) />
        })),
        LiveState::Loaded => None,
    }
}

/// Where a live list stands.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveState {
    Loading,
    Failed(DataError),
    Loaded,
}

/// A live list's handles (all `Copy`).
pub struct Live<R: 'static> {
    pub records: RwSignal<Vec<R>>,
    pub damaged: RwSignal<Vec<Damaged>>,
    pub state: Signal<LiveState>,
    /// When the last refresh answered.
    pub refreshed: RwSignal<Timestamp>,
    /// The last refresh's error, until one succeeds.
    pub error: RwSignal<Option<DataError>>,
    /// Loads again from scratch (the Retry of a failed first load).
    pub retry: Callback<()>,
    /// Refreshes now.
    pub refresh: Callback<()>,
}

impl<R> Clone for Live<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Live<R> {}

/// Loads `params` into `records` and keeps them fresh while `active`;
/// `saver`: the save engine writing these records, if any (its records in
/// flight are not touched by a refresh).
pub fn use_live_list<R, I>(
    records: RwSignal<Vec<R>>,
    params: ListParams,
    active: Signal<bool>,
    saver: Option<Saver<R, I>>,
) -> Live<R>
where
    R: Record + Send + Sync,
    I: Intent<R>,
{
    use_live_list_full_every(records, params, active, saver, FULL_LOAD_EVERY)
}

/// As [`use_live_list`], loaded in full every `full_every` refreshes (1:
/// every one). For a small query whose records can leave it by a change
/// (a case unlinked elsewhere no longer matches `incident_id`, so asking
/// for what changed never brings it): only a full load shows it gone.
pub fn use_live_list_full_every<R, I>(
    records: RwSignal<Vec<R>>,
    params: ListParams,
    active: Signal<bool>,
    saver: Option<Saver<R, I>>,
    full_every: u32,
) -> Live<R>
where
    R: Record + Send + Sync,
    I: Intent<R>,
{
    let provider = use_context::<AppProvider>();
    let every = use_context::<AppConfig>().map_or(30, |c| c.refresh_seconds);
    let first = use_records::<R>(params.clone());
    let damaged = RwSignal::new(Vec::new());
    let refreshed = RwSignal::new(platform::now());
    let error = RwSignal::new(None::<DataError>);
    Effect::new(move |_| {
        if let Some(Ok(loaded)) = first.get() {
            records.set(loaded.records);
            damaged.set(loaded.damaged);
            refreshed.set(platform::now());
        }
    });
    let state = Signal::derive(move || match first.get() {
        None => LiveState::Loading,
        Some(Err(e)) => LiveState::Failed(e),
        Some(Ok(_)) => LiveState::Loaded,
    });

    let pacer = StoredValue::new(Pacer::default());
    // The refresh itself, to run again once one on its way ended.
    let rerun = StoredValue::new(None::<Callback<bool>>);
    let in_flight = move |r: &R| saver.is_some_and(|s| s.is_saving(r.id()));
    let refresh = move |full: bool| {
        let provider = match provider.clone() {
            Some(p) if matches!(state.get_untracked(), LiveState::Loaded) => p,
            _ => {
                pacer.try_update_value(|p| p.done());
                return;
            }
        };
        let query =
            records.with_untracked(|l| refresh_params(&params, l, provider.server_now(), full));
        spawn_local(async move {
            let answer = provider.load::<R>(&query).await;
            let Some((gone, again)) = pacer.try_update_value(|p| p.done()) else {
                return;
            };
            match answer {
                Ok(loaded) => {
                    let seen = |r: &R| saver.is_some_and(|s| s.seen(r));
                    records.try_maybe_update(|l| {
                        let changed = apply_refresh(l, loaded.records, full, seen, in_flight);
                        (remove_gone(l, &gone, in_flight) || changed, ())
                    });
                    if full {
                        damaged.try_set(loaded.damaged);
                    }
                    refreshed.try_set(platform::now());
                    error.try_set(None);
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
            if let (Some(full), Some(run)) = (again, rerun.try_get_value().flatten()) {
                run.run(full);
            }
        });
    };
    let refresh = Callback::new(refresh);
    rerun.set_value(Some(refresh));
    let handle = (every > 0)
        .then(|| {
            set_interval_with_handle(
                move || {
                    if active.try_get_untracked() != Some(true) {
                        return;
                    }
                    let live = feed_live();
                    if let Some(full) = pacer
                        .try_update_value(|p| p.tick(full_every, live))
                        .flatten()
                    {
                        refresh.run(full);
                    }
                },
                std::time::Duration::from_secs(every.into()),
            )
            .ok()
        })
        .flatten();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let asked = Callback::new(move |_| {
        if let Some(full) = pacer.try_update_value(Pacer::push).flatten() {
            refresh.run(full);
        }
    });
    follow(
        R::COLLECTION,
        asked,
        Callback::new(move |id: String| {
            records
                .try_maybe_update(|l| (remove_gone(l, std::slice::from_ref(&id), in_flight), ()));
            pacer.try_update_value(|p| p.deleted(&id));
        }),
    );
    Live {
        records,
        damaged,
        state,
        refreshed,
        error,
        retry: Callback::new(move |_| first.refetch()),
        refresh: asked,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::test_support::Note;
    use crate::data::{Filter, Op};

    fn note(id: &str, version: i64, text: &str, at: &str) -> Note {
        Note {
            id: id.into(),
            version: Some(version),
            text: Some(text.into()),
            updated_at: Some(Timestamp::parse(at).unwrap()),
            ..Default::default()
        }
    }

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-25T12:00:00Z").unwrap()
    }

    #[test]
    fn a_refresh_asks_for_changes_since_the_newest_update_unless_full() {
        let base = ListParams {
            filters: vec![Filter::new("tag", Op::Eq("x".into()))],
            ..Default::default()
        };
        let list = vec![note("a", 1, "a", "2026-11-25T11:00:00Z")];
        let q = refresh_params(&base, &list, now(), false);
        assert_eq!(q.filters, base.filters, "the page's own filter is kept");
        assert_eq!(
            q.changed_since.map(|t| t.to_wire()),
            Some("2026-11-25T10:55:00.000Z".into())
        );
        assert_eq!(
            refresh_params(&base, &list, now(), true).changed_since,
            None
        );
        assert_eq!(
            refresh_params::<Note>(&base, &[], now(), false).changed_since,
            None,
            "nothing seen yet: everything"
        );
    }

    #[test]
    fn a_refresh_adds_others_records_and_leaves_the_engines_alone() {
        let mut list = vec![
            note("a", 2, "mine, on its way", "2026-11-25T11:00:00Z"),
            note("b", 1, "old", "2026-11-25T11:00:00Z"),
        ];
        let fresh = vec![
            note("a", 3, "theirs", "2026-11-25T11:30:00Z"),
            note("b", 2, "new", "2026-11-25T11:30:00Z"),
            note("c", 1, "someone else's", "2026-11-25T11:30:00Z"),
        ];
        let changed = apply_refresh(&mut list, fresh, false, |r| r.id == "a", |_| false);
        assert!(changed);
        let texts: Vec<_> = list.iter().map(|n| n.text.clone().unwrap()).collect();
        assert_eq!(texts, ["mine, on its way", "new", "someone else's"]);
        // The same answer again changes nothing.
        let again = vec![note("c", 1, "someone else's", "2026-11-25T11:30:00Z")];
        assert!(!apply_refresh(
            &mut list,
            again,
            false,
            |_| false,
            |_| false
        ));
    }

    #[test]
    fn a_full_refresh_drops_deleted_records_unless_busy() {
        let mut list = vec![
            note("a", 1, "a", "2026-11-25T11:00:00Z"),
            note("b", 1, "b", "2026-11-25T11:00:00Z"),
            note("c", 1, "c", "2026-11-25T11:00:00Z"),
        ];
        let stored = vec![note("a", 1, "a", "2026-11-25T11:00:00Z")];
        assert!(apply_refresh(
            &mut list,
            stored,
            true,
            |_| false,
            |r| r.id == "c"
        ));
        let ids: Vec<_> = list.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn full_rounds_come_every_so_many_or_every_time() {
        let full = |every| {
            (1..=6)
                .filter(|r| full_round(*r, every))
                .collect::<Vec<_>>()
        };
        assert_eq!(full(1), [1, 2, 3, 4, 5, 6]);
        assert_eq!(full(0), [1, 2, 3, 4, 5, 6]);
        assert_eq!(full(3), [3, 6]);
        assert!(full_round(FULL_LOAD_EVERY, FULL_LOAD_EVERY));
    }

    #[test]
    fn upsert_replaces_by_id_or_adds_and_remove_drops() {
        let mut list = vec![note("a", 1, "a", "2026-11-25T11:00:00Z")];
        upsert(&mut list, note("a", 2, "a2", "2026-11-25T11:00:00Z"));
        upsert(&mut list, note("b", 1, "b", "2026-11-25T11:00:00Z"));
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].text.as_deref(), Some("a2"));
        remove(&mut list, "a");
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].id, "b");
    }
}
