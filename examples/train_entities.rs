//! Trains the entity tagger's models (src/ner) on ../shared/train/entities: one model per
//! language, an averaged structured perceptron over the features of `nutshell::ner::features`,
//! exported hashed, pruned and quantised to `src/lang/models/entities-<lang>.bin`.
//!
//! Run by `scripts/train-entities` (`make train`). Deterministic: documents in file order, one
//! fixed shuffle per epoch, integer weights, no threads; the same bytes on every run.
//!
//! Per language: (1) the name lexicon from the other languages' training mentions; (2) an
//! averaged perceptron, 15 epochs, each document in two passes as the tagger reads it (the
//! second with what the first said elsewhere in the document), over a 2^20 hashed table; (3)
//! the `rows` rows with the largest |weights| kept and the perceptron trained again on those
//! features alone; (4) each row quantised to 15 levels times a power of two, its bucket in a
//! 2^18 table. With `--cv K`, steps 2-4 run K times first on K-1 folds (by a hash of the
//! document id) and score the held-out fold through the library's own tagger.
//!
//! ```text
//! cargo run --release --example train_entities -- [TRAIN_DIR] [options]
//!   --data DIR        evaluation data whose figures go into the headers (default: TRAIN_DIR/../data)
//!   --lang en,fr      languages (default: all with training data)
//!   --out DIR         where models go (default: src/lang/models)
//!   --cv K            K-fold cross-validation figures (also put into the headers)
//!   --heldout         train on 4/5 of the documents, score the other 1/5; write nothing
//!   --no-write        train and score, write nothing
//!   --show SET        print the cross-validation errors on SET (training data only)
//! what was measured (defaults first):
//!   --epochs N (15)  --passes 1|2 (2)  --rows K (6000; 0 = all)  --no-retrain
//!   --train-bits B (20)  --bits B (18)  --fp 0|8 (0)  --levels N (15)  --range R (4)
//!   --narrow T,T-T    templates with one weight per kind (0-29,50-59: the words' own forms)
//!   --lex-size N (10000; 0 = none)  --lex-min N (2)  --lex-bits B (18)
//!   --styles/--no-styles, --extra en,nl, --weight SET=N   override the per-language choices
//!   --drop T,T-T      leave templates out;  --alpha A, --prune X   other row selections
//! ```

// Weights are arrays indexed by label, in loops that read several of them at one label.
#![allow(clippy::needless_range_loop)]

#[path = "ner_common/mod.rs"]
mod common;

use common::{pairs, read_dir, Record, Score};
use nutshell::ner::decode::{self, label, viterbi};
use nutshell::ner::features::{cap_class, feature, is_capitalised, lower_hash, Doc, History};
use nutshell::ner::model::{Lexicon, ModelParts, Row, KINDS, SLOT};
use nutshell::ner::{tag_with, Model, LABELS};
use nutshell::{segment, tokens, Lang, Span};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Clone)]
struct Opt {
    train: PathBuf,
    data: Option<PathBuf>,
    langs: Vec<Lang>,
    out: PathBuf,
    heldout: bool,
    cv: usize,
    write: bool,
    epochs: usize,
    train_bits: u32,
    bits: u32,
    fp: u32,
    levels: f64,
    range: u32,
    prune: f64,
    rows: usize,
    alpha: f64,
    retrain: bool,
    stats: bool,
    drop: Vec<u32>,
    passes: usize,
    narrow: u128,
    /// Per-language defaults ([`config`]) unless given.
    styles: Option<bool>,
    extra: Option<Vec<Lang>>,
    show: Option<String>,
    /// Sets whose documents count more than once per epoch, with their weight.
    weights: Vec<(String, usize)>,
    /// Lexicon entries (0: none), their least count, and the lexicon's table size.
    lex_size: usize,
    lex_min: u32,
    lex_bits: u32,
}

/// A template set written "0-29,50-59".
fn ranges(spec: &str) -> u128 {
    let mut set = 0u128;
    for part in spec.split(',').filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        let (a, b): (u32, u32) = (a.parse().expect("template"), b.parse().expect("template"));
        for t in a..=b.min(127) {
            set |= 1u128 << t;
        }
    }
    set
}

