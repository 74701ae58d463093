//! What every fuzz target runs on one input, and the invariants it checks.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`) and the integration tests
//! (`tests/fuzz_regressions.rs`, `tests/pathological.rs`), which include this file with
//! `#[path]`: an artifact found by `cargo fuzz` replays in `cargo test` through the very same
//! code, byte for byte. Only the crate's public API is used, so the checks keep working when the
//! modules behind it are rewritten.
#![allow(dead_code)] // each includer uses a different part

use nutshell::{
    analyze, analyze_html, extract, report, Analysis, Lang, Length, Options, OptionsInput,
    SentenceKind, Span, Unit,
};

/// Options chosen by the first two bytes of a fuzz input; the rest is the text.
///
/// `Options` has public fields, so a caller can build lengths that `validate()` would refuse
/// (zero sentences, a huge word budget, a NaN ratio); `analyze` must survive those too.
pub fn options_from(data: &[u8]) -> (Options, &[u8]) {
    let [a, b, rest @ ..] = data else {
        return (Options::default(), data);
    };
    let k = usize::from(a >> 3);
    let length = match a & 7 {
        0 => Length::Auto,
        1 => Length::Sentences(k),
        2 => Length::Ratio(f64::from(a >> 3) / 31.0),
        3 => Length::Words(k * 10),
        4 => Length::Seconds(k * 5),
        5 => Length::Sentences(usize::MAX),
        6 => Length::Words(usize::MAX),
        _ => match k % 4 {
            0 => Length::Seconds(usize::MAX),
            1 => Length::Ratio(f64::NAN),
            2 => Length::Ratio(f64::INFINITY),
            _ => Length::Ratio(-1.0),
        },
    };
    let language = match usize::from(b & 15) {
        i if i < Lang::ALL.len() => Some(Lang::ALL[i]),
        12 => Some(Lang::Und),
        _ => None,
    };
    let title = match (b >> 4) & 3 {
        0 => None,
        1 => Some(String::new()),
        2 => Some("Nvidia ouvre un centre de recherche à Paris".to_string()),
        _ => Some(String::from_utf8_lossy(&rest[..rest.len().min(40)]).into_owned()),
    };
    let options = Options {
        length,
        language,
        title,
        skip_quotes: b & 0x40 != 0,
    };
    (options, rest)
}

/// The `analyze` target: options from the first bytes, the rest as text (lossy UTF-8).
pub fn analyze_bytes(data: &[u8]) {
    let (options, rest) = options_from(data);
    let text = String::from_utf8_lossy(rest);
    let analysis = analyze(&text, &options);
    check_analysis(&text, &analysis);
    check_reports(&text, &analysis);
    // The segmenter alone, in a language other than the one analyze used.
    let lang = Lang::ALL[usize::from(data.first().copied().unwrap_or(0)) % Lang::ALL.len()];
    check_sentences(&text, &nutshell::segment::sentences(&text, lang));
}

/// The `extract` target: the bytes as an HTML page (lossy UTF-8), with or without a URL.
pub fn extract_bytes(data: &[u8]) {
    let html = String::from_utf8_lossy(data);
    let url = match data.first().map(|b| b % 3) {
        Some(0) => None,
        Some(1) => Some("https://www.lesoir.be/article/nvidia-paris"),
        _ => Some("not a url"),
    };
    let article = extract::extract(&html, url);
    let (again, analysis) = analyze_html(&html, url, &Options::default());
    assert_eq!(article, again, "extract is deterministic");
    check_analysis(&again.text, &analysis);
    check_reports(&again.text, &analysis);
}

