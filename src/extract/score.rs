//! Hints from tag names and `class`/`id` attributes, in the manner of Readability.js.

use super::html::Element;
use crate::lang::{labels, Words};

/// Elements that flow inside a paragraph; every other element starts a block of its own.
pub fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "acronym"
            | "b"
            | "bdi"
            | "bdo"
            | "big"
            | "br"
            | "cite"
            | "code"
            | "data"
            | "del"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "img"
            | "ins"
            | "kbd"
            | "label"
            | "mark"
            | "nobr"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strike"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "wbr"
            | "ruby"
            | "rb"
            | "picture"
            | "source"
            | "blink"
            | "abbrev"
    )
}

/// Elements that are never article text, with everything inside them.
pub fn is_dropped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "svg"
            | "canvas"
            | "iframe"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "rt"
            | "rp"
            | "figcaption"
            | "dialog"
            | "menu"
            | "map"
            | "frameset"
            | "noembed"
            | "noframes"
            | "xmp"
            | "plaintext"
            | "link"
            | "meta"
    )
}

/// Whether the element is hidden from readers.
pub fn is_hidden(e: &Element) -> bool {
    // React streams server-rendered content into `<div hidden id="S:0">` and shows it with a
    // script; static copies of such pages keep it hidden.
    let streamed = e.attr("id").is_some_and(|id| id.starts_with("S:"));
    if e.attr("hidden").is_some() && !streamed
        || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
    {
        return true;
    }
    if e.attr("type")
        .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    match e.attr("style") {
        Some(s) => {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(crate::lang::case::lower)
                .collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        }
        None => false,
    }
}

/// Readability's "unlikely candidate" patterns, matched inside `class` and `id`.
const UNLIKELY: Words = Words(
    "banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr|header|\
    legend|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|\
    supplemental|ad-break|agegate|pagination|pager|popup|cookie|consent|newsletter|\
    subscribe|share|sharing|promo|advert|outbrain|taboola|navbar|navigation|widget|toolbar|\
    signup|modal|recommend|trending|caption|credit|skip|screen-reader|komentar|kommentar|\
    comentar|teaser|excerpt|sr-only|visually-hidden|disclaimer|disclosure",
);

/// Comment threads, in the languages of class names seen in the wild.
const COMMENTS: Words =
    Words("comment|disqus|replies|respond|komentar|kommentar|comentar|reactie|discussion");

/// Words that make an element worth keeping even if it matches an unlikely pattern.
const MAYBE: Words = Words("article|body|column|content|main|shadow");

/// Bylines and datelines, matched inside `class` and `id`.
const BYLINE: Words = Words("byline|author|dateline|writtenby|timestamp|publish-date");

/// Patterns for a negative class weight.
const NEGATIVE: Words = Words(
    "hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|\
    related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|\
    cookie|newsletter|subscribe|caption|credit|disclaimer|disclosure",
);

/// Patterns for a positive class weight.
const POSITIVE: Words =
    Words("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");

/// Short words that count only as whole words of a class or id (`ad`, not `head`).
const NEGATIVE_WORDS: Words = Words("ad|ads|adv|hid|nav|tag|share|print");

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Class/id hints of one element.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hints {
    /// Readability's class weight: -25 or +25 per attribute.
    pub weight: i32,
    /// Matches an unlikely pattern and no keep-anyway word.
    pub unlikely: bool,
    /// Matches a pattern of comments, kept out even when the filters are relaxed.
    pub comments: bool,
    /// Looks like a byline or a dateline.
    pub byline: bool,
}

pub fn hints(e: &Element) -> Hints {
    let mut h = Hints::default();
    let mut all = String::new();
    let mut id_at = 0;
    for name in ["class", "id"] {
        id_at = all.len();
        let Some(v) = e.attr(name) else { continue };
        let v = v.to_ascii_lowercase();
        if v.is_empty() {
            continue;
        }
        let neg = NEGATIVE.iter().any(|p| v.contains(p))
            || words(&v).any(|w| NEGATIVE_WORDS.contains(&w));
        if neg {
            h.weight -= 25;
        }
        if POSITIVE.iter().any(|p| v.contains(p)) {
            h.weight += 25;
        }
        // An opinion piece is a "commentary", not a comment thread.
        all.push_str(&v.replace("commentary", "opinion"));
        all.push(' ');
    }
    h.byline = e.attr("rel") == Some("author")
        || e.attr("itemprop").is_some_and(|v| v.contains("author"))
        || BYLINE.iter().any(|p| all.contains(p))
        || words(&all).any(|w| matches!(w, "date" | "time" | "published" | "posted" | "pubdate"));
    if !all.is_empty() {
        let unlikely = UNLIKELY.iter().any(|p| all.contains(p))
            || words(&all).any(|w| matches!(w, "ad" | "ads" | "nav" | "tags"));
        let maybe = MAYBE.iter().any(|p| all.contains(p));
        h.unlikely = unlikely && !maybe;
        // An id names the thread itself (`id="comments"`), whatever its layout classes say.
        h.comments = COMMENTS
            .iter()
            .any(|p| all[id_at..].contains(p) || !maybe && all.contains(p));
    }
    h
}

/// Readability's initial score of a candidate by its tag.
pub fn tag_score(tag: &str) -> f64 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Whether a short paragraph starts with one of `openings`, or is all of one of `wholes`,
/// after an optional count ("12 responses to ...", "27 comments").
fn starts_with_any<'w>(
    p: &str,
    openings: impl IntoIterator<Item = &'w str>,
    wholes: impl IntoIterator<Item = &'w str>,
) -> bool {
    if p.split_whitespace().nth(30).is_some() {
        return false;
    }
    // A line break after the paragraph's head: a whole entry is followed by one.
    let head: String = p
        .chars()
        .take(40)
        .chain(['\n'])
        .flat_map(crate::lang::case::lower)
        .collect();
    let counted = head.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    openings.into_iter().any(|l| counted.starts_with(l))
        || wholes
            .into_iter()
            .any(|l| counted.strip_prefix(l).is_some_and(|r| r.starts_with('\n')))
}

/// Whether a paragraph is the heading of a comment thread or an author's bio: the article
/// ends before it.
pub fn is_thread(p: &str) -> bool {
    starts_with_any(
        p,
        labels::in_every_language(|l| l.thread_openings),
        labels::in_every_language(|l| l.thread_headings),
    )
}

/// Whether a paragraph is a site's prompt, cross-link or button rather than article text.
pub fn is_label(p: &str) -> bool {
    if starts_with_any(
        p,
        labels::in_every_language(|l| l.prompts),
        labels::in_every_language(|l| l.buttons),
    ) {
        return true;
    }
    let low = crate::lang::case::lowercase(p);
    starts_with_any(p, ["follow "], [])
        && Words("twitter|facebook|instagram")
            .iter()
            .any(|s| low.contains(s))
}
