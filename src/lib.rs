//! # Nutshell
//!
//! An article summarizer that runs anywhere Rust does, WebAssembly in the browser included.
//! One entry point, [`analyze`], takes a text and [`Options`] and returns an [`Analysis`]: the
//! language, the sentences with their kinds and salience scores, a summary, the people,
//! organisations and places named, and key phrases. [`summarize`] stops after the summary.
//!
//! The pipeline, in the order [`analyze`] runs it: words ([`tokens`], the one scan of the text)
//! → language ([`detect`]) → sentences ([`segment`]) and their kinds ([`classify`]) → terms
//! ([`terms`]) → salience ([`score`]'s centrality, [`salience`]'s learned model) → summary
//! ([`summary`]) → key phrases ([`keyphrase`]), figures ([`figure`]), entities ([`entity`], with
//! [`ner`], a learned tagger, one model per language), quotations ([`quote`]). Pages go through
//! [`extract`] first ([`analyze_html`]). Language knowledge is data in [`lang`].
//!
//! Every stage passes [`Span`]s (UTF-8 byte offsets) over the original text. [`report`] turns an
//! analysis into the owned, serialisable shape the CLI (Unicode code points) and JavaScript
//! (UTF-16 code units) see, and [`export`] renders a report as Markdown or as a versioned JSON
//! document. No text can make [`analyze`] panic or fail; only options can be
//! invalid, and [`OptionsInput::validate`] says why.

pub mod analysis;
pub mod classify;
pub mod detect;
pub mod entity;
pub mod export;
pub mod extract;
pub mod figure;
pub(crate) mod hash;
pub mod keyphrase;
pub mod lang;
pub mod ner;
pub mod offsets;
pub mod options;
pub mod progress;
pub mod quote;
pub mod report;
pub mod salience;
pub mod score;
pub mod segment;
pub(crate) mod sort;
pub mod span;
pub mod summary;
pub mod terms;
pub mod text;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use analysis::{Analysis, Entity, EntityKind, Keyphrase, ScoreParts, Sentence, SentenceKind};
pub use extract::Article;
pub use lang::Lang;
pub use offsets::Unit;
pub use options::{Length, Options, OptionsError, OptionsInput};
pub use progress::Stage;
pub use report::Report;
pub use span::Span;

/// The engine's version, as it appears in exported JSON.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyses `text`. Never panics and never fails: any text gives a well-formed (possibly empty)
/// analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    run(
        text,
        options,
        Stages::All,
        &Salience::default(),
        &mut |_| {},
    )
}

/// [`analyze`], calling `progress` as the analysis enters each [`Stage`] (in order, the last
/// one [`Stage::Done`]): what a page shows while a long text is analysed.
pub fn analyze_with_progress(
    text: &str,
    options: &Options,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    run(text, options, Stages::All, &Salience::default(), progress)
}

/// The summary alone: what [`analyze`] gives, with no entities, key phrases, quotes or figures
/// (their lists are empty); the language, sentences, scores and summary are the same. Those
/// later stages are most of the code an analysis runs, so in a WebAssembly engine that has just
/// loaded, where each function is compiled the first time it is called, this comes back in about
/// a third of the time of a whole analysis (the page shows its first summary this way).
pub fn summarize(text: &str, options: &Options) -> Analysis {
    run(
        text,
        options,
        Stages::Summary,
        &Salience::default(),
        &mut |_| {},
    )
}

/// For the salience trainer (`examples/train_salience.rs`): [`summarize`] with `model` instead of
/// the committed one, and the features of every body sentence, computed by the same code.
#[doc(hidden)]
pub fn summarize_with(
    text: &str,
    options: &Options,
    model: &salience::Model,
) -> (Analysis, salience::Features) {
    let how = Salience {
        model,
        fallback: None,
        keep: std::cell::RefCell::new(Some(salience::Features::default())),
    };
    let analysis = run(text, options, Stages::Summary, &how, &mut |_| {});
    (analysis, how.keep.take().unwrap_or_default())
}

