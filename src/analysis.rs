//! The result of [`analyze`](crate::analyze): plain data with byte spans over the analysed text.

use crate::lang::Lang;
use crate::span::Span;
use serde::Serialize;

/// What a sentence is, as the cleaning stage sees it. Only `Body` sentences can be summarised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    /// Article prose.
    Body,
    /// A headline or subheading: a short line without final punctuation ("Partenariats").
    Heading,
    /// Not article prose: photo credits ("Nvidia © Belga"), sponsor lines ("Partner Content"),
    /// cross-links ("Lire aussi : ..."), share and subscribe prompts.
    Boilerplate,
}

/// What made a body sentence's salience: each part is what a group of the learned model's
/// features added to the sentence's log-odds, measured from the average training sentence (0:
/// as a typical sentence; above 0: raised it). `score = σ(base + the other parts)`; see
/// [`crate::salience`]. All 0 for headings and boilerplate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ScoreParts {
    /// Shares words with the rest of the text: graph centrality, closeness to the centroid, how
    /// frequent its terms are.
    pub centrality: f32,
    /// Where it stands (and, for the first sentences, how the text opens). Counts only as much as
    /// the text reads as news.
    pub position: f32,
    /// Shares words with the headline.
    pub title: f32,
    /// Names and figures per word.
    pub density: f32,
    /// Length, and whether it ends as a question, an exclamation or with a colon.
    pub form: f32,
    /// Where it stands in its paragraph, and which paragraph (news-gated like `position`).
    pub paragraph: f32,
    /// Opens or closes with a quotation mark.
    pub quotation: f32,
    /// Its first word: a pronoun ("She", "Cette"), a connective ("But"), "I" or "you"; or the
    /// sentence before it is a question.
    pub cues: f32,
    /// What it says that the sentences before it did not.
    pub novelty: f32,
    /// The same for every sentence of the text: the model's intercept for this text and summary,
    /// plus what the average sentence gets.
    pub base: f32,
}

impl ScoreParts {
    /// The log-odds the parts make: `score = σ(sum)`.
    pub fn sum(&self) -> f32 {
        self.base
            + self.centrality
            + self.position
            + self.title
            + self.density
            + self.form
            + self.paragraph
            + self.quotation
            + self.cues
            + self.novelty
    }
}

/// One sentence: its span, kind, salience score (0 for non-body sentences) and the score's parts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub kind: SentenceKind,
    pub score: f32,
    pub parts: ScoreParts,
}

/// What an entity names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A named entity: its canonical (longest) name, kind, and every mention in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// Mention spans, sorted; `mentions.len()` is the entity's count.
    pub mentions: Vec<Span>,
}

/// A multi-word key phrase and its score (higher is more central).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyphrase {
    pub text: String,
    pub score: f32,
    pub count: usize,
}

/// A quotation: the quoted words (without the marks), its sentence, and its speaker when known
/// (an index into the analysis' entities). Found by [`crate::quote`].
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub sentence: usize,
    pub speaker: Option<usize>,
}

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Number,
    Money,
    Percent,
    Date,
}

/// A key figure: its span (qualifier, number and unit), kind, and sentence index. Found by
/// [`crate::figure`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    pub sentence: usize,
}

/// Everything [`analyze`](crate::analyze) finds in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The language used (given, or detected).
    pub language: Lang,
    /// The headline: the `title` option, or the text's own first line when it is one.
    pub title: Option<String>,
    /// The sentences, in order; their spans are disjoint and cover every non-space character.
    pub sentences: Vec<Sentence>,
    /// Indices into `sentences` of the summary, in document order.
    pub summary: Vec<usize>,
    /// Entities, by count (descending) then first mention.
    pub entities: Vec<Entity>,
    /// Key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Quotations, in order, with their speakers.
    pub quotes: Vec<Quote>,
    /// Amounts, percentages, dates and counts, in order.
    pub figures: Vec<Figure>,
}

impl Analysis {
    /// An analysis of a text with nothing in it.
    pub fn empty(language: Lang) -> Analysis {
        Analysis {
            language,
            title: None,
            sentences: Vec::new(),
            summary: Vec::new(),
            entities: Vec::new(),
            keyphrases: Vec::new(),
            quotes: Vec::new(),
            figures: Vec::new(),
        }
    }
}
