//! A tolerant HTML tokenizer and tree builder: enough of the HTML parsing rules for article
//! extraction (implied end tags, void and raw-text elements), no recursion, linear time.
//!
//! Nodes live in one arena in document order (pre-order): a node's index is greater than its
//! parent's, so a forward loop visits parents first and a backward loop visits children first.

use super::entities;
use crate::hash::FastMap as HashMap;

/// What a node is.
#[derive(Debug)]
pub enum Kind {
    Document,
    Element(Element),
    Text(String),
}

/// An element: its lowercase tag name and attributes (names lowercase, values decoded).
#[derive(Debug)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
}

impl Element {
    /// The value of attribute `name` (lowercase).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One node of the tree.
#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    pub parent: usize,
    pub children: Vec<usize>,
}

/// A parsed document; node 0 is the document itself.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    /// The element at `i`, if it is one.
    pub fn element(&self, i: usize) -> Option<&Element> {
        match &self.nodes[i].kind {
            Kind::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag name at `i` ("" for text and the document).
    pub fn tag(&self, i: usize) -> &str {
        self.element(i).map_or("", |e| e.tag.as_str())
    }

    /// All text under `i`, whitespace collapsed.
    pub fn text_of(&self, i: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            match &self.nodes[n].kind {
                Kind::Text(t) => {
                    out.push_str(t);
                    out.push(' ');
                }
                _ => stack.extend(self.nodes[n].children.iter().rev()),
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame",
];

/// Elements whose content is not markup; their text is dropped (except `title` and JSON-LD).
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "noscript",
    "iframe",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
];

/// The element a `<script type="text/template">` that holds the article body becomes: its
/// content is parsed as markup, and `</script>` closes it.
const TEMPLATE_BODY: &str = "x-template-body";

/// Start tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "dd",
    "dt",
];

const SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "marquee", "object", "applet", "template", "button",
];

/// How far up the stack an implied end tag looks: bounds the work on pathological nesting.
const SCOPE_LIMIT: usize = 256;

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<usize>,
    open: HashMap<String, u32>,
}

impl Builder {
    fn top(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn tag(&self, i: usize) -> &str {
        match &self.nodes[i].kind {
            Kind::Element(e) => &e.tag,
            _ => "",
        }
    }

    fn is_open(&self, tag: &str) -> bool {
        self.open.get(tag).is_some_and(|&n| n > 0)
    }

    fn append(&mut self, kind: Kind) -> usize {
        let parent = self.top();
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            parent,
            children: Vec::new(),
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let parent = self.top();
        // Merge with a preceding text sibling so a paragraph's text stays one node.
        if let Some(&last) = self.nodes[parent].children.last() {
            if let Kind::Text(t) = &mut self.nodes[last].kind {
                entities::decode_into(raw, t, false);
                return;
            }
        }
        self.append(Kind::Text(entities::decode(raw)));
    }

    fn pop(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        if let Some(i) = self.stack.pop() {
            let tag = self.tag(i).to_string();
            if let Some(n) = self.open.get_mut(&tag) {
                *n = n.saturating_sub(1);
            }
        }
    }

    /// Pops up to and including the nearest open `tags` element, unless a `stops` element
    /// comes first.
    fn close_in_scope(&mut self, tags: &[&str], stops: &[&str]) {
        if !tags.iter().any(|t| self.is_open(t)) {
            return;
        }
        let n = self.stack.len();
        for k in (1..n).rev().take(SCOPE_LIMIT) {
            let t = self.tag(self.stack[k]);
            if tags.contains(&t) {
                while self.stack.len() > k {
                    self.pop();
                }
                return;
            }
            if stops.contains(&t) {
                return;
            }
        }
    }

    fn start(&mut self, tag: String, attrs: Vec<(String, String)>, self_closing: bool) {
        let t = tag.as_str();
        if matches!(t, "html" | "body" | "head") && self.is_open(t) {
            return;
        }
        if CLOSES_P.contains(&t) {
            self.close_in_scope(&["p"], SCOPE);
        }
        match t {
            "li" => self.close_in_scope(&["li"], &["ul", "ol", "menu", "table", "td", "th"]),
            "dt" | "dd" => self.close_in_scope(&["dt", "dd"], &["dl", "table", "td", "th"]),
            "tr" => self.close_in_scope(&["tr", "td", "th"], &["table"]),
            "td" | "th" => self.close_in_scope(&["td", "th"], &["tr", "table"]),
            "option" | "optgroup" => self.close_in_scope(&["option"], &["select"]),
            "a" => self.close_in_scope(&["a"], SCOPE),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if matches!(
                    self.tag(self.top()),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                ) {
                    self.pop();
                }
            }
            // Whatever is open in the head ends at the body.
            "body" if self.is_open("head") => self.close_in_scope(&["head"], &[]),
            _ => {}
        }
        let void = VOID.contains(&t);
        let id = self.append(Kind::Element(Element {
            tag: tag.clone(),
            attrs,
        }));
        if !void && !self_closing || RAW.contains(&tag.as_str()) {
            *self.open.entry(tag).or_insert(0) += 1;
            self.stack.push(id);
        }
    }

    /// Whether a `<script>` with `attrs` is a template that holds the article's markup: its
    /// parent is the page's `itemprop=articleBody` (blogs that render the post with a script).
    fn is_body_template(&self, attrs: &[(String, String)]) -> bool {
        let template = attrs
            .iter()
            .any(|(n, v)| n == "type" && v.eq_ignore_ascii_case("text/template"));
        template
            && match &self.nodes[self.top()].kind {
                Kind::Element(e) => e
                    .attr("itemprop")
                    .is_some_and(|v| v.eq_ignore_ascii_case("articlebody")),
                _ => false,
            }
    }

