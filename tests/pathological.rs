//! Pathological inputs: huge, degenerate or deeply nested texts and pages must go through
//! `analyze`, `extract` and `analyze_html` in linear time, with well-formed results.
//!
//! Each case's generator is timed at size n and 4n (the least of 3 runs each, which shrugs off a
//! busy machine) and must satisfy t(4n) < 8·t(n) + 50 ms: linear work gives about 4×, a
//! quadratic step 16×. At 4n the inputs have the sizes of the brief (5 MB without punctuation,
//! 100 000 nested elements, ...): about 15 s in release on a shared 2-core machine. The ignored
//! test runs four times larger inputs. Times are printed either way:
//!
//!     cargo test --release --test pathological -- --nocapture
//!     cargo test --release --test pathological -- --ignored --nocapture
//!
//! Debug builds are ~20× slower, so there the sizes shrink by 16.
#![allow(clippy::unwrap_used)]

#[path = "../fuzz/common/checks.rs"]
mod checks;

use nutshell::{analyze, analyze_html, extract, Options};
use std::time::{Duration, Instant};

/// What a case feeds its input to.
#[derive(Clone, Copy)]
enum Through {
    Analyze,
    Html,
}

struct Case {
    name: &'static str,
    through: Through,
    /// The input at size `n`, roughly proportional to `n`.
    make: fn(usize) -> String,
    /// `n` in the default test, where 4n is the brief's size; 4n is timed too.
    n: usize,
}

const MB: usize = 1 << 20;

/// `unit` repeated up to `bytes` bytes (cut on a char boundary).
fn fill(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn no_punctuation(n: usize) -> String {
    fill(
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ",
        n,
    )
}

fn one_word(n: usize) -> String {
    "a".repeat(n)
}

fn abbreviations(n: usize) -> String {
    ["M. ", "Dr. ", "etc. "]
        .iter()
        .cycle()
        .take(n)
        .copied()
        .collect()
}

fn nested_html(n: usize) -> String {
    let mut s = String::from("<html><body>");
    for i in 0..n {
        s.push_str(["<div>", "<p>", "<span class=\"x\">", "<b>"][i % 4]);
    }
    s.push_str("Nvidia ouvre un centre à Paris. Il emploiera 300 chercheurs.");
    for i in (0..n).rev() {
        s.push_str(["</div>", "</p>", "</span>", "</b>"][i % 4]);
    }
    s.push_str("</body></html>");
    s
}

fn unclosed_html(n: usize) -> String {
    let mut s = "<div><p>Texte. <b>gras <i>".repeat(n);
    s.push_str("fin. <!-- <script> \"'");
    s
}

fn repeated_sentence(n: usize) -> String {
    fill(
        "The quick brown fox jumps over the lazy dog near Paris. ",
        n,
    )
}

/// Code points from many blocks (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari,
/// Bengali, Thai, Georgian, Hangul Jamo, Ethiopic, Cherokee, CJK, Hiragana, Katakana, Hangul,
/// emoji, mathematical alphanumerics, combining marks, RTL/zero-width controls, private use),
/// with spaces and sentence marks of several scripts mixed in.
fn mixed_scripts(n: usize) -> String {
    const BLOCKS: &[(u32, u32)] = &[
        (0x41, 0x7a),
        (0xc0, 0x24f),
        (0x300, 0x36f),
        (0x370, 0x3ff),
        (0x400, 0x4ff),
        (0x531, 0x587),
        (0x5d0, 0x5ea),
        (0x600, 0x6ff),
        (0x900, 0x97f),
        (0x980, 0x9ff),
        (0xe00, 0xe7f),
        (0x10a0, 0x10ff),
        (0x1100, 0x11ff),
        (0x1200, 0x137f),
        (0x13a0, 0x13f4),
        (0x200b, 0x200f),
        (0x2028, 0x202e),
        (0x3000, 0x303f),
        (0x3040, 0x30ff),
        (0x4e00, 0x9fff),
        (0xac00, 0xd7a3),
        (0xe000, 0xe0ff),
        (0xfe00, 0xfe0f),
        (0xff01, 0xff5e),
        (0x1d400, 0x1d7ff),
        (0x1f300, 0x1f64f),
        (0x1f900, 0x1f9ff),
        (0x20000, 0x2a6df),
    ];
    const MARKS: &[char] = &[
        ' ', ' ', ' ', '.', '!', '?', '。', '।', '؟', '\n', '«', '»', '"',
    ];
    let mut s = String::with_capacity(n * 3);
    let mut x: u32 = 0x9e37_79b9;
    let mut chars = 0;
    while chars < n {
        // xorshift: deterministic and cheap.
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let c = if x % 5 == 0 {
            MARKS[(x >> 8) as usize % MARKS.len()]
        } else {
            let (lo, hi) = BLOCKS[(x >> 8) as usize % BLOCKS.len()];
            char::from_u32(lo + (x >> 16) % (hi - lo + 1)).unwrap_or('\u{fffd}')
        };
        s.push(c);
        chars += 1;
    }
    s
}

const ARTICLE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

fn article_repeated(n: usize) -> String {
    let mut s = fill(ARTICLE, n);
    s.push('\n');
    s
}

fn nested_quotes(n: usize) -> String {
    const OPEN: &[&str] = &["« ", "“", "(", "[", "{", "‹", "\"", "„", "「", "'"];
    const CLOSE: &[&str] = &[" »", "”", ")", "]", "}", "›", "\"", "“", "」", "'"];
    let mut s = String::from("Il a dit ");
    for i in 0..n {
        s.push_str(OPEN[i % OPEN.len()]);
        if i % 7 == 0 {
            s.push_str("M. Huang a déclaré. ");
        }
    }
    s.push_str("oui");
    for i in (0..n).rev() {
        s.push_str(CLOSE[i % CLOSE.len()]);
    }
    s.push('.');
    s
}

/// One long sentence of opening marks that never close (each would look for its closer).
fn unmatched_quotes(n: usize) -> String {
    let mut s = String::from("Il a dit ");
    for i in 0..n {
        s.push_str(["« oui ", "“yes ", "„ja ", "「はい ", "‹ si "][i % 5]);
    }
    s.push('.');
    s
}

fn long_line(n: usize) -> String {
    fill(
        "Nvidia.Paris,3,5%-https://ex.ample/a?b=c«Huang»M.Dr.etc.",
        n,
    )
}

fn blank_lines(n: usize) -> String {
    format!("Un début.\n{}Une fin.", "\n".repeat(n))
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "5 MB without punctuation",
            through: Through::Analyze,
            make: no_punctuation,
            n: 5 * MB / 4,
        },
        Case {
            name: "one 200 000-character word",
            through: Through::Analyze,
            make: one_word,
            n: 50_000,
        },
        Case {
            name: "100 000 abbreviations in a row",
            through: Through::Analyze,
            make: abbreviations,
            n: 25_000,
        },
        Case {
            name: "100 000 nested HTML elements",
            through: Through::Html,
            make: nested_html,
            n: 25_000,
        },
        Case {
            name: "unclosed HTML elements",
            through: Through::Html,
            make: unclosed_html,
            n: 25_000,
        },
        Case {
            name: "1 MB of one repeated sentence",
            through: Through::Analyze,
            make: repeated_sentence,
            n: MB / 4,
        },
        Case {
            name: "every script mixed",
            through: Through::Analyze,
            make: mixed_scripts,
            n: 250_000,
        },
        Case {
            name: "5 MB of an article repeated",
            through: Through::Analyze,
            make: article_repeated,
            n: 5 * MB / 4,
        },
        Case {
            name: "deeply nested quotes and brackets",
            through: Through::Analyze,
            make: nested_quotes,
            n: 25_000,
        },
        Case {
            name: "400 000 unmatched quotation marks",
            through: Through::Analyze,
            make: unmatched_quotes,
            n: 100_000,
        },
        Case {
            name: "a 1 MB line without spaces",
            through: Through::Analyze,
            make: long_line,
            n: MB / 4,
        },
        Case {
            name: "100 000 blank lines",
            through: Through::Analyze,
            make: blank_lines,
            n: 25_000,
        },
    ]
}

