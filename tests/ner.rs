//! The learned entity tagger (`nutshell::ner`) with its built-in models: every model loads; a
//! known input gives known label scores (the golden file `tests/golden/ner-scores.txt`, which a
//! WebAssembly test can compare against the same model bytes given to `ner::load`: integer
//! scores, so they must be equal to the unit); no text makes it panic, and its mentions are
//! sorted, disjoint, on character boundaries. Regenerate the golden file on purpose only, after
//! retraining: `NUTSHELL_BLESS=1 cargo test --release --test ner`.

use nutshell::ner::{self, Model, LABELS};
use nutshell::Lang;
use proptest::prelude::*;

#[path = "support/ner_samples.rs"]
mod ner_samples;
use ner_samples::{scores_text, spans, GOLDEN};

#[test]
fn every_language_has_a_model_with_its_figures() {
    for lang in Lang::ALL {
        let bytes = ner::embedded(lang).expect("built in");
        let model = Model::parse(bytes).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
        assert!(
            model.header().contains("scripts/train-entities"),
            "{}",
            lang.code()
        );
        assert!(model.header().contains("data "), "{}", lang.code());
        let (wide, narrow) = model.rows();
        assert!(wide + narrow > 1000, "{}", lang.code());
    }
    assert!(ner::model(Lang::Und).is_none());
    assert!(ner::tag("Some text.", &[], &[], Lang::Und).is_none());
}

#[test]
fn known_input_gives_known_label_scores() {
    let got = scores_text();
    if std::env::var_os("NUTSHELL_BLESS").is_some() {
        let path = format!("{}/tests/golden/ner-scores.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, &got).expect("write golden file");
        return;
    }
    assert_eq!(
        got, GOLDEN,
        "label scores changed; if on purpose (retrained models), bless with NUTSHELL_BLESS=1"
    );
    assert!(GOLDEN.lines().all(|l| !l.contains(':')
        || l.split(": ")
            .nth(1)
            .is_some_and(|s| s.split(' ').count() == LABELS)));
}

#[test]
fn loading_a_model_replaces_nothing_in_use() {
    let bytes = ner::embedded(Lang::Fr).expect("built in");
    // Already in use: loading again is fine (a page may fetch a language twice) and keeps the
    // model in use.
    let before: *const ner::Model = ner::model(Lang::Fr).expect("built in");
    assert_eq!(ner::load(Lang::Fr, bytes), Ok(()));
    assert_eq!(ner::load(Lang::Fr, bytes), Ok(()));
    let after: *const ner::Model = ner::model(Lang::Fr).expect("built in");
    assert_eq!(before, after);
    assert!(ner::load(Lang::Und, bytes).is_err());
    assert!(ner::load(Lang::Fr, b"not a model").is_err());
}

/// Fragments that exercise the tricky paths.
const PIECES: &[&str] = &[
    "M. ",
    "Mme ",
    "Dr. ",
    "U.S. ",
    "J.-P. ",
    "Jean-Luc ",
    "l'",
    "’",
    "Le président ",
    "said ",
    "Paris",
    "PARIS",
    "Neuchâtel",
    "Müller ",
    "Banque de France ",
    "New York ",
    "the ",
    "de ",
    ". ",
    ", ",
    "! ",
    "? ",
    "(",
    ")",
    "«\u{a0}",
    "\u{a0}»",
    "\"",
    "—",
    "-",
    "¬ ",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "1996 ",
    "3,5 % ",
    "😀",
    "日本語。",
    "Привет. ",
    "e\u{301}",
    "\u{200b}",
    "İ",
    "ß",
    "ǅ",
    "a",
    "A",
    "Ö",
    "x",
];

fn check(text: &str, lang: Lang) {
    let (words, sentences) = spans(text, lang);
    let mentions = ner::tag(text, &words, &sentences, lang).expect("a model");
    for w in mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{text:?}");
    }
    for m in &mentions {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{text:?}"
        );
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_ne!(m.kind, nutshell::EntityKind::Other);
    }
    assert_eq!(ner::tag_text(text, lang), Some(mentions));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_tags_without_panic(
        parts in proptest::collection::vec(0..PIECES.len(), 0..60),
        lang in 0..Lang::ALL.len(),
    ) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text, Lang::ALL[lang]);
    }

    #[test]
    fn any_unicode_tags_without_panic(text in "\\PC{0,200}", lang in 0..Lang::ALL.len()) {
        check(&text, Lang::ALL[lang]);
    }
}

#[test]
fn long_and_odd_texts() {
    let long_sentence = "Jean Dupont et ".repeat(30_000);
    check(&long_sentence, Lang::Fr);
    check(&"A".repeat(100_000), Lang::En);
    check("", Lang::De);
    check(" \n\t ", Lang::Pl);
}
