//! Scores the entity tagger (src/ner) on annotated JSONL exactly as `../shared/eval/nutshell-eval`
//! scores the CLI's entities: exact (start, end, type) micro P/R/F1 over PER/ORG/LOC in code
//! points, every mention counted once, gold MISC ignored; untyped F1 beside it.
//!
//! ```text
//! cargo run --release --example eval_entities -- [DATA_DIR] [--models DIR] [--give-lang]
//!   DATA_DIR      a folder with entities/*.jsonl (default ../shared/data)
//!   --models DIR  read entities-<lang>.bin from DIR instead of the built-in models
//!   --give-lang   use each record's language instead of detecting it (the CLI detects)
//! cargo run --release --example eval_entities -- --bench [TRAIN_DIR] [--models DIR]
//!   times the tagger alone on 5 MB of training documents (Polish, and all languages mixed)
//! ```

#[path = "ner_common/mod.rs"]
mod common;

use common::{pairs, read_dir, Record, Score};
use nutshell::ner::{self, Model};
use nutshell::{segment, tokens, Lang, Span};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Models {
    dir: Option<PathBuf>,
    loaded: Vec<Option<Model>>,
}

impl Models {
    fn new(dir: Option<PathBuf>) -> Models {
        let loaded = Lang::ALL
            .iter()
            .map(|l| match &dir {
                Some(d) => std::fs::read(d.join(format!("entities-{}.bin", l.code())))
                    .ok()
                    .and_then(|b| Model::parse(&b).ok()),
                None => ner::model(*l).cloned(),
            })
            .collect();
        Models { dir, loaded }
    }

    fn get(&self, lang: Lang) -> Option<&Model> {
        self.loaded.get(lang.index()?)?.as_ref()
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut models = None;
    let mut give_lang = false;
    let mut bench = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--models" => models = Some(PathBuf::from(args.next().expect("--models DIR"))),
            "--give-lang" => give_lang = true,
            "--bench" => bench = true,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let models = Models::new(models);
    if bench {
        let dir = dir.unwrap_or_else(|| PathBuf::from("../shared/train"));
        run_bench(&dir, &models);
        return;
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("../shared/data"));
    let recs = read_dir(&dir.join("entities"));
    let mut sets: Vec<&str> = recs.iter().map(|r| r.set.as_str()).collect();
    sets.dedup();
    println!(
        "models: {}; language: {}",
        models
            .dir
            .as_ref()
            .map_or("built in".to_string(), |d| d.display().to_string()),
        if give_lang { "given" } else { "detected" }
    );
    for set in sets {
        let sub: Vec<&Record> = recs.iter().filter(|r| r.set == set).collect();
        let mut score = Score::default();
        let mut fallback = 0;
        for r in &sub {
            let lang = if give_lang {
                r.lang
            } else {
                nutshell::detect::detect_text(&r.text)
            };
            let pred = match models.get(lang) {
                Some(m) => {
                    let words: Vec<Span> = tokens::words(&r.text).map(|w| w.span).collect();
                    let sentences = segment::sentences(&r.text, lang);
                    pairs(&ner::tag_with(m, &r.text, &words, &sentences, lang))
                }
                None => {
                    fallback += 1;
                    Vec::new()
                }
            };
            score.add(&r.gold, &pred);
        }
        let note = if fallback > 0 {
            format!("  ({fallback} documents without a model)")
        } else {
            String::new()
        };
        println!("{set:<22} {}{note}", score.line());
    }
}

/// This thread's time on the CPU (Linux; 0 elsewhere): the machine is shared, so wall time
/// alone measures the neighbours too.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// About 5 MB of whole training documents, in file order.
fn five_mb<'a>(recs: impl Iterator<Item = &'a Record>) -> String {
    let mut text = String::new();
    for r in recs {
        if text.len() >= 5_000_000 {
            break;
        }
        text.push_str(&r.text);
        text.push_str("\n\n");
    }
    text
}

fn run_bench(dir: &Path, models: &Models) {
    let recs = read_dir(&dir.join("entities"));
    let pl = five_mb(recs.iter().filter(|r| r.lang == Lang::Pl));
    // Every language, interleaved document by document, so the text is not one language's.
    let mut by_lang: Vec<Vec<&Record>> = Lang::ALL
        .iter()
        .map(|l| recs.iter().filter(|r| r.lang == *l).collect())
        .collect();
    let mut mixed_docs = Vec::new();
    while by_lang.iter().any(|v| !v.is_empty()) {
        for v in by_lang.iter_mut() {
            if !v.is_empty() {
                mixed_docs.push(v.remove(0));
            }
        }
    }
    let mixed = five_mb(mixed_docs.into_iter());
    for (name, text, lang) in [("Polish", &pl, Lang::Pl), ("mixed", &mixed, Lang::En)] {
        let Some(model) = models.get(lang) else {
            println!("{name}: no {} model", lang.code());
            continue;
        };
        let words: Vec<Span> = tokens::words(text).map(|w| w.span).collect();
        let sentences = segment::sentences(text, lang);
        let mut best = f64::MAX;
        let mut best_cpu = f64::MAX;
        let mut n = 0;
        let runs: usize = std::env::var("NER_BENCH_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(5);
        for _ in 0..runs {
            let t = Instant::now();
            let c = cpu_seconds();
            n = ner::tag_with(model, text, &words, &sentences, lang).len();
            best = best.min(t.elapsed().as_secs_f64());
            best_cpu = best_cpu.min(cpu_seconds() - c);
        }
        println!(
            "{name} text ({} model): {} bytes, {} words, {} sentences, {n} mentions: tagging {:.1} ms wall, {:.1} ms on the CPU (best of 5)",
            lang.code(),
            text.len(),
            words.len(),
            sentences.len(),
            best * 1000.0,
            best_cpu * 1000.0
        );
    }
}
