//! Throughput of the whole pipeline and of each stage, natively: `cargo bench` (or `make bench`).
//!
//! Inputs: the reference French article (~5 KB, `tests/fixtures/`), an English news article of
//! about 5 KB, a long article of about 50 KB and a 5 MB concatenation, the last three built from
//! `../shared/data/summaries` at run time (skipped with a note when it is absent). Each figure is
//! the median of repeated runs, in MB/s of input. A plain harness (no criterion) keeps the build
//! light; it prints one line per stage and input.

use nutshell::{
    analyze, entity, lang, salience, score, segment, summary, token, Lang, Length, Options,
    ScoreParts, Sentence, SentenceKind,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

const FRENCH: &str = include_str!("../tests/fixtures/nvidia-europe-fr.txt");

fn shared_texts(set: &str) -> Vec<String> {
    let path = format!("../shared/data/summaries/{set}.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect()
}

/// Texts joined by blank lines until `size` bytes.
fn concat(texts: &[String], size: usize) -> String {
    let mut s = String::with_capacity(size + 10_000);
    for t in texts.iter().cycle() {
        if s.len() >= size {
            break;
        }
        s.push_str(t);
        s.push_str("\n\n");
    }
    s
}

/// Median seconds of `f` over enough runs to fill about `budget`.
fn median(budget: Duration, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_micros(1));
    let runs = (budget.as_secs_f64() / once.as_secs_f64()).clamp(3.0, 200.0) as usize;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn report(stage: &str, name: &str, bytes: usize, secs: f64) {
    println!(
        "{stage:10} {name:18} {:>9} B  {:>10.3} ms  {:>8.1} MB/s",
        bytes,
        secs * 1e3,
        bytes as f64 / secs / 1e6
    );
}

fn main() {
    // `cargo test --benches` runs this binary with `--test`-style arguments: stay quick then.
    let quick = std::env::args().any(|a| a == "--test" || a == "--quick");
    let budget = Duration::from_millis(if quick { 1 } else { 1500 });
    let en = shared_texts("cnndm_en");
    let fr = shared_texts("orangesum_fr");
    let mut inputs: Vec<(String, String, Lang)> =
        vec![("fr-5KB (reference)".into(), FRENCH.into(), Lang::Fr)];
    if en.is_empty() {
        println!("note: ../shared/data is absent; only the reference article is measured");
    } else {
        let english = en
            .iter()
            .min_by_key(|t| t.len().abs_diff(5_000))
            .cloned()
            .unwrap_or_default();
        inputs.push(("en-5KB".into(), english, Lang::En));
        let mut all: Vec<String> = en.clone();
        all.extend(fr);
        inputs.push(("long-50KB".into(), concat(&all, 50_000), Lang::En));
        if !quick {
            inputs.push(("concat-5MB".into(), concat(&all, 5_000_000), Lang::En));
        }
    }
    println!(
        "{:10} {:18} {:>11}  {:>13}  {:>13}",
        "stage", "input", "size", "median", "throughput"
    );
    for (name, text, lang) in &inputs {
        let n = text.len();
        report(
            "detect",
            name,
            n,
            median(budget, || {
                black_box(lang::detect(black_box(text)));
            }),
        );
        report(
            "segment",
            name,
            n,
            median(budget, || {
                black_box(segment::sentences(black_box(text), *lang));
            }),
        );
        let spans = segment::sentences(text, *lang);
        report(
            "terms",
            name,
            n,
            median(budget, || {
                let mut t = token::Terms::new(*lang);
                let mut lists = token::TermLists::default();
                let mut per_word = Vec::new();
                for s in &spans {
                    black_box(t.scan(text, *s, &mut lists, &mut per_word));
                }
            }),
        );
        let mut terms = token::Terms::new(*lang);
        let mut lists = token::TermLists::default();
        let mut per_word = Vec::new();
        let stats: Vec<token::WordStats> = spans
            .iter()
            .map(|s| terms.scan(text, *s, &mut lists, &mut per_word))
            .collect();
        report(
            "score",
            name,
            n,
            median(budget, || {
                // Salience and selection, as `analyze` runs them: TF-IDF, the sparse graph,
                // degree centrality, every feature, the learned scores, then the budgeted pick.
                let vectors = score::tfidf(&lists, terms.len());
                let central = score::centrality(&vectors, terms.len());
                let sentences: Vec<Sentence> = spans
                    .iter()
                    .map(|&span| Sentence {
                        span,
                        kind: SentenceKind::Body,
                        score: 0.0,
                        parts: ScoreParts::default(),
                    })
                    .collect();
                let body: Vec<usize> = (0..spans.len()).collect();
                let features = salience::features(&salience::Inputs {
                    text,
                    lang: *lang,
                    sentences: &sentences,
                    body: &body,
                    vectors: &vectors,
                    central: &central,
                    stats: &stats,
                    title: &[],
                    n_terms: terms.len(),
                    length: Length::Auto,
                });
                let model = &salience::MODEL;
                let weights = salience::weights(model, &features);
                let candidates: Vec<summary::Candidate> = features
                    .rows
                    .iter()
                    .enumerate()
                    .map(|(i, row)| summary::Candidate {
                        index: i,
                        score: salience::score(row, model, &weights).0,
                        vector: vectors.get(i),
                        words: stats[i].words as usize,
                    })
                    .collect();
                black_box(summary::select(&candidates, Length::Auto, model.redundancy));
            }),
        );
        let analysis = analyze(
            text,
            &Options {
                language: Some(*lang),
                ..Options::default()
            },
        );
        report(
            "entities",
            name,
            n,
            median(budget, || {
                black_box(entity::entities(text, &analysis.sentences, *lang));
            }),
        );
        report(
            "analyze",
            name,
            n,
            median(budget, || {
                black_box(analyze(black_box(text), &Options::default()));
            }),
        );
    }
}
