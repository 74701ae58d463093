//! BILOU labels and first-order Viterbi decoding under their constraints.
//!
//! Label 0 is O (outside); kind `k` (0 = person, 1 = organisation, 2 = place) has B (begin)
//! `1 + 4k`, I (inside) `2 + 4k`, L (last) `3 + 4k` and U (unit, a one-word mention) `4 + 4k`.

use super::{Scores, LABELS, WIDTH};
use std::ops::{Add, Sub};

pub const O: u8 = 0;

/// The label of `part` (0 = B, 1 = I, 2 = L, 3 = U) of a mention of kind `kind` (0..3).
pub const fn label(kind: u8, part: u8) -> u8 {
    1 + 4 * kind + part
}

/// The kind of a label (0..3), or `None` for O.
pub const fn kind_of(l: u8) -> Option<u8> {
    if l == 0 {
        None
    } else {
        Some((l - 1) / 4)
    }
}

const fn part_of(l: u8) -> u8 {
    (l - 1) % 4
}

/// Whether a label closes what came before: O, L or U (a mention may start after it).
const fn is_closed(l: u8) -> bool {
    l == 0 || part_of(l) >= 2
}

/// Whether a label may open: O, B or U.
const fn is_opening(l: u8) -> bool {
    l == 0 || part_of(l) == 0 || part_of(l) == 3
}

/// Whether `cur` may follow `prev`.
pub const fn allowed(prev: u8, cur: u8) -> bool {
    if is_closed(prev) {
        is_opening(cur)
    } else {
        // After B or I of a kind: I or L of the same kind.
        cur != 0 && (cur - 1) / 4 == (prev - 1) / 4 && (part_of(cur) == 1 || part_of(cur) == 2)
    }
}

/// Whether a sentence may start with label `l`.
pub const fn may_start(l: u8) -> bool {
    is_opening(l)
}

/// Whether a sentence may end with label `l`.
pub const fn may_end(l: u8) -> bool {
    is_closed(l)
}

/// Pairs `(prev, cur)` that are allowed, by `cur`.
const PREDECESSORS: [[u8; LABELS]; LABELS] = {
    let mut t = [[u8::MAX; LABELS]; LABELS];
    let mut cur = 0;
    while cur < LABELS {
        let mut n = 0;
        let mut prev = 0;
        while prev < LABELS {
            if allowed(prev as u8, cur as u8) {
                t[cur][n] = prev as u8;
                n += 1;
            }
            prev += 1;
        }
        cur += 1;
    }
    t
};

/// The best label sequence for emission scores `em` (one row per word), transition scores
/// `trans[prev][cur]`, and start and end scores, among the sequences the BILOU rules allow.
/// Ties go to the lower label. `back` is scratch space. Writes the labels into `out`.
///
/// After each word the best score is subtracted from all (which changes no decision), so that
/// scores stay within a word's range however long the sentence.
pub fn viterbi<T>(
    em: &[[T; LABELS]],
    start: &[T; LABELS],
    trans: &[[T; LABELS]; LABELS],
    end: &[T; LABELS],
    back: &mut Vec<[u8; LABELS]>,
    out: &mut Vec<u8>,
) where
    T: Copy + PartialOrd + Add<Output = T> + Sub<Output = T> + Default,
{
    out.clear();
    back.clear();
    let Some(first) = em.first() else {
        return;
    };
    // Scores of disallowed paths are never compared: `alive` marks the labels a path can be in.
    let mut score = [T::default(); LABELS];
    let mut alive = [false; LABELS];
    for l in 0..LABELS {
        if may_start(l as u8) {
            score[l] = start[l] + first[l];
            alive[l] = true;
        }
    }
    back.push([0; LABELS]);
    for row in &em[1..] {
        let mut next = [T::default(); LABELS];
        let mut next_alive = [false; LABELS];
        let mut bp = [0u8; LABELS];
        for cur in 0..LABELS {
            let mut best: Option<(T, u8)> = None;
            for &p in PREDECESSORS[cur].iter().take_while(|&&p| p != u8::MAX) {
                if !alive[p as usize] {
                    continue;
                }
                let s = score[p as usize] + trans[p as usize][cur];
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, p));
                }
            }
            if let Some((s, p)) = best {
                next[cur] = s + row[cur];
                next_alive[cur] = true;
                bp[cur] = p;
            }
        }
        let mut top: Option<T> = None;
        for l in 0..LABELS {
            if next_alive[l] && top.is_none_or(|t| next[l] > t) {
                top = Some(next[l]);
            }
        }
        if let Some(t) = top {
            for x in next.iter_mut() {
                *x = *x - t;
            }
        }
        score = next;
        alive = next_alive;
        back.push(bp);
    }
    let mut best: Option<(T, u8)> = None;
    for l in 0..LABELS {
        if alive[l] && may_end(l as u8) {
            let s = score[l] + end[l];
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, l as u8));
            }
        }
    }
    let mut l = best.map_or(0, |b| b.1);
    out.resize(em.len(), 0);
    for i in (0..em.len()).rev() {
        out[i] = l;
        l = back[i][l as usize];
    }
}

