//! The exports: the versioned JSON is reproducible byte for byte, and the Markdown's references
//! point at the summary's sentences. The Markdown of the reference article at 3 sentences is a
//! golden file; regenerate on purpose only: `NUTSHELL_BLESS=1 cargo test --test export`.

use nutshell::{analyze, export, report, Options, OptionsInput, Report, Unit};

const ARTICLE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

fn options(json: &str) -> Options {
    serde_json::from_str::<OptionsInput>(json)
        .expect("options parse")
        .validate()
        .expect("options are valid")
}

fn report_of(text: &str, options: &Options) -> Report {
    report::report(text, &analyze(text, options), Unit::CodePoints)
}

fn export_json(text: &str, options_json: &str) -> String {
    let o = options(options_json);
    export::json(&report_of(text, &o), &o)
}

#[test]
fn the_same_input_and_options_give_byte_identical_json() {
    let first = export_json(
        ARTICLE,
        r#"{"sentences": 3, "lang": "fr", "skipQuotes": true}"#,
    );
    let again = export_json(
        ARTICLE,
        r#"{"sentences": 3, "lang": "fr", "skipQuotes": true}"#,
    );
    assert_eq!(first, again);
    // The same options in another order, spelling or case are the same canonical options.
    for (name, same) in [
        (
            "reordered",
            r#"{"skipQuotes": true, "lang": "fr", "sentences": 3}"#,
        ),
        (
            "alias",
            r#"{"language": "fr", "sentences": 3.0, "skipQuotes": true}"#,
        ),
        (
            "region",
            r#"{"skipQuotes": true, "sentences": 3, "lang": "FR-be"}"#,
        ),
    ] {
        assert_eq!(export_json(ARTICLE, same), first, "{name}");
    }
    // And different options are not.
    assert_ne!(
        export_json(ARTICLE, r#"{"sentences": 3, "lang": "fr"}"#),
        first
    );
}

#[test]
fn the_json_export_is_versioned_and_echoes_its_options() {
    let json = export_json(ARTICLE, r#"{"ratio": 0.25, "title": "Nvidia en Europe"}"#);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    // The top-level keys in the order written (pretty-printed: the lines indented by two).
    let keys: Vec<&str> = json
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split_once('"').map(|(k, _)| k))
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "formatVersion",
            "engine",
            "options",
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
        ]
    );
    assert_eq!(v["format"], "nutshell-analysis");
    assert_eq!(v["formatVersion"], 1);
    assert_eq!(v["engine"], nutshell::VERSION);
    assert_eq!(
        v["options"],
        serde_json::json!({
            "sentences": null, "ratio": 0.25, "words": null, "seconds": null,
            "lang": null, "title": "Nvidia en Europe", "skipQuotes": false
        })
    );
    assert_eq!(v["language"], "fr");
    assert_eq!(v["title"], "Nvidia en Europe");
}

#[test]
fn the_echoed_options_reproduce_the_export() {
    for given in [
        r#"{}"#,
        r#"{"sentences": 5, "language": "FR"}"#,
        r#"{"words": 80, "title": "Nvidia"}"#,
        r#"{"seconds": 30, "skipQuotes": true}"#,
        r#"{"ratio": 0.1, "lang": "auto"}"#,
    ] {
        let first = export_json(ARTICLE, given);
        let v: serde_json::Value = serde_json::from_str(&first).expect("valid JSON");
        let echoed = v["options"].to_string();
        assert_eq!(export_json(ARTICLE, &echoed), first, "{given} -> {echoed}");
    }
}

