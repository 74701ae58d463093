//! Language detection: the stage that says which language's data the other stages use.
//!
//! Function words ([`stopwords`]) vote for the languages that have them, and letters that only
//! some languages write ([`letters`]) break ties and decide short texts. Only the first
//! [`WINDOW`] bytes are read: enough for any language, and a bounded cost on long texts.

use crate::lang::{letters, stopwords, Lang};
use crate::text::{case, lowercase_into};
use crate::tokens::{Token, Tokens};

/// How much text detection looks at.
pub const WINDOW: usize = 64 * 1024;

/// The language of `text`, whose tokens are `tokens`; `Lang::Und` when nothing speaks for any
/// language (no letters, or a language we have no data for).
pub fn detect(text: &str, tokens: &Tokens) -> Lang {
    let mut end = text.len().min(WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // The words wholly inside the window.
    let words = tokens.within(crate::span::Span::new(0, end));
    let mut score = [0f32; Lang::ALL.len()];
    let table = stopwords::by_word();
    // Each distinct spelling's stopword bits, found once (0: none, `UNSEEN`: not looked up).
    const UNSEEN: u32 = u32::MAX;
    let mut masks: Vec<u32> = vec![UNSEEN; tokens.spellings().min(words.len())];
    let mut lower = String::new();
    let mut mask_of = |t: &Token| {
        let w = t.span.of(text);
        // Function words are short; longer words cannot vote.
        if w.len() > stopwords::MAX_LEN {
            return 0;
        }
        let look = |lower: &mut String| table.get(lowercase_into(lower, w)).copied().unwrap_or(0);
        match t.spelling().filter(|&id| id < masks.len()) {
            Some(id) => {
                if masks[id] == UNSEEN {
                    masks[id] = look(&mut lower);
                }
                masks[id]
            }
            None => look(&mut lower),
        }
    };
    for t in words {
        let mask = mask_of(t);
        if mask != 0 {
            for (i, s) in score.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *s += 1.0;
                }
            }
        }
    }
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        let c = case::lower(c).next().unwrap_or(c);
        for (i, lang) in Lang::ALL.iter().enumerate() {
            score[i] += letters::evidence(*lang, c);
        }
    }
    if words.is_empty() {
        return Lang::Und;
    }
    let (best, best_score) =
        score.iter().enumerate().fold(
            (0, f32::MIN),
            |acc, (i, s)| if *s > acc.1 { (i, *s) } else { acc },
        );
    if best_score < 1.0 {
        return Lang::Und;
    }
    Lang::ALL[best]
}

/// The language of a text that has not been scanned yet (scans the first [`WINDOW`] bytes).
pub fn detect_text(text: &str) -> Lang {
    let mut end = text.len().min(WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    detect(&text[..end], &Tokens::scan(&text[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Lang {
        detect_text(text)
    }

    #[test]
    fn detects_each_language_from_a_sentence() {
        let cases = [
            (Lang::En, "The minister said on Monday that the government would not change its plans for the economy."),
            (Lang::Fr, "Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets pour l'économie."),
            (Lang::De, "Der Minister sagte am Montag, dass die Regierung ihre Pläne für die Wirtschaft nicht ändern werde."),
            (Lang::Es, "El ministro dijo el lunes que el gobierno no cambiaría sus planes para la economía."),
            (Lang::It, "Il ministro ha detto lunedì che il governo non cambierà i suoi piani per l'economia."),
            (Lang::Pt, "O ministro disse na segunda-feira que o governo não vai mudar os seus planos para a economia."),
            (Lang::Nl, "De minister zei maandag dat de regering haar plannen voor de economie niet zal veranderen."),
            (Lang::Pl, "Minister powiedział w poniedziałek, że rząd nie zmieni swoich planów dotyczących gospodarki."),
            (Lang::Cs, "Ministr v pondělí řekl, že vláda své plány pro ekonomiku nezmění."),
            (Lang::Fi, "Ministeri sanoi maanantaina, että hallitus ei muuta talouden suunnitelmiaan."),
            (Lang::Ro, "Ministrul a declarat luni că guvernul nu își va schimba planurile pentru economie."),
        ];
        for (want, text) in cases {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn nothing_to_go_on_is_undetermined() {
        assert_eq!(detect(""), Lang::Und);
        assert_eq!(detect("123 456 !!!"), Lang::Und);
    }
}