/// Transition scores laid out for [`viterbi_fast`]: disallowed moves score [`NEVER`].
#[derive(Clone, Debug)]
pub struct Transitions {
    start: Scores,
    /// `from[prev]`: the score of moving from `prev` to each label.
    from: [Scores; LABELS],
    end: Scores,
}

/// The score of a move the BILOU rules forbid: far below any real path, far from overflow.
pub const NEVER: i32 = -(1 << 28);

impl Transitions {
    pub fn new(
        start: &[i32; LABELS],
        trans: &[[i32; LABELS]; LABELS],
        end: &[i32; LABELS],
    ) -> Transitions {
        let mut t = Transitions {
            start: [NEVER; WIDTH],
            from: [[NEVER; WIDTH]; LABELS],
            end: [NEVER; WIDTH],
        };
        for cur in 0..LABELS {
            if may_start(cur as u8) {
                t.start[cur] = start[cur];
            }
            if may_end(cur as u8) {
                t.end[cur] = end[cur];
            }
            for prev in 0..LABELS {
                if allowed(prev as u8, cur as u8) {
                    t.from[prev][cur] = trans[prev][cur];
                }
            }
        }
        t
    }
}

/// Labels that close a mention or stand outside one (O, L, U): only they may precede an opening
/// label, and any of them may.
const CLOSED: [usize; 7] = [0, 3, 4, 7, 8, 11, 12];
/// Labels that may follow a closed one (O, B, U), in the lanes of [`viterbi_fast`].
const OPENING: [usize; 7] = [0, 1, 4, 5, 8, 9, 12];