/// Per-language choices, from 5-fold cross-validation on the training data (see the README's
/// entity section for the figures): which other languages' documents also train the model,
/// whether features get block-layout copies, and sets that count more than once per epoch.
///
/// German mixes two conventions and layouts (GermEval's modern sentences, HIPE's OCR'd pages),
/// and GermEval is the smaller: the copies and a double weight for GermEval gave +2.7 and +1.6
/// in its cross-validated F1. Dutch documents as extra German training (+1.5) did less than
/// Dutch names in the lexicon (which they would leave out). English has the same two
/// conventions, but there the copies and weights made HIPE-en's cross-validated F1 worse.
///
/// French has only HIPE's 19th- and 20th-century newspapers, all in one block: a model of them
/// alone reads a modern article (lines) with their conventions (functions inside a person's
/// mention) and their world (companies as people). Spanish and Italian news (modern, in lines)
/// also train it, and the copies keep the two layouts apart: HIPE-fr's cross-validated F1
/// 67.4 -> 66.6, its ../shared/data F1 78.8 -> 76.1, and a modern article gets modern-news
/// conventions (see the README for the reference article).
fn config(lang: Lang) -> (Vec<Lang>, bool, Vec<(String, usize)>) {
    match lang {
        Lang::De => (Vec::new(), true, vec![("germeval2014_de".to_string(), 2)]),
        Lang::Fr => (vec![Lang::Es, Lang::It], true, Vec::new()),
        _ => (Vec::new(), false, Vec::new()),
    }
}

fn parse_args() -> Opt {
    let mut o = Opt {
        train: PathBuf::from("../shared/train"),
        data: None,
        langs: Lang::ALL.to_vec(),
        out: PathBuf::from("src/lang/models"),
        heldout: false,
        cv: 0,
        write: true,
        epochs: 15,
        train_bits: 20,
        bits: 18,
        fp: 0,
        levels: 15.0,
        prune: 0.0,
        range: 4,
        rows: 6000,
        alpha: 0.0,
        retrain: true,
        stats: false,
        drop: Vec::new(),
        passes: 2,
        narrow: ranges("0-29,50-59"),
        styles: None,
        extra: None,
        show: None,
        weights: Vec::new(),
        lex_size: 10_000,
        lex_min: 2,
        lex_bits: 18,
    };
    let mut args = std::env::args().skip(1);
    let mut positional = None;
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--data" => o.data = Some(PathBuf::from(val())),
            "--lang" => {
                o.langs = val()
                    .split(',')
                    .map(|c| Lang::from_code(c).unwrap_or_else(|| panic!("language {c}")))
                    .collect()
            }
            "--out" => o.out = PathBuf::from(val()),
            "--heldout" => o.heldout = true,
            "--cv" => o.cv = val().parse().expect("--cv K"),
            "--no-write" => o.write = false,
            "--epochs" => o.epochs = val().parse().expect("--epochs N"),
            "--train-bits" => o.train_bits = val().parse().expect("--train-bits B"),
            "--bits" => o.bits = val().parse().expect("--bits B"),
            "--fp" => o.fp = val().parse().expect("--fp 0|8"),
            "--levels" => o.levels = val().parse().expect("--levels N"),
            "--rows" => o.rows = val().parse().expect("--rows K"),
            "--alpha" => o.alpha = val().parse().expect("--alpha A"),
            "--retrain" => o.retrain = true,
            "--stats" => o.stats = true,
            "--styles" => o.styles = Some(true),
            "--no-styles" => o.styles = Some(false),
            "--no-retrain" => o.retrain = false,
            "--show" => o.show = Some(val()),
            "--lex-size" => o.lex_size = val().parse().expect("--lex-size N"),
            "--lex-min" => o.lex_min = val().parse().expect("--lex-min N"),
            "--lex-bits" => o.lex_bits = val().parse().expect("--lex-bits B"),
            "--weight" => {
                for part in val().split(',').filter(|p| !p.is_empty()) {
                    let (set, w) = part.split_once('=').expect("--weight SET=N");
                    o.weights
                        .push((set.to_string(), w.parse().expect("--weight SET=N")));
                }
            }
            "--extra" => {
                o.extra = Some(
                    val()
                        .split(',')
                        .filter(|c| !c.is_empty())
                        .map(|c| Lang::from_code(c).unwrap_or_else(|| panic!("language {c}")))
                        .collect(),
                )
            }
            "--passes" => o.passes = val().parse().expect("--passes 1|2"),
            "--narrow" => o.narrow = ranges(&val()),
            "--drop" => {
                for part in val().split(',') {
                    let (a, b) = part.split_once('-').unwrap_or((part, part));
                    let (a, b): (u32, u32) =
                        (a.parse().expect("--drop"), b.parse().expect("--drop"));
                    o.drop.extend(a..=b);
                }
            }
            "--range" => o.range = val().parse().expect("--range R"),
            "--prune" => o.prune = val().parse().expect("--prune X"),
            _ if !a.starts_with("--") && positional.is_none() => positional = Some(a),
            _ => panic!("unknown argument {a}"),
        }
    }
    if let Some(p) = positional {
        o.train = PathBuf::from(p);
    }
    if o.data.is_none() {
        let d = o.train.join("../data");
        if d.join("entities").is_dir() {
            o.data = Some(d);
        }
    }
    if o.heldout {
        o.write = false;
    }
    o
}

