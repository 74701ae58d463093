//! Learns the salience model of `src/salience` from `../shared/train` and writes it as
//! `scripts/salience-model.rs`. Run by `scripts/train-salience` (`make train`); deterministic
//! (fixed split, Newton's method from zero, no randomness, sorted output). A few minutes on 2 cores.
//!
//! 1. **Tasks** (`summaries/`): BBC articles with their extractive references (digests: `k` is
//!    the reference's sentence count, about 40 % of the article) and OrangeSum articles with
//!    their professional lead (`k` = 2), both with their titles. From the same articles, three
//!    one-sentence tasks: OrangeSum against its lead with `k` = 1; BBC articles without their
//!    first line, against that line, untitled (what XSum is: a BBC story whose introduction
//!    became the summary); and whole BBC articles against their own first line, untitled, at a
//!    third of the weight (so that a one-sentence summary keeps a lead when there is one). Every
//!    fifth document (by a hash of its id) is held out for choices and figures; the written
//!    model is then refitted on everything.
//! 2. **Features** are computed by the library itself (`nutshell::summarize_with`), so they are
//!    the pipeline's exactly. **Labels**: the greedy oracle, sentences added while ROUGE-1 +
//!    ROUGE-2 F1 against the reference grows, up to `k`.
//! 3. **News score**: logistic regression of news (the BBC, OrangeSum and XSum-like texts) against
//!    the web texts of `pages/wcxb_train.jsonl.gz` that are not news (guides, reviews, essays,
//!    product pages; the few news stories among them are left out by id), each side weighing
//!    the same.
//! 4. **Model**: a softmax over each document's body sentences (listwise cross-entropy against
//!    the oracle), L2 1 on standardised columns, by Newton's method; the columns are each feature,
//!    and each feature times the digest ramp and times the one-sentence flag; position features
//!    are multiplied by the news gate. The intercepts, which a listwise loss leaves free, are
//!    then fitted so that a score reads as the probability of being in the oracle summary.
//! 5. **Redundancy** (maximal marginal relevance) is chosen on the held-out fifth.

// Numerical code over parallel arrays (features, their means, scales and weights) reads best
// with indices.
#![allow(clippy::needless_range_loop)]

use nutshell::salience::{self, f, Context, Model, Row, FEATURES, NAMES, NEWS_INPUTS, NEWS_NAMES};
use nutshell::{Length, Options, SentenceKind};
use std::collections::HashMap;
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------------
// Tasks

#[derive(Clone)]
struct Doc {
    set: &'static str,
    text: String,
    title: Option<String>,
    reference: String,
    k: usize,
    holdout: bool,
    weight: f64,
}

/// The sets, in the order they are reported; `true` for those the model learns from.
const SETS: [(&str, bool); 6] = [
    ("bbc", true),
    ("orangesum", true),
    ("orangesum-k1", true),
    ("xsum-like", true),
    ("bbc-lead-k1", true),
    ("xsum-lines", false),
];

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn read(path: &str) -> Vec<serde_json::Value> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}")))
        .collect()
}

fn load(path: &str, set: &'static str) -> Vec<Doc> {
    read(path)
        .into_iter()
        .map(|v| {
            let id = v["id"].as_str().unwrap_or_default().to_string();
            Doc {
                set,
                holdout: fnv(&id) % 5 == 0,
                text: v["text"].as_str().unwrap_or_default().to_string(),
                title: v["title"]
                    .as_str()
                    .filter(|t| !t.trim().is_empty())
                    .map(String::from),
                reference: v["reference"].as_str().unwrap_or_default().to_string(),
                k: v["k"].as_u64().unwrap_or(3) as usize,
                weight: 1.0,
            }
        })
        .collect()
}

