//! Sentence segmentation: a named case table (one case per phenomenon, several languages),
//! regressions named after the bug they pin, property tests of the contract, and an ignored
//! throughput test (`cargo test --release -- --ignored --nocapture`).

use nutshell::segment::sentences;
use nutshell::{Lang, Span};
use proptest::prelude::*;

/// One case: `text` read as `lang` must give exactly `expected`.
struct Case {
    name: &'static str,
    lang: Lang,
    text: &'static str,
    expected: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "plain periods",
        lang: Lang::En,
        text: "The vote was held. The results came later.",
        expected: &["The vote was held.", "The results came later."],
    },
    Case {
        name: "all-caps word is not an abbreviation",
        lang: Lang::Fr,
        text: "Le contrat a été signé avec Mistral AI. Le plus grand groupe suivra.",
        expected: &[
            "Le contrat a été signé avec Mistral AI.",
            "Le plus grand groupe suivra.",
        ],
    },
    Case {
        name: "French titles M. and Mme",
        lang: Lang::Fr,
        text: "M. Macron a reçu Mme Merkel. Ils ont parlé.",
        expected: &["M. Macron a reçu Mme Merkel.", "Ils ont parlé."],
    },
    Case {
        name: "French quotation with attribution after it",
        lang: Lang::Fr,
        text: "« C'est historique », a-t-il déclaré. Puis il est parti.",
        expected: &[
            "« C'est historique », a-t-il déclaré.",
            "Puis il est parti.",
        ],
    },
    Case {
        name: "sentence ending inside French guillemets with spaces",
        lang: Lang::Fr,
        text: "Il a dit : « Nous partons. » Le lendemain, ils étaient loin.",
        expected: &[
            "Il a dit : « Nous partons. »",
            "Le lendemain, ils étaient loin.",
        ],
    },
    Case {
        name: "English quotation with exclamation and attribution",
        lang: Lang::En,
        text: "“This changes everything!”, promised Jensen Huang. Investors cheered.",
        expected: &[
            "“This changes everything!”, promised Jensen Huang.",
            "Investors cheered.",
        ],
    },
    Case {
        name: "German quotation closed after the period",
        lang: Lang::De,
        text: "Sie flüsterte: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.",
        expected: &[
            "Sie flüsterte: „Und auch keine Lust.“",
            "Wir haben 1.000.000 Euro.",
        ],
    },
    Case {
        name: "German ordinal dates and z. B.",
        lang: Lang::De,
        text: "Am 31. August kommt er, z. B. mit dem Zug. Die 3. Liga spielt.",
        expected: &[
            "Am 31. August kommt er, z. B. mit dem Zug.",
            "Die 3. Liga spielt.",
        ],
    },
    Case {
        name: "year before a sentence in German",
        lang: Lang::De,
        text: "Das war 1991. Die Truppen zogen ab.",
        expected: &["Das war 1991.", "Die Truppen zogen ab."],
    },
    Case {
        name: "Polish street and ordinal decade",
        lang: Lang::Pl,
        text: "Mieszkała przy ul. Sikorskiego. W latach 90. Izrael podpisał porozumienia.",
        expected: &[
            "Mieszkała przy ul. Sikorskiego.",
            "W latach 90. Izrael podpisał porozumienia.",
        ],
    },
    Case {
        name: "Spanish titles and inverted marks",
        lang: Lang::Es,
        text: "Hola Srta. Ledesma. ¿Cómo está hoy? ¡Muy bien!",
        expected: &["Hola Srta. Ledesma.", "¿Cómo está hoy?", "¡Muy bien!"],
    },
    Case {
        name: "Spanish dialogue dash",
        lang: Lang::Es,
        text: "Yo estoy a favor. - ¿Qué le falta a la ciudad?",
        expected: &["Yo estoy a favor.", "- ¿Qué le falta a la ciudad?"],
    },
    Case {
        name: "initials inside names",
        lang: Lang::En,
        text: "George W. Bush met J.-P. Martin. They talked.",
        expected: &["George W. Bush met J.-P. Martin.", "They talked."],
    },
    Case {
        name: "initialism at the end of a sentence",
        lang: Lang::En,
        text: "I live in the U.S. How about you? The U.S. Government agrees.",
        expected: &[
            "I live in the U.S.",
            "How about you?",
            "The U.S. Government agrees.",
        ],
    },
    Case {
        name: "numbers with either separator",
        lang: Lang::Fr,
        text: "Il y avait 18.000 personnes, soit 3,5 % de plus. La version 1.5 sort.",
        expected: &[
            "Il y avait 18.000 personnes, soit 3,5 % de plus.",
            "La version 1.5 sort.",
        ],
    },
    Case {
        name: "times",
        lang: Lang::En,
        text: "He left at 6 p.m. Travelers who stayed left at 16h30.",
        expected: &["He left at 6 p.m.", "Travelers who stayed left at 16h30."],
    },
    Case {
        name: "URL and e-mail address",
        lang: Lang::En,
        text: "See www.example.com/a.html or write to jane.doe@example.org. Thanks.",
        expected: &[
            "See www.example.com/a.html or write to jane.doe@example.org.",
            "Thanks.",
        ],
    },
    Case {
        name: "elided quotation mark inside parentheses",
        lang: Lang::Fr,
        text: "Il a dit (…) Nous verrons. Fin.",
        expected: &["Il a dit (…) Nous verrons.", "Fin."],
    },
    Case {
        name: "ellipsis before a capital",
        lang: Lang::Fr,
        text: "Je comprends bien... Mais non.",
        expected: &["Je comprends bien...", "Mais non."],
    },
    Case {
        name: "exclamation mark inside a name",
        lang: Lang::En,
        text: "Yahoo! Japan said so. Fine.",
        expected: &["Yahoo! Japan said so.", "Fine."],
    },
    Case {
        name: "heading and list items end at the line break",
        lang: Lang::Fr,
        text: "Partner Content\nLes points clés\n- premier point\n- second point\nUne phrase.",
        expected: &[
            "Partner Content",
            "Les points clés",
            "- premier point",
            "- second point",
            "Une phrase.",
        ],
    },
    Case {
        name: "numbered list on one line",
        lang: Lang::En,
        text: "Finally, this. 1. The first item 2. The second item",
        expected: &["Finally, this.", "1. The first item", "2. The second item"],
    },
    Case {
        name: "lettered list with parentheses",
        lang: Lang::En,
        text: "a) here it is b) another c) one more",
        expected: &["a) here it is", "b) another", "c) one more"],
    },
    Case {
        name: "bullets",
        lang: Lang::De,
        text: "• 3. Seien Sie achtsam! • 4. Treiben Sie Sport!",
        expected: &["• 3. Seien Sie achtsam!", "• 4. Treiben Sie Sport!"],
    },
    Case {
        name: "parenthesised sentence",
        lang: Lang::En,
        text: "I should think so! (Dinah was the cat.) She purred.",
        expected: &["I should think so!", "(Dinah was the cat.)", "She purred."],
    },
    Case {
        name: "footnote marks",
        lang: Lang::En,
        text: "He was a martyr.[1] The emperor ruled. It grew (1987).1 According to them.",
        expected: &[
            "He was a martyr.[1]",
            "The emperor ruled.",
            "It grew (1987).1",
            "According to them.",
        ],
    },
    Case {
        name: "missing space after a period",
        lang: Lang::En,
        text: "Hello world.Today is Tuesday.",
        expected: &["Hello world.", "Today is Tuesday."],
    },
    Case {
        name: "abbreviation ending a sentence",
        lang: Lang::En,
        text: "She works for ABC Co. It closed. We bought pens, paper, etc. Then we left.",
        expected: &[
            "She works for ABC Co.",
            "It closed.",
            "We bought pens, paper, etc.",
            "Then we left.",
        ],
    },
    Case {
        name: "Czech abbreviations",
        lang: Lang::Cs,
        text: "Institut hl. m. Prahy, tzv. IPR, s. r. o. Pracuje.",
        expected: &["Institut hl. m. Prahy, tzv. IPR, s. r. o. Pracuje."],
    },
    Case {
        name: "Finnish ordinal dates",
        lang: Lang::Fi,
        text: "Esitykset nähdään 2., 8. ja 11. lokakuuta. 23. lokakuuta se vierailee Tampereella.",
        expected: &[
            "Esitykset nähdään 2., 8. ja 11. lokakuuta.",
            "23. lokakuuta se vierailee Tampereella.",
        ],
    },
    Case {
        name: "Romanian quotation and attribution",
        lang: Lang::Ro,
        text: "Situația e gravă. „Prea multe familii au suferit”, a spus avocatul.",
        expected: &[
            "Situația e gravă.",
            "„Prea multe familii au suferit”, a spus avocatul.",
        ],
    },
    Case {
        name: "undetermined language keeps universal rules",
        lang: Lang::Und,
        text: "Dr. Smith arrived. 中文句子。日本語の文。",
        expected: &["Dr. Smith arrived.", "中文句子。", "日本語の文。"],
    },
    Case {
        name: "Armenian full stop written as a colon",
        lang: Lang::Und,
        text: "Բարև Ձեզ: Ես գնում եմ աշխատանքի:",
        expected: &["Բարև Ձեզ:", "Ես գնում եմ աշխատանքի:"],
    },
    Case {
        name: "CJK brackets and title marks hold the sentence open",
        lang: Lang::Und,
        text: "我们去看《摔跤吧！爸爸》好吗？这是山（这是山。这是山）。",
        expected: &[
            "我们去看《摔跤吧！爸爸》好吗？",
            "这是山（这是山。这是山）。",
        ],
    },
    Case {
        name: "full-width decimal point",
        lang: Lang::Und,
        text: "引き下げ幅は３．２９％です。次です。",
        expected: &["引き下げ幅は３．２９％です。", "次です。"],
    },
    Case {
        name: "Roman numeral ordinal",
        lang: Lang::Cs,
        text: "Jde o příslušníky XII. Pluku. Byli tam.",
        expected: &["Jde o příslušníky XII. Pluku.", "Byli tam."],
    },
    Case {
        name: "ellipsis opening a sentence",
        lang: Lang::Nl,
        text: "81 procent was raak. ...en toen barste de hel los.",
        expected: &["81 procent was raak.", "...en toen barste de hel los."],
    },
    Case {
        name: "French p. ex. and 1er",
        lang: Lang::Fr,
        text: "On trouve p. ex. des chats. Le 1er janvier, il neige.",
        expected: &["On trouve p. ex. des chats.", "Le 1er janvier, il neige."],
    },
    Case {
        name: "German ca. before a number, Mio. before a noun",
        lang: Lang::De,
        text: "Er kam ca. 1950 nach Berlin. Das kostet 5 Mio. Euro. Die Firma zahlt.",
        expected: &[
            "Er kam ca. 1950 nach Berlin.",
            "Das kostet 5 Mio. Euro.",
            "Die Firma zahlt.",
        ],
    },
    Case {
        name: "Italian lowercase title after an elided article",
        lang: Lang::It,
        text: "Sono l'Ing. Mengozzi. Il sen. Rossi è arrivato.",
        expected: &["Sono l'Ing. Mengozzi.", "Il sen. Rossi è arrivato."],
    },
    Case {
        name: "Russian abbreviations in undetermined text",
        lang: Lang::Und,
        text: "Уважаемый проф. Семенов! В 2010 г. он посещал г. Волгоград.",
        expected: &[
            "Уважаемый проф. Семенов!",
            "В 2010 г. он посещал г. Волгоград.",
        ],
    },
    Case {
        name: "Portuguese title and guillemets",
        lang: Lang::Pt,
        text: "O Sr. Silva chegou. Ele disse: «Vamos embora.» Depois saiu.",
        expected: &[
            "O Sr. Silva chegou.",
            "Ele disse: «Vamos embora.»",
            "Depois saiu.",
        ],
    },
    Case {
        name: "Ethiopic and Myanmar stops without spaces",
        lang: Lang::Und,
        text: "እንደምን አለህ፧መልካም ቀን ይሁንልህ።",
        expected: &["እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።"],
    },
    Case {
        name: "a speech turn ending in an exclamation is held whole, in single quotes too",
        lang: Lang::En,
        text:
            "'Oh!' cried the hatter, 'what a day it was! Nobody came. Nobody wrote!' (He sighed.) \
            The shop closed.",
        expected: &[
            "'Oh!' cried the hatter, 'what a day it was! Nobody came. Nobody wrote!'",
            "(He sighed.)",
            "The shop closed.",
        ],
    },
    Case {
        name: "quotations in single quotes ending with a period are split like news",
        lang: Lang::En,
        text: "He wrote. 'The bridge is closed. Go round.' Then he left. 'We are pleased. It is \
            done,' he said.",
        expected: &[
            "He wrote.",
            "'The bridge is closed.",
            "Go round.'",
            "Then he left.",
            "'We are pleased.",
            "It is done,' he said.",
        ],
    },
    Case {
        name: "a quotation followed by its source in brackets is held whole",
        lang: Lang::En,
        text: "As the guide says, ‘the herb’s leaves are bitter. Boil them twice’ (Grey, p. 12). \
            It is still sold.",
        expected: &[
            "As the guide says, ‘the herb’s leaves are bitter. Boil them twice’ (Grey, p. 12).",
            "It is still sold.",
        ],
    },
    Case {
        name: "an Italian quotation followed by its source is held whole",
        lang: Lang::It,
        text: "Scriveva: \"Amor ch'a nullo amato. Amar perdona\" (Dante). Poi tacque.",
        expected: &[
            "Scriveva: \"Amor ch'a nullo amato. Amar perdona\" (Dante).",
            "Poi tacque.",
        ],
    },
    Case {
        name: "a bracketed sentence closing the paragraph stays with the sentence before it",
        lang: Lang::En,
        text: "She closed the door. It was late. (Nobody noticed.)\nThen morning came. (K.J.)",
        expected: &[
            "She closed the door.",
            "It was late. (Nobody noticed.)",
            "Then morning came.",
            "(K.J.)",
        ],
    },
    Case {
        name: "a German bracketed aside closing the paragraph",
        lang: Lang::De,
        text: "Er las die Depesche vor. (Sie kam aus Wien.)",
        expected: &["Er las die Depesche vor. (Sie kam aus Wien.)"],
    },
    Case {
        name: "German single low quotes close with a turned comma",
        lang: Lang::De,
        text: "Auf dem Schild stand ‚Geschlossen. Bitte klingeln.‘ Dann ging sie.",
        expected: &[
            "Auf dem Schild stand ‚Geschlossen.",
            "Bitte klingeln.‘",
            "Dann ging sie.",
        ],
    },
    Case {
        name: "elisions and apostrophes open no quotation",
        lang: Lang::En,
        text: "The '90s were wild! 'Tis true. Rock 'n' roll won! The players' union agreed.",
        expected: &[
            "The '90s were wild!",
            "'Tis true.",
            "Rock 'n' roll won!",
            "The players' union agreed.",
        ],
    },
    Case {
        name: "Dutch elided article opens no quotation",
        lang: Lang::Nl,
        text: "Hij werkt 's avonds! Dan slaapt hij. Zo'n dag is lang!",
        expected: &[
            "Hij werkt 's avonds!",
            "Dan slaapt hij.",
            "Zo'n dag is lang!",
        ],
    },
    Case {
        name: "double-quoted exclamations and questions are one speech turn",
        lang: Lang::En,
        text: "He looked up. \"How strange! Where am I?\" Nobody answered. \"Help! Help!\" and \
            then silence.",
        expected: &[
            "He looked up.",
            "\"How strange! Where am I?\"",
            "Nobody answered.",
            "\"Help! Help!\" and then silence.",
        ],
    },
    Case {
        name: "German exclamatory speech turn in straight quotes",
        lang: Lang::De,
        text: "Er rief: \"Hilfe! Wo seid ihr?\" Niemand antwortete.",
        expected: &["Er rief: \"Hilfe! Wo seid ihr?\"", "Niemand antwortete."],
    },
    Case {
        name: "Spanish exclamatory speech turn in guillemets",
        lang: Lang::Es,
        text: "Gritó: «¡Basta! ¡Fuera de aquí!» Nadie se movió.",
        expected: &["Gritó: «¡Basta! ¡Fuera de aquí!»", "Nadie se movió."],
    },
    Case {
        name: "news quotations ending with a period are split into their sentences",
        lang: Lang::En,
        text: "Smith spoke. \"We are pleased. The deal is done.\" Shares rose.",
        expected: &[
            "Smith spoke.",
            "\"We are pleased.",
            "The deal is done.\"",
            "Shares rose.",
        ],
    },
    Case {
        name: "a question with its comma attribution is split like news",
        lang: Lang::De,
        text: "\"Wir holen Sie bald raus. Okay?\", sagt ein Mann. Dann Stille.",
        expected: &[
            "\"Wir holen Sie bald raus.",
            "Okay?\", sagt ein Mann.",
            "Dann Stille.",
        ],
    },
    Case {
        name: "Czech quotation with comma attribution is split like news",
        lang: Lang::Cs,
        text: "\"Je to pro nás důležité. Chceme vyhrát,\" řekl trenér. Pak odešel.",
        expected: &[
            "\"Je to pro nás důležité.",
            "Chceme vyhrát,\" řekl trenér.",
            "Pak odešel.",
        ],
    },
    Case {
        name: "speech broken off by a dash ends before a sentence opener",
        lang: Lang::En,
        text: "He began, \"We tried. We were just about to--\" At that moment the door opened. \
            \"I only meant--\" Bob said nothing more.",
        expected: &[
            "He began, \"We tried. We were just about to--\"",
            "At that moment the door opened.",
            "\"I only meant--\" Bob said nothing more.",
        ],
    },
    Case {
        name: "a quotation not closed in its paragraph is read sentence by sentence",
        lang: Lang::En,
        text: "\"Stop! Now!\nThen go.\" He left. 'Wait! Please!",
        expected: &[
            "\"Stop!",
            "Now!",
            "Then go.\"",
            "He left.",
            "'Wait!",
            "Please!",
        ],
    },
    Case {
        name: "an initialism before a plural count ends the sentence",
        lang: Lang::En,
        text: "He became President of the U.S. Millions watched. The U.S. Senate agreed. \
            In the U.K. Thousands marched.",
        expected: &[
            "He became President of the U.S.",
            "Millions watched.",
            "The U.S. Senate agreed.",
            "In the U.K.",
            "Thousands marched.",
        ],
    },
    Case {
        name: "a lowercase sentence start after a word (issue 19)",
        lang: Lang::Fr,
        text: "Les crédits sont autorisés. un douzième est versé chaque mois. Voir la p. suivante \
            et le tableau (ci-après). la suite vient.",
        expected: &[
            "Les crédits sont autorisés.",
            "un douzième est versé chaque mois.",
            "Voir la p. suivante et le tableau (ci-après).",
            "la suite vient.",
        ],
    },
    Case {
        name: "no lowercase sentence start after an abbreviation, a short word or a quotation",
        lang: Lang::En,
        text: "Were Jane and co. at the party? She turned to him, \"This is great.\" she said. \
            We met on Sat. you said so. It's in NZ. its owner knows.",
        expected: &[
            "Were Jane and co. at the party?",
            "She turned to him, \"This is great.\" she said.",
            "We met on Sat. you said so.",
            "It's in NZ. its owner knows.",
        ],
    },
    Case {
        name: "lowercase sentence starts only where the language's text is seen with them",
        lang: Lang::De,
        text: "Das Gesetz gilt seit Jahrh. überall.",
        expected: &["Das Gesetz gilt seit Jahrh. überall."],
    },
    Case {
        name: "a question before a lowercase word",
        lang: Lang::En,
        text: "you guys want to watch the game tomorrow? there will be some girls there.",
        expected: &[
            "you guys want to watch the game tomorrow?",
            "there will be some girls there.",
        ],
    },
    Case {
        name: "a spaced dash before a lowercase item opens it",
        lang: Lang::Fr,
        text: "Communication de la commission. - proposition de décision du conseil.",
        expected: &[
            "Communication de la commission.",
            "- proposition de décision du conseil.",
        ],
    },
    Case {
        name: "Finnish dialogue dashes glued to a capital, and the minus sign as a dash",
        lang: Lang::Fi,
        text: "Kuului karhea yskäys. -Maks. Hän nousi. −Jotta talli vahvistuisi, on tärkeää.",
        expected: &[
            "Kuului karhea yskäys.",
            "-Maks.",
            "Hän nousi.",
            "−Jotta talli vahvistuisi, on tärkeää.",
        ],
    },
    Case {
        name: "a Finnish number before a capital ends the sentence, a German one does not",
        lang: Lang::Fi,
        text: "Se nousi sijalle 3. Espanjankielinen versio debytoi 12. heinäkuuta.",
        expected: &[
            "Se nousi sijalle 3.",
            "Espanjankielinen versio debytoi 12. heinäkuuta.",
        ],
    },
    Case {
        name: "a German ordinal before a capitalised noun",
        lang: Lang::De,
        text: "Er kam am 3. Oktober an.",
        expected: &["Er kam am 3. Oktober an."],
    },
    Case {
        name: "an omission in brackets opens the next sentence",
        lang: Lang::Fr,
        text: "Nous voulions la voir. [...] Pendant que j'étais là, ils sont entrés.",
        expected: &[
            "Nous voulions la voir.",
            "[...] Pendant que j'étais là, ils sont entrés.",
        ],
    },
    Case {
        name: "a quoted reply and a forum handle open sentences",
        lang: Lang::Fr,
        text: "Merci pour l'article. > Il faudrait revoir ce point.\n@ Jean L. Bravo pour la \
            réponse.",
        expected: &[
            "Merci pour l'article.",
            "> Il faudrait revoir ce point.",
            "@ Jean L.",
            "Bravo pour la réponse.",
        ],
    },
    Case {
        name: "a Czech speech turn ending in a question is split unless narration follows",
        lang: Lang::Cs,
        text: "\"Chci to vědět. Mám na to právo?\" \"Jsou to léky. Užívala je?\" dodal.",
        expected: &[
            "\"Chci to vědět.",
            "Mám na to právo?\"",
            "\"Jsou to léky. Užívala je?\" dodal.",
        ],
    },
    Case {
        name: "English titles in the plural",
        lang: Lang::En,
        text: "Drs. Ali work wonders. They said so.",
        expected: &["Drs. Ali work wonders.", "They said so."],
    },
];

