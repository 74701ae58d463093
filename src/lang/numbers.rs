//! Words around figures: currencies, magnitudes, percent words and qualifiers (months are in
//! [`super::calendar`]).
//!
//! Origin: written for Nutshell by its developers from each language's calendar and the way news
//! write amounts ("3,5 milliards d'euros", "$2 billion", "moins de 5 %"). Lowercase; a figure's
//! words are lowercased before lookup.

use super::Words;

/// Currency words and symbols that follow or precede an amount.
#[rustfmt::skip]
pub const CURRENCIES: Words = Words(
    "€|$|£|¥|chf|eur|usd|gbp|euro|euros|dollar|dollars|pound|pounds|livres|francs|franken|\
    yuan|yen|złotych|zł|pln|kč|korun|lei|dólares|dollari|reais|real",
);

/// Magnitude words between a number and its unit ("3 milliards d'euros", "$2 billion").
#[rustfmt::skip]
pub const MAGNITUDES: Words = Words(
    "thousand|million|millions|billion|billions|trillion|bn|m|k|mille|millier|milliers|\
    milliard|milliards|md|mds|mrd|mio|millionen|milliarden|millón|millones|mil|milione|\
    milioni|miliardo|miliardi|milhão|milhões|bilhão|bilhões|miljoen|miljard|milionów|\
    miliardów|milionů|miliard|miljoonaa|miljardia|milioane|miliarde",
);

/// Words meaning "percent".
#[rustfmt::skip]
pub const PERCENT: Words = Words(
    "%|percent|per|pour|prozent|por|per cento|procent|procento|prosenttia|procente|pct",
);

/// Qualifiers kept in front of a figure ("moins de 5 %", "more than 300").
#[rustfmt::skip]
pub const QUALIFIERS: Words = Words(
    "moins de|plus de|près de|environ|quelque|jusqu'à|au moins|au total|more than|less than|\
    fewer than|about|around|nearly|almost|over|up to|at least|some|roughly|mehr als|\
    weniger als|rund|etwa|fast|más de|menos de|casi|unos|unas|più di|meno di|circa|quasi|\
    mais de|menos de|cerca de|meer dan|minder dan|ongeveer|ponad|około|prawie|více než|\
    téměř|asi|yli|noin|peste|aproape|circa",
);