fn tasks(root: &str) -> Vec<Doc> {
    let bbc = load(&format!("{root}/summaries/bbc_en.jsonl"), "bbc");
    let os = load(
        &format!("{root}/summaries/orangesum_train_fr.jsonl"),
        "orangesum",
    );
    let mut docs: Vec<Doc> = Vec::new();
    docs.extend(bbc.iter().cloned());
    docs.extend(os.iter().cloned());
    docs.extend(os.iter().map(|d| Doc {
        set: "orangesum-k1",
        k: 1,
        ..d.clone()
    }));
    for d in &bbc {
        let Some((first, rest)) = d.text.split_once('\n') else {
            continue;
        };
        let xsum = Doc {
            set: "xsum-like",
            text: rest.to_string(),
            title: None,
            reference: first.to_string(),
            k: 1,
            ..d.clone()
        };
        // The same, laid out as XSum is (a sentence a line): a check only.
        let spans = nutshell::segment::sentences(&xsum.text, nutshell::Lang::En);
        let lines: Vec<&str> = spans.iter().map(|s| s.of(&xsum.text)).collect();
        docs.push(Doc {
            set: "xsum-lines",
            text: lines.join("\n"),
            ..xsum.clone()
        });
        docs.push(xsum);
        docs.push(Doc {
            set: "bbc-lead-k1",
            title: None,
            reference: first.to_string(),
            k: 1,
            weight: 0.3,
            ..d.clone()
        });
    }
    docs
}

/// The web texts of `pages/` that are not news: (id, gold text). Left out as news stories or
/// announcements, by their address: abc7ny, statnews, bssnews, npr, slashdot, digit, cnx-software,
/// economictimes, usatoday, newsweek, helpnetsecurity, timesofindia, dtphx, houstonia, github,
/// docker, spice.ai, allenai, lmsys, emit, clemson news, neste, quanta, today.com.
fn web_texts(root: &str) -> Vec<(String, String)> {
    const NEWS: [&str; 24] = [
        "wcxb-0031",
        "wcxb-0221",
        "wcxb-0395",
        "wcxb-4560",
        "wcxb-0396",
        "wcxb-0385",
        "wcxb-0421",
        "wcxb-0475",
        "wcxb-0106",
        "wcxb-0401",
        "wcxb-0080",
        "wcxb-0119",
        "wcxb-0898",
        "wcxb-0140",
        "wcxb-0410",
        "wcxb-0451",
        "wcxb-0433",
        "wcxb-0411",
        "wcxb-0407",
        "wcxb-4367",
        "wcxb-0345",
        "wcxb-4517",
        "wcxb-0428",
        "wcxb-0034",
    ];
    let path = format!("{root}/pages/wcxb_train.jsonl.gz");
    let out = std::process::Command::new("gzip")
        .args(["-dc", &path])
        .output()
        .unwrap_or_else(|e| panic!("gzip -dc {path}: {e}"));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let id = v["id"].as_str()?.to_string();
            let gold = v["gold"].as_str()?.to_string();
            (!NEWS.contains(&id.as_str())).then_some((id, gold))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// ROUGE, as ../shared/eval/nutshell-eval computes it (rouge-score's F1 over lowercase \w+ tokens
// of the sentences joined by newlines)

#[derive(Default)]
struct Vocab(HashMap<String, u32>);

impl Vocab {
    fn tokens(&mut self, s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let mut cur = String::new();
        for c in s.chars().chain(std::iter::once(' ')) {
            if c.is_alphanumeric() || c == '_' {
                cur.extend(c.to_lowercase());
            } else if !cur.is_empty() {
                let n = self.0.len() as u32;
                out.push(*self.0.entry(std::mem::take(&mut cur)).or_insert(n));
            }
        }
        out
    }
}

type Grams = HashMap<u64, u32>;

fn grams(tokens: &[u32]) -> (Grams, Grams) {
    let (mut g1, mut g2) = (Grams::new(), Grams::new());
    for &t in tokens {
        *g1.entry(t as u64).or_insert(0) += 1;
    }
    for w in tokens.windows(2) {
        *g2.entry(((w[0] as u64) << 32) | w[1] as u64).or_insert(0) += 1;
    }
    (g1, g2)
}

struct Reference {
    g1: Grams,
    g2: Grams,
}

impl Reference {
    fn new(tokens: &[u32]) -> Reference {
        let (g1, g2) = grams(tokens);
        Reference { g1, g2 }
    }

    /// ROUGE-1 and ROUGE-2 F1 (×100) of these sentences' tokens, in this order.
    fn rouge(&self, sentences: &[&[u32]]) -> (f64, f64) {
        let all: Vec<u32> = sentences.iter().flat_map(|s| s.iter().copied()).collect();
        let (g1, g2) = grams(&all);
        let f = |g: &Grams, r: &Grams| {
            let hit: u32 = g.iter().map(|(k, &c)| c.min(*r.get(k).unwrap_or(&0))).sum();
            let (n, rn) = (g.values().sum::<u32>(), r.values().sum::<u32>());
            if hit == 0 || n == 0 || rn == 0 {
                return 0.0;
            }
            let (p, r) = (hit as f64 / n as f64, hit as f64 / rn as f64);
            200.0 * p * r / (p + r)
        };
        (f(&g1, &self.g1), f(&g2, &self.g2))
    }
}

// ---------------------------------------------------------------------------------------------
// Examples: a document's body sentences, their features and oracle labels

struct Example {
    doc: usize,
    rows: Vec<Row>,
    ctx: Context,
    news_inputs: [f32; NEWS_INPUTS],
    /// The news gate, once the news score is fitted.
    gate: f32,
    labels: Vec<bool>,
}

fn options(d: &Doc) -> Options {
    Options {
        length: Length::Sentences(d.k),
        title: d.title.clone(),
        ..Options::default()
    }
}

/// The body sentences of an analysis, as tokens.
fn body_tokens(vocab: &mut Vocab, d: &Doc, a: &nutshell::Analysis) -> Vec<Vec<u32>> {
    a.sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .map(|s| vocab.tokens(s.span.of(&d.text)))
        .collect()
}

/// Greedy oracle: sentences added one at a time while ROUGE-1 + ROUGE-2 F1 grows, up to `k`.
fn oracle(r: &Reference, sents: &[Vec<u32>], k: usize) -> Vec<bool> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = 0.0;
    while chosen.len() < k {
        let mut step: Option<(f64, usize)> = None;
        for i in (0..sents.len()).filter(|i| !chosen.contains(i)) {
            let mut with: Vec<usize> = chosen.clone();
            with.push(i);
            with.sort_unstable();
            let picked: Vec<&[u32]> = with.iter().map(|&c| sents[c].as_slice()).collect();
            let (r1, r2) = r.rouge(&picked);
            if step.is_none_or(|(v, _)| r1 + r2 > v) {
                step = Some((r1 + r2, i));
            }
        }
        match step {
            Some((v, i)) if v > best => {
                best = v;
                chosen.push(i);
            }
            _ => break,
        }
    }
    let mut labels = vec![false; sents.len()];
    for c in chosen {
        labels[c] = true;
    }
    labels
}

