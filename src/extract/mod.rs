//! Article extraction from an HTML page: a tolerant parser ([`html`]), character references
//! ([`entities`]), metadata ([`meta`]) and Readability-style content scoring ([`score`]).
//!
//! Every pass is a loop over the node arena or an explicit stack: no recursion on depth, linear
//! time in the size of the page.

mod entities;
mod html;
mod json;
mod meta;
mod page;
mod readability;
mod score;

use html::Kind;
use page::Page;
use serde::Serialize;

pub use entities::decode as decode_entities;

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

/// Below this many characters an attempt is retried with fewer filters.
const MIN_CHARS: usize = 500;

/// Finds the article in `html` (a whole page or a fragment). `url` helps with site names.
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let dom = html::parse(html);
    let m = meta::collect(&dom);
    let fragment = !dom
        .nodes
        .iter()
        .any(|n| matches!(&n.kind, Kind::Element(e) if e.tag == "body" || e.tag == "html"));
    let title = meta::title(&m);
    let page = Page::new(&dom);
    let text = if fragment {
        page.all_text()
    } else {
        let mut best = String::new();
        for flags in readability::ATTEMPTS {
            let t = readability::article(&page, flags);
            let long_enough = t.chars().count() >= MIN_CHARS;
            // A relaxed attempt must find clearly more, not a link list or two.
            if t.len() > best.len() + best.len() / 4 {
                best = t;
            }
            if long_enough {
                break;
            }
        }
        if best.trim().is_empty() {
            best = page.all_text();
        }
        best
    };
    let text = match &m.body {
        Some(body) if words(body) > 2 * words(&text).max(50) => clean_text(body),
        _ => text,
    };
    let text = drop_labels(&text);
    let text = with_recipe(text, &m.ingredients, &m.steps);
    let site = m.site.clone().or_else(|| url.and_then(host));
    let mut meta = m;
    meta.site = site;
    Article {
        title,
        byline: meta.byline.clone().or_else(|| page.byline()),
        site: meta.site,
        language: meta.language,
        date: meta.date.or_else(|| page.date()),
        text,
    }
}

/// `text` without its paragraphs that are labels and prompts ("Read more: ...", "Subscribe"),
/// and without a comment thread after it.
fn drop_labels(text: &str) -> String {
    let mut end = text.len().min(3000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let lang = crate::detect::detect_text(&text[..end]);
    // A comment thread's heading ends the article, once some text came before it (not a
    // "12 comments" link above the headline).
    let mut before = 0;
    let kept: Vec<&str> = text
        .split("\n\n")
        .take_while(|p| {
            before += p.len();
            before <= 500 + p.len() || !score::is_thread(p)
        })
        .filter(|p| !crate::lang::boilerplate::is_boilerplate(lang, p) && !score::is_label(p))
        .collect();
    if kept.is_empty() {
        return text.to_string();
    }
    kept.join("\n\n")
}

/// `text` with a recipe's ingredients before it and its steps after it, each when the page's
/// markup kept them where the extraction did not find them (a separate box, a script).
fn with_recipe(text: String, ingredients: &[String], steps: &[String]) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let missing = |items: &[String]| {
        let items: Vec<&String> = items.iter().filter(|s| !s.is_empty()).take(64).collect();
        let found = items.iter().filter(|s| flat.contains(s.as_str())).count();
        !items.is_empty() && found * 2 < items.len()
    };
    let mut out = String::new();
    if missing(ingredients) {
        for s in ingredients.iter().filter(|s| !s.is_empty()) {
            out.push_str(s);
            out.push_str("\n\n");
        }
    }
    out.push_str(&text);
    if missing(steps) {
        for s in steps.iter().filter(|s| !s.is_empty()) {
            out.push_str("\n\n");
            out.push_str(s);
        }
    }
    out.trim().to_string()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The host of `url` without `www.`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let h = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let h = h.split(':').next()?.trim_start_matches("www.");
    (!h.is_empty()).then(|| h.to_string())
}

/// Plain text (as from JSON-LD) in the article's shape: paragraphs on blank-line boundaries.
fn clean_text(s: &str) -> String {
    let mut out = Paragraphs::default();
    for line in s.split('\n') {
        out.push_text(line);
        out.flush();
    }
    out.finish()
}

/// Paragraph builder: collapses whitespace, drops control characters.
#[derive(Default)]
struct Paragraphs {
    out: String,
    cur: String,
    space: bool,
}

impl Paragraphs {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() || c.is_control() {
                self.space = true;
            } else {
                if self.space && !self.cur.is_empty() && !self.cur.ends_with('\n') {
                    self.cur.push(' ');
                }
                self.space = false;
                self.cur.push(c);
            }
        }
    }

    fn line_break(&mut self) {
        if self.cur.ends_with('\n') {
            self.flush();
        } else if !self.cur.is_empty() {
            self.cur.push('\n');
        }
        self.space = false;
    }

    fn flush(&mut self) {
        let p = self.cur.trim();
        if !p.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(p);
        }
        self.cur.clear();
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}
