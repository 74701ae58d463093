//! Options of [`analyze`](crate::analyze), their defaults, and their validation.
//!
//! Only options can be invalid; text never is. [`OptionsInput`] is the loose shape that arrives
//! from the outside (CLI flags, a JSONL record, a JavaScript object); [`OptionsInput::validate`]
//! turns it into [`Options`] or an [`OptionsError`] whose message says what is wrong in plain words.

use crate::lang::Lang;
use serde::Deserialize;
use std::fmt;

/// How long the summary should be.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Length {
    /// A default that grows with the article: about 3 sentences for a short news story, up to
    /// about 10 % of a long one (see [`crate::summary`]).
    #[default]
    Auto,
    /// Exactly this many sentences (fewer if the text has fewer).
    Sentences(usize),
    /// This fraction of the body sentences, in (0, 1], rounded up.
    Ratio(f64),
    /// At most this many words (at least one sentence).
    Words(usize),
    /// What a reader reads in this many seconds, at 230 words a minute (at least one sentence).
    Seconds(usize),
}

/// Validated options. Build with [`Options::default`] and struct update, or from [`OptionsInput`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Options {
    pub length: Length,
    /// The text's language; `None` detects it.
    pub language: Option<Lang>,
    /// The article's headline, when known apart from the text (it steers salience).
    pub title: Option<String>,
    /// Keep quotations out of the summary.
    pub skip_quotes: bool,
}

/// Options as they arrive from outside; every field optional. Unknown fields are refused, so that
/// a misspelt option is an error and not silently ignored.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OptionsInput {
    pub sentences: Option<f64>,
    pub ratio: Option<f64>,
    pub words: Option<f64>,
    pub seconds: Option<f64>,
    #[serde(alias = "language")]
    pub lang: Option<String>,
    pub title: Option<String>,
    pub skip_quotes: Option<bool>,
}

/// Why options were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

/// `v` as Rust's `Display` writes it (`2.5`, `-0`, `NaN`, `inf`, never an exponent), without
/// `Display` for floats: that formatter (core's flt2dec) is about 6 KB gzip of WebAssembly, and
/// the module needs it nowhere else. The shortest digits come from an exponent form that is at
/// hand (Rust's `{:e}` natively; JavaScript's `String(v)` in WebAssembly, which picks the same
/// shortest round-trip digits) and [`plain_decimal`] writes them out.
pub fn number(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    #[cfg(target_arch = "wasm32")]
    let exp = crate::wasm::js_number_string(v.abs());
    #[cfg(not(target_arch = "wasm32"))]
    let exp = format!("{:e}", v.abs());
    format!("{sign}{}", plain_decimal(&exp))
}

/// A non-negative number written with or without an exponent (`1.5e300`, `1.5e+300`, `1e-7`,
/// `0.25`) rewritten without one (`0.0000001`).
fn plain_decimal(s: &str) -> String {
    let Some((mantissa, exp)) = s.split_once('e') else {
        return s.to_string();
    };
    let exp: i64 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    // Where the decimal point falls among `digits`.
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i64 + exp;
    if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    }
}

fn whole(name: &str, v: f64) -> Result<usize, OptionsError> {
    if !v.is_finite() || v.fract() != 0.0 || !(1.0..=1e9).contains(&v) {
        return Err(OptionsError(format!(
            "`{name}` must be a whole number of at least 1, not {}",
            number(v)
        )));
    }
    Ok(v as usize)
}

