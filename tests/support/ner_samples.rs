//! The entity tagger's known input and its label scores as text (the golden file
//! `tests/golden/ner-scores.txt`), shared by the native test (`tests/ner.rs`, built-in models)
//! and the WebAssembly one (`tests/wasm.rs`, the same model files given to `loadEntityModel`):
//! integer scores, so both must give the same text to the byte.

use nutshell::ner;
use nutshell::{segment, tokens, Lang, Span};

/// One short text per language, with names of the three kinds.
pub const SAMPLES: &[(Lang, &str)] = &[
    (
        Lang::En,
        "Prime Minister Tony Blair met Gerhard Schroeder in Berlin on Friday, Reuters said.",
    ),
    (
        Lang::Fr,
        "M. Emmanuel Macron a reçu à Paris le patron de Mistral AI, selon l'AFP.",
    ),
    (
        Lang::De,
        "Bundeskanzlerin Angela Merkel besuchte am Montag die Firma Siemens in München.",
    ),
    (
        Lang::Es,
        "El presidente José María Aznar viajó a Madrid con la ministra de Telefónica.",
    ),
    (
        Lang::It,
        "Il presidente Romano Prodi ha incontrato a Roma i dirigenti della Fiat.",
    ),
    (
        Lang::Pt,
        "O presidente Lula da Silva visitou Lisboa com a direção da Petrobras.",
    ),
    (
        Lang::Nl,
        "Premier Wim Kok sprak in Amsterdam met de directie van Philips.",
    ),
    (
        Lang::Pl,
        "Premier Jerzy Buzek spotkał się w Warszawie z prezesem PZU.",
    ),
    (
        Lang::Cs,
        "Premiér Miloš Zeman jednal v Praze se zástupci firmy Škoda.",
    ),
    (
        Lang::Fi,
        "Pääministeri Paavo Lipponen tapasi Helsingissä Nokian johdon.",
    ),
    (
        Lang::Ro,
        "Președintele Emil Constantinescu a vizitat Bucureștiul cu conducerea Dacia.",
    ),
];

pub const GOLDEN: &str = include_str!("../golden/ner-scores.txt");

pub fn spans(text: &str, lang: Lang) -> (Vec<Span>, Vec<Span>) {
    let words = tokens::words(text).map(|w| w.span).collect();
    (words, segment::sentences(text, lang))
}

/// Per sample: each word with its label scores, then the mentions.
pub fn scores_text() -> String {
    let mut out = String::new();
    for &(lang, text) in SAMPLES {
        let model = ner::model(lang).expect("a built-in model");
        let (words, sentences) = spans(text, lang);
        let scores = ner::label_scores(model, text, &words, &sentences, lang);
        assert_eq!(scores.len(), words.len());
        for (w, s) in words.iter().zip(&scores) {
            let s: Vec<String> = s.iter().map(|x| x.to_string()).collect();
            out += &format!("{} {}: {}\n", lang.code(), w.of(text), s.join(" "));
        }
        for m in ner::tag(text, &words, &sentences, lang).unwrap_or_default() {
            out += &format!("{} mention {:?} {}\n", lang.code(), m.kind, m.span.of(text));
        }
    }
    out
}
