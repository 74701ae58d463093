//! The golden inputs: one real text per supported language and five real pages (their origins
//! and licences: `tests/fixtures/golden/README.md`). Embedded with `include_str!` so that the
//! native tests (`tests/golden.rs`) and the browser tests (`tests/wasm.rs`) read the same bytes.
//! Each case's full export (`nutshell --format export`) is `tests/golden/<name>.json`.

#![allow(dead_code)] // shared by two test crates (golden.rs, wasm.rs), each reading part of it

use nutshell::{analyze, analyze_html, export, report, Options, Unit};

/// One golden input.
pub struct Case {
    /// The golden file's name, without `.json`.
    pub name: &'static str,
    pub input: &'static str,
    /// For a page: its address (`--url`); `None` for plain text.
    pub page: Option<&'static str>,
    /// The golden export, embedded for the browser tests only (natively `tests/golden.rs` reads
    /// the file at run time, so that blessing a changed or new case needs no rebuild).
    #[cfg(target_arch = "wasm32")]
    pub golden: &'static str,
}

impl Case {
    pub fn is_page(&self) -> bool {
        self.page.is_some()
    }

    /// The case's export with default options, as the CLI prints it (`nutshell --format export`,
    /// with `--html --url` for a page; it ends with a newline): what its golden file holds.
    pub fn export(&self) -> String {
        let options = Options::default();
        let json = match self.page {
            Some(url) => {
                let (article, analysis) = analyze_html(self.input, Some(url), &options);
                let mut r = report::report(&article.text, &analysis, Unit::CodePoints);
                r.article = Some(article);
                export::json(&r, &options)
            }
            None => {
                let analysis = analyze(self.input, &options);
                export::json(
                    &report::report(self.input, &analysis, Unit::CodePoints),
                    &options,
                )
            }
        };
        json + "\n"
    }
}

macro_rules! text {
    ($name:literal, $file:literal) => {
        Case {
            name: $name,
            input: include_str!(concat!("../fixtures/golden/", $file)),
            page: None,
            #[cfg(target_arch = "wasm32")]
            golden: include_str!(concat!("../golden/", $name, ".json")),
        }
    };
}

macro_rules! page {
    ($name:literal, $file:literal, $url:literal) => {
        Case {
            name: $name,
            input: include_str!(concat!("../fixtures/golden/", $file)),
            page: Some($url),
            #[cfg(target_arch = "wasm32")]
            golden: include_str!(concat!("../golden/", $name, ".json")),
        }
    };
}

pub const CASES: &[Case] = &[
    text!("en-wcxb-0031", "en-wcxb-0031.txt"),
    Case {
        name: "fr-nvidia-europe",
        input: include_str!("../fixtures/nvidia-europe-fr.txt"),
        page: None,
        #[cfg(target_arch = "wasm32")]
        golden: include_str!("../golden/fr-nvidia-europe.json"),
    },
    text!("de-germeval2014-dev-001", "de-germeval2014-dev-001.txt"),
    text!("es-trafilatura-24horas", "es-trafilatura-24horas.txt"),
    text!("it-kind-wn-train-002", "it-kind-wn-train-002.txt"),
    text!("pt-harem-084-01630", "pt-harem-084-01630.txt"),
    text!("nl-scrapinghub-21486419", "nl-scrapinghub-21486419.txt"),
    text!("pl-nkjp-200-1-000007", "pl-nkjp-200-1-000007.txt"),
    text!("cs-readability-aktualne", "cs-readability-aktualne.txt"),
    text!("fi-turku-train-t002", "fi-turku-train-t002.txt"),
    text!("ro-ronec-valid-002", "ro-ronec-valid-002.txt"),
    page!(
        "page-wcxb-0052",
        "wcxb-0052.html",
        "https://www.industryselect.com/blog/top-10-appliance-manufacturers-in-the-usa"
    ),
    page!(
        "page-wcxb-4125",
        "wcxb-4125.html",
        "https://www.scripps.org/news_items/4436-9-common-food-myths-debunked"
    ),
    page!(
        "page-readability-heise",
        "readability-heise.html",
        "http://fakehost/test/page.html"
    ),
    page!(
        "page-scrapinghub-c00962aa",
        "scrapinghub-c00962aa.html",
        "https://www.thespacereview.com/article/3834/1"
    ),
    page!(
        "page-trafilatura-anwaltniemeyer",
        "trafilatura-anwaltniemeyer.html",
        "https://anwaltniemeyer.de/index.html"
    ),
];
