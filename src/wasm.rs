//! The WebAssembly boundary: the only file that knows about wasm-bindgen.
//!
//! Options arrive as a plain JavaScript object (deserialised with serde-wasm-bindgen); results
//! leave as plain objects with offsets in UTF-16 code units, what `String.prototype.slice` uses.
//! Invalid options throw a JavaScript `Error` carrying the message.

use crate::{analyze, analyze_html, report, Options, OptionsInput, Unit};
use wasm_bindgen::prelude::*;

/// Options from a JS value: `undefined`/`null` mean the defaults.
fn options(value: JsValue) -> Result<Options, JsError> {
    let input: OptionsInput = if value.is_undefined() || value.is_null() {
        OptionsInput::default()
    } else {
        // Through a JSON value: serde-wasm-bindgen only reads the fields it expects, so an unknown
        // (misspelt) option would be ignored silently; serde_json refuses it, as the CLI does.
        let json: serde_json::Value = serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
        from_json(json).map_err(|e| JsError::new(&e))?
    };
    input.validate().map_err(|e| JsError::new(&e.to_string()))
}

/// Options from JSON; an error names the option at fault (serde_json's own message does not).
fn from_json(json: serde_json::Value) -> Result<OptionsInput, String> {
    serde_json::from_value(json.clone()).map_err(|e| {
        if let serde_json::Value::Object(map) = json {
            for (key, value) in map {
                let alone = serde_json::Value::Object([(key.clone(), value)].into_iter().collect());
                if let Err(e) = serde_json::from_value::<OptionsInput>(alone) {
                    return format!("invalid option `{key}`: {e}");
                }
            }
        }
        format!("invalid options: {e}")
    })
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

/// `version()`: the engine's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
