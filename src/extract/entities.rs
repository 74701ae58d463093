//! HTML character references: named (the HTML 4 set plus common HTML 5 names), decimal and hex.
//! Anything that does not form a valid reference is kept as text.

use crate::hash::FastMap;
use std::sync::OnceLock;

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
    static TABLE: OnceLock<FastMap<&'static str, char>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            NAMED
                .split_ascii_whitespace()
                .filter_map(|entry| {
                    let (name, hex) = entry.split_once('=')?;
                    let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                    Some((name, c))
                })
                .collect()
        })
        .get(name)
        .copied()
}

/// The named references we decode, as `name=hex code point`, sorted by name. One string rather
/// than a `match` keeps the WebAssembly module small (the match compiled to ~9 KB of code).
const NAMED: &str =
    "AElig=c6 AMP=26 Aacute=c1 Acirc=c2 Agrave=c0 Alpha=391 Aring=c5 Atilde=c3 Auml=c4 Beta=392 \
    Ccedil=c7 Chi=3a7 Dagger=2021 Delta=394 DoubleRightArrow=21d2 ETH=d0 Eacute=c9 Ecirc=ca \
    Egrave=c8 Epsilon=395 Eta=397 Euml=cb GT=3e Gamma=393 Hat=5e Iacute=cd Icirc=ce Igrave=cc \
    Iota=399 Iuml=cf Kappa=39a LT=3c Lambda=39b Mu=39c NewLine=a NoBreak=2060 Ntilde=d1 Nu=39d \
    OElig=152 Oacute=d3 Ocirc=d4 Ograve=d2 Omega=3a9 Omicron=39f Oslash=d8 Otilde=d5 Ouml=d6 \
    Phi=3a6 Pi=3a0 Prime=2033 Psi=3a8 QUOT=22 Rho=3a1 Scaron=160 Sigma=3a3 THORN=de TRADE=2122 \
    Tab=9 Tau=3a4 Theta=398 Uacute=da Ucirc=db Ugrave=d9 Upsilon=3a5 Uuml=dc Xi=39e Yacute=dd \
    Yuml=178 ZeroWidthSpace=200b Zeta=396 aacute=e1 acirc=e2 acute=b4 aelig=e6 agrave=e0 \
    alefsym=2135 alpha=3b1 amp=26 and=2227 ang=2220 apos=27 aring=e5 ast=2a asymp=2248 \
    atilde=e3 auml=e4 bdquo=201e beta=3b2 brvbar=a6 bsol=5c bull=2022 bullet=2022 cap=2229 \
    ccedil=e7 cedil=b8 cent=a2 centerdot=b7 check=2713 chi=3c7 circ=2c6 clubs=2663 colon=3a \
    comma=2c commat=40 cong=2245 copy=a9 copysr=2117 crarr=21b5 cross=2717 cup=222a curren=a4 \
    dArr=21d3 dagger=2020 darr=2193 dash=2010 deg=b0 delta=3b4 diams=2666 divide=f7 dollar=24 \
    dot=2d9 eacute=e9 ecirc=ea egrave=e8 empty=2205 emsp=2003 emsp13=2004 ensp=2002 epsilon=3b5 \
    equals=3d equiv=2261 eta=3b7 eth=f0 euml=eb euro=20ac excl=21 exist=2203 female=2640 \
    fnof=192 forall=2200 frac12=bd frac13=2153 frac14=bc frac18=215b frac23=2154 frac34=be \
    frasl=2044 gamma=3b3 ge=2265 grave=60 gt=3e hArr=21d4 hairsp=200a half=bd harr=2194 \
    hearts=2665 hellip=2026 horbar=2015 hyphen=2010 iacute=ed icirc=ee iexcl=a1 igrave=ec \
    image=2111 incare=2105 infin=221e int=222b iota=3b9 iquest=bf isin=2208 iuml=ef kappa=3ba \
    lArr=21d0 lambda=3bb lang=2329 laquo=ab larr=2190 lceil=2308 lcub=7b ldquo=201c ldquor=201e \
    le=2264 lfloor=230a lowast=2217 lowbar=5f loz=25ca lpar=28 lrm=200e lsaquo=2039 lsqb=5b \
    lsquo=2018 lsquor=201a lt=3c macr=af male=2642 mdash=2014 micro=b5 middot=b7 minus=2212 \
    mldr=2026 mu=3bc nabla=2207 nbsp=a0 ndash=2013 ne=2260 ni=220b nldr=2025 not=ac notin=2209 \
    nsub=2284 ntilde=f1 nu=3bd num=23 numsp=2007 oacute=f3 ocirc=f4 oelig=153 ograve=f2 \
    oline=203e omega=3c9 omicron=3bf oplus=2295 or=2228 ordf=aa ordm=ba oslash=f8 otilde=f5 \
    otimes=2297 ouml=f6 para=b6 part=2202 percnt=25 period=2e permil=2030 perp=22a5 phi=3c6 \
    phone=260e pi=3c0 piv=3d6 plus=2b plusmn=b1 pound=a3 prime=2032 prod=220f prop=221d psi=3c8 \
    puncsp=2008 quest=3f quot=22 rArr=21d2 radic=221a rang=232a raquo=bb rarr=2192 rceil=2309 \
    rcub=7d rdquo=201d rdquor=201d real=211c reg=ae rfloor=230b rho=3c1 rlm=200f rpar=29 \
    rsaquo=203a rsqb=5d rsquo=2019 rsquor=2019 sbquo=201a scaron=161 sdot=22c5 sect=a7 semi=3b \
    shy=ad sigma=3c3 sigmaf=3c2 sim=223c sol=2f spades=2660 star=2606 starf=2605 sub=2282 \
    sube=2286 sum=2211 sup=2283 sup1=b9 sup2=b2 sup3=b3 supe=2287 szlig=df tau=3c4 there4=2234 \
    theta=3b8 thetasym=3d1 thinsp=2009 thorn=fe tilde=2dc times=d7 trade=2122 uArr=21d1 \
    uacute=fa uarr=2191 ucirc=fb ugrave=f9 uml=a8 upsih=3d2 upsilon=3c5 uuml=fc verbar=7c \
    vert=7c weierp=2118 xi=3be yacute=fd yen=a5 yuml=ff zeta=3b6 zwj=200d zwnj=200c";