/// What a run scores sentences with and where else its language may come from.
struct Salience<'a> {
    model: &'a salience::Model,
    /// The language a page declares, used when the text itself says nothing.
    fallback: Option<Lang>,
    /// Where the trainer wants the features of the body sentences (`None`: dropped).
    keep: std::cell::RefCell<Option<salience::Features>>,
}

impl Default for Salience<'_> {
    fn default() -> Self {
        Salience {
            model: &salience::MODEL,
            fallback: None,
            keep: std::cell::RefCell::new(None),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Stages {
    Summary,
    All,
}

/// The options' language, else the one detected in `text` (scanned into `tokens`), else
/// `fallback` (a page's declared language).
fn choose_language(
    text: &str,
    tokens: &tokens::Tokens,
    options: &Options,
    fallback: Option<Lang>,
) -> Lang {
    options.language.unwrap_or_else(|| {
        let detected = detect::detect(text, tokens);
        match fallback {
            Some(l) if detected == Lang::Und => l,
            _ => detected,
        }
    })
}

/// The language [`analyze`] of `text` with `options` analyses it in: what a caller that loads
/// each language's entity model on demand ([`ner::load`]) needs to know first. One scan of the
/// text, as the analysis starts with.
pub fn language(text: &str, options: &Options) -> Lang {
    choose_language(text, &tokens::Tokens::scan(text), options, None)
}

/// The language [`analyze_html`] analyses the page's article in (see [`language`]); the
/// article is extracted to find it.
pub fn html_language(html: &str, url: Option<&str>, options: &Options) -> Lang {
    article_language(&extract::extract(html, url), options)
}

/// The language [`analyze_article_with_progress`] analyses `article` in (see [`language`]).
pub fn article_language(article: &Article, options: &Options) -> Lang {
    let declared = article.language.as_deref().and_then(Lang::from_code);
    choose_language(
        &article.text,
        &tokens::Tokens::scan(&article.text),
        options,
        declared,
    )
}

fn run(
    text: &str,
    options: &Options,
    stages: Stages,
    how: &Salience,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    // The one scan of the text into words: every stage below reads these tokens.
    progress(Stage::Words);
    let mut tokens = tokens::Tokens::scan(text);
    let language = choose_language(text, &tokens, options, how.fallback);
    progress(Stage::Sentences);
    let spans = segment::sentences(text, language);
    tokens.split(text, &spans);
    let kinds = classify::classify(text, &spans, &tokens, language);
    let mut sentences: Vec<Sentence> = spans
        .iter()
        .zip(&kinds)
        .map(|(&span, &kind)| Sentence {
            span,
            kind,
            score: 0.0,
            parts: ScoreParts::default(),
        })
        .collect();

    // The headline: given, or the text's first line when it is a heading.
    let title = options.title.clone().or_else(|| {
        sentences
            .first()
            .filter(|s| s.kind == SentenceKind::Heading && classify::is_whole_line(text, s.span))
            .map(|s| s.span.of(text).to_string())
    });

    // Terms of the body sentences, and of the title.
    progress(Stage::Salience);
    let body: Vec<usize> = (0..sentences.len())
        .filter(|&i| sentences[i].kind == SentenceKind::Body)
        .collect();
    // One pass over each body sentence's words: its terms, and the counts the scores want.
    let mut terms = terms::Terms::new(language);
    let mut term_lists = terms::TermLists::default();
    let stats: Vec<terms::WordStats> = body
        .iter()
        .map(|&i| terms.scan(text, tokens.sentence(i), &mut term_lists))
        .collect();
    let title_terms: Vec<u32> = title.as_deref().map_or_else(Vec::new, |t| {
        let mut v = terms.of_str(t);
        sort::sort_terms(&mut v);
        v.dedup();
        v
    });
    let vectors = score::tfidf(&term_lists, terms.len());
    drop(term_lists);
    let central = score::centrality(&vectors, terms.len());

    // Salience of each body sentence.
    let features = salience::features(&salience::Inputs {
        text,
        lang: language,
        sentences: &sentences,
        tokens: &tokens,
        body: &body,
        vectors: &vectors,
        central: &central,
        stats: &stats,
        title: &title_terms,
        n_terms: terms.len(),
        length: options.length,
    });
    let weights = salience::weights(how.model, &features);
    for (k, &i) in body.iter().enumerate() {
        (sentences[i].score, sentences[i].parts) =
            salience::score(&features.rows[k], how.model, &weights);
    }

    let candidates: Vec<summary::Candidate> = body
        .iter()
        .enumerate()
        .filter(|&(_, &i)| {
            !(options.skip_quotes
                && quote::holds_quotation(text, sentences[i].span, tokens.sentence(i), language))
        })
        .map(|(k, &i)| summary::Candidate {
            index: i,
            score: sentences[i].score,
            vector: vectors.get(k),
            words: stats[k].words as usize,
        })
        .collect();
    let summary = summary::select(&candidates, options.length, how.model.redundancy);
    // What scoring needed is freed before the entity stage, where memory peaks (a 5 MB text has
    // 850,000 words), and key phrases run before it for the same reason.
    drop(candidates);
    drop((vectors, central, stats, title_terms));
    if let Some(keep) = how.keep.borrow_mut().as_mut() {
        *keep = features;
    }
    if stages == Stages::Summary {
        progress(Stage::Done);
        return Analysis {
            language,
            title,
            sentences,
            summary,
            entities: Vec::new(),
            keyphrases: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
        };
    }
    progress(Stage::Facts);
    let keyphrases = keyphrase::keyphrases(text, &sentences, &tokens, &mut terms);
    drop(terms);
    let figures = figure::figures(text, &sentences, &tokens, language);
    progress(Stage::Names);
    let entities = entity::entities(text, &sentences, &tokens, language);
    progress(Stage::Quotes);
    let quotes = quote::quotes(text, &sentences, &tokens, &entities, language);
    progress(Stage::Done);
    Analysis {
        language,
        title,
        sentences,
        summary,
        entities,
        keyphrases,
        quotes,
        figures,
    }
}

/// Extracts the article from an HTML page, then analyses its text. The analysis' spans are over
/// `article.text`. The page's title is the headline unless `options` gives one.
pub fn analyze_html(html: &str, url: Option<&str>, options: &Options) -> (Article, Analysis) {
    analyze_html_with_progress(html, url, options, &mut |_| {})
}

/// [`analyze_html`], calling `progress` as in [`analyze_with_progress`] (first with
/// [`Stage::Article`], for the extraction).
pub fn analyze_html_with_progress(
    html: &str,
    url: Option<&str>,
    options: &Options,
    progress: &mut dyn FnMut(Stage),
) -> (Article, Analysis) {
    progress(Stage::Article);
    let article = extract::extract(html, url);
    let analysis = analyze_article_with_progress(&article, options, progress);
    (article, analysis)
}

/// The analysis [`analyze_html_with_progress`] makes of an article already extracted from its
/// page (`progress` starts at the stage after [`Stage::Article`]).
pub fn analyze_article_with_progress(
    article: &Article,
    options: &Options,
    progress: &mut dyn FnMut(Stage),
) -> Analysis {
    let mut options = options.clone();
    if options.title.is_none() && !article.title.trim().is_empty() {
        options.title = Some(article.title.clone());
    }
    // The page's declared language, where the text itself says nothing.
    let declared = article.language.as_deref().and_then(Lang::from_code);
    let how = Salience {
        fallback: declared,
        ..Salience::default()
    };
    run(&article.text, &options, Stages::All, &how, progress)
}
