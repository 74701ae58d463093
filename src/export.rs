//! Exports of a [`Report`]: Markdown for people, and a versioned JSON document for machines.
//!
//! Both are pure functions of the report (and the options that made it), so the same input and
//! options always give byte-identical output: fields are serialised in declaration order, lists
//! are already in a fixed order, and scores are rounded in [`crate::report`].

use crate::analysis::EntityKind;
use crate::options::{Length, Options};
use crate::report::Report;
use serde::Serialize;

/// The `format` field of the JSON export.
pub const FORMAT: &str = "nutshell-analysis";
/// The `formatVersion` field: raised when the export's shape changes incompatibly.
pub const FORMAT_VERSION: u32 = 1;

/// The options an analysis was made with, in canonical form: every field present, in a fixed
/// order, `null` when unset, the language as its code. The same names as the options a caller
/// gives (`OptionsInput`), so the object can be passed back as is to reproduce the analysis.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CanonicalOptions {
    pub sentences: Option<usize>,
    pub ratio: Option<f64>,
    pub words: Option<usize>,
    pub seconds: Option<usize>,
    pub lang: Option<&'static str>,
    pub title: Option<String>,
    pub skip_quotes: bool,
}

impl CanonicalOptions {
    pub fn new(options: &Options) -> CanonicalOptions {
        let mut c = CanonicalOptions {
            sentences: None,
            ratio: None,
            words: None,
            seconds: None,
            lang: options.language.map(|l| l.code()),
            title: options.title.clone(),
            skip_quotes: options.skip_quotes,
        };
        match options.length {
            Length::Auto => {}
            Length::Sentences(n) => c.sentences = Some(n),
            Length::Ratio(r) => c.ratio = Some(r),
            Length::Words(n) => c.words = Some(n),
            Length::Seconds(n) => c.seconds = Some(n),
        }
        c
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Export<'a> {
    format: &'static str,
    format_version: u32,
    engine: &'static str,
    options: CanonicalOptions,
    #[serde(flatten)]
    report: &'a Report,
}

/// The versioned JSON export: `{"format": "nutshell-analysis", "formatVersion": 1, "engine",
/// "options", ...the report's fields}`, pretty-printed with two-space indents.
pub fn json(report: &Report, options: &Options) -> String {
    let export = Export {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        engine: crate::VERSION,
        options: CanonicalOptions::new(options),
        report,
    };
    // Cannot fail: every map key is a string and no `Serialize` impl here returns an error.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// The Markdown export: the title, the summary with `[§n]` references to the source sentences
/// (n = sentence index + 1), the entities grouped by kind with their counts, the summary's key
/// figures, and who said what. `text` is the analysed text (for `--html`, the article's text).
pub fn markdown(text: &str, report: &Report) -> String {
    let mut out = String::new();
    if let Some(title) = &report.title {
        out += "# ";
        out += &inline(title);
        out += "\n\n";
    }
    for &i in &report.summary {
        if let Some(s) = report.sentences.get(i) {
            out += "- ";
            out += &inline(&s.text);
            out += &reference(i);
            out += "\n";
        }
    }
    let words = text.split_whitespace().count();
    if !out.is_empty() {
        out += "\n";
    }
    out += &format!(
        "_Summary of {} of {} sentences; the text has {words} words._\n",
        report.summary.len(),
        report.sentences.len(),
    );

    if !report.entities.is_empty() {
        out += "\n## Entities\n\n";
        for (kind, label) in [
            (EntityKind::Person, "People"),
            (EntityKind::Organization, "Organizations"),
            (EntityKind::Place, "Places"),
            (EntityKind::Other, "Other"),
        ] {
            let names: Vec<String> = report
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| format!("{} ({})", inline(&e.text), e.count))
                .collect();
            if !names.is_empty() {
                out += &format!("- **{label}:** {}\n", names.join(", "));
            }
        }
    }

    let figures: Vec<_> = report.figures.iter().filter(|f| f.in_summary).collect();
    if !figures.is_empty() {
        out += "\n## Key figures\n\n";
        for f in figures {
            out += &format!("- {}{}\n", inline(&f.text), reference(f.sentence));
        }
    }

    if !report.speakers.is_empty() {
        out += "\n## Who said what\n\n";
        for s in &report.speakers {
            out += &format!("- **{}**\n", inline(&s.name));
            for q in s.quotes.iter().filter_map(|&q| report.quotes.get(q)) {
                out += &format!("  - “{}”{}\n", inline(&q.text), reference(q.sentence));
            }
        }
    }
    out
}

/// ` [§n]`, the reference to sentence `index`.
fn reference(index: usize) -> String {
    format!(" [§{}]", index + 1)
}

/// Text on one line, with the characters Markdown would read as markup escaped.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, word) in s.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_collapses_spaces_and_escapes_markup() {
        for (name, input, want) in [
            ("plain", "Nvidia passe", "Nvidia passe"),
            ("line breaks", "a\n\n b\tc", "a b c"),
            ("emphasis", "*bold* _it_", "\\*bold\\* \\_it\\_"),
            ("link", "[x](y) <b>", "\\[x\\](y) \\<b\\>"),
            ("heading", "# 1", "\\# 1"),
            ("empty", "", ""),
        ] {
            assert_eq!(inline(input), want, "{name}");
        }
    }

    #[test]
    fn canonical_options_keep_only_the_length_given() {
        let o = Options {
            length: Length::Ratio(0.25),
            language: Some(crate::Lang::Fr),
            ..Options::default()
        };
        let c = CanonicalOptions::new(&o);
        assert_eq!(
            (c.sentences, c.ratio, c.words, c.seconds, c.lang),
            (None, Some(0.25), None, None, Some("fr"))
        );
    }
}
