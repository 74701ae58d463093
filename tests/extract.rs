//! Article extraction: a named case table of small pages, one per phenomenon.

use nutshell::extract::extract;
use nutshell::Article;

/// One case: an HTML input, text the article must contain, text it must not contain, and
/// (when given) the expected title.
struct Case {
    name: &'static str,
    html: &'static str,
    has: &'static [&'static str],
    lacks: &'static [&'static str],
    title: Option<&'static str>,
}

const PROSE: &str = "The committee met on Tuesday and agreed, after a long debate, to extend the \
    programme for another year, with more money for rural schools and a review in the spring.";

/// Wraps `body` in a page whose article is one long paragraph plus `body`.
/// Asserts that the extracted text holds `needle`; `case` names the case in a failure.
fn kept(a: &Article, needle: &str, case: &str) {
    assert!(
        a.text.contains(needle),
        "{case}: {needle:?} missing from {:?}",
        a.text
    );
}

/// Asserts that the extracted text does not hold `needle`.
fn dropped(a: &Article, needle: &str, case: &str) {
    assert!(
        !a.text.contains(needle),
        "{case}: {needle:?} kept in {:?}",
        a.text
    );
}

fn page(body: &str) -> String {
    format!(
        "<html><head><title>Budget talks | Daily</title></head><body><div class=article>\
         <p>{PROSE}</p><p>{PROSE}</p>{body}</div></body></html>"
    )
}

const CASES: &[Case] = &[
    Case {
        name: "nav_header_footer_aside_dropped",
        html: "<nav>Home News Sport</nav><header>Site header text</header><aside>Aside box</aside>\
               <footer>Footer text</footer><p>Kept paragraph.</p>",
        has: &["Kept paragraph."],
        lacks: &["Home News", "Aside box", "Footer text", "Site header text"],
        title: None,
    },
    Case {
        name: "hidden_dropped",
        html: "<p>Visible.</p><p hidden>Hidden attr.</p><div aria-hidden=\"true\">Aria.</div>\
               <div style=\"display: none\">Display none.</div><span style=\"VISIBILITY:hidden\">Vis.</span>",
        has: &["Visible."],
        lacks: &["Hidden attr", "Aria.", "Display none", "Vis."],
        title: None,
    },
    Case {
        name: "ruby_annotations_dropped",
        html: "<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rt>ji</rt></ruby>です</p>",
        has: &["漢字です"],
        lacks: &["kan", "ji", "("],
        title: None,
    },
    Case {
        name: "figure_caption_dropped",
        html: "<figure><img src=a.jpg><figcaption>Photo: Agency</figcaption></figure><p>Body text.</p>",
        has: &["Body text."],
        lacks: &["Photo: Agency"],
        title: None,
    },
    Case {
        name: "scripts_styles_templates_dropped",
        html: "<script>var a = '<p>no</p>';</script><style>p{}</style><noscript>Enable JS</noscript>\
               <template><p>Tpl</p></template><p>Yes.</p><SCRIPT>if (a < b) x()</SCRIPT>",
        has: &["Yes."],
        lacks: &["var a", "p{}", "Enable JS", "Tpl", "x()"],
        title: None,
    },
    Case {
        name: "entities_decoded",
        html: "<p>caf&eacute; &amp; cr&egrave;me &mdash; &#8220;ok&#x201D; &hellip; &laquo;&nbsp;oui&nbsp;&raquo; &rsquo;</p>",
        has: &["café & crème — “ok” … « oui » ’"],
        lacks: &["&eacute", "&#", "nbsp"],
        title: None,
    },
    Case {
        name: "invalid_entities_kept",
        html: "<p>AT&T &bogus; &#xZZ; 5 &lt 6 &#1114112; fish&chips</p>",
        has: &["AT&T &bogus; &#xZZ; 5 < 6 \u{FFFD} fish&chips"],
        lacks: &[],
        title: None,
    },
    Case {
        name: "paragraphs_and_headings_separated",
        html: "<h2>Part one</h2><p>First   para\n  text.</p><p>Second<br>line.</p><ul><li>item a</li><li>item b</li></ul>",
        has: &["Part one\n\nFirst para text.\n\nSecond\nline.\n\nitem a\n\nitem b"],
        lacks: &[],
        title: None,
    },
    Case {
        name: "unclosed_paragraphs_and_items",
        html: "<p>One.<p>Two.<ul><li>A<li>B</ul>",
        has: &["One.\n\nTwo.\n\nA\n\nB"],
        lacks: &[],
        title: None,
    },
    Case {
        name: "fragment_keeps_all_text",
        html: "<div class=sidebar>Selected side note.</div><p>Selected <b>bold</b> text.</p>",
        has: &["Selected side note.", "Selected bold text."],
        lacks: &[],
        title: None,
    },
    Case {
        name: "line_separators_normalised",
        html: "<p>a\u{2028}b\u{85}c\u{1c}d</p>",
        has: &["a b c d"],
        lacks: &["\u{2028}", "\u{85}", "\u{1c}"],
        title: None,
    },
    Case {
        name: "comment_threads_dropped_commentary_kept",
        html: "<html><body><div class=commentary><p>The minister's plan, announced on Monday, \
               deserves a closer look, because it moves money from buses to roads, and few have \
               noticed.</p><p>It is also, on the figures, unlikely to cut journeys by much.</p></div>\
               <div id=comments><p>First! Totally agree with this, the buses here are awful, \
               and have been for years, honestly.</p></div></body></html>",
        has: &["deserves a closer look", "unlikely to cut journeys"],
        lacks: &["First!"],
        title: None,
    },
    Case {
        name: "react_streamed_hidden_div_kept",
        html: "<html><body><div hidden id=\"S:0\"><p>Streamed text.</p></div>\
               <div hidden><p>Really hidden.</p></div></body></html>",
        has: &["Streamed text."],
        lacks: &["Really hidden."],
        title: None,
    },
    Case {
        name: "prompt_paragraphs_dropped",
        html: "<p>Real sentence of the story.</p><p>Read more: Another story</p>\
               <p>Lesen Sie auch: Noch ein Artikel</p>",
        has: &["Real sentence of the story."],
        lacks: &["Read more", "Lesen Sie auch"],
        title: None,
    },
    Case {
        name: "og_title_preferred_and_suffix_stripped",
        html: "<html><head><title>Ignored | Site</title><meta property=og:title content=\"Real headline - Site\">\
               <meta property=og:site_name content=Site></head><body><p>Text.</p></body></html>",
        has: &["Text."],
        lacks: &[],
        title: Some("Real headline"),
    },
    Case {
        name: "title_suffix_stripped",
        html: "<html><head><title>Budget talks go on into the night | Daily News</title></head><body><p>Text.</p></body></html>",
        has: &[],
        lacks: &[],
        title: Some("Budget talks go on into the night"),
    },
];

