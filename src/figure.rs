//! Key figures: amounts, percentages, dates and counts, each with its sentence.
//!
//! A figure starts at a number written with digits (thousands separated by ".", ",", a space or
//! a thin space; decimals by "," or "."), takes a qualifier in front ("moins de", "more than"),
//! and a unit after: a percent sign or word, a magnitude and a currency, a month (then it is a
//! date, with its year), or for a plain count up to two following content words
//! ("18.000 superpuces Blackwell", "165.000 visiteurs"). A year alone (1900–2099) is a date.

use crate::analysis::{Figure, FigureKind, Sentence, SentenceKind};
use crate::lang::calendar;
use crate::lang::numbers::{CURRENCIES, MAGNITUDES, PERCENT, QUALIFIERS};
use crate::lang::{stopwords, Lang};
use crate::span::Span;
use crate::text::{fold_apostrophe, lowercase_into};
use crate::tokens::{Token, Tokens};

/// How many content words a plain count may take after it (the second only if capitalised).
const COUNT_WORDS: usize = 2;

fn gap(text: &str, a: &Token, b: &Token) -> &'static str {
    // Classify the characters between two words.
    let g = &text[a.span.end..b.span.start];
    match g {
        "" => "",
        " " | "\u{a0}" | "\u{202f}" | "\u{2009}" => " ",
        "." | "," => ".",
        "-" => "-",
        "'" | "’" => "'",
        _ if g.trim().is_empty() => "space+",
        _ => "other",
    }
}

