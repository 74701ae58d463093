//! HTML character references: named (the HTML 4 set plus common HTML 5 names), decimal and hex.
//! Anything that does not form a valid reference is kept as text.

/// Appends `s` to `out` with its character references decoded. In attribute values (`in_attr`),
/// a legacy reference without `;` followed by `=` or an alphanumeric stays as text (`?a=1&copy=2`).
pub fn decode_into(s: &str, out: &mut String, in_attr: bool) {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = memchr_amp(&bytes[i..]) {
        let amp = i + off;
        match reference(s, amp, in_attr) {
            Some((c, len)) => {
                out.push_str(&s[last..amp]);
                out.push(c);
                last = amp + len;
                i = last;
            }
            None => i = amp + 1,
        }
    }
    out.push_str(&s[last..]);
}

/// `s` with its character references decoded.
pub fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out, false);
    out
}

fn memchr_amp(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'&')
}

/// The character of the reference at `s[amp..]` (which starts with `&`) and its byte length.
fn reference(s: &str, amp: usize, in_attr: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let mut j = amp + 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            j += 1;
        }
        let start = j;
        let mut value: u32 = 0;
        while let Some(&c) = b.get(j) {
            let d = match (c as char).to_digit(if hex { 16 } else { 10 }) {
                Some(d) => d,
                None => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        return Some((numeric(value), j - amp));
    }
    let start = j;
    while j < b.len() && j - start < 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == start {
        return None;
    }
    let name = &s[start..j];
    if b.get(j) == Some(&b';') {
        return named(name).map(|c| (c, j + 1 - amp));
    }
    // Legacy references that browsers accept without the semicolon.
    if in_attr && matches!(b.get(j), Some(c) if *c == b'=' || c.is_ascii_alphanumeric()) {
        return None;
    }
    match name {
        "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy" | "reg" | "AMP" | "LT" | "GT" | "QUOT" => {
            named(name).map(|c| (c, j - amp))
        }
        _ => None,
    }
}