/// A training document: words, sentences, features, gold labels.
struct Prepared<'a> {
    doc: Doc<'a>,
    /// How many times the document is seen per epoch.
    weight: usize,
    gold: Vec<u8>,
    /// Static features (training-table buckets) of word i: `feats[offs[i]..offs[i + 1]]`.
    feats: Vec<u32>,
    offs: Vec<u32>,
}

/// Gold BILOU labels of `words` from gold mentions: the words inside each mention.
fn gold_labels(words: &[Span], gold: &[(Span, u8)]) -> Vec<u8> {
    let mut labels = vec![decode::O; words.len()];
    for &(g, k) in gold {
        let first = words.partition_point(|w| w.start < g.start);
        let mut last = first;
        while last < words.len() && words[last].end <= g.end {
            last += 1;
        }
        if last == first || labels[first..last].iter().any(|&l| l != decode::O) {
            continue;
        }
        if last - first == 1 {
            labels[first] = label(k, 3);
        } else {
            labels[first] = label(k, 0);
            for l in &mut labels[first + 1..last - 1] {
                *l = label(k, 1);
            }
            labels[last - 1] = label(k, 2);
        }
    }
    labels
}

/// Sentences joined where a gold mention crosses their boundary (training only: the labels of
/// one sentence must be a valid sequence).
fn join_crossed(sentences: Vec<Span>, gold: &[(Span, u8)], joined: &mut usize) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(sentences.len());
    let mut cross = vec![false; sentences.len()];
    for &(g, _) in gold {
        // Sentence k is joined to k + 1 when a mention starts before k's end and ends after k + 1's start.
        let k = sentences.partition_point(|s| s.end <= g.start);
        let mut j = k;
        while j + 1 < sentences.len() && sentences[j + 1].start < g.end {
            cross[j] = true;
            j += 1;
        }
    }
    for (k, s) in sentences.into_iter().enumerate() {
        match out.last_mut() {
            Some(last) if k > 0 && cross[k - 1] => {
                last.end = s.end;
                *joined += 1;
            }
            _ => out.push(s),
        }
    }
    out
}

struct Weights {
    /// Averaged emission weights, bucket-major.
    w: Vec<f32>,
    start: [f32; LABELS],
    trans: [[f32; LABELS]; LABELS],
    end: [f32; LABELS],
}

/// Integer perceptron weights and their running sums for averaging.
struct Perceptron {
    w: Vec<i32>,
    acc: Vec<i64>,
    // start (LABELS), trans (LABELS^2), end (LABELS), flat.
    t: Vec<i32>,
    tacc: Vec<i64>,
    c: i64,
}

/// The flag of a narrow feature in a bucket list.
const NARROW: u32 = 1 << 31;
const T_START: usize = 0;
const T_TRANS: usize = LABELS;
const T_END: usize = LABELS + LABELS * LABELS;
const T_LEN: usize = T_END + LABELS;

impl Perceptron {
    fn bump(&mut self, idx: usize, d: i32) {
        self.w[idx] += d;
        self.acc[idx] += self.c * i64::from(d);
    }
    fn bump_t(&mut self, idx: usize, d: i32) {
        self.t[idx] += d;
        self.tacc[idx] += self.c * i64::from(d);
    }
}

