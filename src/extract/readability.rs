//! One Readability-style attempt at the article of a [`Page`], in named steps: drop what this
//! attempt's filters drop, measure every subtree, score paragraphs into their ancestors, pick
//! the best candidate and the ancestor that holds the whole article, add the siblings that
//! belong with it, and clean inside it conditionally.
//!
//! Every step is a loop over the node arena (parents before children, or the reverse): no
//! recursion on depth, linear time in the size of the page.

use super::html::Kind;
use super::page::{is_cut, keeps_hinted, measure, Page};
use super::score;

/// Which of Readability's filters an attempt applies; later attempts relax them.
#[derive(Clone, Copy)]
pub struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// The attempts, strictest first.
pub const ATTEMPTS: [Flags; 4] = [
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
];

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

impl Stats {
    fn add(&mut self, s: Stats) {
        self.chars += s.chars;
        self.link_chars += s.link_chars;
        self.commas += s.commas;
        self.p += s.p;
        self.img += s.img;
        self.li += s.li;
        self.li_chars += s.li_chars;
        self.input += s.input;
        self.heading_chars += s.heading_chars;
        self.good += s.good;
        self.bad += s.bad;
    }
}

/// A block's own text (not that of the blocks inside it).
#[derive(Clone, Copy, Default)]
struct Own {
    chars: u32,
    /// Commas outside links.
    commas: u32,
    linked: u32,
    /// Its last words end cut short ("..."), as a teaser's excerpt does.
    cut: bool,
}

impl Own {
    /// A paragraph of prose: 40 characters or more, under 30% linked, not cut short.
    fn is_prose(self) -> bool {
        self.chars >= 40 && self.linked * 10 < self.chars * 3 && !self.cut
    }
}

/// The figures of one attempt.
struct Attempt<'p, 'a> {
    page: &'p Page<'a>,
    flags: Flags,
    /// Nodes dropped in this attempt (hard drops, unlikely candidates) and their content.
    gone: Vec<bool>,
    stats: Vec<Stats>,
    own: Vec<Own>,
    score: Vec<f64>,
    is_candidate: Vec<bool>,
    /// In the order they were first scored.
    candidates: Vec<usize>,
    /// The `<body>` (or the document when there is none).
    body: usize,
}

/// The article's text by one Readability attempt with `flags`.
pub fn article(page: &Page, flags: Flags) -> String {
    let mut attempt = Attempt::new(page, flags);
    attempt.score_paragraphs();
    let top = attempt.top_candidate();
    let roots = attempt.with_siblings(top);
    let mut keep = attempt.cleaned(&roots);
    attempt.trim_tail(&roots, &mut keep);
    page.render(&roots, &keep)
}

impl<'p, 'a> Attempt<'p, 'a> {
    fn new(page: &'p Page<'a>, flags: Flags) -> Self {
        let gone = dropped(page, flags);
        let (stats, own) = measure_subtrees(page, &gone);
        let n = page.dom.nodes.len();
        let body = (1..n).find(|&i| page.dom.tag(i) == "body").unwrap_or(0);
        Attempt {
            page,
            flags,
            gone,
            stats,
            own,
            score: vec![0.0; n],
            is_candidate: vec![false; n],
            candidates: Vec::new(),
            body,
        }
    }

    fn parent(&self, i: usize) -> usize {
        self.page.dom.nodes[i].parent
    }

    /// Readability's class weight, when this attempt weighs classes.
    fn weight(&self, i: usize) -> f64 {
        if self.flags.weight_classes {
            f64::from(self.page.hints[i].weight)
        } else {
            0.0
        }
    }

    fn link_density(&self, i: usize) -> f64 {
        let s = self.stats[i];
        if s.chars == 0 {
            0.0
        } else {
            f64::from(s.link_chars) / f64::from(s.chars)
        }
    }

