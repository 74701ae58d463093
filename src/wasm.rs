//! The WebAssembly boundary: the only file that knows about wasm-bindgen.
//!
//! Options arrive as a plain JavaScript object (read field by field, see [`read`]); results
//! leave as plain objects with offsets in UTF-16 code units, what `String.prototype.slice` uses.
//! Invalid options throw a JavaScript `Error` carrying the message.

#[cfg(feature = "exports")]
use crate::export;
use crate::options::number;
use crate::{analyze, analyze_html, report, summarize, Options, OptionsInput, Unit};
use wasm_bindgen::prelude::*;

/// The option names `OptionsInput` reads (camelCase), `language` being an alias of `lang`.
const FIELDS: [&str; 8] = [
    "sentences",
    "ratio",
    "words",
    "seconds",
    "lang",
    "language",
    "title",
    "skipQuotes",
];

/// Options from a JS value: `undefined`/`null` mean the defaults. [`read`] reads only the fields
/// it expects, so unknown (misspelt) names are refused here first; and an error names the option
/// at fault.
pub(crate) fn options(value: JsValue) -> Result<Options, JsError> {
    let input: OptionsInput = if value.is_undefined() || value.is_null() {
        OptionsInput::default()
    } else {
        let object: &js_sys::Object = value
            .dyn_ref()
            .filter(|_| !value.is_function() && !js_sys::Array::is_array(&value))
            .ok_or_else(|| {
                JsError::new("invalid options: expected an object such as { sentences: 3 }")
            })?;
        let keys: Vec<String> = js_sys::Object::keys(object)
            .iter()
            .filter_map(|k| k.as_string())
            .collect();
        if let Some(unknown) = keys.iter().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(JsError::new(&format!(
                "unknown option `{unknown}`: the options are {}",
                FIELDS.join(", ")
            )));
        }
        read(&value).map_err(|e| {
            for key in &keys {
                let alone = js_sys::Object::new();
                let field = js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED);
                let _ = js_sys::Reflect::set(&alone, &key.into(), &field);
                if let Err(e) = read(&alone.into()) {
                    return JsError::new(&format!("invalid option `{key}`: {e}"));
                }
            }
            JsError::new(&format!("invalid options: {e}"))
        })?
    };
    input.validate().map_err(|e| JsError::new(&e.to_string()))
}

/// `OptionsInput` from a JavaScript object, read as serde-wasm-bindgen read it (same order, same
/// errors, same messages: `Error: invalid type: string "three", expected f64`) but without serde's
/// deserialiser, whose float formatting and machinery are about 7 KB gzip of WebAssembly. Fields
/// are read in the order of [`FIELDS`]; `null` and `undefined` mean unset; `lang` and its alias
/// `language` both given are a duplicate.
fn read(object: &JsValue) -> Result<OptionsInput, String> {
    let mut input = OptionsInput::default();
    let mut lang_given = false;
    for name in FIELDS {
        let key = JsValue::from_str(name);
        // A throwing getter throws through, as it did through serde-wasm-bindgen.
        let value =
            js_sys::Reflect::get(object, &key).unwrap_or_else(|e| wasm_bindgen::throw_val(e));
        if value.is_undefined() && !js_sys::Reflect::has(object, &key).unwrap_or(false) {
            continue;
        }
        let expected = match name {
            "sentences" | "ratio" | "words" | "seconds" => "f64",
            "skipQuotes" => "a boolean",
            _ => "a string",
        };
        if expected == "a string" && name != "title" {
            if lang_given {
                return Err("Error: duplicate field `lang`".into());
            }
            lang_given = true;
        }
        if value.is_null() || value.is_undefined() {
            continue;
        }
        let wrong = || Err(invalid_type(&value, expected));
        match name {
            "sentences" | "ratio" | "words" | "seconds" => {
                let Some(v) = value.as_f64() else {
                    return wrong();
                };
                *match name {
                    "sentences" => &mut input.sentences,
                    "ratio" => &mut input.ratio,
                    "words" => &mut input.words,
                    _ => &mut input.seconds,
                } = Some(v);
            }
            "skipQuotes" => {
                let Some(v) = value.as_bool() else {
                    return wrong();
                };
                input.skip_quotes = Some(v);
            }
            _ => {
                let Some(v) = value.as_string() else {
                    return wrong();
                };
                *if name == "title" {
                    &mut input.title
                } else {
                    &mut input.lang
                } = Some(v);
            }
        }
    }
    Ok(input)
}

/// serde's message for a value of the wrong type, as serde-wasm-bindgen describes JS values.
fn invalid_type(value: &JsValue, expected: &str) -> String {
    let unexpected = if let Some(b) = value.as_bool() {
        format!("boolean `{b}`")
    } else if let Some(v) = value.as_f64() {
        // serde writes floats with a decimal point: `5.0`.
        let n = number(v);
        let point = if v.is_finite() && !n.contains('.') {
            ".0"
        } else {
            ""
        };
        format!("floating point `{n}{point}`")
    } else if let Some(s) = value.as_string() {
        format!("string {s:?}")
    } else if value.is_instance_of::<js_sys::Uint8Array>()
        || value.is_instance_of::<js_sys::ArrayBuffer>()
    {
        "byte array".into()
    } else {
        format!("{value:?}")
    };
    format!("Error: invalid type: {unexpected}, expected {expected}")
}

pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    // `None` becomes `null` (not `undefined`), as in the CLI's JSON: `JSON.stringify` keeps it.
    let ser = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `analyze(text, options?)`: the analysis of `text` as a plain object (UTF-16 offsets).
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let analysis = analyze(text, &options);
    to_js(&report::report(text, &analysis, Unit::Utf16))
}