/// [`viterbi`] for integer scores a row of [`WIDTH`] per word, as the tagger has them: the
/// same result, computed on the BILOU structure (an opening label follows any closed one; the
/// inside and last labels of a kind follow its begin or inside label), the opening labels in
/// parallel lanes so that the compiler can use vector instructions. Arithmetic wraps: a model
/// with absurd weights gives absurd labels, never a panic.
pub fn viterbi_fast(
    em: &[Scores],
    t: &Transitions,
    back: &mut Vec<[u8; WIDTH]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    back.clear();
    let Some(first) = em.first() else {
        return;
    };
    // Transitions from each closed label to the opening ones, lane by lane.
    let mut open_from = [[NEVER; 8]; 7];
    for (k, &p) in CLOSED.iter().enumerate() {
        for (lane, &c) in OPENING.iter().enumerate() {
            open_from[k][lane] = t.from[p][c];
        }
    }
    let mut score = [0i32; WIDTH];
    for l in 0..LABELS {
        score[l] = t.start[l].wrapping_add(first[l]);
    }
    back.push([0; WIDTH]);
    for row in &em[1..] {
        let mut best = [i32::MIN; 8];
        let mut arg = [0i32; 8];
        for (k, from) in open_from.iter().enumerate() {
            let sp = score[CLOSED[k]];
            for lane in 0..8 {
                let c = sp.wrapping_add(from[lane]);
                let better = c > best[lane];
                best[lane] = if better { c } else { best[lane] };
                arg[lane] = if better { CLOSED[k] as i32 } else { arg[lane] };
            }
        }
        let mut next = [NEVER; WIDTH];
        let mut bp = [0u8; WIDTH];
        for (lane, &c) in OPENING.iter().enumerate() {
            next[c] = best[lane];
            bp[c] = arg[lane] as u8;
        }
        // Inside and last labels of each kind: from its begin (ties to it) or inside label.
        for kind in 0..3 {
            let (b, i, l) = (1 + 4 * kind, 2 + 4 * kind, 3 + 4 * kind);
            for cur in [i, l] {
                let from_b = score[b].wrapping_add(t.from[b][cur]);
                let from_i = score[i].wrapping_add(t.from[i][cur]);
                let (s, p) = if from_i > from_b {
                    (from_i, i)
                } else {
                    (from_b, b)
                };
                next[cur] = s;
                bp[cur] = p as u8;
            }
        }
        let mut top = i32::MIN;
        for &x in next.iter().take(LABELS) {
            top = top.max(x);
        }
        for l in 0..WIDTH {
            score[l] = next[l]
                .wrapping_sub(top)
                .wrapping_add(row[l])
                .max(NEVER * 2);
        }
        back.push(bp);
    }
    let mut l = 0;
    let mut best = i32::MIN;
    for k in 0..LABELS {
        let s = score[k].wrapping_add(t.end[k]);
        if s > best {
            best = s;
            l = k;
        }
    }
    out.resize(em.len(), 0);
    for i in (0..em.len()).rev() {
        out[i] = l as u8;
        l = usize::from(back[i][l]);
    }
}

/// The mentions a valid label sequence gives: (first word, last word, kind), in order. An
/// invalid sequence (which [`viterbi`] never gives) is read leniently.
pub fn mentions(labels: &[u8], mut f: impl FnMut(usize, usize, u8)) {
    let mut open: Option<(usize, u8)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let Some(k) = kind_of(l) else {
            open = None;
            continue;
        };
        match part_of(l) {
            0 => open = Some((i, k)),
            1 => {
                if open.is_none_or(|o| o.1 != k) {
                    open = Some((i, k));
                }
            }
            2 => {
                let s = open.filter(|o| o.1 == k).map_or(i, |o| o.0);
                f(s, i, k);
                open = None;
            }
            _ => {
                f(i, i, k);
                open = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_follow_bilou() {
        let (b, i, l, u) = (label(0, 0), label(0, 1), label(0, 2), label(0, 3));
        let cases = [
            (O, O, true),
            (O, b, true),
            (O, i, false),
            (O, l, false),
            (O, u, true),
            (b, i, true),
            (b, l, true),
            (b, O, false),
            (b, label(1, 1), false),
            (i, l, true),
            (l, O, true),
            (l, b, true),
            (u, u, true),
            (u, i, false),
        ];
        for (p, c, want) in cases {
            assert_eq!(allowed(p, c), want, "{p} -> {c}");
        }
    }

    #[test]
    fn viterbi_respects_the_rules() {
        // Emissions that prefer I everywhere: the best valid path is B I L.
        let mut em = [[0i32; LABELS]; 3];
        for row in em.iter_mut() {
            row[label(1, 1) as usize] = 10;
        }
        em[0][label(1, 0) as usize] = 5;
        em[2][label(1, 2) as usize] = 5;
        let (mut back, mut out) = (Vec::new(), Vec::new());
        let z = [0; LABELS];
        viterbi(&em, &z, &[[0; LABELS]; LABELS], &z, &mut back, &mut out);
        assert_eq!(out, vec![label(1, 0), label(1, 1), label(1, 2)]);
        let mut got = Vec::new();
        mentions(&out, |s, e, k| got.push((s, e, k)));
        assert_eq!(got, vec![(0, 2, 1)]);
    }
}