    /// Scores each paragraph-like block into its five nearest ancestors (Readability's
    /// content score), then discounts each candidate by its link density.
    fn score_paragraphs(&mut self) {
        let dom = self.page.dom;
        for i in 1..dom.nodes.len() {
            if self.gone[i] {
                continue;
            }
            let Some(e) = dom.element(i) else { continue };
            if score::is_inline(&e.tag) || never_scored(&e.tag) {
                continue;
            }
            // Linked text (tag lists, names of people who liked the page) is not prose.
            let Own {
                chars,
                commas,
                linked,
                ..
            } = self.own[i];
            let len = chars - linked;
            if len < 25 || linked * 2 > chars {
                continue;
            }
            let content = 1.0 + f64::from(commas) + (f64::from(len) / 100.0).floor().min(3.0);
            let mut a = self.parent(i);
            for level in 0..5 {
                if a == 0 {
                    break;
                }
                if !self.is_candidate[a] {
                    self.is_candidate[a] = true;
                    self.candidates.push(a);
                    self.score[a] = score::tag_score(dom.tag(a)) + self.weight(a);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => f64::from(l) * 3.0,
                };
                self.score[a] += content / divider;
                a = self.parent(a);
            }
        }
        for k in 0..self.candidates.len() {
            let c = self.candidates[k];
            self.score[c] *= 1.0 - self.link_density(c);
        }
    }

    /// The node that holds the article: the best scored candidate, widened to what holds the
    /// whole article around it.
    fn top_candidate(&self) -> usize {
        let best = self
            .candidates
            .iter()
            .copied()
            .fold(None::<usize>, |best, c| match best {
                Some(b) if self.score[b] >= self.score[c] => Some(b),
                _ => Some(c),
            })
            .unwrap_or(self.body);
        if best == self.body || best == 0 {
            return best;
        }
        let top = self.shared_ancestor(best).unwrap_or(best);
        let top = self.climb(top);
        let top = self.grow(top);
        self.lone_child_parent(top)
    }

    /// An ancestor shared by several strong candidates holds the whole article: the nearest
    /// ancestor of `top` that holds three of the four next best candidates scoring at least
    /// three quarters of it.
    fn shared_ancestor(&self, top: usize) -> Option<usize> {
        let score = &self.score;
        let mut ranked = self.candidates.clone();
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
        if alternatives.len() < 3 {
            return None;
        }
        let mut p = self.parent(top);
        while p != 0 && p != self.body {
            let holds = alternatives
                .iter()
                .filter(|&&alt| self.page.is_ancestor(p, alt))
                .count();
            if holds >= 3 {
                return Some(p);
            }
            p = self.parent(p);
        }
        None
    }

    /// Climbs from `top` while the parent candidates score about as well; stops at the first
    /// one that scores better.
    fn climb(&self, mut top: usize) -> usize {
        let mut last = self.score[top];
        let mut p = self.parent(top);
        while p != 0 && p != self.body {
            if !self.is_candidate[p] {
                p = self.parent(p);
                continue;
            }
            if self.score[p] < last / 3.0 {
                break;
            }
            if self.score[p] > last {
                top = p;
                break;
            }
            last = self.score[p];
            p = self.parent(p);
        }
        top
    }

    /// Grows `top` to the highest ancestor that adds mostly prose: articles split over several
    /// blocks.
    fn grow(&self, base: usize) -> usize {
        let stats = &self.stats;
        let mut top = base;
        let mut p = self.parent(base);
        while p != 0 && p != self.body {
            let good = stats[p].good - stats[base].good;
            let bad = stats[p].bad - stats[base].bad;
            if good + bad == 0 || good > 2 * bad && good >= 100.max(stats[base].good / 2) {
                top = p;
            }
            p = self.parent(p);
        }
        top
    }

    /// A lone child is its parent's content: climbs while `top` is its parent's only element.
    fn lone_child_parent(&self, mut top: usize) -> usize {
        let dom = self.page.dom;
        loop {
            let p = self.parent(top);
            if p == 0 || p == self.body {
                return top;
            }
            let elements = dom.nodes[p]
                .children
                .iter()
                .filter(|&&c| !self.gone[c] && dom.element(c).is_some())
                .count();
            if elements != 1 {
                return top;
            }
            top = p;
        }
    }