/// Runs `input` through the case's entry point, checks the result, and returns the time taken.
fn run(through: Through, input: &str, check: bool) -> Duration {
    let options = Options::default();
    match through {
        Through::Analyze => {
            let t = Instant::now();
            let a = analyze(input, &options);
            let d = t.elapsed();
            if check {
                checks::check_analysis(input, &a);
                checks::check_reports(input, &a);
            }
            d
        }
        Through::Html => {
            let t = Instant::now();
            let article = extract::extract(input, None);
            let (again, a) = analyze_html(input, None, &options);
            let d = t.elapsed();
            if check {
                assert_eq!(article, again);
                assert!(article.text.len() <= input.len());
                checks::check_analysis(&again.text, &a);
                checks::check_reports(&again.text, &a);
            }
            d
        }
    }
}

/// The least of three runs on the input of size `n`; the results are checked on the first.
fn best_of_3(case: &Case, n: usize) -> (Duration, usize) {
    let input = (case.make)(n);
    let best = (0..3)
        .map(|i| run(case.through, &input, i == 0))
        .min()
        .unwrap();
    (best, input.len())
}

const SLACK: Duration = Duration::from_millis(50);

/// Times every case at `scale`·n and 4·`scale`·n (n shrunk 16-fold in debug builds).
fn linear(scale: usize) {
    let shrink = if cfg!(debug_assertions) { 16 } else { 1 };
    let mut failures = Vec::new();
    for case in cases() {
        let n = case.n * scale / shrink;
        let (t1, b1) = best_of_3(&case, n);
        let (t4, b4) = best_of_3(&case, 4 * n);
        let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-9);
        let ok = t4 < t1 * 8 + SLACK;
        println!(
            "{:<36} n: {:>9} B {:>9.1} ms   4n: {:>9} B {:>9.1} ms   ×{:.1}{}",
            case.name,
            b1,
            t1.as_secs_f64() * 1e3,
            b4,
            t4.as_secs_f64() * 1e3,
            ratio,
            if ok { "" } else { "   SUPERLINEAR" }
        );
        if !ok {
            failures.push(case.name);
        }
    }
    assert!(failures.is_empty(), "superlinear time: {failures:?}");
}

#[test]
fn pathological_inputs_take_linear_time() {
    linear(1);
}

/// Four times the brief's sizes (up to 20 MB inputs, about a minute in release): a finer view
/// of a slow stage.
#[test]
#[ignore = "long: run with --release --ignored --nocapture"]
fn pathological_inputs_take_linear_time_at_4x() {
    linear(4);
}
