//! Page metadata: `<title>`, `<html lang>`, `<meta>` (Open Graph, Twitter, Dublin Core) and
//! schema.org JSON-LD.

use super::html::{Dom, Kind};
use super::json::{self, Json};

/// What the page says about itself.
#[derive(Debug, Default)]
pub struct Meta {
    pub doc_title: Option<String>,
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    pub h1: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    pub date: Option<String>,
    /// JSON-LD `articleBody`, the publisher's own copy of the text.
    pub body: Option<String>,
    /// A schema.org Recipe's ingredients and steps, as the publisher lists them.
    pub ingredients: Vec<String>,
    pub steps: Vec<String>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn set(slot: &mut Option<String>, value: &str) {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    }
}

/// Collects the metadata of `dom`.
pub fn collect(dom: &Dom) -> Meta {
    let mut m = Meta::default();
    let mut ld = Vec::new();
    let (mut og_site, mut author, mut published) = (None, None, None);
    for (i, node) in dom.nodes.iter().enumerate() {
        let Kind::Element(e) = &node.kind else {
            continue;
        };
        match e.tag.as_str() {
            "html" => {
                if let Some(l) = e.attr("lang").or_else(|| e.attr("xml:lang")) {
                    set(&mut m.language, l);
                }
            }
            "title" if m.doc_title.is_none() => {
                let t = dom.text_of(i);
                set(&mut m.doc_title, &t);
            }
            "h1" if m.h1.is_none() => {
                let t = dom.text_of(i);
                set(&mut m.h1, &t);
            }
            "meta" => {
                let key = e
                    .attr("property")
                    .or_else(|| e.attr("name"))
                    .or_else(|| e.attr("itemprop"))
                    .or_else(|| e.attr("http-equiv"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(content) = e.attr("content") else {
                    continue;
                };
                match key.as_str() {
                    "og:title" | "twitter:title" => set(&mut m.og_title, content),
                    "og:site_name" | "application-name" => set(&mut og_site, content),
                    "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author"
                        if !content.starts_with("http") =>
                    {
                        set(&mut author, content.trim_start_matches("By ").trim())
                    }
                    "article:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "dc.date"
                    | "dc.date.issued"
                    | "publish-date"
                    | "og:published_time"
                    | "sailthru.date"
                    | "parsely-pub-date" => set(&mut published, content),
                    "og:locale" | "content-language" | "language" | "dc.language" => {
                        set(&mut m.language, &content.replace('_', "-"))
                    }
                    _ => {}
                }
            }
            "script" if is_json_ld(e) => {
                let raw = dom.nodes[i]
                    .children
                    .iter()
                    .filter_map(|&c| match &dom.nodes[c].kind {
                        Kind::Text(t) => Some(t.as_str()),
                        _ => None,
                    })
                    .collect::<String>();
                // Raw line breaks inside strings are common and invalid JSON.
                let clean: String = raw
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                if let Some(v) = json::parse(&clean) {
                    ld.push(v);
                }
            }
            _ => {}
        }
    }
    for v in &ld {
        json_ld(v, &mut m, &mut og_site, &mut author, &mut published);
    }
    m.site = og_site;
    m.byline = author;
    m.date = published;
    m
}

fn is_json_ld(e: &super::html::Element) -> bool {
    e.attr("type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
}

fn is_article_type(v: &Json) -> bool {
    let t = |s: &str| {
        s.ends_with("Article")
            || matches!(
                s,
                "BlogPosting" | "Report" | "LiveBlogPosting" | "SocialMediaPosting" | "Recipe"
            )
    };
    match v.get("@type") {
        Some(Json::Str(s)) => t(s),
        Some(Json::Arr(a)) => a.iter().any(|x| x.as_str().is_some_and(t)),
        _ => false,
    }
}

fn name_of(v: &Json) -> Option<String> {
    match v {
        Json::Str(s) => Some(s.clone()),
        Json::Obj(_) => v.get("name").and_then(name_of),
        Json::Arr(a) => {
            let names: Vec<String> = a.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Reads article objects out of one JSON-LD value (arrays and `@graph` looked into, one level).
fn json_ld(
    v: &Json,
    m: &mut Meta,
    site: &mut Option<String>,
    author: &mut Option<String>,
    date: &mut Option<String>,
) {
    let mut items: Vec<&Json> = Vec::new();
    match v {
        Json::Arr(a) => items.extend(a.iter()),
        _ => items.push(v),
    }
    let mut k = 0;
    while k < items.len() && k < 256 {
        if let Some(Json::Arr(g)) = items[k].get("@graph") {
            items.extend(g.iter());
        }
        k += 1;
    }
    for it in items {
        if !is_article_type(it) {
            continue;
        }
        if let Some(h) = it.get("headline").and_then(Json::as_str) {
            set(&mut m.ld_headline, h);
        }
        if let Some(a) = it.get("author").and_then(name_of) {
            set(author, &a);
        }
        if let Some(d) = it.get("datePublished").and_then(Json::as_str) {
            set(date, d);
        }
        if let Some(p) = it.get("publisher").and_then(name_of) {
            set(site, &p);
        }
        if m.ingredients.is_empty() {
            if let Some(Json::Arr(a)) = it.get("recipeIngredient") {
                m.ingredients = a.iter().filter_map(Json::as_str).map(squash).collect();
            }
        }
        if m.steps.is_empty() {
            if let Some(Json::Arr(a)) = it.get("recipeInstructions") {
                // Plain strings or HowToStep objects with a "text".
                m.steps = a
                    .iter()
                    .filter_map(|x| x.as_str().or_else(|| x.get("text").and_then(Json::as_str)))
                    .map(squash)
                    .collect();
            }
        }
        if let Some(b) = it.get("articleBody").and_then(Json::as_str) {
            if m.body.is_none() && !b.trim().is_empty() {
                m.body = Some(b.to_string());
            }
        }
    }
}

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ ",
];

/// The page's headline: Open Graph or JSON-LD first, then the `<title>` without its site
/// suffix, checked against the first `<h1>`.
pub fn title(m: &Meta) -> String {
    let strip = |t: &str| strip_site(t, m.site.as_deref());
    if let Some(t) = m.og_title.as_deref().or(m.ld_headline.as_deref()) {
        return strip(t);
    }
    if let Some(t) = &m.doc_title {
        let s = strip(t);
        if let Some(h) = &m.h1 {
            // An h1 that the title contains is the cleanest form of the headline.
            if t.contains(h.as_str()) && h.split_whitespace().count() >= 2 {
                return h.clone();
            }
        }
        return s;
    }
    m.h1.clone().unwrap_or_default()
}

/// `t` without a trailing (or leading) " | Site" part.
fn strip_site(t: &str, site: Option<&str>) -> String {
    let t = t.trim();
    for sep in SEPARATORS {
        if let Some(p) = t.rfind(sep) {
            let (head, tail) = (&t[..p], &t[p + sep.len()..]);
            let site_match = site.is_some_and(|s| {
                s.eq_ignore_ascii_case(tail.trim()) || s.eq_ignore_ascii_case(head.trim())
            });
            if site_match && s_eq(site, head) {
                return tail.trim().to_string();
            }
            if site_match
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3)
            {
                return head.trim().to_string();
            }
        }
    }
    t.to_string()
}

fn s_eq(site: Option<&str>, x: &str) -> bool {
    site.is_some_and(|s| s.eq_ignore_ascii_case(x.trim()))
}