fn split(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang)
        .into_iter()
        .map(|s| s.of(text))
        .collect()
}

#[test]
fn case_table() {
    let mut failures = Vec::new();
    for case in CASES {
        let got = split(case.text, case.lang);
        if got != case.expected {
            failures.push(format!(
                "{} ({:?})\n  want {:?}\n  got  {:?}",
                case.name, case.lang, case.expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Checks the contract of `sentences` on `text`.
fn check_contract(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "unsorted or overlapping {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = &text[s.start..s.end];
        prop_assert_eq!(body, body.trim(), "untrimmed {:?}", s);
        prop_assert!(
            text[prev_end..s.start].trim().is_empty(),
            "uncovered text before {s:?}"
        );
        prev_end = s.end;
    }
    prop_assert!(
        text[prev_end..].trim().is_empty(),
        "uncovered text at the end"
    );
    Ok(())
}

/// Text made of the characters the segmenter cares about, so the strategies hit its branches.
fn tricky_text() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        ". . .",
        " ",
        "\n",
        "\r\n",
        "\u{a0}",
        "«",
        "»",
        "“",
        "”",
        "„",
        "\"",
        "'",
        "’",
        "(",
        ")",
        "[1]",
        "1",
        "12",
        "2019",
        "a",
        "b)",
        "1.",
        "(a)",
        "•",
        "Dr",
        "z. B",
        "U.S",
        "AI",
        "Le",
        "The",
        "die",
        "M",
        "¿",
        "¡",
        "é",
        "Ж",
        "中",
        "。",
        ":",
        "ա",
        "Ա",
        "@",
        "www.x.com",
        "Yahoo",
        "p.m",
        "5",
        ",",
        "-",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn contract_holds_on_arbitrary_unicode(text in any::<String>(), lang in 0usize..12) {
        let lang = Lang::ALL.get(lang).copied().unwrap_or(Lang::Und);
        let spans = sentences(&text, lang);
        check_contract(&text, &spans)?;
    }

    #[test]
    fn contract_holds_on_punctuation_heavy_text(text in tricky_text(), lang in 0usize..12) {
        let lang = Lang::ALL.get(lang).copied().unwrap_or(Lang::Und);
        let spans = sentences(&text, lang);
        check_contract(&text, &spans)?;
    }
}

/// Regression: the naive version treated every word of one or two capitals as an abbreviation.
#[test]
fn regression_all_caps_word_before_period_splits() {
    assert_eq!(
        split(
            "Il travaille pour l'UE. Il ne devrait pas partir.",
            Lang::Fr
        ),
        ["Il travaille pour l'UE.", "Il ne devrait pas partir."]
    );
}

/// Regression: German ordinals ("in der 89. Minute") were split like sentence ends.
#[test]
fn regression_german_ordinal_minute() {
    assert_eq!(
        split("Er traf in der 89. Minute zum 1:1.", Lang::De),
        ["Er traf in der 89. Minute zum 1:1."]
    );
}

/// Regression: a sentence starting with an opening quote after a period was not split.
#[test]
fn regression_quote_opens_next_sentence() {
    assert_eq!(
        split(
            "Operacja przebiegła pomyślnie. „Wiem, że się modlili.",
            Lang::Pl
        ),
        ["Operacja przebiegła pomyślnie.", "„Wiem, że się modlili."]
    );
}

/// Regression: a sentence starting with a digit was not split ("... Medyce. 28 sierpnia").
#[test]
fn regression_digit_opens_next_sentence() {
    assert_eq!(
        split("Byli w Przemyślu. 28 sierpnia pełnili służbę.", Lang::Pl),
        ["Byli w Przemyślu.", "28 sierpnia pełnili służbę."]
    );
}

/// Regression: a list marker at the start of a line was cut off its item ("1." / "The first").
#[test]
fn regression_list_marker_stays_with_item() {
    assert_eq!(
        split("1. This is a list item.", Lang::En),
        ["1. This is a list item."]
    );
}

/// Regression: a period right before a multi-byte character must not panic (looking back
/// from a position inside "’" once did).
#[test]
fn regression_no_panic_on_multibyte_before_abbreviation() {
    let text = "dont l’effectif. Elle « n’aura » p. ex. lieu.";
    let spans = sentences(text, Lang::Fr);
    assert!(!spans.is_empty());
}

/// Regression: after a cut with no space ("Tuesday.Mr."), the next period looked back past the
/// cut and read "Tuesday.Mr" as an ordinary word.
#[test]
fn regression_token_does_not_reach_into_previous_sentence() {
    assert_eq!(
        split("Today is Tuesday.Mr. Smith went home.", Lang::En),
        ["Today is Tuesday.", "Mr. Smith went home."]
    );
}

/// Regression: "av. J.-C." was cut after "av." because "J" looked like the pronoun "j'".
#[test]
fn regression_initial_after_abbreviation_is_not_a_sentence_start() {
    assert_eq!(
        split(
            "Rome fut fondée en 753 av. J.-C. Les Romains régnaient.",
            Lang::Fr
        ),
        ["Rome fut fondée en 753 av. J.-C.", "Les Romains régnaient."]
    );
}

/// Regression: a time opening the sentence ("At 5 a.m.") ended it before "Mr.".
#[test]
fn regression_time_opening_sentence_before_title() {
    assert_eq!(
        split(
            "At 5 a.m. Mr. Smith went out. He left at 6 P.M. Mr. Smith then slept.",
            Lang::En
        ),
        [
            "At 5 a.m. Mr. Smith went out.",
            "He left at 6 P.M.",
            "Mr. Smith then slept."
        ]
    );
}

/// Regression: a count after a dash ("przeciwko – 306.") was read as an ordinal.
#[test]
fn regression_count_after_dash_is_not_an_ordinal() {
    assert_eq!(
        split(
            "Za było 289 posłów, przeciwko – 306. Zwyczajowo Izba nie obraduje.",
            Lang::Pl
        ),
        [
            "Za było 289 posłów, przeciwko – 306.",
            "Zwyczajowo Izba nie obraduje."
        ]
    );
    assert_eq!(
        split("Funde aus dem 1. -3. Jahrhundert nach Christus.", Lang::De),
        ["Funde aus dem 1. -3. Jahrhundert nach Christus."]
    );
}

/// Regression: a unit after a number ("2006 r.", "6,3 proc.") did not end the sentence, and
/// must not end it before another number ("w 2018 r. 1693 zł").
#[test]
fn regression_unit_after_number() {
    assert_eq!(
        split(
            "Wzrósł o 6,3 proc. Choć wzrost zwalnia, w 2018 r. 1693 zł to dużo.",
            Lang::Pl
        ),
        [
            "Wzrósł o 6,3 proc.",
            "Choć wzrost zwalnia, w 2018 r. 1693 zł to dużo."
        ]
    );
}

/// Regression: "compounds. . . . The" kept the sentences together; the period ends the first and
/// the ellipsis opens the second.
#[test]
fn regression_period_then_ellipsis_opening_next_sentence() {
    let text = "It was combining words. . . . The practice was not abandoned. . . .";
    assert_eq!(
        split(text, Lang::En),
        [
            "It was combining words.",
            ". . . The practice was not abandoned. . . ."
        ]
    );
}

/// Regression: Danish abbreviations in text read as another language ("f.eks.").
#[test]
fn regression_danish_abbreviation_in_undetermined_text() {
    assert_eq!(
        split("Vi har f.eks. Lars og Hr. Jensen. De kommer.", Lang::Und),
        ["Vi har f.eks. Lars og Hr. Jensen.", "De kommer."]
    );
}

/// Regression: an initialism ending a Danish sentence did not split before "Hvad".
#[test]
fn regression_initialism_before_danish_question() {
    assert_eq!(
        split("Jeg bor i E.U. Hvad med dig?", Lang::Und),
        ["Jeg bor i E.U.", "Hvad med dig?"]
    );
}

/// Regression: a missing space before the one-letter word "I" kept two sentences together.
#[test]
fn regression_glued_sentence_starting_with_one_letter_word() {
    assert_eq!(
        split("Hello world.I think so.", Lang::En),
        ["Hello world.", "I think so."]
    );
}

/// Regression: a dateline ordinal after a comma ("Wien, 9. Sept.") was read as a count.
#[test]
fn regression_dateline_ordinal_after_comma() {
    assert_eq!(
        split(
            "Wien, 9. Sept. (W. K.-B.) Amtlich wird mitgeteilt. Se. Majestät kam.",
            Lang::De
        ),
        [
            "Wien, 9. Sept. (W. K.-B.) Amtlich wird mitgeteilt.",
            "Se. Majestät kam."
        ]
    );
}

/// Regression: a straight closing quote after a space went to the next sentence.
#[test]
fn regression_spaced_straight_closing_quote() {
    assert_eq!(
        split("Allez-y. \" \"J'envoie des CV.\" Il part.", Lang::Fr),
        ["Allez-y. \"", "\"J'envoie des CV.\"", "Il part."]
    );
}

/// A quotation whose closing mark is too far ahead is read sentence by sentence, and a speech
/// turn that closes in time is held whole.
#[test]
fn quotation_held_whole_only_when_closed_nearby() {
    let long = format!("\"{}Yes! Go!\" He left.", "We waited. ".repeat(80));
    let got = split(&long, Lang::En);
    assert_eq!(got.len(), 83, "{got:?}");
    let short = format!("\"{}Yes! Go!\" He left.", "We waited. ".repeat(3));
    assert_eq!(
        split(&short, Lang::En),
        ["\"We waited. We waited. We waited. Yes! Go!\"", "He left."]
    );
}

/// Throughput on long inputs: run with `cargo test --release -- --ignored --nocapture`.
/// News-like prose in several languages, with abbreviations, quotations, numbers and a list;
/// the machine is shared, so each size reports its fastest round.
#[test]
#[ignore]
fn throughput() {
    let unit = "Le chef de l'État français, M. Macron, veut renverser le principe de la tête de \
        liste dans l'UE. « C'est historique », a-t-il déclaré le 31 août à 16h30 devant 18.000 \
        personnes, soit 3,5 % de plus qu'en 2019. Il ne devrait pas s'en tirer comme ça.\n\
        Die nächste Abstimmung steht beim DFB-Bundestag am 27. September 2019 an, z. B. in der \
        3. Liga. Was sagt Dr. Müller dazu? \"Das ist gut\", sagte er.\n\
        The U.S. Commission asked the government to give its opinion on the issue at 5 p.m. on \
        Monday. “We will see”, promised Jensen Huang. Shares rose 1.5 percent...\n\
        Partner Content\n1. First item 2. Second item\n";
    for size in [5_000usize, 50_000, 5_000_000] {
        let mut text = String::with_capacity(size + unit.len());
        while text.len() < size {
            text.push_str(unit);
        }
        let rounds = (50_000_000 / size).clamp(5, 2_000);
        let mut best = f64::INFINITY;
        let mut n = 0;
        for _ in 0..rounds {
            let started = std::time::Instant::now();
            n = sentences(std::hint::black_box(&text), Lang::Fr).len();
            best = best.min(started.elapsed().as_secs_f64());
        }
        let mb_s = text.len() as f64 / best / 1e6;
        println!("{:>9} bytes: {mb_s:8.1} MB/s ({n} sentences)", text.len());
        assert!(n > 0);
    }
}

/// Pathological inputs stay linear: 10 times the text takes about 10 times as long. Timing is
/// noisy on a shared machine, so the bound is loose; run with `--ignored --nocapture`.
#[test]
#[ignore]
fn linear_on_pathological_input() {
    let patterns = [
        "a. ",
        ".",
        " ",
        "(",
        "a.b.",
        "1. ",
        "\u{a0}",
        "« ",
        "… ",
        "x\n",
        "5 a.m. ",
        "A. ",
        "[1]",
        "'",
        "•",
        "12. ",
        "Mr. ",
        "1) ",
        "'a ",
        "'a! ",
        "\"a! ",
        "‘a. ",
        "„a! ",
        "a--\" At ",
        "a' ",
        "x. (A b ",
        "“a. ",
    ];
    for unit in patterns {
        let time = |n: usize| {
            let text = unit.repeat(n / unit.len());
            let started = std::time::Instant::now();
            let count = sentences(&text, Lang::De).len();
            (started.elapsed().as_secs_f64(), count)
        };
        let (small, _) = time(300_000);
        let (large, count) = time(3_000_000);
        let ratio = large / small.max(1e-6);
        println!("{unit:?}: 300 KB {small:.4}s, 3 MB {large:.4}s, ratio {ratio:.1}, {count} spans");
        assert!(large < 2.0, "{unit:?} took {large}s for 3 MB");
    }
}
