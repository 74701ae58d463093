//! The WebAssembly boundary: the only file that knows about wasm-bindgen.
//!
//! Options arrive as a plain JavaScript object (deserialised with serde-wasm-bindgen); results
//! leave as plain objects with offsets in UTF-16 code units, what `String.prototype.slice` uses.
//! Invalid options throw a JavaScript `Error` carrying the message.

#[cfg(feature = "exports")]
use crate::export;
use crate::{analyze, analyze_html, report, Options, OptionsInput, Unit};
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

/// Options from a JS value: `undefined`/`null` mean the defaults. serde-wasm-bindgen reads only
/// the fields it expects, so unknown (misspelt) names are refused here first; and an error names
/// the option at fault, which serde's message does not.
fn options(value: JsValue) -> Result<Options, JsError> {
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
        serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
            for key in &keys {
                let alone = js_sys::Object::new();
                let field = js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED);
                let _ = js_sys::Reflect::set(&alone, &key.into(), &field);
                if let Err(e) = serde_wasm_bindgen::from_value::<OptionsInput>(alone.into()) {
                    return JsError::new(&format!("invalid option `{key}`: {e}"));
                }
            }
            JsError::new(&format!("invalid options: {e}"))
        })?
    };
    input.validate().map_err(|e| JsError::new(&e.to_string()))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
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
/// The exports are built only with the `exports` feature (the npm package, scripts/build-npm.sh):
/// together they add about 7 KB gzip to the module (exportJson 5.5, serde_json's serialiser;
/// exportMarkdown 1.4), and the page, which uses neither, is at its size budget.
#[cfg(feature = "exports")]
#[wasm_bindgen(js_name = exportMarkdown)]
pub fn export_markdown_js(text: &str, options_value: JsValue) -> Result<String, JsError> {
    let options = options(options_value)?;
    let r = report::report(text, &analyze(text, &options), Unit::Utf16);
    Ok(export::markdown(text, &r))
}

/// `exportJson(text, options?)`: the versioned JSON export of the analysis of `text` (UTF-16
/// offsets), byte-identical for the same text and options (see [`export::json`]).
#[cfg(feature = "exports")]
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json_js(text: &str, options_value: JsValue) -> Result<String, JsError> {
    let options = options(options_value)?;
    let r = report::report(text, &analyze(text, &options), Unit::Utf16);
    Ok(export::json(&r, &options))
}

/// `version()`: the engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
