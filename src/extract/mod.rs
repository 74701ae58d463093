//! Article extraction from an HTML page: a tolerant parser ([`html`]), character references
//! ([`entities`]), metadata ([`meta`]) and Readability-style content scoring ([`score`]).
//!
//! Every pass is a loop over the node arena or an explicit stack: no recursion on depth, linear
//! time in the size of the page.

mod entities;
mod html;
mod json;
mod meta;
mod score;

use html::{Dom, Kind};
use score::Hints;
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

/// Which of Readability's filters an attempt applies; later attempts relax them.
#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
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
        for flags in [
            Flags {
                strip_unlikely: true,
                weight_classes: true,
                clean_conditionally: true,
            },
            Flags {
                strip_unlikely: false,
                weight_classes: true,
                clean_conditionally: true,
            },
            Flags {
                strip_unlikely: false,
                weight_classes: false,
                clean_conditionally: true,
            },
            Flags {
                strip_unlikely: false,
                weight_classes: false,
                clean_conditionally: false,
            },
        ] {
            let t = page.article(flags);
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

/// Whether text ends cut short ("..."), as a teaser's excerpt does.
fn is_cut(t: &str) -> bool {
    let end = t.trim_end();
    end.ends_with("...") || end.ends_with('…')
}

/// Elements never dropped for their class or id alone.
fn keeps_hinted(tag: &str) -> bool {
    matches!(
        tag,
        "body" | "html" | "article" | "main" | "a" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// Per-node figures of the page, computed once.
struct Page<'a> {
    dom: &'a Dom,
    /// Dropped whatever the attempt: dropped tags, hidden elements, and their content.
    hard: Vec<bool>,
    hints: Vec<Hints>,
    /// Paragraph text under each node (see [`Page::new`]).
    prose: Vec<u32>,
    /// How many paragraphs make up `prose`.
    prose_blocks: Vec<u32>,
    /// Each node's nearest block ancestor-or-self, for paragraph text.
    block: Vec<usize>,
    /// Whether a node is inside a link.
    in_link: Vec<bool>,
}

/// Subtree figures for one attempt.
#[derive(Clone, Copy, Default)]
struct Stats {
    chars: u32,
    link_chars: u32,
    commas: u32,
    p: u32,
    img: u32,
    li: u32,
    li_chars: u32,
    input: u32,
    heading_chars: u32,
    /// Text of paragraphs that read like prose (long enough, few links).
    good: u32,
    /// Text of other blocks: link lists, short lines.
    bad: u32,
}

/// Characters of `t` with whitespace collapsed, and its commas.
fn measure(t: &str) -> (u32, u32) {
    let (mut n, mut commas, mut space) = (0u32, 0u32, true);
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                n += 1;
            }
            space = true;
        } else {
            n += 1;
            space = false;
            if matches!(c, ',' | '，' | '、' | '،') {
                commas += 1;
            }
        }
    }
    (n, commas)
}

