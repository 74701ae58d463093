//! Throughput of the whole pipeline and of each stage, natively: `cargo bench` (or `make bench`).
//!
//! Inputs: the reference French article (~5 KB, `tests/fixtures/`), an English news article of
//! about 5 KB, a long article of about 50 KB and a 5 MB concatenation, the last three built from
//! `../shared/data/summaries` at run time (skipped with a note when it is absent). Each figure is
//! the median of repeated runs, in MB/s of input. A plain harness (no criterion) keeps the build
//! light; it prints one line per stage and input.

use nutshell::{
    analyze, classify, detect, entity, figure, keyphrase, quote, report, salience, score, segment,
    summary, terms, tokens, Lang, Length, Options, ScoreParts, Sentence, SentenceKind, Unit,
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

/// One input's figures: each stage's median, in the order `analyze` runs them.
struct Figures {
    name: String,
    bytes: usize,
    stages: Vec<(&'static str, f64)>,
}

impl Figures {
    fn push(&mut self, stage: &'static str, secs: f64) {
        self.stages.push((stage, secs));
    }

    fn get(&self, stage: &str) -> f64 {
        self.stages
            .iter()
            .find(|(s, _)| *s == stage)
            .map_or(f64::NAN, |&(_, t)| t)
    }

    /// Each stage's time, its ratio to the single pass (`tokens`, the scan every analysis starts
    /// with) and its share of `analyze`; then the stages' sum against `analyze` (the rest is the
    /// glue between the stages: sentence records, the title, splitting tokens by sentence).
    fn print(&self) {
        let pass = self.get("tokens");
        let whole = self.get("analyze");
        println!("\n{} ({} B)", self.name, self.bytes);
        println!(
            "  {:12} {:>12} {:>10} {:>13} {:>11}",
            "stage", "median", "MB/s", "× one pass", "of analyze"
        );
        let line = |stage: &str, secs: f64| {
            println!(
                "  {stage:12} {:>9.3} ms {:>10.1} {:>12.2}× {:>9.1} %",
                secs * 1e3,
                self.bytes as f64 / secs / 1e6,
                secs / pass,
                secs / whole * 100.0
            );
        };
        let mut sum = 0.0;
        for &(stage, secs) in &self.stages {
            if stage == "analyze" || stage == "report" {
                continue;
            }
            sum += secs;
            line(stage, secs);
        }
        line("(sum)", sum);
        line("analyze", whole);
        // Not part of `analyze`: the offsets and strings of the output, the first step of the
        // CLI's JSON and of the wasm module's JS object.
        line("+ report", self.get("report"));
    }
}

/// `NUTSHELL_BENCH_LOOP=N cargo bench --bench pipeline`: `analyze` of the reference article N
/// times and nothing else, after one call that fills the lazily built tables: a steady-state loop
/// for `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=*profile_loop*`, whose
/// instruction counts are repeatable on a loaded machine where times are not.
#[inline(never)]
fn profile_loop(text: &str, n: usize) {
    for _ in 0..n {
        black_box(analyze(black_box(text), &Options::default()));
    }
}

fn main() {
    if let Some(n) = std::env::var("NUTSHELL_BENCH_LOOP")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        black_box(analyze(FRENCH, &Options::default()));
        profile_loop(FRENCH, n);
        return;
    }
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
        "Nutshell natively, per stage (median of runs filling ~{} ms each; `tokens` is the one \
         pass over the text every analysis starts with)",
        budget.as_millis()
    );
    let mut all = Vec::new();
    for (name, text, lang) in &inputs {
        let lang = *lang;
        let mut f = Figures {
            name: name.clone(),
            bytes: text.len(),
            stages: Vec::new(),
        };
        f.push(
            "tokens",
            median(budget, || {
                black_box(tokens::Tokens::scan(black_box(text)));
            }),
        );
        let mut toks = tokens::Tokens::scan(text);
        f.push(
            "detect",
            median(budget, || {
                black_box(detect::detect(black_box(text), &toks));
            }),
        );
        f.push(
            "segment",
            median(budget, || {
                black_box(segment::sentences(black_box(text), lang));
            }),
        );
        let spans = segment::sentences(text, lang);
        toks.split(text, &spans);
        f.push(
            "classify",
            median(budget, || {
                black_box(classify::classify(text, &spans, &toks, lang));
            }),
        );
        let scan_terms = || {
            let mut t = terms::Terms::new(lang);
            let mut lists = terms::TermLists::default();
            let stats: Vec<terms::WordStats> = (0..spans.len())
                .map(|i| t.scan(text, toks.sentence(i), &mut lists))
                .collect();
            (t, lists, stats)
        };
        f.push(
            "terms",
            median(budget, || {
                black_box(scan_terms());
            }),
        );
        let (_, lists, stats) = scan_terms();
        let n_terms = scan_terms().0.len();
        f.push(
            "score",
            median(budget, || {
                // Salience and selection, as `analyze` runs them: TF-IDF, the sparse graph,
                // degree centrality, every feature, the learned scores, then the budgeted pick.
                let vectors = score::tfidf(&lists, n_terms);
                let central = score::centrality(&vectors, n_terms);
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
                    lang,
                    sentences: &sentences,
                    tokens: &toks,
                    body: &body,
                    vectors: &vectors,
                    central: &central,
                    stats: &stats,
                    title: &[],
                    n_terms,
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
                language: Some(lang),
                ..Options::default()
            },
        );
        let sentences = &analysis.sentences;
        // Key phrases read the terms stage's interned stems and add to them: each run gets a
        // fresh copy (the terms stage again), whose median is subtracted.
        let with_terms = median(budget, || {
            let (mut t, _, _) = scan_terms();
            black_box(keyphrase::keyphrases(text, sentences, &toks, &mut t));
        });
        f.push("keyphrases", (with_terms - f.get("terms")).max(0.0));
        f.push(
            "figures",
            median(budget, || {
                black_box(figure::figures(text, sentences, &toks, lang));
            }),
        );
        f.push(
            "entities",
            median(budget, || {
                black_box(entity::entities(text, sentences, &toks, lang));
            }),
        );
        f.push(
            "quotes",
            median(budget, || {
                black_box(quote::quotes(
                    text,
                    sentences,
                    &toks,
                    &analysis.entities,
                    lang,
                ));
            }),
        );
        f.push(
            "analyze",
            median(budget, || {
                black_box(analyze(black_box(text), &Options::default()));
            }),
        );
        f.push(
            "report",
            median(budget, || {
                black_box(report::report(text, &analysis, Unit::Utf16));
            }),
        );
        f.print();
        all.push(f);
    }
    if let [.., long, huge] = &all[..] {
        if huge.name.starts_with("concat") {
            let linear = huge.bytes as f64 / long.bytes as f64;
            println!("\ngrowth 50 KB → 5 MB (time ratio ÷ size ratio; 1 = linear):");
            for &(stage, secs) in &huge.stages {
                println!("  {stage:12} {:>6.2}×", secs / long.get(stage) / linear);
            }
        }
    }
}