    /// `top` and the siblings that belong with it: candidates scoring near it (more so with
    /// its class) and paragraphs of prose.
    fn with_siblings(&self, top: usize) -> Vec<usize> {
        let dom = self.page.dom;
        let parent = self.parent(top);
        if top == 0 || top == self.body || parent == 0 {
            return vec![top];
        }
        let (score, stats) = (&self.score, &self.stats);
        let threshold = (score[top] * 0.2).max(10.0);
        let top_class = dom.element(top).and_then(|e| e.attr("class"));
        let mut roots = Vec::new();
        for &s in &dom.nodes[parent].children {
            if self.gone[s] {
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
            let append = if self.is_candidate[s] && score[s] + bonus >= threshold {
                true
            } else if e.tag == "p" || self.own[s].chars >= stats[s].chars / 2 && stats[s].chars > 0
            {
                let ld = self.link_density(s);
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
        roots
    }

    /// What is kept of the article under `roots`: everything not dropped, minus what
    /// conditional cleaning removes, when this attempt cleans.
    fn cleaned(&self, roots: &[usize]) -> Vec<bool> {
        let n = self.gone.len();
        let mut keep: Vec<bool> = self.gone.iter().map(|g| !g).collect();
        if !self.flags.clean_conditionally {
            return keep;
        }
        let mut inside = vec![false; n];
        for &r in roots {
            inside[r] = true;
        }
        for i in 1..n {
            let p = self.parent(i);
            if !keep[i] || !inside[p] {
                continue;
            }
            inside[i] = true;
            if !keep[p] || self.remove_conditionally(i) {
                keep[i] = false;
            }
        }
        keep
    }

    /// Drops the link lists and headings that follow the article's last paragraph of prose
    /// under `roots`: what comes after an article (related links and their heading, tags,
    /// "more from" lists), seen after the last paragraph on the training pages. Plain short
    /// lines and lists without links stay (an article may end with them).
    fn trim_tail(&self, roots: &[usize], keep: &mut [bool]) {
        let dom = self.page.dom;
        let mut order = Vec::new();
        let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            if !keep[i] || self.page.hard[i] {
                continue;
            }
            order.push(i);
            stack.extend(dom.nodes[i].children.iter().rev());
        }
        let Some(last) = order
            .iter()
            .rposition(|&i| dom.element(i).is_some() && self.own[i].is_prose())
        else {
            return;
        };
        let block = order[last];
        let end = order[last..]
            .iter()
            .position(|&i| !self.page.is_ancestor(block, i))
            .map_or(order.len(), |k| last + k);
        let text = |range: &[usize]| -> u32 {
            range
                .iter()
                .filter(|&&i| matches!(dom.nodes[i].kind, Kind::Text(_)))
                .map(|&i| self.stats[i].chars)
                .sum()
        };
        // More text after the last paragraph than before it: the paragraphs were missed, not
        // the article's end.
        let (tail, all) = (text(&order[end..]), text(&order));
        if tail * 2 > all {
            return;
        }
        for &i in &order[end..] {
            if let Kind::Text(_) = dom.nodes[i].kind {
                let b = self.page.block[dom.nodes[i].parent];
                let heading = matches!(dom.tag(b), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                let own = self.own[b];
                if heading || own.linked * 2 > own.chars {
                    keep[i] = false;
                }
            }
        }
    }

    /// Readability's `_cleanConditionally` for one element.
    fn remove_conditionally(&self, i: usize) -> bool {
        let page = self.page;
        let tag = page.dom.tag(i);
        if !matches!(
            tag,
            "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section" | "dl"
        ) {
            return false;
        }
        let (weight, ld) = (self.weight(i), self.link_density(i));
        // Mostly paragraphs of prose, and real paragraphs, not a grid of one-line teasers:
        // text, whatever its class, links or pictures say.
        // (A list of linked headlines with their summaries is teasers, not text.)
        let s = self.stats[i];
        let is_list = matches!(tag, "ul" | "ol" | "dl")
            || s.chars > 0 && f64::from(s.li_chars) > 0.9 * f64::from(s.chars);
        let prose = page.prose[i] >= 500
            && u64::from(page.prose[i]) * 10 >= u64::from(s.chars) * 7
            && page.prose[i] >= 120 * page.prose_blocks[i]
            && !(is_list && ld > 0.2);
        // A block's own negative score (lists start at -3) counts only if it has links: a
        // plain list of short points is text.
        let own_score = if ld > 0.2 {
            self.score[i]
        } else {
            self.score[i].max(0.0)
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
}

/// Blocks whose own text is never scored as a paragraph (list items, table parts, headlines,
/// figures).
fn never_scored(tag: &str) -> bool {
    matches!(
        tag,
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
}

/// The nodes this attempt drops: the page's hard drops, and unlikely candidates and comment
/// threads with everything inside them.
fn dropped(page: &Page, flags: Flags) -> Vec<bool> {
    let dom = page.dom;
    let mut gone = page.hard.clone();
    // As in Readability.js, nothing inside a table or code is dropped for its class ("<span
    // class=\"hljs-comment\">" in a code sample, on the training pages).
    let mut in_table_or_code = vec![false; dom.nodes.len()];
    for i in 1..dom.nodes.len() {
        let p = dom.nodes[i].parent;
        in_table_or_code[i] = in_table_or_code[p] || matches!(dom.tag(i), "table" | "pre" | "code");
        if gone[i] {
            continue;
        }
        if in_table_or_code[p] {
            gone[i] = gone[p];
            continue;
        }
        let h = page.hints[i];
        // An "unlikely" block that holds much prose, most of its parent's or a good share
        // of the page's, is the article all the same (an ad slot or a footer wrapper left
        // open around it, a section whose id is a heading's words).
        let unlikely = (h.unlikely || h.widget && !page.reads_as_prose(i))
            && flags.strip_unlikely
            && !page.holds_prose(i);
        if gone[p] || (unlikely || h.comments) && !keeps_hinted(dom.tag(i)) {
            gone[i] = true;
        }
    }
    gone
}

/// Subtree figures (children before parents), and each block's own text, outside `gone`.
fn measure_subtrees(page: &Page, gone: &[bool]) -> (Vec<Stats>, Vec<Own>) {
    let dom = page.dom;
    let n = dom.nodes.len();
    let (block, in_link) = (&page.block, &page.in_link);
    let mut stats = vec![Stats::default(); n];
    let mut own = vec![Own::default(); n];
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if gone[i] {
            // Form fields are dropped, but they still tell a poll or a form from prose.
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
        match &dom.nodes[i].kind {
            Kind::Text(t) => {
                let (c, commas) = measure(t);
                let b = block[p];
                if own[b].chars == 0 && c > 0 {
                    // The block's last words: a teaser's excerpt ends cut short.
                    own[b].cut = is_cut(t);
                }
                let s = &mut stats[i];
                s.chars = c;
                s.commas = commas;
                own[b].chars += c;
                if in_link[i] {
                    s.link_chars = c;
                    own[b].linked += c;
                } else {
                    own[b].commas += commas;
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
                let Own { chars, linked, .. } = own[i];
                // Paragraphs, also those written as bare text in a div.
                if e.tag == "p" {
                    s.p += 1;
                }
                if own[i].is_prose() {
                    s.good += chars;
                } else if linked * 2 > chars && e.tag.len() == 2 && e.tag.starts_with('h') {
                    // A linked headline: a teaser for another page.
                    s.bad += 3 * chars;
                } else {
                    s.bad += chars;
                }
            }
            Kind::Document => {}
        }
        let s = stats[i];
        stats[p].add(s);
    }
    (stats, own)
}
