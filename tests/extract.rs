//! Article extraction: a named case table of small pages, one per phenomenon.

use nutshell::extract::extract;

/// Runs the extractor over every page of `$NUTSHELL_PAGES_DIR/<set>.jsonl` ({"id","html","url"?})
/// for the sets in `$NUTSHELL_SETS`, writing `out_<set>.jsonl` ({"id","title","text","us"}) next
/// to it. For tuning and timing: `cargo test --release --test extract -- --ignored dump_pages`.
#[test]
#[ignore]
fn dump_pages() {
    use std::io::{BufRead, Write};
    let dir = std::env::var("NUTSHELL_PAGES_DIR").unwrap_or_else(|_| "/tmp/ev".into());
    let sets = std::env::var("NUTSHELL_SETS")
        .unwrap_or_else(|_| "readability scrapinghub wcxb daniel trafilatura".into());
    for set in sets.split_whitespace() {
        let input = std::fs::File::open(format!("{dir}/{set}.jsonl")).expect("pages file");
        let mut out = std::fs::File::create(format!("{dir}/out_{set}.jsonl")).expect("output");
        let mut times = Vec::new();
        for line in std::io::BufReader::new(input).lines() {
            let line = line.expect("line");
            let v: serde_json::Value = serde_json::from_str(&line).expect("json");
            let html = v["html"].as_str().unwrap_or("");
            let t0 = std::time::Instant::now();
            let a = extract(html, v["url"].as_str());
            let us = t0.elapsed().as_micros();
            times.push(us);
            let o = serde_json::json!({"id": v["id"], "title": a.title, "text": a.text, "us": us,
                "byline": a.byline, "site": a.site, "date": a.date, "language": a.language});
            writeln!(out, "{o}").expect("write");
        }
        times.sort_unstable();
        eprintln!(
            "{set}: {} pages, median {} us",
            times.len(),
            times[times.len() / 2]
        );
    }
}

#[test]
#[ignore]
fn debug_path() {
    let set = std::env::var("SET").unwrap_or_default();
    let id = std::env::var("ID").unwrap_or_default();
    let needle = std::env::var("NEEDLE").unwrap_or_default();
    use std::io::BufRead;
    let input = std::fs::File::open(format!("/tmp/ev/{set}.jsonl")).expect("pages file");
    for line in std::io::BufReader::new(input).lines() {
        let line = line.expect("line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        if v["id"].as_str().unwrap_or("").contains(&id) {
            for l in nutshell::extract::debug_path(v["html"].as_str().unwrap_or(""), &needle) {
                eprintln!("{l}");
            }
        }
    }
}
