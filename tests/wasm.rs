//! Browser tests of the JavaScript API the page relies on (`analyze`, `summarize`, `analyzeHtml`,
//! `version`), and every golden input's export against the native one.
//!
//! They call the exported functions and look at the results as JavaScript sees them (plain
//! objects read with `Reflect`, strings sliced with `String.prototype.slice`), so they pin the
//! shape of the boundary, not the quality of the analysis: entities and extraction are improving,
//! and these assertions must keep holding when they do.
//!
//! Run with `scripts/test-browser.sh` (or `cargo test --target wasm32-unknown-unknown --test wasm`
//! with chromedriver on PATH, or `wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use nutshell::wasm::{
    analyze_html_js, analyze_js, detect_html_language_js, detect_language_js, has_entity_model_js,
    load_entity_model_js, summarize_js, version,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NVIDIA: &str = include_str!("fixtures/nvidia-europe-fr.txt");

/// Accents, emoji (two UTF-16 units each, four UTF-8 bytes), a flag (two code points) and a
/// combining accent: byte, code point and UTF-16 offsets all differ.
const UNICODE: &str = "Le café 🍵 est prêt à Zürich. Élodie 👩‍🔬 a mesuré 3,5 °C à l’aube 🇫🇷 ! \
     Ensuite, la réunion s’est tenue à Genève, où l’équipe a présenté les résultats. \
     Les données montrent une hausse nette, dit-elle, et 🎉 tout le monde a applaudi. \
     Le rapport final sera publié en décembre.";

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).expect("Reflect.get on an object")
}

fn string(obj: &JsValue, key: &str) -> String {
    get(obj, key)
        .as_string()
        .unwrap_or_else(|| panic!("`{key}` should be a string"))
}

fn number(obj: &JsValue, key: &str) -> f64 {
    get(obj, key)
        .as_f64()
        .unwrap_or_else(|| panic!("`{key}` should be a number"))
}

fn array(obj: &JsValue, key: &str) -> Vec<JsValue> {
    let v = get(obj, key);
    assert!(Array::is_array(&v), "`{key}` should be an array");
    Array::from(&v).to_vec()
}

/// The object's own keys, sorted.
fn keys(obj: &JsValue) -> Vec<String> {
    let obj: &Object = obj.dyn_ref().expect("a plain object");
    let mut k: Vec<String> = Object::keys(obj)
        .iter()
        .map(|k| k.as_string().expect("string key"))
        .collect();
    k.sort();
    k
}