    fn end(&mut self, tag: &str) {
        match tag {
            "html" | "body" | "head" => {}
            "script" if !self.is_open("script") && self.is_open(TEMPLATE_BODY) => {
                self.end(TEMPLATE_BODY)
            }
            "br" => self.start("br".to_string(), Vec::new(), true),
            _ => {
                if self.is_open(tag) {
                    while self.stack.len() > 1 {
                        let top = self.top();
                        let done = self.tag(top) == tag;
                        self.pop();
                        if done {
                            break;
                        }
                    }
                }
            }
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Finds `needle` (ASCII) in `hay` from `from`, ignoring ASCII case.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    let first = needle[0].to_ascii_lowercase();
    let mut i = from;
    while i + needle.len() <= hay.len() {
        if hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Parses `html` into a tree. Never fails: any input gives some tree.
pub fn parse(html: &str) -> Dom {
    let b = html.as_bytes();
    let mut bld = Builder {
        nodes: vec![Node {
            kind: Kind::Document,
            parent: 0,
            children: Vec::new(),
        }],
        stack: vec![0],
        open: HashMap::default(),
    };
    let mut i = 0;
    let mut text_start = 0;
    while i < b.len() {
        let Some(off) = b[i..].iter().position(|&c| c == b'<') else {
            break;
        };
        let lt = i + off;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if next.is_ascii_alphabetic() {
            bld.text(&html[text_start..lt]);
            let (mut tag, attrs, self_closing, end) = start_tag(html, lt + 1);
            i = end;
            if tag == "script" && bld.is_body_template(&attrs) {
                tag = TEMPLATE_BODY.to_string();
            }
            let raw = RAW.contains(&tag.as_str());
            let keep_raw = tag == "title"
                || tag == "script"
                    && attrs
                        .iter()
                        .any(|(n, v)| n == "type" && v.to_ascii_lowercase().contains("ld+json"));
            let name = tag.clone();
            bld.start(tag, attrs, self_closing);
            if raw {
                let mut close = Vec::with_capacity(name.len() + 2);
                close.extend_from_slice(b"</");
                close.extend_from_slice(name.as_bytes());
                let stop = if name == "plaintext" {
                    None
                } else {
                    find_ci(b, i, &close)
                };
                let content_end = stop.unwrap_or(b.len());
                if keep_raw && content_end > i {
                    let body = &html[i..content_end];
                    let id = bld.append(Kind::Text(if name == "title" {
                        entities::decode(body)
                    } else {
                        body.to_string()
                    }));
                    let _ = id;
                }
                bld.end(&name);
                i = match stop {
                    Some(s) => b[s..]
                        .iter()
                        .position(|&c| c == b'>')
                        .map_or(b.len(), |p| s + p + 1),
                    None => b.len(),
                };
            }
            text_start = i;
        } else if next == b'/' {
            bld.text(&html[text_start..lt]);
            let name_start = lt + 2;
            let mut j = name_start;
            while j < b.len() && !is_space(b[j]) && b[j] != b'>' && b[j] != b'/' {
                j += 1;
            }
            let close = b[j.min(b.len())..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |p| j + p + 1);
            if j > name_start && b[name_start].is_ascii_alphabetic() {
                let name = html[name_start..j].to_ascii_lowercase();
                bld.end(&name);
            }
            i = close;
            text_start = i;
        } else if next == b'!' || next == b'?' {
            bld.text(&html[text_start..lt]);
            i = if b[lt..].starts_with(b"<!--") {
                find(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3)
            } else if b[lt..].len() >= 9 && b[lt + 2..lt + 9].eq_ignore_ascii_case(b"[CDATA[") {
                let end = find(b, lt + 9, b"]]>").unwrap_or(b.len());
                bld.text(&html[lt + 9..end]);
                (end + 3).min(b.len())
            } else {
                b[lt..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |p| lt + p + 1)
            };
            text_start = i;
        } else {
            i = lt + 1;
        }
    }
    bld.text(&html[text_start.min(b.len())..]);
    Dom { nodes: bld.nodes }
}

/// Reads a start tag whose name begins at `i`: name, attributes, self-closing flag, and the
/// index just past its `>`.
fn start_tag(html: &str, mut i: usize) -> (String, Vec<(String, String)>, bool, usize) {
    let b = html.as_bytes();
    let s = i;
    while i < b.len() && !is_space(b[i]) && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let tag = html[s..i].to_ascii_lowercase();
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (tag, attrs, self_closing, b.len());
        }
        if b[i] == b'>' {
            return (tag, attrs, self_closing, i + 1);
        }
        self_closing = false;
        let ns = i;
        i += 1; // an attribute name may start with `=`
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'>' | b'/' | b'=') {
            i += 1;
        }
        let name = html[ns..i].to_ascii_lowercase();
        let mut j = i;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        let mut value = String::new();
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let vs = j + 1;
                let ve = b[vs..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |p| vs + p);
                entities::decode_into(&html[vs..ve], &mut value, true);
                i = (ve + 1).min(b.len());
            } else {
                let vs = j;
                while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                entities::decode_into(&html[vs..j], &mut value, true);
                i = j;
            }
        }
        if attrs.len() < 64 && !attrs.iter().any(|(n, _)| *n == name) {
            attrs.push((name, value));
        }
    }
}
