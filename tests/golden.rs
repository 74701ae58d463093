//! Golden summaries of the reference article at 1, 3 and 5 sentences, so that any change to them
//! shows up in review as a diff of `tests/golden/*.txt`. Regenerate on purpose only:
//! `NUTSHELL_BLESS=1 cargo test --test golden`.

use nutshell::{analyze, report, Length, Options, Unit};

const ARTICLE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

fn summary(k: usize) -> String {
    let a = analyze(
        ARTICLE,
        &Options {
            length: Length::Sentences(k),
            ..Options::default()
        },
    );
    report::report(ARTICLE, &a, Unit::CodePoints).summary_text() + "\n"
}

#[test]
fn reference_article_summaries_match_the_golden_files() {
    let bless = std::env::var_os("NUTSHELL_BLESS").is_some();
    for k in [1, 3, 5] {
        let path = format!(
            "{}/tests/golden/nvidia-europe-fr.{k}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let got = summary(k);
        if bless {
            std::fs::write(&path, &got).expect("write golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e} (bless with NUTSHELL_BLESS=1)"));
        assert_eq!(
            got, want,
            "summary of {k} sentences changed; if on purpose, bless with NUTSHELL_BLESS=1"
        );
    }
}