// ---------------------------------------------------------------------------------------------
// Learning

/// Solves `a x = b` by Gaussian elimination with partial pivoting (a direction with no curvature
/// gets 0).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        b.swap(c, p);
        let d = a[c][c];
        if d.abs() < 1e-12 {
            continue;
        }
        for r in 0..n {
            if r != c {
                let m = a[r][c] / d;
                if m != 0.0 {
                    for j in c..n {
                        a[r][j] -= m * a[c][j];
                    }
                    b[r] -= m * b[c];
                }
            }
        }
    }
    (0..n)
        .map(|i| {
            if a[i][i].abs() < 1e-12 {
                0.0
            } else {
                b[i] / a[i][i]
            }
        })
        .collect()
}

/// A Newton step, damped to at most 1 in any coordinate (the loss is flat along nearly separable
/// directions, where a full step overshoots).
fn newton_step(w: &mut [f64], h: Vec<Vec<f64>>, g: Vec<f64>) -> f64 {
    let mut step = solve(h, g);
    let big = step.iter().fold(0.0f64, |a, b| a.max(b.abs()));
    if big > 1.0 {
        step.iter_mut().for_each(|v| *v /= big);
    }
    for (wi, s) in w.iter_mut().zip(&step) {
        *wi -= s;
    }
    big.min(1.0)
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Weighted logistic regression with L2 `l2` on standardised inputs: (bias, raw weights).
fn logistic(
    xs: &[[f32; NEWS_INPUTS]],
    ys: &[f64],
    ws: &[f64],
    l2: f64,
) -> (f32, [f32; NEWS_INPUTS]) {
    let n = xs.len() as f64;
    let mut mean = [0.0f64; NEWS_INPUTS];
    let mut sd = [0.0f64; NEWS_INPUTS];
    for x in xs {
        for j in 0..NEWS_INPUTS {
            mean[j] += x[j] as f64 / n;
        }
    }
    for x in xs {
        for j in 0..NEWS_INPUTS {
            sd[j] += (x[j] as f64 - mean[j]).powi(2) / n;
        }
    }
    for v in &mut sd {
        *v = if *v > 1e-12 { v.sqrt() } else { 1.0 };
    }
    let m = NEWS_INPUTS + 1;
    let z: Vec<Vec<f64>> = xs
        .iter()
        .map(|x| {
            let mut v: Vec<f64> = (0..NEWS_INPUTS)
                .map(|j| (x[j] as f64 - mean[j]) / sd[j])
                .collect();
            v.push(1.0);
            v
        })
        .collect();
    let mut w = vec![0.0; m];
    for _ in 0..100 {
        let mut g: Vec<f64> = (0..m)
            .map(|j| if j < m - 1 { l2 * w[j] } else { 0.0 })
            .collect();
        let mut h = vec![vec![0.0; m]; m];
        for (j, row) in h.iter_mut().enumerate() {
            row[j] = if j < m - 1 { l2 } else { 1e-9 };
        }
        for ((x, &y), &wt) in z.iter().zip(ys).zip(ws) {
            let p = sigmoid(x.iter().zip(&w).map(|(a, b)| a * b).sum());
            for j in 0..m {
                g[j] += wt * (p - y) * x[j];
                for q in 0..m {
                    h[j][q] += wt * p * (1.0 - p) * x[j] * x[q];
                }
            }
        }
        if newton_step(&mut w, h, g) < 1e-9 {
            break;
        }
    }
    let mut raw = [0f32; NEWS_INPUTS];
    let mut bias = w[m - 1];
    for j in 0..NEWS_INPUTS {
        raw[j] = (w[j] / sd[j]) as f32;
        bias -= w[j] * mean[j] / sd[j];
    }
    (bias as f32, raw)
}

/// A column of the design matrix: feature `j`, alone, times the digest ramp, or times the
/// one-sentence flag; position features also times the news gate.
#[derive(Clone, Copy, PartialEq)]
enum Col {
    Plain(usize),
    Digest(usize),
    Single(usize),
}

fn value(c: Col, r: &Row, e: &Example) -> f64 {
    let (j, by) = match c {
        Col::Plain(j) => (j, 1.0),
        Col::Digest(j) => (j, e.ctx.digest as f64),
        Col::Single(j) => (j, e.ctx.single as f64),
    };
    let gate = if salience::GATED[j] {
        e.gate as f64
    } else {
        1.0
    };
    r[j] as f64 * by * gate
}

/// A model's weights for an example (as `salience::weights`, with the example's gate).
fn effective(m: &Model, e: &Example) -> [f32; FEATURES] {
    let mut w = [0f32; FEATURES];
    for j in 0..FEATURES {
        w[j] = m.weights[j] + m.digest[j] * e.ctx.digest + m.single[j] * e.ctx.single;
        if salience::GATED[j] {
            w[j] *= e.gate;
        }
    }
    w
}

/// The listwise model (see the file's header), from the examples and their documents' weights.
fn train(examples: &[&Example], docs: &[Doc], news: (f32, [f32; NEWS_INPUTS])) -> Model {
    let mut cols: Vec<Col> = (0..FEATURES).map(Col::Plain).collect();
    cols.extend((1..FEATURES).map(Col::Digest));
    cols.extend((1..FEATURES).map(Col::Single));
    let m = cols.len();
    // Means and scales of the columns, for conditioning; folded back into the weights after.
    let (mut mean, mut sq, mut count) = (vec![0.0; m], vec![0.0; m], 0.0);
    for e in examples {
        for r in &e.rows {
            for (c, &col) in cols.iter().enumerate() {
                let v = value(col, r, e);
                mean[c] += v;
                sq[c] += v * v;
            }
            count += 1.0;
        }
    }
    let sd: Vec<f64> = (0..m)
        .map(|c| {
            mean[c] /= count;
            let var = sq[c] / count - mean[c] * mean[c];
            if var > 1e-12 {
                var.sqrt()
            } else {
                1.0
            }
        })
        .collect();
    let xs: Vec<Vec<Vec<f64>>> = examples
        .iter()
        .map(|e| {
            let x = |r: &Row| -> Vec<f64> {
                (0..m)
                    .map(|c| (value(cols[c], r, e) - mean[c]) / sd[c])
                    .collect()
            };
            e.rows.iter().map(x).collect()
        })
        .collect();
    const L2: f64 = 1.0;
    let mut w = vec![0.0; m];
    for _ in 0..60 {
        let mut g: Vec<f64> = w.iter().map(|wi| L2 * wi).collect();
        let mut h = vec![vec![0.0; m]; m];
        for (j, row) in h.iter_mut().enumerate() {
            row[j] = L2;
        }
        for (e, x) in examples.iter().zip(&xs) {
            let pos = e.labels.iter().filter(|&&l| l).count();
            if pos == 0 {
                continue;
            }
            let weight = docs[e.doc].weight;
            let z: Vec<f64> = x
                .iter()
                .map(|xi| xi.iter().zip(&w).map(|(a, b)| a * b).sum())
                .collect();
            let top = z.iter().cloned().fold(f64::MIN, f64::max);
            let ez: Vec<f64> = z.iter().map(|v| (v - top).exp()).collect();
            let total: f64 = ez.iter().sum();
            let p: Vec<f64> = ez.iter().map(|v| v / total).collect();
            let mut xbar = vec![0.0; m];
            for (xi, &pi) in x.iter().zip(&p) {
                for j in 0..m {
                    xbar[j] += pi * xi[j];
                }
            }
            for ((xi, &pi), &l) in x.iter().zip(&p).zip(&e.labels) {
                let t = if l { 1.0 / pos as f64 } else { 0.0 };
                for j in 0..m {
                    g[j] += weight * (pi - t) * xi[j];
                    let dj = weight * pi * (xi[j] - xbar[j]);
                    for q in j..m {
                        h[j][q] += dj * (xi[q] - xbar[q]);
                    }
                }
            }
        }
        for j in 0..m {
            for q in 0..j {
                h[j][q] = h[q][j];
            }
        }
        if newton_step(&mut w, h, g) < 1e-7 {
            break;
        }
    }
    let mut model = Model {
        weights: [0.0; FEATURES],
        digest: [0.0; FEATURES],
        single: [0.0; FEATURES],
        news_bias: news.0,
        news_weights: news.1,
        mean: [0.0; FEATURES],
        redundancy: 0.0,
    };
    for (c, &col) in cols.iter().enumerate() {
        let raw = (w[c] / sd[c]) as f32;
        match col {
            Col::Plain(j) => model.weights[j] = raw,
            Col::Digest(j) => model.digest[j] = raw,
            Col::Single(j) => model.single[j] = raw,
        }
    }
    calibrate(&mut model, examples);
    // Means of the raw features, so that parts read as "compared with the average sentence".
    let mut n = 0.0f64;
    let mut sums = [0.0f64; FEATURES];
    for e in examples {
        for r in &e.rows {
            for j in 0..FEATURES {
                sums[j] += r[j] as f64;
            }
            n += 1.0;
        }
    }
    for j in 0..FEATURES {
        model.mean[j] = (sums[j] / n.max(1.0)) as f32;
    }
    model
}

/// The intercept and its moves with the context, which a listwise loss leaves free (they are the
/// same for every sentence of a text), fitted with the other weights fixed so that a score reads
/// as the probability that the sentence is in the oracle summary (logistic regression).
fn calibrate(model: &mut Model, examples: &[&Example]) {
    let c = |e: &Example| [1.0, e.ctx.digest as f64, e.ctx.single as f64];
    let mut theta = [0.0f64; 3];
    for _ in 0..100 {
        let mut g: Vec<f64> = theta.iter().map(|t| 1e-3 * t).collect();
        let mut h = vec![vec![0.0f64; 3]; 3];
        for (j, row) in h.iter_mut().enumerate() {
            row[j] = 1e-3;
        }
        for e in examples {
            let mut w = effective(model, e);
            w[f::BASE] = 0.0;
            let ce = c(e);
            let offset: f64 = ce.iter().zip(&theta).map(|(a, b)| a * b).sum();
            for (r, &l) in e.rows.iter().zip(&e.labels) {
                let z = offset + (0..FEATURES).map(|j| (w[j] * r[j]) as f64).sum::<f64>();
                let p = sigmoid(z);
                for a in 0..3 {
                    g[a] += (p - l as u8 as f64) * ce[a];
                    for b in 0..3 {
                        h[a][b] += p * (1.0 - p) * ce[a] * ce[b];
                    }
                }
            }
        }
        if newton_step(&mut theta, h, g) < 1e-9 {
            break;
        }
    }
    model.weights[f::BASE] = theta[0] as f32;
    model.digest[f::BASE] = theta[1] as f32;
    model.single[f::BASE] = theta[2] as f32;
}

// ---------------------------------------------------------------------------------------------
// Evaluation: the whole pipeline with a model, ROUGE against the references

#[derive(Default, Clone, Copy)]
struct Score {
    n: usize,
    r1: f64,
    r2: f64,
    lead1: f64,
    lead2: f64,
}

fn evaluate(docs: &[&Doc], model: &Model, vocab: &mut Vocab) -> Score {
    let mut s = Score::default();
    for d in docs {
        let (a, _) = nutshell::summarize_with(&d.text, &options(d), model);
        let toks = body_tokens(vocab, d, &a);
        let body: Vec<usize> = (0..a.sentences.len())
            .filter(|&i| a.sentences[i].kind == SentenceKind::Body)
            .collect();
        let r = Reference::new(&vocab.tokens(&d.reference));
        let chosen: Vec<&[u32]> = a
            .summary
            .iter()
            .filter_map(|i| body.iter().position(|b| b == i))
            .map(|k| toks[k].as_slice())
            .collect();
        let lead: Vec<&[u32]> = toks.iter().take(d.k).map(|t| t.as_slice()).collect();
        let ((r1, r2), (l1, l2)) = (r.rouge(&chosen), r.rouge(&lead));
        s.n += 1;
        (s.r1, s.r2, s.lead1, s.lead2) = (s.r1 + r1, s.r2 + r2, s.lead1 + l1, s.lead2 + l2);
    }
    let n = s.n.max(1) as f64;
    Score {
        n: s.n,
        r1: s.r1 / n,
        r2: s.r2 / n,
        lead1: s.lead1 / n,
        lead2: s.lead2 / n,
    }
}

/// How often a summary of `k` sentences is inside the one of `k + 1`, for k = 1..5.
fn nesting(docs: &[&Doc], model: &Model) -> f64 {
    let (mut nested, mut pairs) = (0usize, 0usize);
    for d in docs {
        let summary = |k| {
            let o = Options {
                length: Length::Sentences(k),
                title: d.title.clone(),
                ..Options::default()
            };
            nutshell::summarize_with(&d.text, &o, model).0.summary
        };
        let mut prev = summary(1);
        for k in 2..=6 {
            let next = summary(k);
            nested += prev.iter().all(|i| next.contains(i)) as usize;
            pairs += 1;
            prev = next;
        }
    }
    100.0 * nested as f64 / pairs.max(1) as f64
}

// ---------------------------------------------------------------------------------------------

fn examples(docs: &[Doc], vocab: &mut Vocab) -> Vec<Example> {
    let placeholder = salience::MODEL.clone();
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            let (a, feats) = nutshell::summarize_with(&d.text, &options(d), &placeholder);
            let toks = body_tokens(vocab, d, &a);
            let r = Reference::new(&vocab.tokens(&d.reference));
            Example {
                doc: i,
                labels: oracle(&r, &toks, d.k),
                rows: feats.rows,
                ctx: feats.context,
                news_inputs: feats.news,
                gate: 1.0,
            }
        })
        .collect()
}

