//! Stable sorting with one sort in the wasm. `slice::sort_by` is
//! monomorphised per element type *and* per comparator closure: about
//! 3 KB of wasm each, and the app had some thirty of them. Every list sort
//! goes through [`sort_by`] / [`sort_by_key`] instead: the sort proper runs
//! once, on positions with a `dyn` comparator (one instance for all lists:
//! bundle size), and only a small loop that moves the elements into that
//! order is generic. Same result as the std stable sort (equal elements
//! keep their order).

use std::cmp::Ordering;

/// Sorts `list` stably by `compare`, as `list.sort_by(compare)` would.
pub fn sort_by<T>(list: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if list.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..list.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&list[a], &list[b]));
    permute(list, &mut order);
}

/// Sorts `list` stably by `key`, as `list.sort_by_key(key)` would.
pub fn sort_by_key<T, K: Ord>(list: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(list, |a, b| key(a).cmp(&key(b)));
}

/// The one stable sort: positions, ordered by what they point at.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Moves the elements so that `list[i]` is the one that was at `order[i]`,
/// cycle by cycle (every element moves once; `order` is used up).
fn permute<T>(list: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            list.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_std_stable_sort() {
        // Pairs sorted by their first half only: equal keys keep their order.
        let mut seed = 7u32;
        for len in 0..60 {
            let list: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = list.clone();
            let mut std = list.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std);
            let mut ours = list.clone();
            let mut std = list;
            sort_by_key(&mut ours, |p| std::cmp::Reverse(p.0));
            std.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_elements() {
        let mut names = vec!["b".to_string(), "c".into(), "a".into(), "b".into()];
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["a", "b", "b", "c"]);
    }
}