fn xorshift(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

/// Trains, then keeps the `opt.rows` most important rows (|weights| x occurrences^alpha) and,
/// with `opt.retrain`, trains again on those features alone.
fn fit(docs: &[Prepared], subset: &[usize], template: &[u8], opt: &Opt) -> Weights {
    let w = train(docs, subset, opt, None);
    if opt.rows == 0 {
        return w;
    }
    let size = 1usize << opt.train_bits;
    let mut count = vec![0u32; size];
    for &d in subset {
        for &b in &docs[d].feats {
            let b = (b & !NARROW) as usize;
            count[b] = count[b].saturating_add(1);
        }
    }
    let mut imp: Vec<(f64, usize)> =
        w.w.chunks_exact(LABELS)
            .enumerate()
            .map(|(b, r)| {
                // A narrow row's weight counts once per label it applies to.
                let l1: f64 = if opt.narrow >> (template[b] & 127) & 1 == 1 {
                    SLOT.iter().map(|&k| f64::from(r[k].abs())).sum()
                } else {
                    r.iter().map(|x| f64::from(x.abs())).sum()
                };
                (l1 * f64::from(count[b].max(1)).powf(opt.alpha), b)
            })
            .filter(|x| x.0 > 0.0)
            .collect();
    imp.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut keep = vec![false; size];
    for &(_, b) in imp.iter().take(opt.rows) {
        keep[b] = true;
    }
    if opt.retrain {
        train(docs, subset, opt, Some(&keep))
    } else {
        let mut w = w;
        for (b, r) in w.w.chunks_exact_mut(LABELS).enumerate() {
            if !keep[b] {
                r.fill(0.0);
            }
        }
        w
    }
}

/// One perceptron update for a sentence starting at word `s`: gold labels up, predicted down.
#[allow(clippy::too_many_arguments)]
fn update(
    p: &mut Perceptron,
    pd: &Prepared,
    s: usize,
    gold: &[u8],
    pred: &[u8],
    hist_feats: &[u32],
    hist_offs: &[usize],
    on: &impl Fn(u32) -> bool,
) {
    let n = gold.len();
    for i in 0..n {
        let (g, q) = (gold[i] as usize, pred[i] as usize);
        if g != q {
            let stat = &pd.feats[pd.offs[s + i] as usize..pd.offs[s + i + 1] as usize];
            let hf = &hist_feats[hist_offs[i]..hist_offs[i + 1]];
            for &b in stat.iter().chain(hf).filter(|&&b| on(b)) {
                let r = (b & !NARROW) as usize * LABELS;
                if b & NARROW != 0 {
                    if SLOT[g] != SLOT[q] {
                        p.bump(r + SLOT[g], 1);
                        p.bump(r + SLOT[q], -1);
                    }
                } else {
                    p.bump(r + g, 1);
                    p.bump(r + q, -1);
                }
            }
        }
        let ti = |prev: Option<usize>, cur: usize| match prev {
            None => T_START + cur,
            Some(pv) => T_TRANS + pv * LABELS + cur,
        };
        let (gp, qp) = if i == 0 {
            (None, None)
        } else {
            (Some(gold[i - 1] as usize), Some(pred[i - 1] as usize))
        };
        if (gp, g) != (qp, q) {
            p.bump_t(ti(gp, g), 1);
            p.bump_t(ti(qp, q), -1);
        }
    }
    let (gl, ql) = (gold[n - 1] as usize, pred[n - 1] as usize);
    if gl != ql {
        p.bump_t(T_END + gl, 1);
        p.bump_t(T_END + ql, -1);
    }
}

fn train(docs: &[Prepared], subset: &[usize], opt: &Opt, mask: Option<&[bool]>) -> Weights {
    let on = |b: u32| mask.is_none_or(|m| m[(b & !NARROW) as usize]);
    let tb = opt.train_bits;
    let size = 1usize << tb;
    let mut p = Perceptron {
        w: vec![0; size * LABELS],
        acc: vec![0; size * LABELS],
        t: vec![0; T_LEN],
        tacc: vec![0; T_LEN],
        c: 1,
    };
    let mut order: Vec<usize> = subset
        .iter()
        .flat_map(|&d| std::iter::repeat_n(d, docs[d].weight))
        .collect();
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let (mut em, mut back, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    let mut hist_feats: Vec<u32> = Vec::new();
    let mut hist_offs: Vec<usize> = Vec::new();
    for _epoch in 0..opt.epochs {
        // Fisher-Yates with a fixed seed sequence.
        for i in (1..order.len()).rev() {
            let j = (xorshift(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &d in &order {
            let pd = &docs[d];
            let doc = &pd.doc;
            // As the tagger does: a first pass with what earlier sentences said, then a second
            // with what the first said everywhere else too. Both passes learn.
            let mut kinds_all = vec![0u8; pd.gold.len()];
            let mut doc_hist = History::new(doc.n_lower);
            for pass in 0..opt.passes {
                let mut left = History::new(doc.n_lower);
                for &(s, e) in &doc.sentences {
                    let other = if pass == 1 {
                        doc_hist.unrecord(doc, (s, e), &kinds_all[s..e]);
                        Some(&doc_hist)
                    } else {
                        None
                    };
                    em.clear();
                    hist_feats.clear();
                    hist_offs.clear();
                    for i in s..e {
                        hist_offs.push(hist_feats.len());
                        doc.history_features(i, s, &left, other, &mut |t, v| {
                            if !opt.drop.contains(&t) {
                                hist_feats.push(feature(t, v) >> (32 - tb));
                            }
                        });
                        let mut acc = [0i64; LABELS];
                        let stat = &pd.feats[pd.offs[i] as usize..pd.offs[i + 1] as usize];
                        let hf = &hist_feats[hist_offs[i - s]..];
                        for &b in stat.iter().chain(hf).filter(|&&b| on(b)) {
                            let r = (b & !NARROW) as usize * LABELS;
                            let row = &p.w[r..r + LABELS];
                            if b & NARROW != 0 {
                                for (a, &k) in acc.iter_mut().zip(&SLOT) {
                                    *a += i64::from(row[k]);
                                }
                            } else {
                                for (a, &x) in acc.iter_mut().zip(row) {
                                    *a += i64::from(x);
                                }
                            }
                        }
                        em.push(acc);
                    }
                    hist_offs.push(hist_feats.len());
                    let mut start = [0i64; LABELS];
                    let mut trans = [[0i64; LABELS]; LABELS];
                    let mut end = [0i64; LABELS];
                    for l in 0..LABELS {
                        start[l] = i64::from(p.t[T_START + l]);
                        end[l] = i64::from(p.t[T_END + l]);
                        for m in 0..LABELS {
                            trans[l][m] = i64::from(p.t[T_TRANS + l * LABELS + m]);
                        }
                    }
                    viterbi(&em, &start, &trans, &end, &mut back, &mut pred);
                    let gold = &pd.gold[s..e];
                    if pred.as_slice() != gold {
                        update(&mut p, pd, s, gold, &pred, &hist_feats, &hist_offs, &on);
                    }
                    if pass == 1 {
                        doc_hist.record(doc, (s, e), &kinds_all[s..e]);
                    }
                    for (k, &l) in kinds_all[s..e].iter_mut().zip(&pred) {
                        *k = decode::kind_of(l).map_or(0, |k| k + 1);
                    }
                    left.record(doc, (s, e), &kinds_all[s..e]);
                    if pass == 0 {
                        doc_hist.record(doc, (s, e), &kinds_all[s..e]);
                    }
                    p.c += 1;
                }
            }
        }
    }
    let c = p.c as f64;
    let avg = |w: i32, a: i64| (f64::from(w) - a as f64 / c) as f32;
    let w: Vec<f32> = p.w.iter().zip(&p.acc).map(|(&w, &a)| avg(w, a)).collect();
    let t: Vec<f32> = p.t.iter().zip(&p.tacc).map(|(&w, &a)| avg(w, a)).collect();
    let mut start = [0f32; LABELS];
    let mut trans = [[0f32; LABELS]; LABELS];
    let mut end = [0f32; LABELS];
    for l in 0..LABELS {
        start[l] = t[T_START + l];
        end[l] = t[T_END + l];
        for m in 0..LABELS {
            trans[l][m] = t[T_TRANS + l * LABELS + m];
        }
    }
    Weights {
        w,
        start,
        trans,
        end,
    }
}

struct Exported {
    bytes: Vec<u8>,
    rows: usize,
    narrow_rows: usize,
    dropped_collisions: usize,
}

/// Quantises, prunes and folds trained weights into a model file. Each row gets the smallest
/// shift that fits its largest weight in `levels` steps of `step`; rows whose largest weight is
/// below `prune` x the largest weight of all are dropped.
/// The name lexicon of `lang`'s model: capitalised words inside the gold mentions of the
/// languages that do not train it (so that no document's own names are in it), with at least
/// `lex_min` mentions, two thirds or more of one kind; the `lex_size` most frequent.
fn build_lexicon(opt: &Opt, lang: Lang, all: &[Record]) -> Option<Lexicon> {
    if opt.lex_size == 0 {
        return None;
    }
    let trains = |l: Lang| l == lang || opt.extra.as_ref().is_some_and(|x| x.contains(&l));
    let mut counts: std::collections::HashMap<u64, [u32; 3]> = Default::default();
    for r in all.iter().filter(|r| !trains(r.lang)) {
        for &(g, k) in &r.gold {
            let m = g.of(&r.text);
            for w in tokens::words(m) {
                let ws = w.span.of(m);
                if is_capitalised(cap_class(ws)) && ws.chars().nth(1).is_some() {
                    counts.entry(lower_hash(ws)).or_default()[k as usize] += 1;
                }
            }
        }
    }
    let mut entries: Vec<(u32, u64, u8)> = counts
        .into_iter()
        .filter_map(|(h, c)| {
            let total: u32 = c.iter().sum();
            let (k, &n) = c
                .iter()
                .enumerate()
                .max_by_key(|x| (*x.1, std::cmp::Reverse(x.0)))?;
            (total >= opt.lex_min && n * 3 >= total * 2).then_some((total, h, k as u8))
        })
        .collect();
    entries.sort_by_key(|e| (std::cmp::Reverse(e.0), e.1));
    entries.truncate(opt.lex_size);
    let pairs: Vec<(u64, u8)> = entries.iter().map(|e| (e.1, e.2)).collect();
    Some(Lexicon::new(opt.lex_bits, &pairs))
}

fn export(
    wts: &Weights,
    owner: &[u32],
    template: &[u8],
    opt: &Opt,
    lexicon: Option<&Lexicon>,
    header: &str,
) -> Exported {
    let global = wts.w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
    let step = f64::from(global) / (opt.levels * f64::from(1u32 << opt.range));
    let floor = f64::from(global) * opt.prune;
    let lv = opt.levels;
    let q32 = |x: f32| ((f64::from(x) / step).round()).clamp(-16e6, 16e6) as i32;
    // Kept rows, by shipped bucket.
    let mut rows: Vec<(u32, u8, u8, [i8; LABELS], f64, bool)> = Vec::new();
    let mut by_template = [0usize; 256];
    for (b, chunk) in wts.w.chunks_exact(LABELS).enumerate() {
        let narrow = opt.narrow >> (template[b] & 127) & 1 == 1;
        let chunk = if narrow { &chunk[..KINDS] } else { chunk };
        let max = chunk.iter().fold(0f32, |m, x| m.max(x.abs()));
        if f64::from(max) < floor.max(step * 0.5) || owner[b] == 0 {
            continue;
        }
        let mut shift = 0u8;
        while f64::from(max) / (step * f64::from(1u32 << shift)) > lv + 0.5
            && u32::from(shift) < opt.range
        {
            shift += 1;
        }
        let unit = step * f64::from(1u32 << shift);
        let mut r = [0i8; LABELS];
        let mut l1 = 0.0;
        for (o, &x) in r.iter_mut().zip(chunk) {
            *o = (f64::from(x) / unit).round().clamp(-127.0, 127.0) as i8;
            l1 += f64::from(x.abs());
        }
        if r.iter().all(|&x| x == 0) {
            continue;
        }
        let (sb, fp) = Model::bucket(owner[b], opt.bits, opt.fp);
        rows.push((sb, fp, shift, r, l1, narrow));
        by_template[template[b] as usize] += 1;
    }
    rows.sort_by(|a, b| {
        (a.5, a.0, a.1)
            .cmp(&(b.5, b.0, b.1))
            .then(b.4.total_cmp(&a.4))
    });
    let mut wide: Vec<Row<LABELS>> = Vec::with_capacity(rows.len());
    let mut narrow: Vec<Row<KINDS>> = Vec::new();
    let mut dropped = 0;
    for (sb, fp, shift, r, _, is_narrow) in rows {
        // Two kept features in one bucket: the stronger stays (fingerprints tell a lookup of
        // the other apart; without them the bucket answers for both).
        if is_narrow {
            if narrow.last().is_some_and(|l| l.0 == sb) {
                dropped += 1;
            } else {
                let mut k = [0i8; KINDS];
                k.copy_from_slice(&r[..KINDS]);
                narrow.push((sb, fp, shift, k));
            }
        } else if wide.last().is_some_and(|l| l.0 == sb) {
            dropped += 1;
        } else {
            wide.push((sb, fp, shift, r));
        }
    }
    let mut start = [0i32; LABELS];
    let mut trans = [[0i32; LABELS]; LABELS];
    let mut end = [0i32; LABELS];
    for l in 0..LABELS {
        start[l] = q32(wts.start[l]);
        end[l] = q32(wts.end[l]);
        for m in 0..LABELS {
            trans[l][m] = q32(wts.trans[l][m]);
        }
    }
    if opt.stats && !header.is_empty() {
        let list: Vec<String> = by_template
            .iter()
            .enumerate()
            .filter(|x| *x.1 > 0)
            .map(|(t, n)| format!("{t}:{n}"))
            .collect();
        eprintln!("rows by template: {}", list.join(" "));
    }
    let bytes = Model::write(&ModelParts {
        header,
        bits: opt.bits,
        fp_bits: opt.fp,
        style_copies: opt.styles == Some(true),
        narrow_templates: opt.narrow,
        start,
        trans,
        end,
        wide: &wide,
        narrow: &narrow,
        lexicon,
    });
    Exported {
        bytes,
        rows: wide.len() + narrow.len(),
        narrow_rows: narrow.len(),
        dropped_collisions: dropped,
    }
}

fn gzip_size(bytes: &[u8]) -> usize {
    let mut child = std::process::Command::new("gzip")
        .arg("-9")
        .arg("-c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    let mut stdin = child.stdin.take().expect("stdin");
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().expect("gzip");
    let _ = writer.join();
    out.stdout.len()
}

/// Scores `model` on `recs`. With `show`, prints the errors (for cross-validation folds of
/// the training data only: errors on ../shared/data are never looked at).
fn evaluate(model: &Model, recs: &[&Record], lang: Lang, show: bool) -> Score {
    let mut score = Score::default();
    for r in recs {
        let words: Vec<Span> = tokens::words(&r.text).map(|w| w.span).collect();
        let sentences = segment::sentences(&r.text, lang);
        let m = tag_with(model, &r.text, &words, &sentences, lang);
        let pred = pairs(&m);
        if show {
            const K: [&str; 3] = ["PER", "ORG", "LOC"];
            let ctx = |sp: Span| {
                let mut a = sp.start.saturating_sub(40);
                while !r.text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (sp.end + 40).min(r.text.len());
                while !r.text.is_char_boundary(b) {
                    b += 1;
                }
                format!(
                    "{}[{}]{}",
                    &r.text[a..sp.start],
                    sp.of(&r.text),
                    &r.text[sp.end..b]
                )
                .replace('\n', " / ")
            };
            for g in &r.gold {
                if !pred.contains(g) {
                    eprintln!("FN {} {}", K[g.1 as usize], ctx(g.0));
                }
            }
            for p in &pred {
                if !r.gold.contains(p) {
                    eprintln!("FP {} {}", K[p.1 as usize], ctx(p.0));
                }
            }
        }
        score.add(&r.gold, &pred);
    }
    score
}

/// Which fold of `k` a document is in: from a hash of its id, so folds do not depend on order.
fn fold_of(id: &str, k: usize) -> usize {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in id.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    (h % k as u64) as usize
}

fn per_set(
    recs: &[&Record],
    model: &Model,
    lang: Lang,
    show: Option<&str>,
) -> Vec<(String, Score)> {
    let mut sets: Vec<String> = recs.iter().map(|r| r.set.clone()).collect();
    sets.sort();
    sets.dedup();
    sets.into_iter()
        .map(|s| {
            let sub: Vec<&Record> = recs.iter().copied().filter(|r| r.set == s).collect();
            let sc = evaluate(model, &sub, lang, show == Some(s.as_str()));
            (s, sc)
        })
        .collect()
}

fn main() {
    let opt = parse_args();
    let all = read_dir(&opt.train.join("entities"));
    let data = opt
        .data
        .as_ref()
        .map(|d| read_dir(&d.join("entities")))
        .unwrap_or_default();
    if opt.write {
        std::fs::create_dir_all(&opt.out).expect("create output folder");
    }
    for &lang in &opt.langs {
        run_lang(&opt, lang, &all, &data);
    }
}

fn run_lang(opt: &Opt, lang: Lang, all: &[Record], data: &[Record]) {
    let t0 = Instant::now();
    let (extra, styles, weights) = config(lang);
    let extra = opt.extra.clone().unwrap_or(extra);
    let styles = opt.styles.unwrap_or(styles);
    let weights = if opt.weights.is_empty() {
        weights
    } else {
        opt.weights.clone()
    };
    let opt = &Opt {
        extra: Some(extra),
        styles: Some(styles),
        weights,
        ..opt.clone()
    };
    let lexicon = build_lexicon(opt, lang, all);
    let recs: Vec<&Record> = all.iter().filter(|r| r.lang == lang).collect();
    if recs.is_empty() {
        return;
    }
    let own = recs.len();
    // Documents of other languages that only ever train (never tested in CV).
    let recs: Vec<&Record> =
        recs.into_iter()
            .chain(all.iter().filter(|r| {
                r.lang != lang && opt.extra.as_ref().is_some_and(|x| x.contains(&r.lang))
            }))
            .collect();
    let tb = opt.train_bits;
    let words: Vec<Vec<Span>> = recs
        .iter()
        .map(|r| tokens::words(&r.text).map(|w| w.span).collect())
        .collect();
    let mut joined = 0;
    let sents: Vec<Vec<Span>> = recs
        .iter()
        .map(|r| join_crossed(segment::sentences(&r.text, r.lang), &r.gold, &mut joined))
        .collect();
    let mut owner = vec![0u32; 1 << tb];
    let mut template = vec![0u8; 1 << tb];
    let mut collisions = 0usize;
    let mut n_words = 0;
    let docs: Vec<Prepared> = recs
        .iter()
        .zip(&words)
        .zip(&sents)
        .map(|((r, w), s)| {
            let mut doc = Doc::prepare(&r.text, w, s, r.lang, lexicon.as_ref());
            doc.style_copies(styles);
            let gold = gold_labels(w, &r.gold);
            let mut feats = Vec::new();
            let mut offs = vec![0u32];
            let mut buf = Vec::new();
            for &(s, e) in &doc.sentences {
                for i in s..e {
                    buf.clear();
                    doc.features_with(i, (s, e), &mut |t, v| buf.push((t, feature(t, v))));
                    for &(t, h) in buf.iter().filter(|x| !opt.drop.contains(&x.0)) {
                        let b = (h >> (32 - tb)) as usize;
                        if owner[b] == 0 {
                            owner[b] = h;
                            template[b] = t as u8;
                        } else if owner[b] != h {
                            collisions += 1;
                        }
                        let narrow = opt.narrow >> (t & 127) & 1 == 1;
                        feats.push(b as u32 | u32::from(narrow) << 31);
                    }
                    offs.push(feats.len() as u32);
                }
            }
            n_words += w.len();
            let weight = opt.weights.iter().find(|w| w.0 == r.set).map_or(1, |w| w.1);
            Prepared {
                doc,
                weight,
                gold,
                feats,
                offs,
            }
        })
        .collect();
    // History features are hashed on the fly: their buckets get owners here.
    Doc::every_history_feature(&mut |t, v| {
        let h = feature(t, v);
        let b = (h >> (32 - tb)) as usize;
        if owner[b] == 0 {
            owner[b] = h;
            template[b] = t as u8;
        }
    });
    let code = lang.code();
    eprintln!(
        "{code}: {} documents, {n_words} words, {} sentence joins for crossing mentions, {collisions} feature collisions in 2^{tb}, prepared in {:.1}s",
        docs.len(),
        joined,
        t0.elapsed().as_secs_f64()
    );

    let folds = if opt.heldout { 5 } else { opt.cv };
    let mut cv_score = Score::default();
    let mut cv_sets: Vec<(String, Score)> = Vec::new();
    if folds > 0 {
        let run_folds = if opt.heldout { 1 } else { folds };
        for f in 0..run_folds {
            let t1 = Instant::now();
            let (tr, te): (Vec<usize>, Vec<usize>) =
                (0..docs.len()).partition(|&d| d >= own || fold_of(&recs[d].id, folds) != f);
            let wts = fit(&docs, &tr, &template, opt);
            let ex = export(&wts, &owner, &template, opt, lexicon.as_ref(), "");
            let model = Model::parse(&ex.bytes).expect("own model parses");
            let test: Vec<&Record> = te.iter().map(|&d| recs[d]).collect();
            for (set, sc) in per_set(&test, &model, lang, opt.show.as_deref()) {
                match cv_sets.iter_mut().find(|x| x.0 == set) {
                    Some(x) => x.1.merge(&sc),
                    None => cv_sets.push((set, sc)),
                }
                cv_score.merge(&sc);
            }
            eprintln!(
                "{code}: fold {f}: {} rows, {} bytes, {:.1}s",
                ex.rows,
                ex.bytes.len(),
                t1.elapsed().as_secs_f64()
            );
        }
        let what = if opt.heldout { "held-out 1/5" } else { "CV" };
        println!("{code} {what:>12} all: {}", cv_score.line());
        for (set, sc) in &cv_sets {
            println!("{code} {what:>12} {set}: {}", sc.line());
        }
        if opt.heldout {
            return;
        }
    }

    // The model itself, on every document.
    let t1 = Instant::now();
    let all_docs: Vec<usize> = (0..docs.len()).collect();
    let wts = fit(&docs, &all_docs, &template, opt);
    let train_secs = t1.elapsed().as_secs_f64();
    let ex = export(&wts, &owner, &template, opt, lexicon.as_ref(), "");
    let model = Model::parse(&ex.bytes).expect("own model parses");
    let fit = per_set(&recs[..own], &model, lang, None);
    let data_recs: Vec<&Record> = data.iter().filter(|r| r.lang == lang).collect();
    let on_data = per_set(&data_recs, &model, lang, None);
    let mut lines = vec![
        format!("nutshell entity model: {code}"),
        "made by: scripts/train-entities (cargo run --release --example train_entities), from ../shared/train/entities".to_string(),
        format!(
            "training: averaged structured perceptron, {} epochs, {} documents ({own} of its language), {n_words} words; hashed 2^{} buckets ({} fingerprint bits), {} rows, int8 with a shift per row ({} levels, prune {})",
            opt.epochs, docs.len(), opt.bits, opt.fp, ex.rows, opt.levels, opt.prune
        ),
        format!(
            "name lexicon: {} words from the other languages' training mentions (2^{} buckets)",
            lexicon.as_ref().map_or(0, |l| l.len()),
            opt.lex_bits
        ),
        format!(
            "choices: documents of {} also train it; block-layout copies {}; set weights {:?}",
            opt.extra
                .as_ref()
                .filter(|x| !x.is_empty())
                .map_or("no other language".to_string(), |x| {
                    x.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                }),
            if opt.styles == Some(true) { "on" } else { "off" },
            opt.weights
        ),
        "labels: O, then B I L U of PER, ORG, LOC".to_string(),
    ];
    for (set, sc) in &fit {
        lines.push(format!("train (fit) {set}: {}", sc.line()));
    }
    for (set, sc) in &cv_sets {
        lines.push(format!("train ({folds}-fold CV) {set}: {}", sc.line()));
    }
    for (set, sc) in &on_data {
        lines.push(format!("data {set}: {}", sc.line()));
    }
    let header = lines.join("\n") + "\n";
    let ex = export(&wts, &owner, &template, opt, lexicon.as_ref(), &header);
    for l in &lines[5..] {
        println!("{code} {l}");
    }
    let gz = gzip_size(&ex.bytes);
    println!(
        "{code} size: {} rows ({} narrow, {} dropped as collisions), lexicon {}, {} bytes, {} gzip; trained in {train_secs:.1}s",
        ex.rows,
        ex.narrow_rows,
        ex.dropped_collisions,
        lexicon.as_ref().map_or(0, |l| l.len()),
        ex.bytes.len(),
        gz
    );
    if opt.write {
        let path = opt.out.join(format!("entities-{code}.bin"));
        std::fs::write(&path, &ex.bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