impl<'a> Page<'a> {
    fn new(dom: &'a Dom) -> Self {
        let n = dom.nodes.len();
        let mut len = vec![0u32; n];
        for i in (1..n).rev() {
            if let Kind::Text(t) = &dom.nodes[i].kind {
                len[i] = measure(t).0;
            }
            let p = dom.nodes[i].parent;
            len[p] = len[p].saturating_add(len[i]);
        }
        // Dropped whatever the page: scripts, forms, hidden elements.
        let mut hard = vec![false; n];
        let mut hints = vec![Hints::default(); n];
        for i in 1..n {
            let p = dom.nodes[i].parent;
            hard[i] = hard[p];
            if let Kind::Element(e) = &dom.nodes[i].kind {
                hints[i] = score::hints(e);
                if score::is_dropped_tag(&e.tag) || score::is_hidden(e) {
                    hard[i] = true;
                }
            }
        }
        let mut block = vec![0usize; n];
        let mut in_link = vec![false; n];
        for i in 1..n {
            let p = dom.nodes[i].parent;
            in_link[i] = in_link[p] || dom.tag(i) == "a";
            block[i] = match &dom.nodes[i].kind {
                Kind::Element(e) if !score::is_inline(&e.tag) => i,
                _ => block[p],
            };
        }
        let prose_outside = |dropped: &[bool]| {
            // (characters, linked characters, ends cut short like a teaser's excerpt)
            let mut own = vec![(0u32, 0u32, false); n];
            let mut prose = vec![0u32; n];
            let mut blocks = vec![0u32; n];
            let mut lost = dropped.to_vec();
            for i in 1..n {
                let p = dom.nodes[i].parent;
                lost[i] = lost[i] || lost[p] || hints[i].comments && !keeps_hinted(dom.tag(i));
            }
            for i in (1..n).rev() {
                if lost[i] {
                    continue;
                }
                let p = dom.nodes[i].parent;
                match &dom.nodes[i].kind {
                    Kind::Text(t) => {
                        let b = &mut own[block[p]];
                        if b.0 == 0 && len[i] > 0 {
                            b.2 = is_cut(t);
                        }
                        b.0 += len[i];
                        if in_link[i] {
                            b.1 += len[i];
                        }
                    }
                    Kind::Element(_) if block[i] == i => {
                        let (c, l, cut) = own[i];
                        if c >= 40 && l * 10 < c * 3 && !cut {
                            prose[i] += c;
                            blocks[i] += 1;
                        }
                    }
                    _ => {}
                }
                prose[p] = prose[p].saturating_add(prose[i]);
                blocks[p] += blocks[i];
            }
            (prose, blocks)
        };
        let (prose, _) = prose_outside(&hard);
        // Page furniture (navigation, asides, footers, short headers, bylines and author
        // boxes that do not hold most of the prose) is dropped too; an `<aside>` only if it does not hold most of the page's prose (the article
        // inside an unclosed or misused one).
        for i in 1..n {
            let p = dom.nodes[i].parent;
            if hard[p] {
                hard[i] = true;
            }
            let Kind::Element(e) = &dom.nodes[i].kind else {
                continue;
            };
            let t = e.tag.as_str();
            if matches!(t, "nav" | "footer")
                || t == "aside" && !(prose[i] >= 500 && 2 * prose[i] > prose[0])
                || t == "header" && len[i] < 600
                || hints[i].byline
                    && len[i] < 1000
                    && 2 * prose[i] <= prose[0]
                    && !matches!(t, "body" | "html" | "article")
            {
                hard[i] = true;
            }
        }
        // Prose under each node: text of blocks that read like paragraphs (40 characters or
        // more, under 30% linked, not cut short), outside what is dropped and comment threads.
        let (prose, prose_blocks) = prose_outside(&hard);
        Page {
            dom,
            hard,
            hints,
            prose,
            prose_blocks,
            block,
            in_link,
        }
    }

    /// All the text that is not hard-dropped (for fragments and as a last resort).
    fn all_text(&self) -> String {
        let keep = vec![true; self.dom.nodes.len()];
        self.render(&[0], &keep)
    }

