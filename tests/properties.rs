//! Invariants of `analyze` on arbitrary text: no panic; sentence spans sorted, disjoint, on char
//! boundaries, trimmed and covering all non-whitespace; the summary a subset of body sentences, in
//! order, within budget; entity mentions inside the text; UTF-16 and code point offsets round-trip;
//! `summarize` is `analyze` without its later stages.

use nutshell::{analyze, report, summarize, Analysis, Length, Options, SentenceKind, Unit};
use proptest::prelude::*;

/// Fragments that exercise the tricky paths (abbreviations, quotes, numbers, line breaks, scripts).
const PIECES: &[&str] = &[
    "M. ",
    "Mme ",
    "Dr. ",
    "J.-P. ",
    "Le président ",
    "a déclaré ",
    "Jensen Huang ",
    "Mistral AI ",
    "Paris",
    ". ",
    "! ",
    "? ",
    "… ",
    "(…) ",
    "«\u{a0}",
    "\u{a0}»",
    "“",
    "”",
    "\"",
    "'",
    "18.000 ",
    "3,5 % ",
    "16h30 ",
    "https://ex.ample/a.b?c=d ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "😀",
    "日本語。",
    "Привет. ",
    "مرحبا. ",
    "e\u{301}",
    "\u{200b}",
    "\u{feff}",
    "Yahoo! ",
    "a",
    "The ",
    "said ",
    "Partner Content\n",
    "Photo © AFP\n",
    "Lire aussi : ",
    "(",
    ")",
    "[",
    "]",
    "-",
    "—",
    "\r\n",
];

fn tricky() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn check(text: &str, length: Length) {
    let options = Options {
        length,
        ..Options::default()
    };
    let a = analyze(text, &options);
    let mut last = 0;
    for s in &a.sentences {
        assert!(s.span.start < s.span.end, "empty span {:?}", s.span);
        assert!(s.span.start >= last, "spans sorted and disjoint");
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let t = s.span.of(text);
        assert_eq!(t.trim(), t, "sentence not trimmed: {t:?}");
        // Whatever lies between sentences is whitespace only.
        assert!(
            text[last..s.span.start].trim().is_empty(),
            "uncovered {:?}",
            &text[last..s.span.start]
        );
        last = s.span.end;
    }
    assert!(
        text[last..].trim().is_empty(),
        "uncovered tail {:?}",
        &text[last..]
    );
    // Summary: body sentences, strictly increasing, within budget, never empty if there is prose.
    assert!(a.summary.windows(2).all(|w| w[0] < w[1]));
    for &i in &a.summary {
        assert_eq!(a.sentences[i].kind, SentenceKind::Body);
    }
    let bodies = a
        .sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .count();
    if bodies > 0 {
        assert!(
            !a.summary.is_empty(),
            "empty summary for text with {bodies} body sentences"
        );
    }
    if let Length::Sentences(k) = length {
        assert!(a.summary.len() <= k);
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
    // The summary alone is the same analysis with the later stages' lists left empty.
    assert_eq!(
        summarize(text, &options),
        Analysis {
            entities: Vec::new(),
            keyphrases: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
            ..a.clone()
        }
    );
    // Offsets in other units point at the same text.
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    let r16 = report::report(text, &a, Unit::Utf16);
    let rcp = report::report(text, &a, Unit::CodePoints);
    for (s16, scp) in r16.sentences.iter().zip(&rcp.sentences) {
        assert_eq!(
            String::from_utf16_lossy(&utf16[s16.start..s16.end]),
            s16.text
        );
        assert_eq!(
            chars[scp.start..scp.end].iter().collect::<String>(),
            scp.text
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text(text in any::<String>()) {
        check(&text, Length::Auto);
    }

    #[test]
    fn tricky_text(text in tricky(), k in 1usize..6) {
        check(&text, Length::Sentences(k));
        check(&text, Length::Words(k * 7));
    }
}

#[test]
fn bad_input_gives_a_well_formed_analysis() {
    let huge_word = "a".repeat(200_000);
    let binary: String = (0u8..=255).cycle().take(100_000).map(char::from).collect();
    let no_punct = "word ".repeat(20_000);
    for text in [
        "",
        " \n\t ",
        "no punctuation at all",
        &huge_word,
        &binary,
        &no_punct,
        "\0\0\0",
    ] {
        check(text, Length::Auto);
    }
}
