//! The Web Worker's message loop, in Rust: the one file that knows web-sys (the browser's own
//! APIs; `wasm.rs` knows wasm-bindgen's JavaScript values only).
//!
//! `www/worker.js` loads the module and calls [`serve_worker`]; from then on every request the
//! page's engine (`www/engine.js`) posts is answered here:
//! - `{id, text, options}`: an analysis; `{id, html, url, options}`: a page's;
//!   `{id, format: "markdown", text, options}`: the Markdown export of one;
//! - while an analysis runs, `{id, progress: {stage, done}}` as it enters each stage
//!   ([`crate::Stage`]: its name and the share of the work done), so the page shows a progress
//!   bar for a long text;
//! - then `{id, result, ms}`, or `{id, error, fatal: false}` for invalid options.
//!
//! The module has no entity model built in (each is ~38 KB gzip): before analysing a text in a
//! language whose model it lacks, the loop answers `{id, model: "fr"}` instead; the page fetches
//! the file (once per language, from its own static files), posts `{type: "model", lang, bytes}`
//! (`bytes` null if it could not), then the request again, which is analysed with the model, or
//! with the entity rules if there was none. Each language is asked for once; a page's article,
//! extracted to learn its language, is kept for the request's second coming.
//!
//! A trap (a bug, or memory exhausted) is not caught here: it surfaces in the page as the
//! worker's `error` event, and the engine starts a fresh worker.

use crate::wasm::{options, to_js};
use crate::{
    analyze_article_with_progress, analyze_with_progress, report, Article, Lang, Stage, Unit,
};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// `serveWorker()`: answers the page's requests in this worker (see the module's docs). Throws
/// outside a dedicated worker.
#[wasm_bindgen(js_name = serveWorker)]
pub fn serve_worker() -> Result<(), JsValue> {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().dyn_into()?;
    let handler = Closure::<dyn FnMut(MessageEvent)>::new({
        let scope = scope.clone();
        move |event: MessageEvent| answer(&scope, &event.data())
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    Ok(())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Posts `{key: value, ...}` to the page.
fn post(scope: &DedicatedWorkerGlobalScope, fields: &[(&str, &JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let _ = scope.post_message(&object);
}

thread_local! {
    /// The languages whose model the page was asked for (bit = [`Lang::index`]).
    static ASKED: Cell<u32> = const { Cell::new(0) };
    /// The article of the page request waiting for its language's model, by request id: the
    /// request comes again once the model is here, and is not extracted twice.
    static WAITING: RefCell<Option<(JsValue, Article)>> = const { RefCell::new(None) };
}

/// Whether to ask the page for `lang`'s model (once: it is marked asked).
fn ask_for(lang: Lang) -> bool {
    let Some(i) = lang.index() else {
        return false;
    };
    if crate::ner::model(lang).is_some() || ASKED.get() & 1 << i != 0 {
        return false;
    }
    ASKED.set(ASKED.get() | 1 << i);
    true
}

/// `{type: "model", lang, bytes}` from the page: a model file to load (or none, `bytes` null).
fn load_model(data: &JsValue) {
    let (Some(code), bytes) = (get(data, "lang").as_string(), get(data, "bytes")) else {
        return;
    };
    let Some(lang) = Lang::from_code(&code) else {
        return;
    };
    if let Some(i) = lang.index() {
        ASKED.set(ASKED.get() | 1 << i);
    }
    if let Some(bytes) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        // A file that is not a model leaves the rules in charge, as a missing one does.
        let _ = crate::ner::load(lang, &bytes.to_vec());
    }
}

/// What a request asks for, read from its message.
enum Request {
    Text(String),
    Markdown(String),
    Page(Article),
}

fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
    let id = get(data, "id");
    // Only requests have an id (the module and other messages are the loader's), but for the
    // page's models.
    if id.is_undefined() {
        if get(data, "type").as_string().as_deref() == Some("model") {
            load_model(data);
        }
        return;
    }
    let waiting = WAITING
        .take()
        .filter(|(w, _)| js_sys::Object::is(w, &id))
        .map(|(_, article)| article);
    let clock = scope.performance();
    let now = || clock.as_ref().map_or(0.0, web_sys::Performance::now);
    let t0 = now();
    let progress = |stage: Stage| {
        let p = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&p, &"stage".into(), &stage.name().into());
        let _ = js_sys::Reflect::set(&p, &"done".into(), &f64::from(stage.done()).into());
        post(scope, &[("id", &id), ("progress", &p.into())]);
    };
    let result = options(get(data, "options")).and_then(|options| {
        let request = match get(data, "html").as_string() {
            Some(html) => Request::Page(waiting.unwrap_or_else(|| {
                progress(Stage::Article);
                crate::extract::extract(&html, get(data, "url").as_string().as_deref())
            })),
            None => {
                let text = get(data, "text").as_string().unwrap_or_default();
                if get(data, "format").as_string().as_deref() == Some("markdown") {
                    Request::Markdown(text)
                } else {
                    Request::Text(text)
                }
            }
        };
        let lang = match &request {
            Request::Text(text) | Request::Markdown(text) => crate::language(text, &options),
            Request::Page(article) => crate::article_language(article, &options),
        };
        if ask_for(lang) {
            if let Request::Page(article) = request {
                WAITING.set(Some((id.clone(), article)));
            }
            return Ok(Err(lang));
        }
        respond(request, &options, progress).map(Ok)
    });
    match result {
        // The model first: the page sends it, then this request again.
        Ok(Err(lang)) => post(scope, &[("id", &id), ("model", &lang.code().into())]),
        Ok(Ok(result)) => post(
            scope,
            &[
                ("id", &id),
                ("result", &result),
                ("ms", &(now() - t0).into()),
            ],
        ),
        Err(e) => {
            let e: JsValue = e.into();
            post(
                scope,
                &[
                    ("id", &id),
                    ("error", &get(&e, "message")),
                    ("fatal", &false.into()),
                ],
            );
        }
    }
}
fn respond(
    request: Request,
    options: &crate::Options,
    mut progress: impl FnMut(Stage),
) -> Result<JsValue, JsError> {
    match request {
        Request::Page(article) => {
            let analysis = analyze_article_with_progress(&article, options, &mut progress);
            let mut r = report::report(&article.text, &analysis, Unit::Utf16);
            r.article = Some(article);
            to_js(&r)
        }
        Request::Markdown(text) => markdown(&text, options),
        Request::Text(text) => {
            let analysis = analyze_with_progress(&text, options, &mut progress);
            to_js(&report::report(&text, &analysis, Unit::Utf16))
        }
    }
}

#[cfg(feature = "exports")]
fn markdown(text: &str, options: &crate::Options) -> Result<JsValue, JsError> {
    let r = report::report(text, &crate::analyze(text, options), Unit::Utf16);
    Ok(crate::export::markdown(text, &r).into())
}

#[cfg(not(feature = "exports"))]
fn markdown(_: &str, _: &crate::Options) -> Result<JsValue, JsError> {
    Err(JsError::new(
        "this build has no Markdown export (build with the `exports` feature)",
    ))
}
