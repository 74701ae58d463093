//! Hints from tag names and `class`/`id` attributes, in the manner of Readability.js.

use super::html::Element;
use crate::hash::{add_bits, FastMap, WordBits};
use crate::lang::labels::{self, Labels};
use crate::lang::{pattern, Words};
use regex::Regex;
use std::sync::OnceLock;

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
    // "display: none", "Visibility:Hidden".
    e.attr("style").is_some_and(|s| {
        static HIDDEN: OnceLock<Regex> = OnceLock::new();
        HIDDEN
            .get_or_init(|| {
                pattern::compile(
                    r"(?i-u)display[ \t\r\n]*:[ \t\r\n]*none|visibility[ \t\r\n]*:[ \t\r\n]*hidden",
                )
            })
            .is_match(s)
    })
}

/// Readability's "unlikely candidate" patterns, matched inside `class` and `id`.
const UNLIKELY: Words = Words(
    "banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr|header|\
    legend|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|\
    supplemental|ad-break|agegate|pagination|pager|popup|cookie|consent|newsletter|\
    subscribe|share|sharing|promo|advert|outbrain|taboola|navbar|navigation|toolbar|\
    signup|modal|recommend|trending|caption|credit|skip|screen-reader|komentar|kommentar|\
    comentar|teaser|excerpt|sr-only|visually-hidden|disclaimer|disclosure",
);

/// Widgets: sidebar boxes, and the blocks of page builders that hold the article itself
/// ("elementor-widget-text-editor", "c-product-widget" on the training pages): unlikely only
/// when their text is not prose (see `Hints::widget`).
const WIDGET: Words = Words("widget");

/// Comment threads, in the languages of class names seen in the wild.
const COMMENTS: Words =
    Words("comment|disqus|replies|respond|komentar|kommentar|comentar|reactie|discussion");

/// Words that make an element worth keeping even if it matches an unlikely pattern.
const MAYBE: Words = Words("and|article|body|column|content|main|mathjax|shadow");

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

/// Short words that make a class or id unlikely only as whole words.
const UNLIKELY_WORDS: Words = Words("ad|ads|nav|tags");

/// Words of a dateline only as whole words of a class or id.
const BYLINE_WORDS: Words = Words("date|time|published|posted|pubdate");

/// The patterns of [`hints`], from the tables above: every entry inside a lowercase class or id
/// value in one pattern, the short words as whole words in another, and what each match tells
/// as bits (a match also tells what the entries inside it tell: "pager" is unlikely, and has
/// "page"). One scan of a value finds them all, where one pattern per table took six.
struct HintPatterns {
    inside: Regex,
    inside_bits: WordBits,
    words: Regex,
    word_bits: WordBits,
}

/// An opinion piece is a "commentary", not a comment thread: only the class weight reads its
/// "comment".
const COMMENTARY: &str = "commentary";

fn hint_patterns() -> &'static HintPatterns {
    static PATTERNS: OnceLock<HintPatterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let tables = [
            (NEGATIVE, NEGATIVE_BIT),
            (POSITIVE, POSITIVE_BIT),
            (BYLINE, BYLINE_BIT),
            (UNLIKELY, UNLIKELY_BIT),
            (MAYBE, MAYBE_BIT),
            (COMMENTS, COMMENTS_BIT),
            (WIDGET, WIDGET_BIT),
        ];
        let mut inside_bits = WordBits::default();
        let entries: Vec<&'static str> = tables
            .iter()
            .flat_map(|(t, _)| t.iter())
            .chain([COMMENTARY])
            .collect();
        for &entry in &entries {
            let within = |e: &str| {
                if entry == COMMENTARY {
                    (NEGATIVE_BIT | POSITIVE_BIT) & table_bits(&tables, e)
                } else {
                    table_bits(&tables, e)
                }
            };
            let bits = tables
                .iter()
                .flat_map(|(t, _)| t.iter())
                .filter(|e| entry.contains(e))
                .fold(0, |b, e| b | within(e));
            add_bits(
                &mut inside_bits,
                &mut std::iter::once(entry),
                u32::from(bits),
            );
        }
        let whole = [
            (NEGATIVE_WORDS, NEGATIVE_BIT),
            (UNLIKELY_WORDS, UNLIKELY_BIT),
            (BYLINE_WORDS, BYLINE_BIT),
        ];
        let mut word_bits = WordBits::default();
        for (table, bit) in whole {
            add_bits(&mut word_bits, &mut table.iter(), u32::from(bit));
        }
        HintPatterns {
            inside: pattern::compile(&pattern::alternation(entries.iter().copied())),
            inside_bits,
            words: pattern::compile(&pattern::whole_words(
                whole.iter().flat_map(|(t, _)| t.iter()),
            )),
            word_bits,
        }
    })
}

/// The bits of the tables that hold `entry`.
fn table_bits(tables: &[(Words, u8)], entry: &str) -> u8 {
    tables
        .iter()
        .filter(|(t, _)| t.contains(&entry))
        .fold(0, |b, (_, bit)| b | bit)
}