/// The news score, fitted on the examples `use_doc` lets in and on the web texts `use_web` lets in.
fn fit_news(
    examples: &[Example],
    docs: &[Doc],
    web: &[(String, [f32; NEWS_INPUTS])],
    use_doc: impl Fn(&Doc) -> bool,
    use_web: impl Fn(&str) -> bool,
) -> (f32, [f32; NEWS_INPUTS]) {
    let news: Vec<&Example> = examples
        .iter()
        .filter(|e| {
            let d = &docs[e.doc];
            use_doc(d) && ["bbc", "orangesum", "xsum-like"].contains(&d.set)
        })
        .collect();
    let other: Vec<&[f32; NEWS_INPUTS]> = web
        .iter()
        .filter(|(id, _)| use_web(id))
        .map(|(_, x)| x)
        .collect();
    let (mut xs, mut ys, mut ws) = (Vec::new(), Vec::new(), Vec::new());
    for e in &news {
        xs.push(e.news_inputs);
        ys.push(1.0);
        ws.push(1.0 / news.len() as f64);
    }
    for x in &other {
        xs.push(**x);
        ys.push(0.0);
        ws.push(1.0 / other.len() as f64);
    }
    logistic(&xs, &ys, &ws, 1e-2)
}

/// Fits the news score and the model on the documents `use_doc` lets in.
fn fit(
    examples: &mut [Example],
    docs: &[Doc],
    web: &[(String, [f32; NEWS_INPUTS])],
    use_doc: impl Fn(&Doc) -> bool + Copy,
    use_web: impl Fn(&str) -> bool,
) -> Model {
    let news = fit_news(examples, docs, web, use_doc, use_web);
    let mut scorer = salience::MODEL.clone();
    (scorer.news_bias, scorer.news_weights) = news;
    for e in examples.iter_mut() {
        e.gate = salience::gate(salience::news(&scorer, &e.news_inputs));
    }
    let learn: Vec<&str> = SETS.iter().filter(|s| s.1).map(|s| s.0).collect();
    let train_on: Vec<&Example> = examples
        .iter()
        .filter(|e| use_doc(&docs[e.doc]) && learn.contains(&docs[e.doc].set))
        .collect();
    train(&train_on, docs, news)
}