#[test]
fn markdown_references_point_at_the_summary_sentences() {
    let o = options(r#"{"sentences": 3}"#);
    let r = report_of(ARTICLE, &o);
    let md = export::markdown(ARTICLE, &r);
    let title = r.title.as_deref().expect("the article has a title");
    let body = md
        .strip_prefix(&format!("# {title}\n\n"))
        .unwrap_or_else(|| panic!("starts with the title: {md}"));
    let bullets: Vec<&str> = body.lines().take_while(|l| l.starts_with("- ")).collect();
    assert_eq!(bullets.len(), 3, "{md}");
    for (line, &i) in bullets.iter().zip(&r.summary) {
        let (sentence, n) = line[2..].rsplit_once(" [§").expect("a reference");
        assert_eq!(n, format!("{}]", i + 1), "{line}");
        let want = r.sentences[i].text.split_whitespace().collect::<Vec<_>>();
        assert_eq!(sentence.split_whitespace().collect::<Vec<_>>(), want);
    }
    // Every reference anywhere in the document names a real sentence.
    for piece in md.split("[§").skip(1) {
        let n: usize = piece[..piece.find(']').expect("closed")]
            .parse()
            .expect("a number");
        assert!((1..=r.sentences.len()).contains(&n), "§{n}");
    }
    for heading in ["## Entities", "## Who said what"] {
        assert!(md.contains(heading), "{heading} in {md}");
    }
    assert!(md.contains("- **People:** Jensen Huang ("), "{md}");
    // No figure stands in these 3 sentences, so there is no figure section.
    assert!(r.figures.iter().all(|f| !f.in_summary));
    assert!(!md.contains("## Key figures"), "{md}");
}

#[test]
fn markdown_lists_the_figures_of_the_summary_with_their_sentence() {
    // The whole text as the summary, so that which figures are listed does not hang on salience.
    let o = options(r#"{"ratio": 1}"#);
    let r = report_of(ARTICLE, &o);
    let md = export::markdown(ARTICLE, &r);
    let section = md
        .split_once("## Key figures\n\n")
        .expect("a figure section")
        .1
        .split("\n\n")
        .next()
        .unwrap_or_default();
    let want: Vec<String> = r
        .figures
        .iter()
        .filter(|f| f.in_summary)
        .map(|f| format!("- {} [§{}]", f.text, f.sentence + 1))
        .collect();
    assert!(!want.is_empty());
    assert_eq!(section.lines().collect::<Vec<_>>(), want);
    assert!(
        want.iter()
            .any(|l| l.contains("18.000 superpuces Blackwell")),
        "{md}"
    );
}

#[test]
fn markdown_of_an_empty_text_is_a_short_well_formed_document() {
    let o = Options::default();
    let md = export::markdown("", &report_of("", &o));
    assert_eq!(md, "_Summary of 0 of 0 sentences; the text has 0 words._\n");
}

#[test]
fn reference_article_markdown_matches_the_golden_file() {
    let path = format!(
        "{}/tests/golden/nvidia-europe-fr.3.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = options(r#"{"sentences": 3}"#);
    let got = export::markdown(ARTICLE, &report_of(ARTICLE, &o));
    if std::env::var_os("NUTSHELL_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write golden file");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e} (bless with NUTSHELL_BLESS=1)"));
    assert_eq!(
        got, want,
        "the Markdown export changed; if on purpose, bless with NUTSHELL_BLESS=1"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Any text exports: the JSON parses and holds the analysis, and every `[§n]` in the
        /// Markdown names a real sentence.
        #[test]
        fn any_text_exports(text in "(\\PC|[ \\n.!?«»“”*_#\\[\\]]){0,300}", sentences in 1usize..5) {
            let o = Options { length: nutshell::Length::Sentences(sentences), ..Options::default() };
            let r = report_of(&text, &o);
            let json = export::json(&r, &o);
            let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
            prop_assert_eq!(v["summary"].as_array().map(Vec::len), Some(r.summary.len()));
            prop_assert_eq!(&v["options"]["sentences"], &serde_json::json!(sentences));
            let md = export::markdown(&text, &r);
            for piece in md.split(" [§").skip(1) {
                let n = piece.split(']').next().and_then(|n| n.parse::<usize>().ok());
                prop_assert!(n.is_some_and(|n| (1..=r.sentences.len()).contains(&n)), "{md}");
            }
            prop_assert_eq!(md.lines().filter(|l| l.starts_with("- ") && !l.starts_with("- **")).count(),
                r.summary.len() + r.figures.iter().filter(|f| f.in_summary).count());
        }
    }
}
