//! Progress of a long analysis: the stages [`crate::analyze_with_progress`] reports as it enters
//! them, in order, each with the share of the whole analysis done when it starts. The page shows
//! them as a progress bar ("Names… 55 %") for a text that takes more than a moment.

/// A stage of an analysis, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Extracting the article from a page (pages only).
    Article,
    /// Scanning the text into words and detecting its language.
    Words,
    /// Sentence boundaries and kinds.
    Sentences,
    /// Terms, salience and the summary.
    Salience,
    /// Key phrases and key figures.
    Facts,
    /// People, organisations and places.
    Names,
    /// Quotations and their speakers.
    Quotes,
    /// The analysis is complete.
    Done,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 8] = [
        Stage::Article,
        Stage::Words,
        Stage::Sentences,
        Stage::Salience,
        Stage::Facts,
        Stage::Names,
        Stage::Quotes,
        Stage::Done,
    ];

    /// The stage's name, as the JavaScript side receives it.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Article => "article",
            Stage::Words => "words",
            Stage::Sentences => "sentences",
            Stage::Salience => "salience",
            Stage::Facts => "facts",
            Stage::Names => "names",
            Stage::Quotes => "quotes",
            Stage::Done => "done",
        }
    }

    /// The share of a text's analysis done when this stage starts, from 0 to 1: the stages'
    /// shares of `analyze`'s time on a 5 MB news text (`make bench`, the per-stage lines). A page's
    /// extraction is reported apart, as the start (0) of its analysis.
    pub fn done(self) -> f32 {
        match self {
            Stage::Article | Stage::Words => 0.0,
            Stage::Sentences => 0.12,
            Stage::Salience => 0.2,
            Stage::Facts => 0.42,
            Stage::Names => 0.48,
            Stage::Quotes => 0.92,
            Stage::Done => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_come_in_order_with_growing_shares() {
        let shares: Vec<f32> = Stage::ALL.iter().map(|s| s.done()).collect();
        assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{shares:?}");
        assert_eq!(Stage::Done.done(), 1.0);
        let names: Vec<&str> = Stage::ALL.iter().map(|s| s.name()).collect();
        let mut unique = names.clone();
        unique.dedup();
        assert_eq!(names, unique);
    }

    #[test]
    fn an_analysis_reports_every_stage_once_in_order_and_is_unchanged() {
        let text = include_str!("../tests/fixtures/nvidia-europe-fr.txt");
        let options = crate::Options::default();
        let mut seen = Vec::new();
        let a = crate::analyze_with_progress(text, &options, &mut |s| seen.push(s));
        assert_eq!(seen, &Stage::ALL[1..]);
        assert_eq!(a, crate::analyze(text, &options));
        let html = "<html><body><article><p>Un texte. Une phrase.</p></article></body></html>";
        let mut seen = Vec::new();
        let (_, b) = crate::analyze_html_with_progress(html, None, &options, &mut |s| seen.push(s));
        assert_eq!(seen, Stage::ALL);
        assert_eq!(b, crate::analyze_html(html, None, &options).1);
    }
}
