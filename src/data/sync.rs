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
