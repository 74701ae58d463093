//! Golden files: the full export (`nutshell --format export`) of one real text per supported
//! language and of five real pages (`tests/support/golden_cases.rs`), and the reference article's
//! summaries at 1, 3 and 5 sentences. Any change of output shows up in review as a diff of
//! `tests/golden/`. Regenerate on purpose only: `NUTSHELL_BLESS=1 cargo test --test golden`.
//!
//! Also: the same input gives the same bytes twice in one process and in another process (the
//! CLI), so nothing in the output depends on hash order, time or memory addresses.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may panic on what it did not expect

#[path = "support/golden_cases.rs"]
mod golden_cases;

use golden_cases::CASES;
use nutshell::{analyze, report, Length, Options, Unit};
use std::io::Write;
use std::process::{Command, Stdio};

const ARTICLE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

fn bless() -> bool {
    std::env::var_os("NUTSHELL_BLESS").is_some()
}

fn golden_path(name: &str) -> String {
    format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Compares `got` with the golden file `name`, or writes it when blessing. Returns a message for
/// a difference, so that one run reports every file that changed.
fn check(name: &str, got: &str) -> Option<String> {
    let path = golden_path(name);
    if bless() {
        std::fs::write(&path, got).expect("write golden file");
        return None;
    }
    let want = match std::fs::read_to_string(&path) {
        Ok(w) => w,
        Err(e) => return Some(format!("{path}: {e} (bless with NUTSHELL_BLESS=1)")),
    };
    if got == want {
        return None;
    }
    // Point at the first differing line: the whole files are too long for a panic message.
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(g, w)| g != w)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    Some(format!(
        "{name} changed (first difference at line {}): got {:?}, golden {:?}",
        line + 1,
        got.lines().nth(line).unwrap_or(""),
        want.lines().nth(line).unwrap_or("")
    ))
}

#[test]
fn every_golden_input_gives_its_golden_export() {
    let changed: Vec<String> = CASES
        .iter()
        .filter_map(|c| check(&format!("{}.json", c.name), &c.export()))
        .collect();
    assert!(
        changed.is_empty(),
        "{} golden file(s) changed; if on purpose, bless with NUTSHELL_BLESS=1:\n{}",
        changed.len(),
        changed.join("\n")
    );
}

#[test]
fn the_golden_cases_cover_every_language_and_five_pages() {
    let langs: Vec<&str> = CASES
        .iter()
        .filter(|c| !c.is_page())
        .map(|c| &c.name[..2])
        .collect();
    let mut want: Vec<&str> = nutshell::Lang::ALL.iter().map(|l| l.code()).collect();
    want.sort_unstable();
    let mut got = langs.clone();
    got.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(CASES.iter().filter(|c| c.is_page()).count(), 5);
    // Each text is in the language its name says (detection, not a given option).
    for c in CASES.iter().filter(|c| !c.is_page()) {
        let a = analyze(c.input, &Options::default());
        assert_eq!(a.language.code(), &c.name[..2], "{}", c.name);
    }
}

#[test]
fn the_same_input_gives_the_same_bytes_twice_and_in_another_process() {
    for case in CASES {
        let first = case.export();
        assert_eq!(first, case.export(), "{}: two runs differ", case.name);
        let mut args = vec!["--format", "export"];
        if let Some(url) = case.page {
            args.extend(["--html", "--url", url]);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run nutshell");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(case.input.as_bytes())
            .expect("write stdin");
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "{}", case.name);
        assert_eq!(
            String::from_utf8(out.stdout).expect("UTF-8"),
            first,
            "{}: the CLI's export differs from the library's",
            case.name
        );
    }
}

fn summary(k: usize) -> String {
    let a = analyze(
        ARTICLE,
        &Options {
            length: Length::Sentences(k),
            ..Options::default()
        },
    );
    report::report(ARTICLE, &a, Unit::CodePoints).summary_text() + "\n"
}

#[test]
fn reference_article_summaries_match_the_golden_files() {
    let changed: Vec<String> = [1, 3, 5]
        .iter()
        .filter_map(|&k| check(&format!("nvidia-europe-fr.{k}.txt"), &summary(k)))
        .collect();
    assert!(
        changed.is_empty(),
        "summaries changed; if on purpose, bless with NUTSHELL_BLESS=1:\n{}",
        changed.join("\n")
    );
}