    /// Renders the subtrees `roots` (in order) as paragraphs, skipping nodes not in `keep`.
    fn render(&self, roots: &[usize], keep: &[bool]) -> String {
        let mut out = Paragraphs::default();
        let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|&r| (r, false)).collect();
        while let Some((i, exiting)) = stack.pop() {
            if self.hard[i] || !keep[i] {
                continue;
            }
            match &self.dom.nodes[i].kind {
                Kind::Text(t) => out.push_text(t),
                Kind::Element(e) => {
                    let block = !score::is_inline(&e.tag);
                    if e.tag == "br" {
                        out.line_break();
                    } else if block {
                        out.flush();
                    }
                    if !exiting {
                        if block {
                            stack.push((i, true));
                        }
                        stack.extend(self.dom.nodes[i].children.iter().rev().map(|&c| (c, false)));
                    }
                }
                Kind::Document => {
                    stack.extend(self.dom.nodes[i].children.iter().rev().map(|&c| (c, false)));
                }
            }
        }
        out.finish()
    }

    /// One Readability attempt with `flags`.
    fn article(&self, flags: Flags) -> String {
        let dom = self.dom;
        let n = dom.nodes.len();
        // Nodes dropped in this attempt (hard drops, unlikely candidates) and their content.
        let mut gone = self.hard.clone();
        for i in 1..n {
            if gone[i] {
                continue;
            }
            let p = dom.nodes[i].parent;
            let h = self.hints[i];
            // An "unlikely" block that holds much prose, most of its parent's or a good share
            // of the page's, is the article all the same (an ad slot or a footer wrapper left
            // open around it, a section whose id is a heading's words).
            let unlikely = h.unlikely && flags.strip_unlikely && !self.holds_prose(i);
            if gone[p] || (unlikely || h.comments) && !keeps_hinted(dom.tag(i)) {
                gone[i] = true;
            }
        }
        let (block, in_link) = (&self.block, &self.in_link);
        // Subtree figures (children before parents), and each block's own text.
        let mut stats = vec![Stats::default(); n];
        let mut own = vec![(0u32, 0u32, 0u32); n];
        let mut cut = vec![false; n];
        for i in (1..n).rev() {
            if gone[i] {
                // Form fields are dropped, but they still tell a poll or a form from prose.
                let p = dom.nodes[i].parent;
                // (Check boxes are also a recipe's ingredient list.)
                let field = dom.element(i).is_some_and(|e| {
                    matches!(e.tag.as_str(), "input" | "select" | "textarea")
                        && !e
                            .attr("type")
                            .is_some_and(|t| t.eq_ignore_ascii_case("checkbox"))
                });
                if !gone[p] && field {
                    stats[p].input += 1;
                }
                continue;
            }
            let p = dom.nodes[i].parent;
            match &dom.nodes[i].kind {
                Kind::Text(t) => {
                    let (c, commas) = measure(t);
                    let b = block[p];
                    if own[b].0 == 0 && c > 0 {
                        // The block's last words: a teaser's excerpt ends cut short.
                        cut[b] = is_cut(t);
                    }
                    let s = &mut stats[i];
                    s.chars = c;
                    s.commas = commas;
                    if in_link[i] {
                        s.link_chars = c;
                    }
                    own[b].0 += c;
                    if in_link[i] {
                        own[b].2 += c;
                    } else {
                        own[b].1 += commas;
                    }
                }
                Kind::Element(e) => {
                    let s = &mut stats[i];
                    match e.tag.as_str() {
                        "img" => s.img += 1,
                        "li" => {
                            s.li += 1;
                            s.li_chars = s.chars;
                        }
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading_chars = s.chars,
                        _ => {}
                    }
                    let (c, _, l) = own[i];
                    // Paragraphs, also those written as bare text in a div.
                    if e.tag == "p" {
                        s.p += 1;
                    }
                    if c >= 40 && l * 10 < c * 3 && !cut[i] {
                        s.good += c;
                    } else if l * 2 > c && e.tag.len() == 2 && e.tag.starts_with('h') {
                        // A linked headline: a teaser for another page.
                        s.bad += 3 * c;
                    } else {
                        s.bad += c;
                    }
                }
                Kind::Document => {}
            }
            let s = stats[i];
            let ps = &mut stats[p];
            ps.chars += s.chars;
            ps.link_chars += s.link_chars;
            ps.commas += s.commas;
            ps.p += s.p;
            ps.img += s.img;
            ps.li += s.li;
            ps.li_chars += s.li_chars;
            ps.input += s.input;
            ps.heading_chars += s.heading_chars;
            ps.good += s.good;
            ps.bad += s.bad;
        }
        let weight = |i: usize| {
            if flags.weight_classes {
                f64::from(self.hints[i].weight)
            } else {
                0.0
            }
        };
        let link_density = |i: usize| {
            let s = stats[i];
            if s.chars == 0 {
                0.0
            } else {
                f64::from(s.link_chars) / f64::from(s.chars)
            }
        };
        // Score paragraphs into their ancestors.
        let mut score: Vec<f64> = vec![0.0; n];
        let mut is_candidate = vec![false; n];
        let mut candidates: Vec<usize> = Vec::new();
        for i in 1..n {
            if gone[i] {
                continue;
            }
            let Some(e) = dom.element(i) else { continue };
            if score::is_inline(&e.tag)
                || matches!(
                    e.tag.as_str(),
                    "li" | "dt"
                        | "dd"
                        | "ul"
                        | "ol"
                        | "dl"
                        | "table"
                        | "tbody"
                        | "thead"
                        | "tfoot"
                        | "tr"
                        | "th"
                        | "html"
                        | "h1"
                        | "figure"
                        | "caption"
                )
            {
                continue;
            }
            // Linked text (tag lists, names of people who liked the page) is not prose.
            let (all, commas, linked) = own[i];
            let len = all - linked;
            if len < 25 || linked * 2 > all {
                continue;
            }
            let content = 1.0 + f64::from(commas) + (f64::from(len) / 100.0).floor().min(3.0);
            let mut a = dom.nodes[i].parent;
            for level in 0..5 {
                if a == 0 {
                    break;
                }
                if !is_candidate[a] {
                    is_candidate[a] = true;
                    candidates.push(a);
                    score[a] = score::tag_score(dom.tag(a)) + weight(a);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => f64::from(l) * 3.0,
                };
                score[a] += content / divider;
                a = dom.nodes[a].parent;
            }
        }
        for &c in &candidates {
            score[c] *= 1.0 - link_density(c);
        }
        let body = (1..n).find(|&i| dom.tag(i) == "body").unwrap_or(0);
        let mut top = candidates
            .iter()
            .copied()
            .fold(None::<usize>, |best, c| match best {
                Some(b) if score[b] >= score[c] => Some(b),
                _ => Some(c),
            })
            .unwrap_or(body);
        if top != body && top != 0 {
            // An ancestor shared by several strong candidates holds the whole article.
            let mut ranked: Vec<usize> = candidates.clone();
            crate::sort::sort_by(&mut ranked, |&a, &b| {
                score[b].total_cmp(&score[a]).then(a.cmp(&b))
            });
            let alternatives: Vec<usize> = ranked
                .iter()
                .skip(1)
                .take(4)
                .copied()
                .filter(|&c| score[c] / score[top].max(f64::MIN_POSITIVE) >= 0.75)
                .collect();
            if alternatives.len() >= 3 {
                let mut p = dom.nodes[top].parent;
                while p != 0 && p != body {
                    let holds = alternatives
                        .iter()
                        .filter(|&&alt| self.is_ancestor(p, alt))
                        .count();
                    if holds >= 3 {
                        top = p;
                        break;
                    }
                    p = dom.nodes[p].parent;
                }
            }
            // Climb while the parent scores about as well.
            let mut last = score[top];
            let mut p = dom.nodes[top].parent;
            while p != 0 && p != body {
                if !is_candidate[p] {
                    p = dom.nodes[p].parent;
                    continue;
                }
                if score[p] < last / 3.0 {
                    break;
                }
                if score[p] > last {
                    top = p;
                    break;
                }
                last = score[p];
                p = dom.nodes[p].parent;
            }
            // Grow to the highest ancestor that adds mostly prose: articles split over
            // several blocks.
            let base = top;
            let mut p = dom.nodes[top].parent;
            while p != 0 && p != body {
                let good = stats[p].good - stats[base].good;
                let bad = stats[p].bad - stats[base].bad;
                if good + bad == 0 || good > 2 * bad && good >= 100.max(stats[base].good / 2) {
                    top = p;
                }
                p = dom.nodes[p].parent;
            }
            // A lone child is its parent's content.
            loop {
                let p = dom.nodes[top].parent;
                if p == 0 || p == body {
                    break;
                }
                let elements = dom.nodes[p]
                    .children
                    .iter()
                    .filter(|&&c| !gone[c] && dom.element(c).is_some())
                    .count();
                if elements != 1 {
                    break;
                }
                top = p;
            }
        }
        // The best candidate and the siblings that belong with it.
        let mut roots = Vec::new();
        let parent = dom.nodes[top].parent;
        if top == 0 || top == body || parent == 0 {
            roots.push(top);
        } else {
            let threshold = (score[top] * 0.2).max(10.0);
            let top_class = dom.element(top).and_then(|e| e.attr("class"));
            for &s in &dom.nodes[parent].children {
                if gone[s] {
                    continue;
                }
                if s == top {
                    roots.push(s);
                    continue;
                }
                let Some(e) = dom.element(s) else {
                    continue;
                };
                let bonus = if top_class.is_some() && e.attr("class") == top_class {
                    score[top] * 0.2
                } else {
                    0.0
                };
                let append = if is_candidate[s] && score[s] + bonus >= threshold {
                    true
                } else if e.tag == "p" || own[s].0 >= stats[s].chars / 2 && stats[s].chars > 0 {
                    let ld = link_density(s);
                    let len = stats[s].chars;
                    let text = dom.text_of(s);
                    len > 80 && ld < 0.25
                        || len > 0
                            && len <= 80
                            && ld == 0.0
                            && (text.ends_with('.') || text.contains(". "))
                } else {
                    false
                };
                if append {
                    roots.push(s);
                }
            }
        }
        // Conditional cleaning inside the article.
        let mut keep: Vec<bool> = gone.iter().map(|g| !g).collect();
        if flags.clean_conditionally {
            let mut inside = vec![false; n];
            for &r in &roots {
                inside[r] = true;
            }
            for i in 1..n {
                let p = dom.nodes[i].parent;
                if !keep[i] || !inside[p] {
                    continue;
                }
                inside[i] = true;
                if !keep[p]
                    || self.remove_conditionally(i, &stats, &score, weight(i), link_density(i))
                {
                    keep[i] = false;
                }
            }
        }
        self.render(&roots, &keep)
    }

    /// Whether `i` holds much prose: most of its parent's, or a good share of the page's.
    fn holds_prose(&self, i: usize) -> bool {
        let prose = self.prose[i];
        let parent = self.prose[self.dom.nodes[i].parent];
        prose >= 500 && (2 * prose > parent || 4 * prose > self.prose[0])
    }

    fn is_ancestor(&self, a: usize, mut d: usize) -> bool {
        // Indices grow downwards, so the walk stops as soon as it passes `a`.
        while d > a {
            d = self.dom.nodes[d].parent;
        }
        d == a
    }

    /// Readability's `_cleanConditionally` for one element.
    fn remove_conditionally(
        &self,
        i: usize,
        stats: &[Stats],
        score: &[f64],
        weight: f64,
        ld: f64,
    ) -> bool {
        let tag = self.dom.tag(i);
        if !matches!(
            tag,
            "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section" | "dl"
        ) {
            return false;
        }
        // Mostly paragraphs of prose, and real paragraphs, not a grid of one-line teasers:
        // text, whatever its class, links or pictures say.
        // (A list of linked headlines with their summaries is teasers, not text.)
        let s = stats[i];
        let is_list = matches!(tag, "ul" | "ol" | "dl")
            || s.chars > 0 && f64::from(s.li_chars) > 0.9 * f64::from(s.chars);
        let prose = self.prose[i] >= 500
            && u64::from(self.prose[i]) * 10 >= u64::from(s.chars) * 7
            && self.prose[i] >= 120 * self.prose_blocks[i]
            && !(is_list && ld > 0.2);
        // A block's own negative score (lists start at -3) counts only if it has links: a
        // plain list of short points is text.
        let own_score = if ld > 0.2 {
            score[i]
        } else {
            score[i].max(0.0)
        };
        if weight + own_score < 0.0 && !prose {
            return true;
        }
        if s.commas >= 10 {
            return false;
        }
        let (p, img, li, input) = (
            f64::from(s.p),
            f64::from(s.img),
            f64::from(s.li) - 100.0,
            f64::from(s.input),
        );
        let heading_density = if s.chars == 0 {
            0.0
        } else {
            f64::from(s.heading_chars) / f64::from(s.chars)
        };
        (img > 1.0 && p / img < 0.5 && f64::from(s.chars) < 200.0 * img && !prose)
            || (!is_list && li > p)
            || input > (p / 3.0).floor()
            || (!is_list && heading_density < 0.9 && s.chars < 25 && (s.img == 0 || s.img > 2))
            || (!is_list && weight < 25.0 && ld > 0.2 && !prose)
            || (weight >= 25.0 && ld > 0.5)
            || (is_list && ld > 0.5)
    }

    /// A byline from the page: `rel=author`, `itemprop=author` or a `byline` class.
    fn byline(&self) -> Option<String> {
        for (i, node) in self.dom.nodes.iter().enumerate() {
            let Kind::Element(e) = &node.kind else {
                continue;
            };
            let hit = e.attr("rel") == Some("author")
                || e.attr("itemprop") == Some("author")
                || e.attr("class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("byline"));
            if hit && !self.hard[i] {
                let t = self.dom.text_of(i);
                let n = t.chars().count();
                if n > 0 && n < 100 {
                    return Some(t);
                }
            }
        }
        None
    }

    /// A date from the page's first `<time datetime>`.
    fn date(&self) -> Option<String> {
        self.dom.nodes.iter().find_map(|n| match &n.kind {
            Kind::Element(e) if e.tag == "time" => e
                .attr("datetime")
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string),
            _ => None,
        })
    }
}