#[test]
fn cases() {
    let mut failures = Vec::new();
    for c in CASES {
        let a = extract(c.html, None);
        for h in c.has {
            if !a.text.contains(h) {
                failures.push(format!("{}: missing {h:?} in {:?}", c.name, a.text));
            }
        }
        for l in c.lacks {
            if a.text.contains(l) {
                failures.push(format!("{}: unwanted {l:?} in {:?}", c.name, a.text));
            }
        }
        if let Some(t) = c.title {
            if a.title != t {
                failures.push(format!("{}: title {:?}, want {t:?}", c.name, a.title));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn whole_page_boilerplate_dropped() {
    let a = extract(
        include_str!("fixtures/pages/news.html"),
        Some("https://coastal.example/x"),
    );
    assert_eq!(a.title, "Harbour bridge reopens after repairs");
    assert_eq!(a.site.as_deref(), Some("The Coastal Times"));
    assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.date.as_deref(), Some("2024-05-02T08:00:00Z"));
    for want in [
        "The harbour bridge reopened to traffic on Thursday morning",
        "£42 million – slightly under budget.",
        "Traffic returns",
        "By eight o'clock",
        "“It’s good to have it back,”",
        "Cars and buses: open from 6am.",
        "publish the figures online.",
    ] {
        kept(&a, want, "");
    }
    for unwanted in [
        "not text",
        "color",
        "News",
        "Photo",
        "Share on",
        "Most read",
        "Seal spotted",
        "what you need to know",
        "Great news",
        "cookies",
        "All rights",
        "newsletter",
    ] {
        dropped(&a, unwanted, "");
    }
    assert!(a
        .text
        .contains("detour for thousands of commuters.\n\nEngineers"));
}

#[test]
fn json_ld_metadata() {
    let a = extract(include_str!("fixtures/pages/blog-jsonld.html"), None);
    assert_eq!(a.title, "Growing tomatoes on a balcony");
    assert_eq!(a.byline.as_deref(), Some("Sam Green"));
    assert_eq!(a.date.as_deref(), Some("2023-06-11"));
    assert_eq!(a.site.as_deref(), Some("My Garden Blog"));
    assert!(
        a.text.starts_with("Tomatoes do surprisingly well"),
        "{:?}",
        a.text
    );
    assert!(
        a.text.ends_with("puts its energy into fruit."),
        "{:?}",
        a.text
    );
    dropped(&a, "Tags", "");
}

#[test]
fn json_ld_article_body_when_the_page_has_little_text() {
    let body = "Paragraph of the article body with enough words to count. ".repeat(30);
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
         \"headline\":\"Head\",\"articleBody\":\"{body}\\nSecond paragraph.\"}}</script>\
         </head><body><p>Teaser only.</p></body></html>"
    );
    let a = extract(&html, None);
    assert_eq!(a.title, "Head");
    assert!(
        a.text.starts_with("Paragraph of the article body"),
        "{:?}",
        a.text
    );
    assert!(a.text.ends_with("\n\nSecond paragraph."), "{:?}", a.text);
}

#[test]
fn site_falls_back_to_url_host() {
    let a = extract(&page(""), Some("https://www.example.org:8080/news/1?x=2"));
    assert_eq!(a.site.as_deref(), Some("example.org"));
}

#[test]
fn link_lists_inside_article_dropped() {
    let html = page(
        "<div class=more><a href=/1>Another story one</a> <a href=/2>Another story two</a> \
         <a href=/3>Another story three</a></div>",
    );
    let a = extract(&html, None);
    assert!(a.text.contains("review in the spring."));
    dropped(&a, "Another story", "");
}

/// `n` distinct paragraphs of prose, each about 200 characters, numbered from `from`.
fn paragraphs(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|k| {
            format!(
                "<p>Paragraph {k} of the report says that the council, after weeks of argument, \
                 will spend more on libraries, parks and the old swimming baths, and less on \
                 consultants, from next April.</p>"
            )
        })
        .collect()
}

/// A page `body` beside a sidebar of three short teasers.
fn with_sidebar(body: &str) -> String {
    format!(
        "<html><body>{body}<div class=sidebar><p>Sidebar teaser about the weather this \
         weekend.</p><p>Sidebar teaser about the match report.</p></div></body></html>"
    )
}

#[test]
fn unlikely_wrapper_holding_the_article_kept() {
    // A class that says "advert" or "footer" on a wrapper left open around the article: the
    // wrapper holds most of the prose, so it is the article all the same; the real sidebar is
    // still dropped.
    for wrapper in ["ad-container", "above-footer", "promo-slot"] {
        let html = with_sidebar(&format!(
            "<div class=story>{}<div class={wrapper}>{}<div class={wrapper}>{}</div></div></div>",
            paragraphs(0, 3),
            paragraphs(3, 3),
            paragraphs(6, 3)
        ));
        let a = extract(&html, None);
        for k in [0, 4, 8] {
            kept(&a, &format!("Paragraph {k} of"), wrapper);
        }
        dropped(&a, "Sidebar teaser", wrapper);
    }
}

#[test]
fn section_whose_id_is_a_heading_kept() {
    // Documentation pages give sections the words of their heading as id ("sharing-...",
    // "social-..."): a section with a good share of the page's prose is not a share bar.
    let html = with_sidebar(&format!(
        "<div class=content>{}<div class=section id=sharing-with-a-single-developer>\
         <h2>Sharing with a single developer</h2>{}</div><div class=section id=social-proof>\
         {}</div></div>",
        paragraphs(0, 3),
        paragraphs(3, 3),
        paragraphs(6, 3)
    ));
    let a = extract(&html, None);
    for k in [0, 4, 8] {
        kept(&a, &format!("Paragraph {k} of"), "");
    }
    assert!(a.text.contains("Sharing with a single developer"));
}

#[test]
fn aside_holding_the_article_kept() {
    // An `<aside>` left open (or misused) around the article: it holds most of the page's
    // prose, so it is not page furniture. A real aside is still dropped.
    let html = format!(
        "<html><body><main><aside class=tools><p>Share this article with a friend who \
         might like it, by mail or chat.</p></aside><aside class=wrap><section>{}</section>\
         </aside></main><aside><p>Most read: the weather this weekend and what it means for \
         the match.</p></aside></body></html>",
        paragraphs(0, 4)
    );
    let a = extract(&html, None);
    for k in 0..4 {
        kept(&a, &format!("Paragraph {k} of"), "");
    }
    dropped(&a, "Most read", "");
    dropped(&a, "Share this article", "");
}

#[test]
fn prose_block_with_a_negative_class_kept_teaser_grid_dropped() {
    // Inside the article, a block of real paragraphs survives the cleaning whatever its class
    // ("scroll-target") or its pictures; a grid of pictures with one-line teasers does not.
    let section = |k: usize| {
        format!(
            "<div class=\"item scroll-target\"><img src=a.jpg><img src=b.jpg><img src=c.jpg>\
             <img src=d.jpg><img src=e.jpg><img src=f.jpg><img src=g.jpg><h3>Part {k}</h3>{}</div>",
            paragraphs(10 * k, 3)
        )
    };
    let teaser = |k: usize| {
        format!(
            "<div class=tumb><a href=/{k}><img src={k}.jpg></a><div class=title><a href=/{k}>\
             Teaser title {k}</a></div><div class=body>Teaser line {k}: results in a week, a popular \
             choice with readers this year.</div></div>"
        )
    };
    let html = format!(
        "<html><body><div class=article>{}{}{}{}<div id=tiles><h2>Popular</h2>{}</div></div>\
         </body></html>",
        paragraphs(100, 3),
        section(1),
        section(2),
        section(3),
        (0..8).map(teaser).collect::<String>()
    );
    let a = extract(&html, None);
    for k in [100, 10, 22, 31] {
        kept(&a, &format!("Paragraph {k} of"), "");
    }
    dropped(&a, "Teaser line", "");
}

#[test]
fn article_body_delivered_in_a_template_script() {
    // Some blog platforms put the post's markup in a `<script type="text/template">` inside the
    // element marked `itemprop=articleBody`, and render it with a script. Other templates (UI
    // widgets, cookie boxes) stay dropped.
    let html = format!(
        "<html><body><div class=header-desc>News and insights from our team</div>\
         <div class=post><h2>Post title</h2><div class=post-body itemprop=articleBody>\
         <script type='text/template'>{}<p>Last <b>paragraph</b>.</p></script></div></div>\
         <script type=text/template id=tmpl-box><p>Template of a cookie box, with a long \
         sentence that reads like prose, to accept.</p></script></body></html>",
        paragraphs(0, 3)
    );
    let a = extract(&html, None);
    for k in 0..3 {
        kept(&a, &format!("Paragraph {k} of"), "");
    }
    kept(&a, "Last paragraph.", "");
    dropped(&a, "cookie box", "");
    dropped(&a, "News and insights", "");
}

#[test]
fn disclaimers_and_disclosures_dropped() {
    // Affiliate disclosures and editorial disclaimers around the article are the site's, not
    // the story's.
    for class in ["editorial-disclaimer", "advertiser-disclosure"] {
        let html = page(&format!(
            "{}<div class={class}><p>Opinions expressed here are the author's alone and have \
             not been reviewed or approved by any of the advertisers on this site.</p></div>",
            paragraphs(0, 2)
        ));
        let a = extract(&html, None);
        kept(&a, "review in the spring.", class);
        dropped(&a, "Opinions expressed", class);
    }
}

#[test]
fn comment_thread_named_by_its_id_dropped() {
    // The id names the thread even when layout classes ("flex-column") would otherwise keep
    // the block.
    for attrs in [
        "id=discussion class=\"pc-flex-column\"",
        "id=comments class=column",
    ] {
        let html = page(&format!(
            "<div {attrs}><h4>Discussion about this post</h4><p>Great piece, I agree with \
             every word you wrote about the council and its budget for next year.</p></div>"
        ));
        let a = extract(&html, None);
        kept(&a, "review in the spring.", attrs);
        dropped(&a, "Great piece", attrs);
        dropped(&a, "Discussion about", attrs);
    }
}

#[test]
fn author_box_dropped_article_with_an_author_class_kept() {
    // An author's bio box after the story is the site's; a wrapper whose class says
    // "author" but holds the story is the story.
    let bio = "<div class=author-info><h3>Jane Doe</h3><p class=author-bio>Jane Doe is a \
               reporter who has covered local politics for twenty years; before that she \
               wrote about sport and schools for the evening paper.</p></div>";
    let html = format!(
        "<html><body><div class=post-author-layout>{}</div>{bio}</body></html>",
        paragraphs(0, 3)
    );
    let a = extract(&html, None);
    for k in 0..3 {
        kept(&a, &format!("Paragraph {k} of"), "");
    }
    dropped(&a, "Jane Doe is a reporter", "");
}

#[test]
fn subscription_and_navigation_labels_dropped() {
    for label in [
        "Back to top",
        "Discover more from The Daily",
        "Subscribe to get the latest posts sent to your email.",
        "Share",
        "Reply",
        "12 responses to \u{201c}Budget talks\u{201d}",
    ] {
        let html = page(&format!("<p>{label}</p>"));
        let a = extract(&html, None);
        kept(&a, "review in the spring.", label);
        dropped(&a, label, label);
    }
    // Button words are labels only as a whole paragraph.
    let html = page("<p>Share prices fell.</p>");
    let a = extract(&html, None);
    kept(&a, "Share prices fell.", "");
}

#[test]
fn image_legend_dropped() {
    // A picture's legend (`class="photo-legend"`) is a caption, not the story.
    let html = page(&format!(
        "<figure><img src=a.jpg></figure><div class=photo-legend>Brighton beat United \
         four nil in the Premier League on Saturday | Agency</div>{}",
        paragraphs(0, 3)
    ));
    let a = extract(&html, None);
    kept(&a, "review in the spring.", "");
    dropped(&a, "Brighton beat", "");
}

#[test]
fn comment_thread_or_bio_after_its_heading_cut() {
    // A thread (or an author's bio) without a telling class: everything after its heading is
    // the readers' (or the site's).
    for heading in [
        "Comments",
        "27 commentaires",
        "Komentarze",
        "Comments are now closed for this story",
        "About the author",
    ] {
        let html = format!(
            "<html><body><div class=post>{}<h3>{heading}</h3><p>Reader one says that the \
             council should have spent the money on roads, as everyone knows.</p>\
             <p>Reader two disagrees and thinks the swimming baths matter more than roads.</p>\
             </div></body></html>",
            paragraphs(0, 4)
        );
        let a = extract(&html, None);
        kept(&a, "Paragraph 3 of", heading);
        dropped(&a, "Reader", heading);
        dropped(&a, heading, heading);
    }
    // Near the top (a link to the thread above the story), the heading cuts nothing.
    let html = format!(
        "<html><body><div class=post><p>Comments</p>{}</div></body></html>",
        paragraphs(0, 4)
    );
    let a = extract(&html, None);
    kept(&a, "Paragraph 3 of", "");
}

#[test]
fn recipe_ingredients_and_steps_from_json_ld_when_missing() {
    // A recipe's ingredient list often sits in a box apart from the method (or only in the
    // page's schema.org data): the publisher's own list is added when the text lacks it, and
    // not repeated when the text has it.
    let ld = "<script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":\"Cake\",\
              \"recipeIngredient\":[\"200 g  flour\",\"3 eggs\",\"1 pinch of salt\"],\
              \"recipeInstructions\":[{\"@type\":\"HowToStep\",\"text\":\"Beat the eggs.\"},\
              {\"@type\":\"HowToStep\",\"text\":\"Fold in the flour and bake for an hour.\"}]}\
              </script>";
    let html = format!(
        "<html><head>{ld}</head><body><div class=sidebar><ul><li>200 g flour</li><li>3 eggs\
         </li></ul></div><div class=recipe>{}</div></body></html>",
        paragraphs(0, 3)
    );
    let a = extract(&html, None);
    assert!(
        a.text
            .starts_with("200 g flour\n\n3 eggs\n\n1 pinch of salt\n\n"),
        "{:?}",
        a.text
    );
    assert!(
        a.text
            .ends_with("Beat the eggs.\n\nFold in the flour and bake for an hour."),
        "{:?}",
        a.text
    );
    let html = format!(
        "<html><head>{ld}</head><body><div class=recipe><ul><li>200 g flour</li><li>3 eggs</li>\
         <li>1 pinch of salt</li></ul>{}<p>Beat the eggs.</p><p>Fold in the flour and bake for \
         an hour.</p></div></body></html>",
        paragraphs(0, 3)
    );
    let a = extract(&html, None);
    assert_eq!(a.text.matches("3 eggs").count(), 1, "{:?}", a.text);
    assert_eq!(a.text.matches("Beat the eggs").count(), 1, "{:?}", a.text);
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 100_000;
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str(PROSE);
    html.push_str(&"</div>".repeat(depth));
    html.push_str("</body></html>");
    let a = extract(&html, None);
    kept(&a, "review in the spring.", "");
    let a = extract(&"<span><b>x".repeat(depth), None);
    assert!(a.text.contains('x'));
}

#[test]
fn large_page_is_linear() {
    // 100 000 unclosed and mismatched tags: must finish quickly (seconds would mean quadratic).
    let mut html = String::from("<html><body><p><button>");
    html.push_str(&"<div>".repeat(50_000));
    html.push_str(&"</span></p><li>".repeat(50_000));
    let t0 = std::time::Instant::now();
    let _ = extract(&html, None);
    assert!(t0.elapsed().as_secs() < 5, "took {:?}", t0.elapsed());
}

#[test]
fn never_panics_on_odd_input() {
    for html in [
        "",
        "<",
        "</",
        "<!--",
        "<!",
        "<?",
        "&",
        "&#",
        "&#x",
        "&#x110000;",
        "<a b='",
        "<a b=\"x",
        "<script>",
        "<title>t",
        "<p>é<",
        "<é>",
        "</é>",
        "<![CDATA[x",
        "<a =x>",
        "\u{0}<p>\u{0}",
        "<html><body></body></html>",
        "<body><body><html>",
        "é&eacute",
        "<p>&#128512;&#xD800;</p>",
    ] {
        let _ = extract(html, None);
        let _ = extract(html, Some("://"));
    }
}

/// Runs the extractor over every page of `$NUTSHELL_PAGES_DIR/<set>.jsonl` ({"id","html","url"?})
/// for the sets in `$NUTSHELL_SETS`, writing `out_<set>.jsonl` ({"id","title","text","us"}) next
/// to it. For tuning and timing: `cargo test --release --test extract -- --ignored dump_pages`.
#[test]
#[ignore]
fn dump_pages() {
    use std::io::{BufRead, Write};
    let dir = std::env::var("NUTSHELL_PAGES_DIR").unwrap_or_else(|_| "/tmp/ev".into());
    let sets = std::env::var("NUTSHELL_SETS")
        .unwrap_or_else(|_| "readability scrapinghub wcxb daniel trafilatura".into());
    for set in sets.split_whitespace() {
        let input = std::fs::File::open(format!("{dir}/{set}.jsonl")).expect("pages file");
        let mut out = std::fs::File::create(format!("{dir}/out_{set}.jsonl")).expect("output");
        let mut times = Vec::new();
        for line in std::io::BufReader::new(input).lines() {
            let line = line.expect("line");
            let v: serde_json::Value = serde_json::from_str(&line).expect("json");
            let html = v["html"].as_str().unwrap_or("");
            let t0 = std::time::Instant::now();
            let a = extract(html, v["url"].as_str());
            let us = t0.elapsed().as_micros();
            times.push(us);
            let o = serde_json::json!({"id": v["id"], "title": a.title, "text": a.text, "us": us,
                "byline": a.byline, "site": a.site, "date": a.date, "language": a.language});
            writeln!(out, "{o}").expect("write");
        }
        times.sort_unstable();
        eprintln!(
            "{set}: {} pages, median {} us",
            times.len(),
            times[times.len() / 2]
        );
    }
    // One 50 MB page made of real pages end to end: time must stay linear.
    let mut big = String::new();
    let input = std::fs::read_to_string(format!("{dir}/trafilatura.jsonl")).unwrap_or_default();
    for line in input.lines().cycle().take(10_000) {
        if big.len() > 50_000_000 {
            break;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        big.push_str(v["html"].as_str().unwrap_or(""));
    }
    if !big.is_empty() {
        let t0 = std::time::Instant::now();
        let a = extract(&big, None);
        eprintln!(
            "{} MB page: {:?}, {} bytes out",
            big.len() >> 20,
            t0.elapsed(),
            a.text.len()
        );
    }
}

proptest::proptest! {
    #[test]
    fn no_panic_on_tag_soup(s in "[<>/a-zé!?=\"' &#;x0-9\\-\n]{0,300}") {
        let a = extract(&s, None);
        proptest::prop_assert!(!a.text.contains("\n\n\n"));
    }
}