/// The `options` target: the bytes as the JSON the CLI and the wasm boundary accept.
pub fn options_bytes(data: &[u8]) {
    let Ok(input) = serde_json::from_slice::<OptionsInput>(data) else {
        return;
    };
    match input.validate() {
        Ok(options) => {
            // Valid options must be usable: run them on a short text.
            let text = "Nvidia ouvre un centre à Paris. Il emploiera 300 chercheurs. \
                        « C'est un grand jour », a dit M. Huang. Le projet coûte 1,5 milliard.";
            let analysis = analyze(text, &options);
            check_analysis(text, &analysis);
            if let Length::Sentences(k) = options.length {
                assert!(analysis.summary.len() <= k);
            }
        }
        Err(e) => assert!(!e.0.is_empty(), "an error says why"),
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// Sentence spans: non-empty, sorted, disjoint, on char boundaries, within the text, and
/// between them nothing but whitespace.
pub fn check_sentences(text: &str, spans: &[Span]) {
    let mut last = 0;
    for &span in spans {
        check_span(text, span, "sentence");
        assert!(span.start < span.end, "empty sentence {span:?}");
        assert!(
            span.start >= last,
            "sentence {span:?} overlaps or precedes byte {last}"
        );
        assert!(
            text[last..span.start].trim().is_empty(),
            "text left out of every sentence: {:?}",
            &text[last..span.start]
        );
        last = span.end;
    }
    assert!(text[last..].trim().is_empty(), "text left out at the end");
}

/// Everything `analyze` returns points into `text` and agrees with itself.
pub fn check_analysis(text: &str, a: &Analysis) {
    let spans: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
    check_sentences(text, &spans);
    for s in &a.sentences {
        assert!(!s.score.is_nan(), "NaN score for {:?}", s.span);
    }
    assert!(
        a.summary.windows(2).all(|w| w[0] < w[1]),
        "summary not increasing: {:?}",
        a.summary
    );
    for &i in &a.summary {
        assert!(i < a.sentences.len(), "summary index {i} out of range");
        assert_eq!(
            a.sentences[i].kind,
            SentenceKind::Body,
            "summary sentence {i}"
        );
    }
    for e in &a.entities {
        assert!(
            !e.mentions.is_empty(),
            "entity {:?} without mentions",
            e.name
        );
        for &m in &e.mentions {
            check_span(text, m, "entity mention");
        }
    }
    for q in &a.quotes {
        check_span(text, q.span, "quote");
        assert!(
            q.sentence < a.sentences.len(),
            "quote's sentence out of range"
        );
        assert!(
            q.speaker.is_none_or(|s| s < a.entities.len()),
            "quote's speaker out of range"
        );
    }
    for f in &a.figures {
        check_span(text, f.span, "figure");
        assert!(
            f.sentence < a.sentences.len(),
            "figure's sentence out of range"
        );
    }
}

/// The reports in UTF-16 code units and in code points point at the same sentences.
pub fn check_reports(text: &str, a: &Analysis) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let r = report::report(text, a, Unit::Utf16);
    assert_eq!(r.sentences.len(), a.sentences.len());
    for s in &r.sentences {
        assert!(
            s.start <= s.end && s.end <= utf16.len(),
            "UTF-16 range out of the text"
        );
        assert_eq!(String::from_utf16_lossy(&utf16[s.start..s.end]), s.text);
    }
    let n_chars = text.chars().count();
    let r = report::report(text, a, Unit::CodePoints);
    let mut cursor = (0, text.char_indices()); // (code point index, iterator), one linear sweep
    for (s, orig) in r.sentences.iter().zip(&a.sentences) {
        assert!(
            s.start <= s.end && s.end <= n_chars,
            "code point range out of the text"
        );
        let start_byte = advance(&mut cursor, s.start, text.len());
        assert_eq!(
            start_byte, orig.span.start,
            "code point start of {:?}",
            orig.span
        );
        let end_byte = advance(&mut cursor, s.end, text.len());
        assert_eq!(end_byte, orig.span.end, "code point end of {:?}", orig.span);
    }
}

/// Moves a (code point index, char_indices) cursor forward to code point `to`; its byte offset.
fn advance(cursor: &mut (usize, std::str::CharIndices<'_>), to: usize, len: usize) -> usize {
    let (at, it) = cursor;
    let mut byte = it.offset();
    while *at < to {
        match it.next() {
            Some(_) => {
                *at += 1;
                byte = it.offset();
            }
            None => return len,
        }
    }
    byte
}
