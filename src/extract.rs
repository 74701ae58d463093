//! Article extraction from an HTML page.

use serde::Serialize;

/// The article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Article {
    pub title: String,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    pub date: Option<String>,
    /// The article's text: paragraphs and headings separated by blank lines.
    pub text: String,
}

/// Finds the article in `html` (a whole page or a fragment). `url` helps with site names.
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let _ = url;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Article {
        text,
        ..Article::default()
    }
}