/// The bits of every match of `pattern` in `v`, overlapping ones included: each search starts
/// one character after the last match's start.
fn match_bits(pattern: &Regex, bits: &WordBits, v: &str, word: bool) -> u8 {
    let mut found = 0;
    let mut at = 0;
    while let Some(m) = pattern.find_at(v, at) {
        let text = if word {
            m.as_str()
                .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        } else {
            m.as_str()
        };
        found |= bits.get(text).copied().unwrap_or(0) as u8;
        at = m.start() + v[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    found
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
    /// Is named a widget (and no keep-anyway word): unlikely unless it holds prose.
    pub widget: bool,
}

/// What the patterns of [`hints`] find in one class or id value, as bits.
const NEGATIVE_BIT: u8 = 1;
const POSITIVE_BIT: u8 = 2;
const BYLINE_BIT: u8 = 4;
const UNLIKELY_BIT: u8 = 8;
const MAYBE_BIT: u8 = 16;
const COMMENTS_BIT: u8 = 32;
const WIDGET_BIT: u8 = 64;

/// The bits of each class or id value seen in a page: pages repeat their classes, and the
/// patterns need only run once per distinct value.
#[derive(Default)]
pub struct HintCache<'a>(FastMap<&'a str, u32>);

impl<'a> HintCache<'a> {
    fn bits(&mut self, value: &'a str) -> u8 {
        // (`u32` values: the same map type as the word indexes, one copy of its code in wasm.)
        if let Some(&bits) = self.0.get(value) {
            return bits as u8;
        }
        let bits = value_bits(value);
        self.0.insert(value, u32::from(bits));
        bits
    }
}

/// The bits of one class or id value. Each pattern matches within the value, so the hints of
/// an element are those of its class and its id together.
fn value_bits(value: &str) -> u8 {
    let v = value.to_ascii_lowercase();
    if v.is_empty() {
        return 0;
    }
    let p = hint_patterns();
    match_bits(&p.inside, &p.inside_bits, &v, false) | match_bits(&p.words, &p.word_bits, &v, true)
}

pub fn hints<'a>(e: &'a Element, cache: &mut HintCache<'a>) -> Hints {
    let class = e.attr("class").map_or(0, |v| cache.bits(v));
    let id = e.attr("id").map_or(0, |v| cache.bits(v));
    let either = class | id;
    let weight = |bits: u8| {
        i32::from(bits & POSITIVE_BIT != 0) * 25 - i32::from(bits & NEGATIVE_BIT != 0) * 25
    };
    let maybe = either & MAYBE_BIT != 0;
    Hints {
        weight: weight(class) + weight(id),
        unlikely: !maybe && either & UNLIKELY_BIT != 0,
        widget: !maybe && either & WIDGET_BIT != 0,
        // An id names the thread itself (`id="comments"`), whatever its layout classes say.
        comments: id & COMMENTS_BIT != 0 || !maybe && either & COMMENTS_BIT != 0,
        byline: e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|v| v.contains("author"))
            || either & BYLINE_BIT != 0,
    }
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

/// Patterns of the page's prompts and thread headings, from [`labels`]: after an optional count
/// ("12 responses to ...", "27 comments"), an opening, or a whole paragraph (then a line break).
struct LabelPatterns {
    label: Regex,
    thread: Regex,
    follow: Regex,
}

fn label_patterns() -> &'static LabelPatterns {
    static PATTERNS: OnceLock<LabelPatterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let openings_or_wholes = |openings: fn(&Labels) -> Words, wholes: fn(&Labels) -> Words| {
            pattern::compile(&format!(
                "^[0-9 ]*(?:{}|{}\n)",
                pattern::alternation(labels::in_every_language(openings)),
                pattern::alternation(labels::in_every_language(wholes))
            ))
        };
        LabelPatterns {
            label: openings_or_wholes(|l| l.prompts, |l| l.buttons),
            thread: openings_or_wholes(|l| l.thread_openings, |l| l.thread_headings),
            // "Follow us on Twitter and Facebook".
            follow: pattern::compile("(?s)^[0-9 ]*follow .*(?:twitter|facebook|instagram)"),
        }
    })
}

/// Whether a short paragraph (30 words or fewer) matches `pattern` by its head: its first 40
/// characters, lowercase, then a line break.
fn head_matches(p: &str, pattern: &Regex) -> bool {
    if p.split_whitespace().nth(30).is_some() {
        return false;
    }
    let head: String = p
        .chars()
        .take(40)
        .chain(['\n'])
        .flat_map(crate::text::case::lower)
        .collect();
    pattern.is_match(&head)
}

/// Whether a paragraph is the heading of a comment thread or an author's bio: the article
/// ends before it.
pub fn is_thread(p: &str) -> bool {
    head_matches(p, &label_patterns().thread)
}

/// Whether a paragraph is a site's prompt, cross-link or button rather than article text.
pub fn is_label(p: &str) -> bool {
    let patterns = label_patterns();
    head_matches(p, &patterns.label)
        || p.split_whitespace().nth(30).is_none()
            && patterns.follow.is_match(&crate::text::case::lowercase(p))
}
