//! Keeping a loaded list fresh, for any collection: where the next
//! "changed since" request starts, merging its answer by version, and the
//! periodic full load that notices deletions. Used by the case board, the
//! incident pages and every list that refreshes in the background. No Leptos
//! here.

use crate::data::Record;
use crate::time::Timestamp;

/// How far before the newest `updated_at` seen a refresh asks from, so that
/// a write stamped by a client whose clock runs a little behind is not missed
/// (records seen again are merged by version, so the overlap costs nothing).
pub const REFRESH_OVERLAP_MINUTES: i64 = 5;

/// The newest `updated_at` among `records`.
pub fn newest_update<R: Record>(records: &[R]) -> Option<Timestamp> {
    records.iter().filter_map(Record::updated_at).max()
}

/// Where the next "changed since" request starts: the newest `updated_at`
/// seen, but never after `now` (the backend's clock where known), minus
/// the overlap. One writer whose clock runs ahead stamps `updated_at` in
/// the future; following it would skip everyone's changes until then.
/// `None` when no record has an `updated_at` (nothing to start from).
pub fn refresh_since<R: Record>(records: &[R], now: Timestamp) -> Option<Timestamp> {
    newest_update(records)
        .map(|t| t.min(now))
        .map(|t| Timestamp(t.0 - chrono::Duration::minutes(REFRESH_OVERLAP_MINUTES)))
}

/// Whether `incoming` is newer than `held`: a higher version, or, without
/// versions, a later `updated_at`. A record seen again is not newer, so an
/// optimistic local change waiting for its write is not undone by a refresh.
fn newer<R: Record>(incoming: &R, held: &R) -> bool {
    match (incoming.version(), held.version()) {
        (Some(a), Some(b)) => a > b,
        _ => incoming.updated_at() > held.updated_at(),
    }
}

/// Merges changed records into the list: newer versions replace older ones,
/// unknown ids are added (someone else's new record). Returns how many were
/// added and how many replaced.
pub fn merge_changes<R: Record>(list: &mut Vec<R>, changed: Vec<R>) -> (usize, usize) {
    let mut index: std::collections::HashMap<String, usize> = list
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id().to_string(), i))
        .collect();
    let (mut added, mut replaced) = (0, 0);
    for record in changed {
        match index.get(record.id()) {
            Some(&i) => {
                if newer(&record, &list[i]) {
                    list[i] = record;
                    replaced += 1;
                }
            }
            None => {
                index.insert(record.id().to_string(), list.len());
                list.push(record);
                added += 1;
            }
        }
    }
    (added, replaced)
}

/// Every how many refreshes a full load replaces "changed since": the only
/// way a polling client learns of deletions (at 30 s, every 10 minutes).
pub const FULL_LOAD_EVERY: u32 = 20;

/// Applies a full load: records no longer stored are dropped (deleted by
/// someone else) unless `busy` (a write to it is on its way: the write will
/// tell), the rest merge as in [`merge_changes`]. Returns how many were
/// dropped, added and replaced.
pub fn reconcile<R: Record>(
    list: &mut Vec<R>,
    stored: Vec<R>,
    busy: impl Fn(&R) -> bool,
) -> (usize, usize, usize) {
    let ids: std::collections::HashSet<&str> = stored.iter().map(Record::id).collect();
    let before = list.len();
    list.retain(|r| ids.contains(r.id()) || busy(r));
    let dropped = before - list.len();
    let (added, replaced) = merge_changes(list, stored);
    (dropped, added, replaced)
}

/// When a live list refreshes, for any page: timer ticks count rounds
/// (every `full_every`-th is a full load; while changes are pushed only
/// those run), a push asks at once, never more than one refresh at a time
/// (one asked for meanwhile runs once after it, full if any of them was),
/// and a record deleted by a push while a refresh is on its way is taken
/// out of that refresh's answer too (it was read before the deletion).
/// Pushed refreshes do not count as rounds: a burst of changes never makes
/// full loads come sooner.
#[derive(Debug, Default)]
pub struct Pacer {
    busy: bool,
    rounds: u32,
    again: Option<bool>,
    gone: Vec<String>,
}

impl Pacer {
    /// A timer tick: `Some(full)` to refresh now.
    pub fn tick(&mut self, full_every: u32, live: bool) -> Option<bool> {
        self.rounds = self.rounds.wrapping_add(1);
        let full = self.rounds.is_multiple_of(full_every.max(1));
        if live && !full {
            return None;
        }
        self.start(full)
    }

    /// A push, or a refresh asked for: `Some(false)` to refresh now.
    pub fn push(&mut self) -> Option<bool> {
        self.start(false)
    }

    fn start(&mut self, full: bool) -> Option<bool> {
        if self.busy {
            self.again = Some(self.again.unwrap_or(false) || full);
            return None;
        }
        self.busy = true;
        Some(full)
    }

    /// A deletion was pushed (and applied to the list).
    pub fn deleted(&mut self, id: &str) {
        if self.busy && !self.gone.iter().any(|g| g == id) {
            self.gone.push(id.to_string());
        }
    }

    /// The refresh on its way ended (or never started): the ids deleted
    /// meanwhile, to take out of its answer, and `Some(full)` to refresh
    /// again at once.
    pub fn done(&mut self) -> (Vec<String>, Option<bool>) {
        let gone = std::mem::take(&mut self.gone);
        let again = self.again.take();
        self.busy = again.is_some();
        (gone, again)
    }
}

#[cfg(test)]
mod pacer_tests {
    use super::Pacer;

    #[test]
    fn ticks_count_rounds_and_only_full_ones_run_while_live() {
        let mut p = Pacer::default();
        let mut runs = Vec::new();
        for round in 1..=6 {
            let live = round > 2;
            if let Some(full) = p.tick(3, live) {
                runs.push((round, full));
                assert_eq!(p.done(), (vec![], None));
            }
        }
        assert_eq!(runs, vec![(1, false), (2, false), (3, true), (6, true)]);
    }

    #[test]
    fn one_refresh_at_a_time_and_what_was_asked_meanwhile_runs_once_after() {
        let mut p = Pacer::default();
        assert_eq!(p.push(), Some(false));
        assert_eq!(p.push(), None);
        assert_eq!(p.tick(1, false), None, "a full tick while busy");
        assert_eq!(p.push(), None);
        // Once, and full since one of them was.
        assert_eq!(p.done(), (vec![], Some(true)));
        assert_eq!(p.push(), None, "the rerun is on its way");
        assert_eq!(p.done(), (vec![], Some(false)));
        assert_eq!(p.done(), (vec![], None));
        assert_eq!(p.push(), Some(false), "idle again");
    }

    #[test]
    fn a_deletion_pushed_while_a_refresh_is_on_its_way_is_taken_out_of_its_answer() {
        let mut p = Pacer::default();
        p.deleted("idle");
        assert_eq!(p.push(), Some(false));
        p.deleted("x");
        p.deleted("x");
        p.deleted("y");
        assert_eq!(p.done(), (vec!["x".to_string(), "y".to_string()], None));
        assert_eq!(p.push(), Some(false));
        assert_eq!(p.done(), (vec![], None), "only those of that refresh");
    }

    #[test]
    fn pushed_refreshes_do_not_bring_full_loads_sooner() {
        let mut p = Pacer::default();
        for _ in 0..50 {
            assert_eq!(p.push(), Some(false));
            p.done();
        }
        assert_eq!(p.tick(20, true), None, "round 1 of 20");
    }
}