fn sorted(v: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn analyze(text: &str, options: JsValue) -> JsValue {
    analyze_js(text, options)
        .map_err(JsValue::from)
        .expect("analyze should succeed")
}

/// The `Error` thrown for `options`, as JavaScript would catch it.
fn thrown(json: &str) -> js_sys::Error {
    let err = match analyze_js(NVIDIA, options(json)) {
        Ok(_) => panic!("analyze should throw on options {json}"),
        Err(e) => JsValue::from(e),
    };
    err.dyn_into::<js_sys::Error>()
        .expect("the thrown value should be an Error")
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

/// The checks every result must pass, whatever the text: returns the sentences.
fn check_shape(result: &JsValue, text: &str, with_article: bool) -> Vec<JsValue> {
    let mut expected = vec![
        "version",
        "offsets",
        "language",
        "title",
        "sentences",
        "summary",
        "entities",
        "keyphrases",
        "quotes",
        "speakers",
        "figures",
    ];
    if with_article {
        expected.push("article");
    }
    assert_eq!(keys(result), sorted(&expected));
    assert_eq!(string(result, "version"), version());
    assert_eq!(string(result, "offsets"), "utf16");
    let title = get(result, "title");
    assert!(
        title.is_null() || title.is_string(),
        "title is a string or null"
    );

    let js_text = JsString::from(text);
    let len = js_text.length() as f64;
    let sentences = array(result, "sentences");
    let mut last_end = 0.0;
    for s in &sentences {
        assert_eq!(
            keys(s),
            sorted(&["start", "end", "text", "kind", "score", "parts", "words"])
        );
        let (start, end) = (number(s, "start"), number(s, "end"));
        assert!(
            last_end <= start && start < end && end <= len,
            "sentence spans are in order"
        );
        last_end = end;
        // The offsets are UTF-16 code units: JavaScript's slice gives back the sentence's text.
        let sliced: String = js_text.slice(start as u32, end as u32).into();
        assert_eq!(sliced, string(s, "text"));
        let kind = string(s, "kind");
        assert!(
            ["body", "heading", "boilerplate"].contains(&kind.as_str()),
            "kind {kind}"
        );
        assert!(number(s, "score").is_finite());
        let words = number(s, "words");
        assert!(words >= 0.0 && words.fract() == 0.0, "words is a count");
        let parts = get(s, "parts");
        // The learned model's parts: score = σ(base + Σ parts), exactly as the page explains it.
        let names = [
            "base",
            "centrality",
            "position",
            "title",
            "density",
            "form",
            "paragraph",
            "quotation",
            "cues",
            "novelty",
        ];
        assert_eq!(keys(&parts), sorted(&names));
        let z: f64 = names.iter().map(|k| number(&parts, k)).sum();
        assert!(z.is_finite());
        if kind == "body" {
            let score = number(s, "score");
            assert!(
                (1.0 / (1.0 + (-z).exp()) - score).abs() < 1e-3,
                "{score} vs σ({z})"
            );
        }
    }

    // Summary: indices of body sentences, in document order, no repeats.
    let summary: Vec<f64> = array(result, "summary")
        .iter()
        .map(|i| i.as_f64().expect("summary index is a number"))
        .collect();
    assert!(summary.windows(2).all(|w| w[0] < w[1]), "summary in order");
    for &i in &summary {
        assert_eq!(i.fract(), 0.0);
        let s = sentences.get(i as usize).expect("summary index in range");
        assert_eq!(string(s, "kind"), "body");
    }

    for e in array(result, "entities") {
        assert_eq!(keys(&e), sorted(&["text", "kind", "count", "mentions"]));
        assert!(!string(&e, "text").is_empty());
        let kind = string(&e, "kind");
        assert!(["person", "organization", "place", "other"].contains(&kind.as_str()));
        let mentions = array(&e, "mentions");
        assert_eq!(number(&e, "count"), mentions.len() as f64);
        for m in mentions {
            let (start, end) = (number(&m, "start"), number(&m, "end"));
            assert!(start < end && end <= len, "mention within the text");
        }
    }
    for k in array(result, "keyphrases") {
        assert_eq!(keys(&k), sorted(&["text", "score", "count"]));
        assert!(!string(&k, "text").is_empty());
        assert!(number(&k, "score").is_finite() && number(&k, "count") >= 1.0);
    }
    // Quotations and figures: UTF-16 spans whose slice is their text, in a known sentence.
    let n_quotes = array(result, "quotes").len() as f64;
    for q in array(result, "quotes") {
        assert_eq!(
            keys(&q),
            sorted(&["start", "end", "text", "sentence", "speaker"])
        );
        let sliced: String = js_text
            .slice(number(&q, "start") as u32, number(&q, "end") as u32)
            .into();
        assert_eq!(sliced, string(&q, "text"));
        assert!((number(&q, "sentence") as usize) < sentences.len());
        let speaker = get(&q, "speaker");
        assert!(speaker.is_null() || speaker.is_string());
    }
    for sp in array(result, "speakers") {
        assert_eq!(keys(&sp), sorted(&["name", "kind", "quotes"]));
        for i in array(&sp, "quotes") {
            assert!(
                i.as_f64().is_some_and(|i| i < n_quotes),
                "speaker quote index in range"
            );
        }
    }
    for f in array(result, "figures") {
        assert_eq!(
            keys(&f),
            sorted(&["start", "end", "text", "kind", "sentence", "in_summary"])
        );
        let sliced: String = js_text
            .slice(number(&f, "start") as u32, number(&f, "end") as u32)
            .into();
        assert_eq!(sliced, string(&f, "text"));
        let kind = string(&f, "kind");
        assert!(
            ["number", "money", "percent", "date"].contains(&kind.as_str()),
            "figure kind {kind}"
        );
    }
    sentences
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn analyze_returns_the_documented_shape() {
    let r = analyze(NVIDIA, JsValue::UNDEFINED);
    let sentences = check_shape(&r, NVIDIA, false);
    assert!(sentences.len() > 10, "the article has many sentences");
    assert_eq!(string(&r, "language"), "fr");
    assert!(!array(&r, "summary").is_empty(), "a summary is chosen");
    // `null` options mean the defaults too.
    let again = analyze(NVIDIA, JsValue::NULL);
    assert_eq!(
        js_sys::JSON::stringify(&again).ok(),
        js_sys::JSON::stringify(&r).ok()
    );
}

#[wasm_bindgen_test]
fn summarize_is_analyze_without_the_later_stages() {
    let json = |v: &JsValue| js_sys::JSON::stringify(v).ok().map(String::from);
    for (text, opts) in [
        (NVIDIA, "{}"),
        (NVIDIA, r#"{"sentences": 1}"#),
        (UNICODE, "{}"),
    ] {
        let whole = analyze(text, options(opts));
        let alone = summarize_js(text, options(opts))
            .map_err(JsValue::from)
            .expect("summarize should succeed");
        check_shape(&alone, text, false);
        for key in ["language", "title", "sentences", "summary"] {
            assert_eq!(json(&get(&alone, key)), json(&get(&whole, key)), "{key}");
        }
        for key in ["entities", "keyphrases", "quotes", "speakers", "figures"] {
            assert!(array(&alone, key).is_empty(), "{key} is left empty");
        }
    }
    assert!(!array(&analyze(NVIDIA, JsValue::UNDEFINED), "entities").is_empty());
    // Options are checked as analyze checks them.
    let err = summarize_js(NVIDIA, options(r#"{"sentence": 3}"#)).map_err(JsValue::from);
    let message = err
        .expect_err("a misspelt option throws")
        .dyn_into::<js_sys::Error>();
    let expected = String::from(thrown(r#"{"sentence": 3}"#).message());
    assert_eq!(String::from(message.expect("an Error").message()), expected);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units() {
    let r = analyze(UNICODE, JsValue::UNDEFINED);
    let sentences = check_shape(&r, UNICODE, false);
    assert!(sentences.len() >= 3);
    // The last sentence ends where the text ends, counted in UTF-16 units (not bytes, not chars).
    let last = sentences.last().expect("sentences");
    let units = UNICODE.trim_end().encode_utf16().count() as f64;
    assert_eq!(number(last, "end"), units);
    assert_ne!(units, UNICODE.trim_end().chars().count() as f64);
    // And a sentence after the emoji starts at its UTF-16 position.
    let second = &sentences[1];
    let text = string(second, "text");
    let byte_at = UNICODE.find(&text).expect("sentence text is in the input");
    let utf16_at = UNICODE[..byte_at].encode_utf16().count() as f64;
    assert_eq!(number(second, "start"), utf16_at);
}

#[wasm_bindgen_test]
fn empty_and_odd_texts_give_well_formed_results() {
    for text in ["", "   \n\n ", "🍵", "a", "<<<>>>"] {
        let r = analyze(text, JsValue::UNDEFINED);
        check_shape(&r, text, false);
    }
}

#[wasm_bindgen_test]
fn length_options_are_obeyed() {
    let one = analyze(NVIDIA, options(r#"{"sentences": 1}"#));
    assert_eq!(array(&one, "summary").len(), 1);
    let five = analyze(NVIDIA, options(r#"{"sentences": 5}"#));
    assert_eq!(array(&five, "summary").len(), 5);
    let forced = analyze(NVIDIA, options(r#"{"lang": "en"}"#));
    assert_eq!(string(&forced, "language"), "en");
    let alias = analyze(NVIDIA, options(r#"{"language": "de", "skipQuotes": true}"#));
    assert_eq!(string(&alias, "language"), "de");
    // Every documented option is known (not refused as unknown), `undefined` meaning unset.
    let all = js_sys::JSON::parse(
        r#"{"words": 60, "lang": "fr", "title": "T", "skipQuotes": false, "seconds": null}"#,
    )
    .expect("JSON");
    Reflect::set(&all, &"ratio".into(), &JsValue::UNDEFINED).expect("set");
    analyze(NVIDIA, all);
    let titled = analyze(NVIDIA, options(r#"{"title": "Nvidia en Europe"}"#));
    assert_eq!(string(&titled, "title"), "Nvidia en Europe");
}

/// The page shows the summary's words as the sum of its sentences' `words`: the unit of the
/// `words` budget, so a summary of more than one sentence stays within it.
#[wasm_bindgen_test]
fn sentence_words_are_the_unit_of_the_word_budget() {
    let r = analyze("L’IA des start-up progresse. Il pleut.", JsValue::UNDEFINED);
    let words: Vec<f64> = array(&r, "sentences")
        .iter()
        .map(|s| number(s, "words"))
        .collect();
    assert_eq!(words, [6.0, 2.0]);
    for budget in [10, 40, 80, 150, 400] {
        let r = analyze(NVIDIA, options(&format!(r#"{{"words": {budget}}}"#)));
        let sentences = array(&r, "sentences");
        let summary = array(&r, "summary");
        let total: f64 = summary
            .iter()
            .map(|i| number(&sentences[i.as_f64().expect("index") as usize], "words"))
            .sum();
        assert!(
            total <= budget as f64 || summary.len() == 1,
            "{total} words for a budget of {budget}"
        );
    }
}

#[wasm_bindgen_test]
fn invalid_options_throw_errors_that_say_what_is_wrong() {
    let cases = [
        (r#"{"sentences": 0}"#, "sentences"),
        (r#"{"sentences": 2.5}"#, "sentences"),
        (r#"{"ratio": 3}"#, "ratio"),
        (r#"{"words": -4}"#, "words"),
        (r#"{"sentences": 2, "words": 40}"#, "at most one"),
        (r#"{"lang": "xx"}"#, "xx"),
        (r#"{"sentenses": 3}"#, "sentenses"),
        (r#"{"sentences": "three"}"#, "sentences"),
        (r#"{"skipQuotes": "yes"}"#, "skipQuotes"),
        (r#"{"title": 5}"#, "title"),
        (r#"[3]"#, "object"),
        (r#"3"#, "object"),
    ];
    for (json, needle) in cases {
        let err = thrown(json);
        let message: String = err.message().into();
        assert!(
            message.contains(needle),
            "options {json}: message {message:?} should mention {needle:?}"
        );
    }
}

#[wasm_bindgen_test]
fn analyze_html_returns_an_article() {
    let html = "<!doctype html><html lang=\"fr\"><head><title>Nvidia en Europe</title></head>\
        <body><article><h1>Nvidia passe à l’offensive en Europe</h1>\
        <p>Nvidia, géant américain des puces d’intelligence artificielle, renforce sa présence \
        en Europe à travers des partenariats.</p>\
        <p>Le dirigeant a également annoncé un nouveau partenariat avec Mistral AI.</p>\
        <p>Les annonces à destination de l’Europe se sont multipliées lors de la conférence.</p>\
        </article></body></html>";
    let r = analyze_html_js(
        html,
        Some("https://example.com/a".into()),
        JsValue::UNDEFINED,
    )
    .map_err(JsValue::from)
    .expect("analyzeHtml should succeed");
    let article = get(&r, "article");
    assert_eq!(
        keys(&article),
        sorted(&["title", "byline", "site", "language", "date", "text"])
    );
    assert!(article.is_object());
    assert!(get(&article, "title").is_string());
    for k in ["byline", "site", "language", "date"] {
        let v = get(&article, k);
        assert!(
            v.is_null() || v.is_string(),
            "article.{k} is a string or null"
        );
    }
    let text = string(&article, "text");
    assert!(
        text.contains("Mistral AI"),
        "the article text keeps the body"
    );
    assert!(!text.contains("<p>"), "and not the markup");
    // Offsets are into `article.text`.
    let sentences = check_shape(&r, &text, true);
    assert!(!sentences.is_empty());
    // Invalid options throw here too; a missing url is fine.
    let err = analyze_html_js(html, None, options(r#"{"ratio": 0}"#))
        .map(|_| ())
        .map_err(JsValue::from)
        .expect_err("analyzeHtml should throw on bad options");
    let err: js_sys::Error = err.dyn_into().expect("an Error");
    assert!(String::from(err.message()).contains("ratio"));
}

/// Options built in JavaScript (what JSON cannot write: `NaN`, infinities, byte arrays, BigInts).
fn options_with(key: &str, value: JsValue) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &key.into(), &value).expect("set");
    o.into()
}

/// The exact messages of invalid options, pinned: they are what a page shows its user. Numbers
/// are written as Rust's `Display` writes them (no exponent), as the messages always were.
#[wasm_bindgen_test]
fn invalid_option_messages_are_exact() {
    let json_cases: &[(&str, &str)] = &[
        (
            r#"{"sentences": 0}"#,
            r#"`sentences` must be a whole number of at least 1, not 0"#,
        ),
        (
            r#"{"sentences": 2.5}"#,
            r#"`sentences` must be a whole number of at least 1, not 2.5"#,
        ),
        (
            r#"{"sentences": -0}"#,
            r#"`sentences` must be a whole number of at least 1, not -0"#,
        ),
        (
            r#"{"sentences": 1e21}"#,
            r#"`sentences` must be a whole number of at least 1, not 1000000000000000000000"#,
        ),
        (
            r#"{"sentences": 1.5e300}"#,
            r#"`sentences` must be a whole number of at least 1, not 1500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"#,
        ),
        (
            r#"{"sentences": 0.1234567}"#,
            r#"`sentences` must be a whole number of at least 1, not 0.1234567"#,
        ),
        (
            r#"{"ratio": 3}"#,
            r#"`ratio` must be more than 0 and at most 1, not 3"#,
        ),
        (r#"{"ratio": 1e-7}"#, r#"(no error)"#),
        (
            r#"{"ratio": -2.5e-12}"#,
            r#"`ratio` must be more than 0 and at most 1, not -0.0000000000025"#,
        ),
        (
            r#"{"ratio": 123456789012345680000}"#,
            r#"`ratio` must be more than 0 and at most 1, not 123456789012345680000"#,
        ),
        (
            r#"{"words": -4}"#,
            r#"`words` must be a whole number of at least 1, not -4"#,
        ),
        (
            r#"{"seconds": 0.000001}"#,
            r#"`seconds` must be a whole number of at least 1, not 0.000001"#,
        ),
        (
            r#"{"sentences": 2, "words": 40}"#,
            r#"give at most one of `sentences`, `ratio`, `words` and `seconds`"#,
        ),
        (
            r#"{"lang": "xx"}"#,
            r#"unknown language `xx`: use one of en, fr, de, es, it, pt, nl, pl, cs, fi, ro, und or `auto`"#,
        ),
        (
            r#"{"lang": "fr", "language": "de"}"#,
            r#"invalid options: Error: duplicate field `lang`"#,
        ),
        (
            r#"{"lang": "fr", "language": 4}"#,
            r#"invalid option `language`: Error: invalid type: floating point `4.0`, expected a string"#,
        ),
        (
            r#"{"lang": 4, "language": "de"}"#,
            r#"invalid option `lang`: Error: invalid type: floating point `4.0`, expected a string"#,
        ),
        (
            r#"{"sentenses": 3}"#,
            r#"unknown option `sentenses`: the options are sentences, ratio, words, seconds, lang, language, title, skipQuotes"#,
        ),
        (
            r#"{"sentences": "three"}"#,
            r#"invalid option `sentences`: Error: invalid type: string "three", expected f64"#,
        ),
        (
            r#"{"sentences": "a \"quoted\"\n\tword é"}"#,
            r#"invalid option `sentences`: Error: invalid type: string "a \"quoted\"\n\tword é", expected f64"#,
        ),
        (
            r#"{"sentences": true}"#,
            r#"invalid option `sentences`: Error: invalid type: boolean `true`, expected f64"#,
        ),
        (
            r#"{"sentences": [1]}"#,
            r#"invalid option `sentences`: Error: invalid type: JsValue([1]), expected f64"#,
        ),
        (
            r#"{"sentences": {"a": 1}}"#,
            r#"invalid option `sentences`: Error: invalid type: JsValue(Object({"a":1})), expected f64"#,
        ),
        (
            r#"{"skipQuotes": "yes"}"#,
            r#"invalid option `skipQuotes`: Error: invalid type: string "yes", expected a boolean"#,
        ),
        (
            r#"{"skipQuotes": 1}"#,
            r#"invalid option `skipQuotes`: Error: invalid type: floating point `1.0`, expected a boolean"#,
        ),
        (
            r#"{"title": 5}"#,
            r#"invalid option `title`: Error: invalid type: floating point `5.0`, expected a string"#,
        ),
        (
            r#"{"title": 5.25}"#,
            r#"invalid option `title`: Error: invalid type: floating point `5.25`, expected a string"#,
        ),
        (
            r#"{"title": false}"#,
            r#"invalid option `title`: Error: invalid type: boolean `false`, expected a string"#,
        ),
        (
            r#"{"language": 7, "title": 3}"#,
            r#"invalid option `language`: Error: invalid type: floating point `7.0`, expected a string"#,
        ),
        (
            r#"{"words": 3, "title": 3}"#,
            r#"invalid option `title`: Error: invalid type: floating point `3.0`, expected a string"#,
        ),
        (
            r#"[3]"#,
            r#"invalid options: expected an object such as { sentences: 3 }"#,
        ),
        (
            r#"3"#,
            r#"invalid options: expected an object such as { sentences: 3 }"#,
        ),
    ];
    let js_cases: Vec<(&str, JsValue, &str)> = vec![
        (
            "sentences NaN",
            options_with("sentences", JsValue::from_f64(f64::NAN)),
            r#"`sentences` must be a whole number of at least 1, not NaN"#,
        ),
        (
            "ratio inf",
            options_with("ratio", JsValue::from_f64(f64::INFINITY)),
            r#"`ratio` must be more than 0 and at most 1, not inf"#,
        ),
        (
            "words -inf",
            options_with("words", JsValue::from_f64(f64::NEG_INFINITY)),
            r#"`words` must be a whole number of at least 1, not -inf"#,
        ),
        (
            "title NaN",
            options_with("title", JsValue::from_f64(f64::NAN)),
            r#"invalid option `title`: Error: invalid type: floating point `NaN`, expected a string"#,
        ),
        (
            "title inf",
            options_with("title", JsValue::from_f64(f64::INFINITY)),
            r#"invalid option `title`: Error: invalid type: floating point `inf`, expected a string"#,
        ),
        (
            "title 1e21",
            options_with("title", JsValue::from_f64(1e21)),
            r#"invalid option `title`: Error: invalid type: floating point `1000000000000000000000.0`, expected a string"#,
        ),
        (
            "title -0",
            options_with("title", JsValue::from_f64(-0.0)),
            r#"invalid option `title`: Error: invalid type: floating point `-0.0`, expected a string"#,
        ),
        (
            "title 1e-7",
            options_with("title", JsValue::from_f64(1e-7)),
            r#"invalid option `title`: Error: invalid type: floating point `0.0000001`, expected a string"#,
        ),
        (
            "lang bytes",
            options_with("lang", js_sys::Uint8Array::new_with_length(2).into()),
            r#"invalid option `lang`: Error: invalid type: byte array, expected a string"#,
        ),
        (
            "lang buffer",
            options_with("lang", js_sys::ArrayBuffer::new(2).into()),
            r#"invalid option `lang`: Error: invalid type: byte array, expected a string"#,
        ),
        (
            "lang bigint",
            options_with("lang", js_sys::BigInt::from(5).into()),
            r#"invalid option `lang`: Error: invalid type: JsValue(5n), expected a string"#,
        ),
        (
            "lang symbol",
            options_with("lang", js_sys::Symbol::for_("s").into()),
            r#"invalid option `lang`: Error: invalid type: JsValue(Symbol(s)), expected a string"#,
        ),
        (
            "title function",
            options_with("title", js_sys::Function::new_no_args("return 1").into()),
            r#"invalid option `title`: Error: invalid type: JsValue(Function(anonymous)), expected a string"#,
        ),
        (
            "title date",
            options_with("title", js_sys::Date::new_0().into()),
            r#"invalid option `title`: Error: invalid type: JsValue(Date), expected a string"#,
        ),
    ];
    let message = |value: JsValue| match analyze_js(NVIDIA, value) {
        Ok(_) => "(no error)".to_string(),
        Err(e) => {
            let err: js_sys::Error = JsValue::from(e).dyn_into().expect("an Error");
            String::from(err.message())
        }
    };
    for (json, want) in json_cases {
        assert_eq!(message(options(json)), *want, "options {json}");
    }
    for (name, value, want) in js_cases {
        assert_eq!(message(value), want, "options {name}");
    }
}

#[path = "support/ner_samples.rs"]
mod ner_samples;

/// The entity models as the page fetches them (`models/entities-<lang>.bin` of the build is a
/// copy of these files).
const MODELS: [(&str, &[u8]); 11] = [
    ("en", include_bytes!("../src/lang/models/entities-en.bin")),
    ("fr", include_bytes!("../src/lang/models/entities-fr.bin")),
    ("de", include_bytes!("../src/lang/models/entities-de.bin")),
    ("es", include_bytes!("../src/lang/models/entities-es.bin")),
    ("it", include_bytes!("../src/lang/models/entities-it.bin")),
    ("pt", include_bytes!("../src/lang/models/entities-pt.bin")),
    ("nl", include_bytes!("../src/lang/models/entities-nl.bin")),
    ("pl", include_bytes!("../src/lang/models/entities-pl.bin")),
    ("cs", include_bytes!("../src/lang/models/entities-cs.bin")),
    ("fi", include_bytes!("../src/lang/models/entities-fi.bin")),
    ("ro", include_bytes!("../src/lang/models/entities-ro.bin")),
];

fn error_message(e: wasm_bindgen::JsError) -> String {
    let e: JsValue = e.into();
    e.dyn_into::<js_sys::Error>()
        .expect("a JS Error")
        .message()
        .into()
}

#[wasm_bindgen_test]
fn loaded_models_label_as_the_native_build_does() {
    // The module has no model built in: without one the entity stage uses its rules.
    for (lang, bytes) in MODELS {
        load_entity_model_js(lang, bytes)
            .unwrap_or_else(|e| panic!("{lang}: {}", error_message(e)));
        assert!(has_entity_model_js(lang), "{lang}");
        // Again: fine, the model stays.
        assert!(load_entity_model_js(lang, bytes).is_ok(), "{lang}, twice");
    }
    // The same label scores and mentions as the native build's built-in models (the golden
    // file tests/ner.rs checks natively), to the unit.
    assert_eq!(ner_samples::scores_text(), ner_samples::GOLDEN);
}

#[wasm_bindgen_test]
fn garbage_models_and_unknown_languages_are_refused_in_words() {
    let good = MODELS[0].1;
    // The message, or how it starts: why the bytes are not a model.
    let cases: [(&str, &[u8], &str); 5] = [
        ("de", b"", "not a valid entity model for `de`: not an entity model"),
        ("de", b"GIF89a\0NNER", "not a valid entity model for `de`: "),
        ("de", &good[..good.len() / 2], "not a valid entity model for `de`: "),
        ("xx", good, "unknown language `xx`: the languages with entity models are en, fr, de, es, it, pt, nl, pl, cs, fi, ro"),
        ("und", good, "unknown language `und`: the languages with entity models are en, fr, de, es, it, pt, nl, pl, cs, fi, ro"),
    ];
    for (lang, bytes, want) in cases {
        let e = load_entity_model_js(lang, bytes).expect_err(want);
        let got = error_message(e);
        let prefix = want.ends_with(": ");
        assert!(
            got == want || (prefix && got.starts_with(want) && got.len() > want.len()),
            "{got}"
        );
    }
    assert!(!has_entity_model_js("xx"));
    assert!(!has_entity_model_js("und"));
}

#[wasm_bindgen_test]
fn the_language_to_load_is_the_one_analysed() {
    let lang = detect_language_js(NVIDIA, JsValue::UNDEFINED).expect("no options");
    assert_eq!(lang, "fr");
    assert_eq!(
        string(&analyze(NVIDIA, JsValue::UNDEFINED), "language"),
        lang
    );
    assert_eq!(
        detect_language_js(NVIDIA, options(r#"{"lang": "de"}"#)).expect("valid options"),
        "de"
    );
    assert_eq!(
        detect_language_js("", JsValue::UNDEFINED).expect("no options"),
        "und"
    );
    assert!(detect_language_js(NVIDIA, options(r#"{"sentence": 3}"#)).is_err());
    let html = include_str!("fixtures/news-fr.html");
    let page = analyze_html_js(html, None, JsValue::UNDEFINED).expect("analyzeHtml");
    assert_eq!(
        detect_html_language_js(html, None, JsValue::UNDEFINED).expect("no options"),
        string(&page, "language")
    );
}

#[path = "support/golden_cases.rs"]
mod golden_cases;

/// Every language's entity model, loaded as a page loads the one its text needs (natively they are
/// built in; in WebAssembly none is).
fn load_entity_models() {
    for (lang, bytes) in MODELS {
        load_entity_model_js(lang, bytes)
            .unwrap_or_else(|e| panic!("{lang}: {}", error_message(e)));
    }
}

/// Same input, same output natively and in WebAssembly: every golden input's full export, made by
/// the library compiled to wasm, is byte for byte the golden file the native tests wrote
/// (`tests/golden.rs`; the same export as `nutshell --format export`).
#[wasm_bindgen_test]
fn every_golden_export_is_the_same_in_wasm() {
    load_entity_models();
    let mut changed = Vec::new();
    for case in golden_cases::CASES {
        let json = case.export();
        if json != case.golden {
            let line = json
                .lines()
                .zip(case.golden.lines())
                .position(|(g, w)| g != w)
                .unwrap_or(0);
            changed.push(format!(
                "{} (line {}): wasm {:?}, native {:?}",
                case.name,
                line + 1,
                json.lines().nth(line).unwrap_or(""),
                case.golden.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(changed.is_empty(), "{}", changed.join("\n"));
}
