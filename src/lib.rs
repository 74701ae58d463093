//! # Nutshell
//!
//! An article summarizer that runs anywhere Rust does, WebAssembly in the browser included.
//! One entry point, [`analyze`], takes a text and [`Options`] and returns an [`Analysis`]: the
//! language, the sentences with their kinds and salience scores, a summary, the people,
//! organisations and places named, and key phrases. [`summarize`] stops after the summary.
//!
//! The pipeline: clean ([`clean`]) → detect language ([`lang`]) → sentences ([`segment`]) →
//! terms ([`token`]) → salience ([`score`]) → summary ([`summary`]) → entities ([`entity`]),
//! key phrases ([`keyphrase`]). Pages go through [`extract`] first ([`analyze_html`]).
//! [`ner`] is a learned tagger of people, organisations and places, one model per language.
//!
//! Every stage passes [`Span`]s (UTF-8 byte offsets) over the original text. [`report`] turns an
//! analysis into the owned, serialisable shape the CLI (Unicode code points) and JavaScript
//! (UTF-16 code units) see, and [`export`] renders a report as Markdown or as a versioned JSON
//! document. No text can make [`analyze`] panic or fail; only options can be
//! invalid, and [`OptionsInput::validate`] says why.

pub mod analysis;
pub mod clean;
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
pub mod quote;
pub mod report;
pub mod score;
pub mod segment;
pub(crate) mod sort;
pub mod span;
pub mod summary;
pub mod token;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Entity, EntityKind, Keyphrase, ScoreParts, Sentence, SentenceKind};
pub use extract::Article;
pub use lang::Lang;
pub use offsets::Unit;
pub use options::{Length, Options, OptionsError, OptionsInput};
pub use report::Report;
pub use span::Span;

use score::WEIGHTS;

/// The engine's version, as it appears in exported JSON.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyses `text`. Never panics and never fails: any text gives a well-formed (possibly empty)
/// analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    run(text, options, Stages::All)
}

/// The summary alone: what [`analyze`] gives, with no entities, key phrases, quotes or figures
/// (their lists are empty); the language, sentences, scores and summary are the same. Those
/// later stages are most of the code an analysis runs, so in a WebAssembly engine that has just
/// loaded, where each function is compiled the first time it is called, this comes back in about
/// a third of the time of a whole analysis (the page shows its first summary this way).
pub fn summarize(text: &str, options: &Options) -> Analysis {
    run(text, options, Stages::Summary)
}

#[derive(Clone, Copy, PartialEq)]
enum Stages {
    Summary,
    All,
}

fn run(text: &str, options: &Options, stages: Stages) -> Analysis {
    let language = options.language.unwrap_or_else(|| lang::detect(text));
    let spans = segment::sentences(text, language);
    let kinds = clean::classify(text, &spans, language);
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
            .filter(|s| s.kind == SentenceKind::Heading && clean::is_whole_line(text, s.span))
            .map(|s| s.span.of(text).to_string())
    });

    // Terms of the body sentences, and of the title.
    let body: Vec<usize> = (0..sentences.len())
        .filter(|&i| sentences[i].kind == SentenceKind::Body)
        .collect();
    // One pass over each body sentence's words: its terms, and the counts the scores want.
    let mut terms = token::Terms::new(language);
    let mut term_lists = token::TermLists::default();
    let mut body_terms: Vec<u32> = Vec::new();
    let stats: Vec<token::WordStats> = body
        .iter()
        .map(|&i| terms.scan(text, sentences[i].span, &mut term_lists, &mut body_terms))
        .collect();
    let title_terms: Vec<u32> = title.as_deref().map_or_else(Vec::new, |t| {
        let mut v = terms.of_span(t, Span::new(0, t.len()));
        sort::sort_terms(&mut v);
        v.dedup();
        v
    });
    let vectors = score::tfidf(&term_lists, terms.len());
    drop(term_lists);
    let central = score::centrality(&vectors, terms.len());

    // Salience of each body sentence.
    for (k, &i) in body.iter().enumerate() {
        let span = sentences[i].span;
        let parts = ScoreParts {
            centrality: central[k],
            position: score::position(k),
            title: score::title_overlap(vectors.get(k), &title_terms),
            density: score::density(stats[k]),
            form: score::form(text, span, stats[k].words),
        };
        sentences[i].parts = parts;
        sentences[i].score = score::combine(parts, &WEIGHTS);
    }

    let candidates: Vec<summary::Candidate> = body
        .iter()
        .enumerate()
        .filter(|&(_, &i)| !(options.skip_quotes && is_quotation(sentences[i].span.of(text))))
        .map(|(k, &i)| summary::Candidate {
            index: i,
            score: sentences[i].score,
            vector: vectors.get(k),
            words: stats[k].words as usize,
        })
        .collect();
    let summary = summary::select(&candidates, options.length);
    // What scoring needed is freed before the entity stage, where memory peaks (a 5 MB text has
    // 850,000 words), and key phrases run before it for the same reason.
    drop(candidates);
    drop((vectors, central, stats, title_terms));
    if stages == Stages::Summary {
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
    let keyphrases = keyphrase::keyphrases(text, &sentences, &mut terms, &body_terms);
    drop((body_terms, terms));
    let entities = entity::entities(text, &sentences, language);
    let quotes = quote::quotes(text, &sentences, &entities, language);
    let figures = figure::figures(text, &sentences, language);
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

/// Whether a sentence is a quotation: it opens with a quotation mark.
fn is_quotation(s: &str) -> bool {
    s.starts_with(['"', '“', '«', '„', '»', '‘', '\'', '‹', '「'])
}

/// Extracts the article from an HTML page, then analyses its text. The analysis' spans are over
/// `article.text`. The page's title is the headline unless `options` gives one.
pub fn analyze_html(html: &str, url: Option<&str>, options: &Options) -> (Article, Analysis) {
    let article = extract::extract(html, url);
    let mut options = options.clone();
    if options.title.is_none() && !article.title.trim().is_empty() {
        options.title = Some(article.title.clone());
    }
    if options.language.is_none() && lang::detect(&article.text) == Lang::Und {
        options.language = article.language.as_deref().and_then(Lang::from_code);
    }
    let analysis = analyze(&article.text, &options);
    (article, analysis)
}
