//! What the entity trainer and the entity evaluation share: reading annotated JSONL, and the
//! score `../shared/eval/nutshell-eval` computes (exact span + type micro P/R/F1 over
//! PER/ORG/LOC in code points, every mention counted once, gold MISC ignored).

#![allow(dead_code)]

use nutshell::ner::Mention;
use nutshell::{EntityKind, Lang, Span};
use std::collections::HashSet;
use std::path::Path;

/// One annotated document.
pub struct Record {
    pub set: String,
    pub id: String,
    pub lang: Lang,
    pub text: String,
    /// Gold mentions: byte span and kind (0 person, 1 organisation, 2 place).
    pub gold: Vec<(Span, u8)>,
}

pub fn kind_index(k: EntityKind) -> Option<u8> {
    match k {
        EntityKind::Person => Some(0),
        EntityKind::Organization => Some(1),
        EntityKind::Place => Some(2),
        EntityKind::Other => None,
    }
}

/// Code point offset -> byte offset (one past the end allowed).
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// The records of every `*.jsonl` file of `dir`, files in name order, lines in order.
pub fn read_dir(dir: &Path) -> Vec<Record> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for path in names {
        let set = path
            .file_stem()
            .map(|s| {
                s.to_string_lossy()
                    .split('.')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_default();
        let body = std::fs::read_to_string(&path).expect("read");
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            let text = v["text"].as_str().unwrap_or("").to_string();
            let lang = v["lang"]
                .as_str()
                .and_then(Lang::from_code)
                .unwrap_or(Lang::Und);
            let id = match &v["id"] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let map = byte_offsets(&text);
            let mut gold = Vec::new();
            for e in v["entities"].as_array().into_iter().flatten() {
                let k = match e["type"].as_str() {
                    Some("PER") => 0,
                    Some("ORG") => 1,
                    Some("LOC") => 2,
                    _ => continue,
                };
                let (s, t) = (e["start"].as_u64(), e["end"].as_u64());
                if let (Some(s), Some(t)) = (s, t) {
                    if let (Some(&a), Some(&b)) = (map.get(s as usize), map.get(t as usize)) {
                        gold.push((Span::new(a, b), k));
                    }
                }
            }
            out.push(Record {
                set: set.clone(),
                id,
                lang,
                text,
                gold,
            });
        }
    }
    out
}

/// True positives, false positives and false negatives, typed (all and per kind) and untyped.
#[derive(Default, Clone, Copy, Debug)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub kind: [(usize, usize, usize); 3],
    pub untyped: (usize, usize, usize),
}

pub fn f1(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

impl Score {
    /// Adds one document: gold and predicted (byte span, kind), compared as sets.
    pub fn add(&mut self, gold: &[(Span, u8)], pred: &[(Span, u8)]) {
        let g: HashSet<(Span, u8)> = gold.iter().copied().collect();
        let p: HashSet<(Span, u8)> = pred.iter().copied().collect();
        self.tp += g.intersection(&p).count();
        self.fp += p.difference(&g).count();
        self.fn_ += g.difference(&p).count();
        for k in 0..3u8 {
            let gk: HashSet<_> = g.iter().filter(|x| x.1 == k).collect();
            let pk: HashSet<_> = p.iter().filter(|x| x.1 == k).collect();
            let t = &mut self.kind[k as usize];
            t.0 += gk.intersection(&pk).count();
            t.1 += pk.difference(&gk).count();
            t.2 += gk.difference(&pk).count();
        }
        let gu: HashSet<Span> = g.iter().map(|x| x.0).collect();
        let pu: HashSet<Span> = p.iter().map(|x| x.0).collect();
        self.untyped.0 += gu.intersection(&pu).count();
        self.untyped.1 += pu.difference(&gu).count();
        self.untyped.2 += gu.difference(&pu).count();
    }

    pub fn merge(&mut self, o: &Score) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        for k in 0..3 {
            self.kind[k].0 += o.kind[k].0;
            self.kind[k].1 += o.kind[k].1;
            self.kind[k].2 += o.kind[k].2;
        }
        self.untyped.0 += o.untyped.0;
        self.untyped.1 += o.untyped.1;
        self.untyped.2 += o.untyped.2;
    }

    pub fn f1(&self) -> f64 {
        f1(self.tp, self.fp, self.fn_).2
    }

    pub fn untyped_f1(&self) -> f64 {
        f1(self.untyped.0, self.untyped.1, self.untyped.2).2
    }

    pub fn kind_f1(&self, k: usize) -> f64 {
        let t = self.kind[k];
        f1(t.0, t.1, t.2).2
    }

    /// "F1 (P/R) untyped; PER ORG LOC".
    pub fn line(&self) -> String {
        let (p, r, f) = f1(self.tp, self.fp, self.fn_);
        format!(
            "F1 {f:5.1} (P {p:5.1} R {r:5.1})  untyped {:5.1}  PER {:5.1} ORG {:5.1} LOC {:5.1}",
            self.untyped_f1(),
            self.kind_f1(0),
            self.kind_f1(1),
            self.kind_f1(2)
        )
    }
}

/// Mentions as (byte span, kind index).
pub fn pairs(mentions: &[Mention]) -> Vec<(Span, u8)> {
    mentions
        .iter()
        .filter_map(|m| kind_index(m.kind).map(|k| (m.span, k)))
        .collect()
}