/// `summarize(text, options?)`: the summary alone, as a plain object of the same shape as
/// `analyze`'s, with empty `entities`, `keyphrases`, `quotes` and `figures` (see
/// [`summarize`]): the page's first summary after it loads, while the rest is computed.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let analysis = summarize(text, &options);
    to_js(&report::report(text, &analysis, Unit::Utf16))
}

/// `analyzeHtml(html, url?, options?)`: extracts the article from a page, then analyses it.
/// The result has an `article` field; offsets are into `article.text`.
#[wasm_bindgen(js_name = analyzeHtml)]
pub fn analyze_html_js(
    html: &str,
    url: Option<String>,
    options_value: JsValue,
) -> Result<JsValue, JsError> {
    let options = options(options_value)?;
    let (article, analysis) = analyze_html(html, url.as_deref(), &options);
    let mut r = report::report(&article.text, &analysis, Unit::Utf16);
    r.article = Some(article);
    to_js(&r)
}

/// `exportMarkdown(text, options?)`: the analysis of `text` as a Markdown document (see
/// [`export::markdown`]).
///
/// Built only with the `exports` feature (the page and the npm package build with it).
#[cfg(feature = "exports")]
#[wasm_bindgen(js_name = exportMarkdown)]
pub fn export_markdown_js(text: &str, options_value: JsValue) -> Result<String, JsError> {
    let options = options(options_value)?;
    let r = report::report(text, &analyze(text, &options), Unit::Utf16);
    Ok(export::markdown(text, &r))
}

/// `exportJson(text, options?)`: the versioned JSON export of the analysis of `text` (UTF-16
/// offsets), byte-identical for the same text and options (see [`export::json`]).
///
/// Built only with the `export-json` feature (the npm package's, not the page's): it is the one
/// user of serde_json in the module, whose float formatter's tables are most of its size.
#[cfg(feature = "export-json")]
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json_js(text: &str, options_value: JsValue) -> Result<String, JsError> {
    let options = options(options_value)?;
    let r = report::report(text, &analyze(text, &options), Unit::Utf16);
    Ok(export::json(&r, &options))
}

/// `detectLanguage(text, options?)`: the code of the language `analyze(text, options)` analyses
/// `text` in (`"und"` when undetermined), so that a caller can load that language's entity
/// model first ([`load_entity_model_js`]).
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language_js(text: &str, options_value: JsValue) -> Result<String, JsError> {
    let options = options(options_value)?;
    Ok(crate::language(text, &options).code().to_string())
}

/// `detectHtmlLanguage(html, url?, options?)`: as `detectLanguage`, for `analyzeHtml`: the
/// language of the page's article (extracted for it).
#[wasm_bindgen(js_name = detectHtmlLanguage)]
pub fn detect_html_language_js(
    html: &str,
    url: Option<String>,
    options_value: JsValue,
) -> Result<String, JsError> {
    let options = options(options_value)?;
    Ok(crate::html_language(html, url.as_deref(), &options)
        .code()
        .to_string())
}

/// The language of a code the API was given, or an error naming the codes it knows.
fn lang_of(code: &str) -> Result<crate::Lang, JsError> {
    crate::Lang::from_code(code)
        .filter(|l| *l != crate::Lang::Und)
        .ok_or_else(|| {
            JsError::new(&format!(
                "unknown language `{code}`: the languages with entity models are {}",
                crate::Lang::ALL.map(|l| l.code()).join(", ")
            ))
        })
}

/// `loadEntityModel(lang, bytes)`: makes `bytes` (the file `entities-<lang>.bin`) the entity
/// model of `lang`; the module has none built in, and without one the entity stage falls back
/// to its rules. Throws if the bytes are not a model (saying why) or the language is unknown;
/// loading a language again keeps the model already loaded.
#[wasm_bindgen(js_name = loadEntityModel)]
pub fn load_entity_model_js(lang: &str, bytes: &[u8]) -> Result<(), JsError> {
    let l = lang_of(lang)?;
    crate::ner::load(l, bytes)
        .map_err(|e| JsError::new(&format!("not a valid entity model for `{}`: {e}", l.code())))
}

/// `hasEntityModel(lang)`: whether `lang` has an entity model loaded (false for an unknown code).
#[wasm_bindgen(js_name = hasEntityModel)]
pub fn has_entity_model_js(lang: &str) -> bool {
    lang_of(lang).is_ok_and(|l| crate::ner::model(l).is_some())
}

/// `countWords(text)`: the words of `text` by the scanner every analysis starts with.
// A benchmark's reference (scripts/bench-browser.mjs): one pass over the text, against which
// `analyze` is measured. `analyze` already links the scanner in, so this costs the page ~0.1 KB
// gzip; wasm-bindgen copies `///` comments into the JS glue, hence the short one above.
#[wasm_bindgen(js_name = countWords)]
pub fn count_words_js(text: &str) -> usize {
    crate::tokens::Tokens::scan(text).all().len()
}

/// JavaScript's `String(v)` of a number: the shortest digits that read back as `v`, which is what
/// [`crate::options::number`] writes natively with Rust's `{:e}` (the same digits, so the canonical
/// options of an export are the same bytes in both builds), without the float-formatting code in
/// the module.
pub(crate) fn js_number_string(v: f64) -> String {
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = String)]
        fn js_string(v: f64) -> String;
    }
    js_string(v)
}

/// `version()`: the engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
