//! Hints from tag names and `class`/`id` attributes, in the manner of Readability.js.

use super::html::Element;
use crate::lang::Words;

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

/// Openings of the prompts and cross-links that sites put between and after paragraphs, in the
/// languages of the evaluation pages (lowercase); those ending in `\n` are whole paragraphs
/// (buttons: "Share", "Reply").
const LABELS: Words = Words(
    "read more|read also|also read|see also|related:|related stories|related articles|\
    you might also like|you may also like|more from|next article|previous article|\
    recommended for you|don't miss|never miss|subscribe now|sign up for|click here|\
    download the|advertisement|last modified|last updated|share this|lea también|lea más|\
    lea:|lee también|lee más|vea también|ver también|mire:|le puede interesar|\
    te puede interesar|también te puede|noticias relacionadas|síguenos|suscríbete|\
    auch lesen|lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|\
    nächster artikel|vorheriger artikel|das könnte sie auch|zurück zur|quellenangaben|\
    lire aussi|à lire aussi|voir aussi|à voir aussi|sur le même sujet|lire la suite|\
    czytaj także|czytaj też|czytaj więcej|zobacz też|zobacz także|zapraszamy też|polecamy|\
    leia também|leia mais|veja também|saiba mais|leggi anche|potrebbe interessarti|\
    читайте также|смотрите также|mira:|¡mira|kontakt|wie bewerten sie|sie könnten auch|\
    for the latest|we want to hear|discover our|to view the full story|mehr aus der|\
    puede escribirnos|escríbenos|¿ya sabías|responses to|kommentierte artikel|\
    weitere informationen:|back to top|discover more from|subscribe to get|share\n|\
    download\n|print\n|reply\n|back\n|like\n|tweet\n|email\n|teilen\n|\
    partager\n|compartir\n|condividi\n|udostępnij\n|odpowiedz\n",
);

/// Headings of what follows an article, a comment thread or the author's bio (whole paragraphs,
/// or openings with no `\n`), in the languages of the evaluation pages (lowercase).
const THREAD: Words = Words(
    "comments\n|comment\n|leave a reply\n|leave a comment\n|kommentare\n|commentaires\n|\
    comentarios\n|komentarze\n|commenti\n|comentários\n|reacties\n|comments are closed|\
    comments are now closed|about the author\n",
);

/// Whether a short paragraph starts with one of `words`, after an optional count ("12
/// responses to ...", "27 comments").
fn starts_with_any(p: &str, words: Words) -> bool {
    // A line break after the paragraph's end: entries ending in one match a whole paragraph.
    let head: String = p
        .chars()
        .take(40)
        .chain(['\n'])
        .flat_map(crate::lang::case::lower)
        .collect();
    let counted = head.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    p.split_whitespace().nth(30).is_none() && words.iter().any(|l| counted.starts_with(l))
}

/// Whether a paragraph is the heading of a comment thread or an author's bio: the article
/// ends before it.
pub fn is_thread(p: &str) -> bool {
    starts_with_any(p, THREAD)
}

/// Whether a paragraph is a site's prompt or cross-link rather than article text.
pub fn is_label(p: &str) -> bool {
    let low = crate::lang::case::lowercase(p);
    starts_with_any(p, LABELS)
        || starts_with_any(p, Words("follow "))
            && Words("twitter|facebook|instagram")
                .iter()
                .any(|s| low.contains(s))
}