/// The figures of the body sentences of `text`.
pub fn figures(text: &str, sentences: &[Sentence], tokens: &Tokens, lang: Lang) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for (index, s) in sentences.iter().enumerate() {
        // Every figure starts at a word with an ASCII digit (a number, or an ordinal day).
        if s.kind != SentenceKind::Body || !s.span.of(text).bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let words = tokens.sentence(index);
        let mut i = 0;
        while i < words.len() {
            if !words[i].numeric() {
                // An ordinal day before a month: "1er juillet 2018", "21st March".
                let w = words[i].span.of(text);
                let digits = w.bytes().take_while(u8::is_ascii_digit).count();
                // The month lookup only for words that start like an ordinal (most words do not).
                let ordinal = (1..=2).contains(&digits) && w.len() <= digits + 2;
                let next_is_month = ordinal
                    && words.get(i + 1).is_some_and(|n| {
                        calendar::is_month(lowercase_into(&mut buf, n.span.of(text)))
                    });
                if next_is_month {
                    let mut end = words[i + 1].span.end;
                    let mut k = i + 2;
                    if k < words.len() && words[k].numeric() && words[k].span.len() == 4 {
                        end = words[k].span.end;
                        k += 1;
                    }
                    out.push(Figure {
                        span: Span::new(words[i].span.start, end),
                        kind: FigureKind::Date,
                        sentence: index,
                    });
                    i = k;
                } else {
                    i += 1;
                }
                continue;
            }
            // The number: digit groups joined by separators.
            let first = i;
            let mut j = i;
            while j + 1 < words.len() && words[j + 1].numeric() {
                let g = gap(text, &words[j], &words[j + 1]);
                let digits = words[j + 1].span.len();
                if g == "." || (g == " " && digits == 3) {
                    j += 1;
                } else {
                    break;
                }
            }
            let mut start = words[first].span.start;
            let mut end = words[j].span.end;
            let mut kind = FigureKind::Number;
            // A currency symbol right before ("$2 billion", "€3").
            if let Some(c) = text[..start].chars().next_back() {
                if matches!(c, '$' | '€' | '£' | '¥') {
                    start -= c.len_utf8();
                    kind = FigureKind::Money;
                }
            }
            // What follows: %, magnitude, currency, month, or counted words.
            let rest = &text[end..s.span.end];
            let trimmed = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
            if trimmed.starts_with('%') {
                end = s.span.end - trimmed.len() + '%'.len_utf8();
                kind = FigureKind::Percent;
            } else if let Some(c @ ('€' | '$' | '£')) = trimmed.chars().next() {
                end = s.span.end - trimmed.len() + c.len_utf8();
                kind = FigureKind::Money;
            }
            let mut k = j + 1;
            let lower =
                |w: &Token, buf: &mut String| lowercase_into(buf, w.span.of(text)).to_string();
            if kind == FigureKind::Number || kind == FigureKind::Money {
                if k < words.len() && MAGNITUDES.contains(&lower(&words[k], &mut buf).as_str()) {
                    end = words[k].span.end;
                    k += 1;
                }
                // "d'euros", "de dollars", "euros"
                let mut m = k;
                if m < words.len()
                    && matches!(lower(&words[m], &mut buf).as_str(), "d" | "de" | "of")
                {
                    m += 1;
                }
                if m < words.len() && CURRENCIES.contains(&lower(&words[m], &mut buf).as_str()) {
                    end = words[m].span.end;
                    kind = FigureKind::Money;
                    k = m + 1;
                } else if k < words.len() && PERCENT.contains(&lower(&words[k], &mut buf).as_str())
                {
                    // "5 pour cent", "5 percent"
                    end = words[k].span.end;
                    if k + 1 < words.len() && lower(&words[k + 1], &mut buf) == "cent" {
                        end = words[k + 1].span.end;
                        k += 1;
                    }
                    kind = FigureKind::Percent;
                    k += 1;
                } else if k < words.len() && calendar::is_month(&lower(&words[k], &mut buf)) {
                    end = words[k].span.end;
                    kind = FigureKind::Date;
                    k += 1;
                    if k < words.len() && words[k].numeric() && words[k].span.len() == 4 {
                        end = words[k].span.end;
                        k += 1;
                    }
                } else if kind == FigureKind::Number {
                    let n = words[first].span.of(text);
                    let is_year =
                        first == j && n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
                    // A month before the number: "June 12", "12. März" handled above.
                    let month_before =
                        first > 0 && calendar::is_month(&lower(&words[first - 1], &mut buf));
                    if month_before {
                        start = words[first - 1].span.start;
                        kind = FigureKind::Date;
                    } else if is_year {
                        kind = FigureKind::Date;
                    } else {
                        // A count: up to two content words right after it.
                        let mut taken = 0;
                        while taken < COUNT_WORDS && k < words.len() {
                            let w = &words[k];
                            let g = gap(text, &words[k - 1], w);
                            let l = lower(w, &mut buf);
                            let is_join = g == " " || (g == "-" && taken > 0);
                            // The second word only when it is a name ("superpuces Blackwell"):
                            // "3,000 investors came" must stop at the noun.
                            let capital = w.span.of(text).starts_with(char::is_uppercase);
                            if !is_join
                                || w.numeric()
                                || stopwords::is_stopword(lang, &l)
                                || l.chars().count() < 2
                                || (taken == 1 && !capital)
                            {
                                break;
                            }
                            end = w.span.end;
                            taken += 1;
                            k += 1;
                        }
                        // Hyphenated compounds ("start-up") count as one word.
                        while k < words.len()
                            && taken > 0
                            && gap(text, &words[k - 1], &words[k]) == "-"
                        {
                            end = words[k].span.end;
                            k += 1;
                        }
                    }
                }
            }
            // A qualifier in front ("moins de 5 %").
            let head = &text[s.span.start..start];
            let head_lower: String = head
                .chars()
                .rev()
                .take(24)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .flat_map(crate::text::case::lower)
                .map(fold_apostrophe)
                .collect();
            if let Some(q) = QUALIFIERS
                .iter()
                .filter(|q| head_lower.trim_end().ends_with(*q))
                .max_by_key(|q| q.len())
            {
                let trimmed_head = head.trim_end();
                let q_chars = q.chars().count();
                let cut = trimmed_head
                    .char_indices()
                    .rev()
                    .nth(q_chars - 1)
                    .map(|(i, _)| i);
                if let Some(cut) = cut {
                    let before = trimmed_head[..cut].chars().next_back();
                    if before.is_none_or(|c| !c.is_alphanumeric()) {
                        start = s.span.start + cut;
                    }
                }
            }
            out.push(Figure {
                span: Span::new(start, end),
                kind,
                sentence: index,
            });
            i = k.max(j + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ScoreParts;

    fn run(text: &str, lang: Lang) -> Vec<(String, FigureKind)> {
        let s = vec![Sentence {
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
            score: 0.0,
            parts: ScoreParts::default(),
        }];
        let mut tokens = Tokens::scan(text);
        tokens.split(text, &[Span::new(0, text.len())]);
        figures(text, &s, &tokens, lang)
            .into_iter()
            .map(|f| (f.span.of(text).to_string(), f.kind))
            .collect()
    }

    #[test]
    fn figures_table() {
        use FigureKind::*;
        type Case<'a> = (&'a str, Lang, &'a str, &'a [(&'a str, FigureKind)]);
        let cases: &[Case] = &[
            (
                "count with its noun",
                Lang::Fr,
                "elle sera dotée de 18.000 superpuces Blackwell, parmi",
                &[("18.000 superpuces Blackwell", Number)],
            ),
            (
                "qualified percent",
                Lang::Fr,
                "avec moins de 5% des capacités et 20 % de la consommation",
                &[("moins de 5%", Percent), ("20 %", Percent)],
            ),
            (
                "money with magnitude",
                Lang::Fr,
                "un plan de 3,5 milliards d’euros pour",
                &[("3,5 milliards d’euros", Money)],
            ),
            (
                "dollar sign",
                Lang::En,
                "a $2 billion deal",
                &[("$2 billion", Money)],
            ),
            (
                "ordinal date",
                Lang::Fr,
                "dimanche 1er juillet 2018",
                &[("1er juillet 2018", Date)],
            ),
            (
                "day month year",
                Lang::En,
                "on 12 March 2024 the",
                &[("12 March 2024", Date)],
            ),
            (
                "month day",
                Lang::En,
                "on March 12 the",
                &[("March 12", Date)],
            ),
            (
                "year",
                Lang::En,
                "since 2020 prices rose",
                &[("2020", Date)],
            ),
            (
                "spaced thousands",
                Lang::Fr,
                "avec 14 000 start-up, dont",
                &[("14 000 start-up", Number)],
            ),
            (
                "more than",
                Lang::En,
                "more than 3,000 investors came",
                &[("more than 3,000 investors", Number)],
            ),
        ];
        for (name, lang, text, want) in cases {
            let want: Vec<(String, FigureKind)> =
                want.iter().map(|(s, k)| (s.to_string(), *k)).collect();
            assert_eq!(run(text, *lang), want, "case {name}");
        }
    }
}
