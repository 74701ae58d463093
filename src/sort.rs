//! Sorting with one copy of the sorting code in the WebAssembly module.
//!
//! The standard library's sorts are generic: every element type and comparison sorted gets its
//! own copy of quicksort, merge runs and small-sort networks, about 3 KB each at the page's
//! optimisation level, and the twelve sorts of the pipeline made 69 such functions (42 KB raw).
//! Here one non-generic merge sort orders a permutation of indices, calling the comparison
//! through a `dyn` reference, and each sort site only adds the small code that compares two of
//! its elements and moves them into place. None of these sorts is on a hot path (the longest
//! sorts the mentions of a 5 MB text); [`sort_terms`] is, and keeps the standard sort.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order), in `O(n log n)` comparisons
/// and `O(n)` on input already in order.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let items: &[T] = v;
    let order = permutation(items.len(), &mut |a, b| {
        cmp(&items[a as usize], &items[b as usize]) == Ordering::Greater
    });
    let Some(order) = order else {
        return; // already in order
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// Sorts `v` in increasing order, stably.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The order that sorts `n` elements, as a permutation of their indices, or `None` when they are
/// in order already. `after(a, b)`: element `a` must come after element `b`. A natural merge
/// sort: the runs already in order are found first, then merged in pairs; stable, at most
/// `n log n` comparisons, and `n log r` for input made of `r` sorted runs (mentions listed
/// entity by entity, each in text order).
fn permutation(n: usize, after: &mut dyn FnMut(u32, u32) -> bool) -> Option<Vec<u32>> {
    // Run boundaries: run `k` is `a[bounds[k]..bounds[k + 1]]`.
    let mut bounds: Vec<usize> = vec![0];
    for i in 1..n {
        if after(i as u32 - 1, i as u32) {
            bounds.push(i);
        }
    }
    if bounds.len() == 1 {
        return None;
    }
    bounds.push(n);
    let mut a: Vec<u32> = (0..n as u32).collect();
    let mut b: Vec<u32> = vec![0; n];
    while bounds.len() > 2 {
        let runs = bounds.len() - 1;
        let mut merged: Vec<usize> = Vec::with_capacity(runs / 2 + 2);
        for k in (0..runs).step_by(2) {
            // Runs `k` and `k + 1` (the last run may have no partner: then it is copied).
            let (start, mid) = (bounds[k], bounds[k + 1]);
            let end = if k + 1 < runs { bounds[k + 2] } else { mid };
            merged.push(start);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                // Take from the left run unless the right one's head must come first.
                if i < mid && (j >= end || !after(a[i], a[j])) {
                    *slot = a[i];
                    i += 1;
                } else {
                    *slot = a[j];
                    j += 1;
                }
            }
        }
        merged.push(n);
        std::mem::swap(&mut a, &mut b);
        bounds = merged;
    }
    Some(a)
}

/// Sorts a sentence's term ids: sorted for every sentence of a text, the one hot sort. The
/// standard library's unstable sort, instantiated for `u32` only (about 2 KB gzip): twice as fast
/// here as the merge sort above or an insertion sort.
pub fn sort_terms(v: &mut [u32]) {
    v.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5u32, 1, 4, 1, 5, 9, 2, 6];
        sort(&mut w);
        assert_eq!(w, [1, 1, 2, 4, 5, 5, 6, 9]);
    }

    #[test]
    fn empty_single_and_sorted_inputs() {
        let mut e: Vec<u8> = Vec::new();
        sort(&mut e);
        assert!(e.is_empty());
        let mut one = vec![String::from("x")];
        sort(&mut one);
        assert_eq!(one, ["x"]);
        let mut sorted: Vec<usize> = (0..1000).collect();
        sort(&mut sorted);
        assert!(sorted.iter().enumerate().all(|(i, &x)| i == x));
    }

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = v;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