/// The character a numeric reference stands for, with the HTML fix-ups for C1 controls.
fn numeric(v: u32) -> char {
    const C1: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let v = if (0x80..0xA0).contains(&v) {
        u32::from(C1[(v - 0x80) as usize])
    } else {
        v
    };
    match v {
        0 => '\u{FFFD}',
        _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

/// The character a named reference (without `&` and `;`) stands for.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "AElig" => '\u{c6}',
        "Aacute" => '\u{c1}',
        "Acirc" => '\u{c2}',
        "Agrave" => '\u{c0}',
        "Alpha" => '\u{391}',
        "Aring" => '\u{c5}',
        "Atilde" => '\u{c3}',
        "Auml" => '\u{c4}',
        "Beta" => '\u{392}',
        "Ccedil" => '\u{c7}',
        "Chi" => '\u{3a7}',
        "Dagger" => '\u{2021}',
        "Delta" => '\u{394}',
        "DoubleRightArrow" => '\u{21d2}',
        "ETH" => '\u{d0}',
        "Eacute" => '\u{c9}',
        "Ecirc" => '\u{ca}',
        "Egrave" => '\u{c8}',
        "Epsilon" => '\u{395}',
        "Eta" => '\u{397}',
        "Euml" => '\u{cb}',
        "Gamma" => '\u{393}',
        "Hat" => '\u{5e}',
        "Iacute" => '\u{cd}',
        "Icirc" => '\u{ce}',
        "Igrave" => '\u{cc}',
        "Iota" => '\u{399}',
        "Iuml" => '\u{cf}',
        "Kappa" => '\u{39a}',
        "Lambda" => '\u{39b}',
        "Mu" => '\u{39c}',
        "NewLine" => '\u{a}',
        "NoBreak" => '\u{2060}',
        "Ntilde" => '\u{d1}',
        "Nu" => '\u{39d}',
        "OElig" => '\u{152}',
        "Oacute" => '\u{d3}',
        "Ocirc" => '\u{d4}',
        "Ograve" => '\u{d2}',
        "Omega" => '\u{3a9}',
        "Omicron" => '\u{39f}',
        "Oslash" => '\u{d8}',
        "Otilde" => '\u{d5}',
        "Ouml" => '\u{d6}',
        "Phi" => '\u{3a6}',
        "Pi" => '\u{3a0}',
        "Prime" => '\u{2033}',
        "Psi" => '\u{3a8}',
        "Rho" => '\u{3a1}',
        "Scaron" => '\u{160}',
        "Sigma" => '\u{3a3}',
        "THORN" => '\u{de}',
        "TRADE" => '\u{2122}',
        "Tab" => '\u{9}',
        "Tau" => '\u{3a4}',
        "Theta" => '\u{398}',
        "Uacute" => '\u{da}',
        "Ucirc" => '\u{db}',
        "Ugrave" => '\u{d9}',
        "Upsilon" => '\u{3a5}',
        "Uuml" => '\u{dc}',
        "Xi" => '\u{39e}',
        "Yacute" => '\u{dd}',
        "Yuml" => '\u{178}',
        "ZeroWidthSpace" => '\u{200b}',
        "Zeta" => '\u{396}',
        "aacute" => '\u{e1}',
        "acirc" => '\u{e2}',
        "acute" => '\u{b4}',
        "aelig" => '\u{e6}',
        "agrave" => '\u{e0}',
        "alefsym" => '\u{2135}',
        "alpha" => '\u{3b1}',
        "amp" => '\u{26}',
        "and" => '\u{2227}',
        "ang" => '\u{2220}',
        "apos" => '\u{27}',
        "aring" => '\u{e5}',
        "ast" => '\u{2a}',
        "asymp" => '\u{2248}',
        "atilde" => '\u{e3}',
        "auml" => '\u{e4}',
        "bdquo" => '\u{201e}',
        "beta" => '\u{3b2}',
        "brvbar" => '\u{a6}',
        "bsol" => '\u{5c}',
        "bull" => '\u{2022}',
        "bullet" => '\u{2022}',
        "cap" => '\u{2229}',
        "ccedil" => '\u{e7}',
        "cedil" => '\u{b8}',
        "cent" => '\u{a2}',
        "centerdot" => '\u{b7}',
        "check" => '\u{2713}',
        "chi" => '\u{3c7}',
        "circ" => '\u{2c6}',
        "clubs" => '\u{2663}',
        "colon" => '\u{3a}',
        "comma" => '\u{2c}',
        "commat" => '\u{40}',
        "cong" => '\u{2245}',
        "copy" => '\u{a9}',
        "copysr" => '\u{2117}',
        "crarr" => '\u{21b5}',
        "cross" => '\u{2717}',
        "cup" => '\u{222a}',
        "curren" => '\u{a4}',
        "dArr" => '\u{21d3}',
        "dagger" => '\u{2020}',
        "darr" => '\u{2193}',
        "dash" => '\u{2010}',
        "deg" => '\u{b0}',
        "delta" => '\u{3b4}',
        "diams" => '\u{2666}',
        "divide" => '\u{f7}',
        "dollar" => '\u{24}',
        "dot" => '\u{2d9}',
        "eacute" => '\u{e9}',
        "ecirc" => '\u{ea}',
        "egrave" => '\u{e8}',
        "empty" => '\u{2205}',
        "emsp" => '\u{2003}',
        "emsp13" => '\u{2004}',
        "ensp" => '\u{2002}',
        "epsilon" => '\u{3b5}',
        "equals" => '\u{3d}',
        "equiv" => '\u{2261}',
        "eta" => '\u{3b7}',
        "eth" => '\u{f0}',
        "euml" => '\u{eb}',
        "euro" => '\u{20ac}',
        "excl" => '\u{21}',
        "exist" => '\u{2203}',
        "female" => '\u{2640}',
        "fnof" => '\u{192}',
        "forall" => '\u{2200}',
        "frac12" => '\u{bd}',
        "frac13" => '\u{2153}',
        "frac14" => '\u{bc}',
        "frac18" => '\u{215b}',
        "frac23" => '\u{2154}',
        "frac34" => '\u{be}',
        "frasl" => '\u{2044}',
        "gamma" => '\u{3b3}',
        "ge" => '\u{2265}',
        "grave" => '\u{60}',
        "gt" => '\u{3e}',
        "hArr" => '\u{21d4}',
        "hairsp" => '\u{200a}',
        "half" => '\u{bd}',
        "harr" => '\u{2194}',
        "hearts" => '\u{2665}',
        "hellip" => '\u{2026}',
        "horbar" => '\u{2015}',
        "hyphen" => '\u{2010}',
        "iacute" => '\u{ed}',
        "icirc" => '\u{ee}',
        "iexcl" => '\u{a1}',
        "igrave" => '\u{ec}',
        "image" => '\u{2111}',
        "incare" => '\u{2105}',
        "infin" => '\u{221e}',
        "int" => '\u{222b}',
        "iota" => '\u{3b9}',
        "iquest" => '\u{bf}',
        "isin" => '\u{2208}',
        "iuml" => '\u{ef}',
        "kappa" => '\u{3ba}',
        "lArr" => '\u{21d0}',
        "lambda" => '\u{3bb}',
        "lang" => '\u{2329}',
        "laquo" => '\u{ab}',
        "larr" => '\u{2190}',
        "lceil" => '\u{2308}',
        "lcub" => '\u{7b}',
        "ldquo" => '\u{201c}',
        "ldquor" => '\u{201e}',
        "le" => '\u{2264}',
        "lfloor" => '\u{230a}',
        "lowast" => '\u{2217}',
        "lowbar" => '\u{5f}',
        "loz" => '\u{25ca}',
        "lpar" => '\u{28}',
        "lrm" => '\u{200e}',
        "lsaquo" => '\u{2039}',
        "lsqb" => '\u{5b}',
        "lsquo" => '\u{2018}',
        "lsquor" => '\u{201a}',
        "lt" => '\u{3c}',
        "macr" => '\u{af}',
        "male" => '\u{2642}',
        "mdash" => '\u{2014}',
        "micro" => '\u{b5}',
        "middot" => '\u{b7}',
        "minus" => '\u{2212}',
        "mldr" => '\u{2026}',
        "mu" => '\u{3bc}',
        "nabla" => '\u{2207}',
        "nbsp" => '\u{a0}',
        "ndash" => '\u{2013}',
        "ne" => '\u{2260}',
        "ni" => '\u{220b}',
        "nldr" => '\u{2025}',
        "not" => '\u{ac}',
        "notin" => '\u{2209}',
        "nsub" => '\u{2284}',
        "ntilde" => '\u{f1}',
        "nu" => '\u{3bd}',
        "num" => '\u{23}',
        "numsp" => '\u{2007}',
        "oacute" => '\u{f3}',
        "ocirc" => '\u{f4}',
        "oelig" => '\u{153}',
        "ograve" => '\u{f2}',
        "oline" => '\u{203e}',
        "omega" => '\u{3c9}',
        "omicron" => '\u{3bf}',
        "oplus" => '\u{2295}',
        "or" => '\u{2228}',
        "ordf" => '\u{aa}',
        "ordm" => '\u{ba}',
        "oslash" => '\u{f8}',
        "otilde" => '\u{f5}',
        "otimes" => '\u{2297}',
        "ouml" => '\u{f6}',
        "para" => '\u{b6}',
        "part" => '\u{2202}',
        "percnt" => '\u{25}',
        "period" => '\u{2e}',
        "permil" => '\u{2030}',
        "perp" => '\u{22a5}',
        "phi" => '\u{3c6}',
        "phone" => '\u{260e}',
        "pi" => '\u{3c0}',
        "piv" => '\u{3d6}',
        "plus" => '\u{2b}',
        "plusmn" => '\u{b1}',
        "pound" => '\u{a3}',
        "prime" => '\u{2032}',
        "prod" => '\u{220f}',
        "prop" => '\u{221d}',
        "psi" => '\u{3c8}',
        "puncsp" => '\u{2008}',
        "quest" => '\u{3f}',
        "quot" => '\u{22}',
        "rArr" => '\u{21d2}',
        "radic" => '\u{221a}',
        "rang" => '\u{232a}',
        "raquo" => '\u{bb}',
        "rarr" => '\u{2192}',
        "rceil" => '\u{2309}',
        "rcub" => '\u{7d}',
        "rdquo" => '\u{201d}',
        "rdquor" => '\u{201d}',
        "real" => '\u{211c}',
        "reg" => '\u{ae}',
        "rfloor" => '\u{230b}',
        "rho" => '\u{3c1}',
        "rlm" => '\u{200f}',
        "rpar" => '\u{29}',
        "rsaquo" => '\u{203a}',
        "rsqb" => '\u{5d}',
        "rsquo" => '\u{2019}',
        "rsquor" => '\u{2019}',
        "sbquo" => '\u{201a}',
        "scaron" => '\u{161}',
        "sdot" => '\u{22c5}',
        "sect" => '\u{a7}',
        "semi" => '\u{3b}',
        "shy" => '\u{ad}',
        "sigma" => '\u{3c3}',
        "sigmaf" => '\u{3c2}',
        "sim" => '\u{223c}',
        "sol" => '\u{2f}',
        "spades" => '\u{2660}',
        "star" => '\u{2606}',
        "starf" => '\u{2605}',
        "sub" => '\u{2282}',
        "sube" => '\u{2286}',
        "sum" => '\u{2211}',
        "sup" => '\u{2283}',
        "sup1" => '\u{b9}',
        "sup2" => '\u{b2}',
        "sup3" => '\u{b3}',
        "supe" => '\u{2287}',
        "szlig" => '\u{df}',
        "tau" => '\u{3c4}',
        "there4" => '\u{2234}',
        "theta" => '\u{3b8}',
        "thetasym" => '\u{3d1}',
        "thinsp" => '\u{2009}',
        "thorn" => '\u{fe}',
        "tilde" => '\u{2dc}',
        "times" => '\u{d7}',
        "trade" => '\u{2122}',
        "uArr" => '\u{21d1}',
        "uacute" => '\u{fa}',
        "uarr" => '\u{2191}',
        "ucirc" => '\u{fb}',
        "ugrave" => '\u{f9}',
        "uml" => '\u{a8}',
        "upsih" => '\u{3d2}',
        "upsilon" => '\u{3c5}',
        "uuml" => '\u{fc}',
        "verbar" => '\u{7c}',
        "vert" => '\u{7c}',
        "weierp" => '\u{2118}',
        "xi" => '\u{3be}',
        "yacute" => '\u{fd}',
        "yen" => '\u{a5}',
        "yuml" => '\u{ff}',
        "zeta" => '\u{3b6}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "AMP" => '&',
        "LT" => '<',
        "GT" => '>',
        "QUOT" => '"',
        _ => return None,
    })
}