impl OptionsInput {
    pub fn validate(&self) -> Result<Options, OptionsError> {
        let given = [
            self.sentences.is_some(),
            self.ratio.is_some(),
            self.words.is_some(),
            self.seconds.is_some(),
        ];
        if given.iter().filter(|g| **g).count() > 1 {
            return Err(OptionsError(
                "give at most one of `sentences`, `ratio`, `words` and `seconds`".into(),
            ));
        }
        let length = if let Some(n) = self.sentences {
            Length::Sentences(whole("sentences", n)?)
        } else if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(OptionsError(format!(
                    "`ratio` must be more than 0 and at most 1, not {}",
                    number(r)
                )));
            }
            Length::Ratio(r)
        } else if let Some(n) = self.words {
            Length::Words(whole("words", n)?)
        } else if let Some(n) = self.seconds {
            Length::Seconds(whole("seconds", n)?)
        } else {
            Length::Auto
        };
        let language = match self.lang.as_deref().map(str::trim) {
            None | Some("") | Some("auto") => None,
            Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
                OptionsError(format!(
                    "unknown language `{code}`: use one of {} or `auto`",
                    Lang::codes().join(", ")
                ))
            })?),
        };
        Ok(Options {
            length,
            language,
            title: self.title.clone().filter(|t| !t.trim().is_empty()),
            skip_quotes: self.skip_quotes.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        input: OptionsInput,
        want: Result<Length, &'static str>,
    }

    #[test]
    fn options_table() {
        let cases = [
            Case {
                name: "default",
                input: OptionsInput::default(),
                want: Ok(Length::Auto),
            },
            Case {
                name: "sentences",
                input: OptionsInput {
                    sentences: Some(3.0),
                    ..Default::default()
                },
                want: Ok(Length::Sentences(3)),
            },
            Case {
                name: "zero sentences",
                input: OptionsInput {
                    sentences: Some(0.0),
                    ..Default::default()
                },
                want: Err("`sentences` must be a whole number of at least 1, not 0"),
            },
            Case {
                name: "fractional sentences",
                input: OptionsInput {
                    sentences: Some(2.5),
                    ..Default::default()
                },
                want: Err("`sentences` must be a whole number of at least 1, not 2.5"),
            },
            Case {
                name: "ratio one",
                input: OptionsInput {
                    ratio: Some(1.0),
                    ..Default::default()
                },
                want: Ok(Length::Ratio(1.0)),
            },
            Case {
                name: "ratio zero",
                input: OptionsInput {
                    ratio: Some(0.0),
                    ..Default::default()
                },
                want: Err("`ratio` must be more than 0 and at most 1, not 0"),
            },
            Case {
                name: "ratio above one",
                input: OptionsInput {
                    ratio: Some(1.5),
                    ..Default::default()
                },
                want: Err("`ratio` must be more than 0 and at most 1, not 1.5"),
            },
            Case {
                name: "ratio NaN",
                input: OptionsInput {
                    ratio: Some(f64::NAN),
                    ..Default::default()
                },
                want: Err("`ratio` must be more than 0 and at most 1, not NaN"),
            },
            Case {
                name: "words",
                input: OptionsInput {
                    words: Some(50.0),
                    ..Default::default()
                },
                want: Ok(Length::Words(50)),
            },
            Case {
                name: "two lengths",
                input: OptionsInput {
                    words: Some(50.0),
                    sentences: Some(2.0),
                    ..Default::default()
                },
                want: Err("give at most one of `sentences`, `ratio`, `words` and `seconds`"),
            },
        ];
        for c in cases {
            let got = c.input.validate().map(|o| o.length).map_err(|e| e.0);
            assert_eq!(got, c.want.map_err(String::from), "case {}", c.name);
        }
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        let cases = [
            0.0,
            -0.0,
            1.0,
            -4.0,
            2.5,
            0.1,
            0.1234567,
            1e-7,
            -2.5e-12,
            0.000001,
            1e20,
            1e21,
            1.5e300,
            123456789012345680000.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for v in cases {
            assert_eq!(number(v), format!("{v}"), "{v:e}");
        }
        // JavaScript writes exponents with a `+`.
        assert_eq!(plain_decimal("1.5e+21"), "1500000000000000000000");
        assert_eq!(plain_decimal("1e-7"), "0.0000001");
        assert_eq!(plain_decimal("0.25"), "0.25");
    }

    proptest::proptest! {
        #[test]
        fn any_number_is_written_as_display_writes_it(bits in proptest::prelude::any::<u64>()) {
            let v = f64::from_bits(bits);
            proptest::prop_assert_eq!(number(v), format!("{v}"));
        }
    }

    #[test]
    fn language_codes() {
        let ok = OptionsInput {
            lang: Some("FR".into()),
            ..Default::default()
        }
        .validate();
        assert_eq!(ok.map(|o| o.language), Ok(Some(Lang::Fr)));
        let auto = OptionsInput {
            lang: Some("auto".into()),
            ..Default::default()
        }
        .validate();
        assert_eq!(auto.map(|o| o.language), Ok(None));
        let bad = OptionsInput {
            lang: Some("xx".into()),
            ..Default::default()
        }
        .validate();
        assert!(bad
            .expect_err("xx is no language")
            .0
            .starts_with("unknown language `xx`"));
    }
}