fn model_source(m: &Model, header: &str) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "//{}{line}", if line.is_empty() { "" } else { " " });
    }
    let _ = writeln!(out, "pub const MODEL: Model = Model {{");
    for (name, v) in [
        ("weights", &m.weights),
        ("digest", &m.digest),
        ("single", &m.single),
    ] {
        let _ = writeln!(out, "    {name}: [");
        for j in 0..FEATURES {
            let _ = writeln!(out, "        {:?}, // {}", v[j], NAMES[j]);
        }
        let _ = writeln!(out, "    ],");
    }
    let _ = writeln!(out, "    news_bias: {:?},", m.news_bias);
    let _ = writeln!(out, "    news_weights: [");
    for j in 0..NEWS_INPUTS {
        let _ = writeln!(out, "        {:?}, // {}", m.news_weights[j], NEWS_NAMES[j]);
    }
    let _ = writeln!(out, "    ],");
    let _ = writeln!(out, "    mean: [");
    for j in 0..FEATURES {
        let _ = writeln!(out, "        {:?}, // {}", m.mean[j], NAMES[j]);
    }
    let _ = writeln!(out, "    ],");
    let _ = writeln!(out, "    redundancy: {:?},", m.redundancy);
    let _ = writeln!(out, "}};");
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args.next().unwrap_or_else(|| "../shared/train".into());
    let out_path = args
        .next()
        .unwrap_or_else(|| "scripts/salience-model.rs".into());
    let docs = tasks(&root);
    let mut vocab = Vocab::default();
    let mut examples = examples(&docs, &mut vocab);
    let web: Vec<(String, [f32; NEWS_INPUTS])> = web_texts(&root)
        .into_iter()
        .map(|(id, text)| {
            let o = Options {
                length: Length::Sentences(3),
                ..Options::default()
            };
            let (_, feats) = nutshell::summarize_with(&text, &o, &salience::MODEL);
            (id, feats.news)
        })
        .collect();
    let held = |id: &str| fnv(id) % 5 == 0;
    eprintln!("{} documents, {} web texts", docs.len(), web.len());

    // On four fifths, measured on the fifth held out.
    let mut model = fit(&mut examples, &docs, &web, |d| !d.holdout, |id| !held(id));
    let mut report = String::new();
    let holdout =
        |set: &str| -> Vec<&Doc> { docs.iter().filter(|d| d.holdout && d.set == set).collect() };
    let mut best = (f64::MIN, 0.0);
    for redundancy in [0.0, 0.05, 0.1, 0.2, 0.3] {
        model.redundancy = redundancy;
        let mut line = format!("redundancy {redundancy:<4}");
        let mut objective = 0.0;
        for (set, learn) in SETS {
            let s = evaluate(&holdout(set), &model, &mut vocab);
            let _ = write!(line, "  {set} {:.2}/{:.2}", s.r1, s.r2);
            objective += if learn { s.r1 + s.r2 } else { 0.0 };
        }
        let _ = writeln!(report, "{line}");
        if objective > best.0 + 1e-9 {
            best = (objective, redundancy);
        }
    }
    model.redundancy = best.1;
    let _ = writeln!(report, "chosen redundancy: {}", best.1);
    let _ = writeln!(report);
    let _ = writeln!(
        report,
        "held-out fifth (model fitted on the rest), ROUGE-1/2 F1; lead = the first k sentences:"
    );
    for (set, _) in SETS {
        let s = evaluate(&holdout(set), &model, &mut vocab);
        let _ = writeln!(
            report,
            "  {set:13} n={:4}  model {:5.2}/{:5.2}  lead {:5.2}/{:5.2}",
            s.n, s.r1, s.r2, s.lead1, s.lead2
        );
    }
    let news_of = |x: &[f32; NEWS_INPUTS]| salience::news(&model, x);
    let mut scores: Vec<f32> = web
        .iter()
        .filter(|(id, _)| held(id))
        .map(|(_, x)| news_of(x))
        .collect();
    scores.sort_by(f32::total_cmp);
    let gated = scores.iter().filter(|&&s| salience::gate(s) == 0.0).count();
    let _ = writeln!(
        report,
        "  web texts not news, held out: n={}, median news score {:.2}, position off for {} ({:.0} %)",
        scores.len(),
        scores.get(scores.len() / 2).copied().unwrap_or(0.0),
        gated,
        100.0 * gated as f64 / scores.len().max(1) as f64
    );
    for set in ["bbc", "orangesum"] {
        let mut s: Vec<f32> = examples
            .iter()
            .filter(|e| docs[e.doc].holdout && docs[e.doc].set == set)
            .map(|e| news_of(&e.news_inputs))
            .collect();
        s.sort_by(f32::total_cmp);
        let full = s.iter().filter(|&&v| salience::gate(v) == 1.0).count();
        let _ = writeln!(
            report,
            "  {set} held out: median news score {:.2}, position in full for {:.0} %",
            s.get(s.len() / 2).copied().unwrap_or(0.0),
            100.0 * full as f64 / s.len().max(1) as f64
        );
    }
    let nest_docs: Vec<&Doc> = docs
        .iter()
        .filter(|d| d.holdout && (d.set == "bbc" || d.set == "orangesum"))
        .collect();
    let _ = writeln!(
        report,
        "  nesting: the k-sentence summary is inside the (k+1)-sentence one in {:.1} % of cases (k = 1..5)",
        nesting(&nest_docs, &model)
    );
    eprint!("{report}");

    // The written model: everything.
    let redundancy = model.redundancy;
    let mut model = fit(&mut examples, &docs, &web, |_| true, |_| true);
    model.redundancy = redundancy;
    let header = format!(
        "The salience model (src/salience): written by scripts/train-salience (`make train`), which\n\
         runs examples/train_salience.rs on ../shared/train; do not edit. How it learns: that file's\n\
         header. Each line is one feature's number, named; weights are per unit of the feature.\n\
         \n\
         {report}"
    );
    std::fs::write(&out_path, model_source(&model, &header))
        .unwrap_or_else(|e| panic!("{out_path}: {e}"));
    eprintln!("wrote {out_path}");
}
