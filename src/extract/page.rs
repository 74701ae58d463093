//! The figures of a page that every Readability attempt shares, computed once: what is dropped
//! whatever the attempt, class and id hints, paragraph text under each node, blocks and links;
//! and the page's rendering as paragraphs, its byline and its date.

use super::html::{Dom, Kind};
use super::score::{self, Hints};
use super::Paragraphs;

/// Whether text ends cut short ("..."), as a teaser's excerpt does.
pub fn is_cut(t: &str) -> bool {
    let end = t.trim_end();
    end.ends_with("...") || end.ends_with('…')
}

/// Elements never dropped for their class or id alone.
pub fn keeps_hinted(tag: &str) -> bool {
    matches!(
        tag,
        "body" | "html" | "article" | "main" | "a" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// Per-node figures of the page, computed once.
pub struct Page<'a> {
    pub dom: &'a Dom,
    /// Dropped whatever the attempt: dropped tags, hidden elements, and their content.
    pub hard: Vec<bool>,
    pub hints: Vec<Hints>,
    /// Paragraph text under each node (see [`Page::new`]).
    pub prose: Vec<u32>,
    /// How many paragraphs make up `prose`.
    pub prose_blocks: Vec<u32>,
    /// Each node's nearest block ancestor-or-self, for paragraph text.
    pub block: Vec<usize>,
    /// Whether a node is inside a link.
    pub in_link: Vec<bool>,
    /// Text under each node, whitespace collapsed, in characters (hard drops included).
    pub chars: Vec<u32>,
}

/// Characters of `t` with whitespace collapsed, and its commas.
pub fn measure(t: &str) -> (u32, u32) {
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
    pub fn new(dom: &'a Dom) -> Self {
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
        let mut cache = score::HintCache::default();
        for i in 1..n {
            let p = dom.nodes[i].parent;
            hard[i] = hard[p];
            if let Kind::Element(e) = &dom.nodes[i].kind {
                hints[i] = score::hints(e, &mut cache);
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
            chars: len,
        }
    }

    /// All the text that is not hard-dropped (for fragments and as a last resort).
    pub fn all_text(&self) -> String {
        let keep = vec![true; self.dom.nodes.len()];
        self.render(&[0], &keep)
    }

    /// Renders the subtrees `roots` (in order) as paragraphs, skipping nodes not in `keep`.
    pub fn render(&self, roots: &[usize], keep: &[bool]) -> String {
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

    /// Whether the text under `i` is mostly prose: 200 characters or more of paragraphs, at
    /// least 70% of it.
    pub fn reads_as_prose(&self, i: usize) -> bool {
        self.prose[i] >= 200 && u64::from(self.prose[i]) * 10 >= u64::from(self.chars[i]) * 7
    }

    /// Whether `i` holds much prose: most of its parent's, or a good share of the page's.
    pub fn holds_prose(&self, i: usize) -> bool {
        let prose = self.prose[i];
        let parent = self.prose[self.dom.nodes[i].parent];
        prose >= 500 && (2 * prose > parent || 4 * prose > self.prose[0])
    }

    pub fn is_ancestor(&self, a: usize, mut d: usize) -> bool {
        // Indices grow downwards, so the walk stops as soon as it passes `a`.
        while d > a {
            d = self.dom.nodes[d].parent;
        }
        d == a
    }

    /// A byline from the page: `rel=author`, `itemprop=author` or a `byline` class.
    pub fn byline(&self) -> Option<String> {
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
    pub fn date(&self) -> Option<String> {
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
