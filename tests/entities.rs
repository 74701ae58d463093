//! Named entities: the reference article, and case tables per language for cues, merges,
//! sentence-initial traps and acronyms.

use nutshell::{analyze, Entity, EntityKind, Lang, Options};

fn entities_of(text: &str, lang: Option<Lang>) -> Vec<Entity> {
    let options = Options {
        language: lang,
        ..Options::default()
    };
    analyze(text, &options).entities
}

/// The entities the rules alone find in `text` (the stage without a learned model, as in a page
/// that has not loaded its language's model): the case tables below pin the rules.
fn rule_entities_of(text: &str, lang: Lang) -> Vec<Entity> {
    let options = Options {
        language: Some(lang),
        ..Options::default()
    };
    let a = analyze(text, &options);
    let mut tokens = nutshell::tokens::Tokens::scan(text);
    let spans: Vec<nutshell::Span> = a.sentences.iter().map(|s| s.span).collect();
    tokens.split(text, &spans);
    nutshell::entity::entities_by_rules(text, &a.sentences, &tokens, lang)
}

/// The entity whose canonical name is `name`.
fn find<'a>(entities: &'a [Entity], name: &str) -> Option<&'a Entity> {
    entities.iter().find(|e| e.name == name)
}

/// The kind of the entity with a mention covering exactly `mention`, if any.
fn kind_of(text: &str, entities: &[Entity], mention: &str) -> Option<EntityKind> {
    entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.of(text) == mention))
        .map(|e| e.kind)
}

const REFERENCE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

#[test]
fn reference_article_has_its_people_organisations_and_places() {
    let found = entities_of(REFERENCE, None);
    let want = [
        ("Jensen Huang", EntityKind::Person),
        ("Arthur Mensch", EntityKind::Person),
        ("Emmanuel Macron", EntityKind::Person),
        ("François Bayrou", EntityKind::Person),
        ("Donald Trump", EntityKind::Person),
        ("Nvidia", EntityKind::Organization),
        ("Mistral AI", EntityKind::Organization),
        ("Siemens", EntityKind::Organization),
        ("Schneider Electric", EntityKind::Organization),
        ("AFP", EntityKind::Organization),
        ("Europe", EntityKind::Place),
        ("Paris", EntityKind::Place),
    ];
    for (name, kind) in want {
        let e = find(&found, name).unwrap_or_else(|| panic!("{name} missing: {found:#?}"));
        assert_eq!(e.kind, kind, "{name}");
        for m in &e.mentions {
            // The name, with the titles written right before it ("premier ministre").
            let mention = m.of(REFERENCE);
            let titles = mention
                .strip_suffix(name)
                .unwrap_or_else(|| panic!("{mention:?} is not {name}"));
            assert!(
                titles.is_empty() || ["premier ministre ", "M. "].contains(&titles),
                "{mention:?}"
            );
        }
    }
    let huang = find(&found, "Jensen Huang").map(|e| e.mentions.len());
    assert_eq!(huang, Some(3));
    // Two capitalised words are a person only when nothing says otherwise.
    for name in ["Vieux Continent", "Choose France"] {
        assert_ne!(
            find(&found, name).map(|e| e.kind),
            Some(EntityKind::Person),
            "{name}"
        );
    }
}

#[test]
fn reference_article_has_no_sentence_initial_or_common_words() {
    let found = entities_of(REFERENCE, None);
    for word in [
        "Le",
        "Infrastructures",
        "Partenariats",
        "Baptisée",
        "Cette",
        "La",
        "Les",
        "Un",
        "Avec",
        "Tandis",
        "Souveraineté",
        "D",
        "IA",
        "GPU",
        "Partner Content",
    ] {
        assert!(
            !found
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.of(REFERENCE) == word)),
            "{word} is not an entity"
        );
    }
}

#[test]
fn reference_article_entities_are_ordered_by_count_then_first_mention() {
    let found = entities_of(REFERENCE, None);
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.mentions.len() > b.mentions.len()
                || (a.mentions.len() == b.mentions.len() && a.mentions[0] < b.mentions[0]),
            "{} before {}",
            a.name,
            b.name
        );
    }
}

/// One typing case: a text, a mention in it, and the kind it must get (`None`: no entity).
struct Case {
    name: &'static str,
    lang: Lang,
    text: &'static str,
    mention: &'static str,
    want: Option<EntityKind>,
}

const P: Option<EntityKind> = Some(EntityKind::Person);
const O: Option<EntityKind> = Some(EntityKind::Organization);
const L: Option<EntityKind> = Some(EntityKind::Place);

const TYPING: &[Case] = &[
    Case {
        name: "en_title_makes_a_person",
        lang: Lang::En,
        text: "The plan was backed by Mr. Okonkwo on Tuesday in the capital.",
        mention: "Mr. Okonkwo",
        want: P,
    },
    Case {
        name: "en_speech_verb_makes_a_person",
        lang: Lang::En,
        text: "The deal is fair, Blomqvist said on Friday after the meeting ended.",
        mention: "Blomqvist",
        want: P,
    },
    Case {
        name: "en_given_name_makes_a_person",
        lang: Lang::En,
        text: "The report was written by Peter Vandenbroucke and published later.",
        mention: "Peter Vandenbroucke",
        want: P,
    },
    Case {
        name: "en_legal_suffix_makes_an_organisation",
        lang: Lang::En,
        text: "Shares of Quarrow Holdings Inc rose sharply in early trading today.",
        mention: "Quarrow Holdings Inc",
        want: O,
    },
    Case {
        name: "en_institution_word_makes_an_organisation",
        lang: Lang::En,
        text: "A spokesman for the Bank of England declined to comment on the rates.",
        mention: "Bank of England",
        want: O,
    },
    Case {
        name: "en_gazetteer_place",
        lang: Lang::En,
        text: "Talks resumed in Geneva while troops stayed in Afghanistan for a year.",
        mention: "Afghanistan",
        want: L,
    },
    Case {
        name: "en_place_word_makes_a_place",
        lang: Lang::En,
        text: "Fishermen on Lake Tanganyika reported a fall in their catch this year.",
        mention: "Lake Tanganyika",
        want: L,
    },
    Case {
        name: "en_title_inside_a_run_splits_it",
        lang: Lang::En,
        text: "The visit was announced by Ruritania Prime Minister Alan Smithee yesterday.",
        mention: "Prime Minister Alan Smithee",
        want: P,
    },
    Case {
        name: "en_listed_team_then_a_player_splits",
        lang: Lang::En,
        text: "The ban on AC Milan George Bellamy was lifted by the league on Monday.",
        mention: "George Bellamy",
        want: P,
    },
    Case {
        name: "en_weekday_is_not_a_name",
        lang: Lang::En,
        text: "The ministers will meet again on Wednesday to discuss the budget.",
        mention: "Wednesday",
        want: None,
    },
    Case {
        name: "en_and_does_not_join_two_names",
        lang: Lang::En,
        text: "Trade between France and Spain grew last year, officials in Madrid said.",
        mention: "France",
        want: L,
    },
    Case {
        name: "en_results_line_makes_a_team",
        lang: Lang::En,
        text: "SOCCER - SPANISH LEAGUE RESULTS.\nMADRID 1996-12-01\nResults of league matches \
            on Sunday (home team first, goals):\nBarcelona 3 Valencia 1\nSevilla 0 Bilbao 2\n",
        mention: "Barcelona",
        want: O,
    },
    Case {
        name: "en_dateline_city_stays_a_place_in_a_sports_report",
        lang: Lang::En,
        text: "SOCCER - SPANISH LEAGUE RESULTS.\nMADRID 1996-12-01\nResults of league matches \
            on Sunday (home team first, goals):\nBarcelona 3 Valencia 1\nSevilla 0 Bilbao 2\n",
        mention: "MADRID",
        want: L,
    },
    Case {
        name: "en_city_is_a_place_outside_sports",
        lang: Lang::En,
        text: "The bank opened a new office in Barcelona last year, its chairman said.",
        mention: "Barcelona",
        want: L,
    },
    Case {
        name: "en_dateline_names_a_place",
        lang: Lang::En,
        text: "Harrisburg, June 26, 1840.\nGentlemen, the questions before us are grave.",
        mention: "Harrisburg",
        want: L,
    },
    Case {
        name: "en_word_broken_at_a_line_end_is_one_name",
        lang: Lang::En,
        text: "Those who understand the interests of Penn\u{ac} sylvania will agree.",
        mention: "Penn\u{ac} sylvania",
        want: L,
    },
    Case {
        name: "en_dotted_initials_keep_their_period",
        lang: Lang::En,
        text: "Exports to the U.S. rose by a tenth over the quarter, the ministry said.",
        mention: "U.S.",
        want: L,
    },
    Case {
        name: "en_initials_then_a_surname_make_a_person",
        lang: Lang::En,
        text: "The farm is bounded on the east by the lands of J. R. Wetherby; on the north by a road.",
        mention: "J. R. Wetherby",
        want: P,
    },
    Case {
        name: "en_first_name_initial_surname_is_one_person",
        lang: Lang::En,
        text: "The new plant was promoted by Benton M. Carrow and incorporated last week.",
        mention: "Benton M. Carrow",
        want: P,
    },
    Case {
        name: "en_abbreviated_given_name_then_a_surname",
        lang: Lang::En,
        text: "The meeting was opened by Thos. Pettigrew in the hall of the old school.",
        mention: "Thos. Pettigrew",
        want: P,
    },
    Case {
        name: "en_surname_broken_at_a_line_end_after_initials",
        lang: Lang::En,
        text: "Levied on as the lands of D. Ritten\u{ac} berry, to satisfy a judgment in favor of him.",
        mention: "D. Ritten\u{ac} berry",
        want: P,
    },
    Case {
        name: "en_given_name_broken_at_a_line_end",
        lang: Lang::En,
        text: "The old theatre, formerly occupied by Tho\u{ac} mas Shielding, is to let.",
        mention: "Tho\u{ac} mas Shielding",
        want: P,
    },
    Case {
        name: "en_initials_then_a_common_word_are_no_person",
        lang: Lang::En,
        text: "The letter was signed H. A. G. The reply came a week later from the town.",
        mention: "H. A. G. The",
        want: Some(EntityKind::Other),
    },
    Case {
        name: "fr_initial_then_a_surname_makes_a_person",
        lang: Lang::Fr,
        text: "Ont réussi les épreuves : R. Delacombe (Ecole primaire) et H. Grosjean (Collège).",
        mention: "R. Delacombe",
        want: P,
    },
    Case {
        name: "en_unknown_city_opening_a_dateline_is_a_place",
        lang: Lang::En,
        text: "Florida man dies.\nWAKULLA SPRINGS 1996-12-06\nFourteen years after the crime, he died.",
        mention: "WAKULLA SPRINGS",
        want: L,
    },
    Case {
        name: "en_city_then_state_then_date_is_a_dateline",
        lang: Lang::En,
        text: "Results.\nTIGNEVILLE, France 1996-12-06\nResults of the race on Friday were these.",
        mention: "TIGNEVILLE",
        want: L,
    },
    Case {
        name: "en_lowercase_county_is_part_of_the_place",
        lang: Lang::En,
        text: "I wish I had grown crimson clover in Pickett county last year, as he did.",
        mention: "Pickett county",
        want: L,
    },
    Case {
        name: "en_lowercase_school_is_part_of_the_organisation",
        lang: Lang::En,
        text: "Mr. Gray is principal of the Millbrook school and teaches there every day.",
        mention: "Millbrook school",
        want: O,
    },
    Case {
        name: "en_o_or_d_apostrophe_opens_a_surname",
        lang: Lang::En,
        text: "About ten o'clock General D'Arcourt thought proper to send a large detachment.",
        mention: "General D'Arcourt",
        want: P,
    },
    Case {
        name: "fr_sentence_initial_d_apostrophe_is_the_article",
        lang: Lang::Fr,
        text: "D'Europe sont venus des milliers de visiteurs. L'Europe compte sur eux.",
        mention: "D'Europe",
        want: None,
    },
    Case {
        name: "en_plural_title_opens_a_list_of_people",
        lang: Lang::En,
        text: "The firm was founded by Messrs. Hallett, Dunmore and Pickles in the spring.",
        mention: "Pickles",
        want: P,
    },
    Case {
        name: "fr_plural_title_opens_a_list_of_people",
        lang: Lang::Fr,
        text: "Ont été élus lors de la dernière séance : MM. Sublet, Bratschi, Nicolle et Favrod.",
        mention: "Bratschi",
        want: P,
    },
    Case {
        name: "fr_list_without_a_plural_title_gives_no_people",
        lang: Lang::Fr,
        text: "Les communes de Sublet, Bratschi, Nicolle et Favrod ont voté hier soir.",
        mention: "Bratschi",
        want: None,
    },
    Case {
        name: "fr_title_makes_a_person_and_joins_the_span",
        lang: Lang::Fr,
        text: "Le projet a été présenté hier par M. Duchemin devant le conseil municipal.",
        mention: "M. Duchemin",
        want: P,
    },
    Case {
        name: "fr_inverted_speech_verb_makes_a_person",
        lang: Lang::Fr,
        text: "« Nous allons investir », a déclaré Ginette Pelloquin devant la presse.",
        mention: "Ginette Pelloquin",
        want: P,
    },
    Case {
        name: "fr_title_then_particle_makes_a_person",
        lang: Lang::Fr,
        text: "Le ministère est présidé depuis lundi par le comte de Taaffe, dit-on à Vienne.",
        mention: "Taaffe",
        want: P,
    },
    Case {
        name: "fr_connector_inside_an_organisation",
        lang: Lang::Fr,
        text: "Selon la Banque de France, la croissance ralentira cette année encore.",
        mention: "Banque de France",
        want: O,
    },
    Case {
        name: "fr_hyphenated_place",
        lang: Lang::Fr,
        text: "Le président a rencontré ses homologues aux Etats-Unis et en Chine.",
        mention: "Etats-Unis",
        want: L,
    },
    Case {
        name: "fr_place_word_opens_the_place_name",
        lang: Lang::Fr,
        text: "Un vent glacial a ravagé la vallée du Rhône et la gare de Chexbres hier.",
        mention: "vallée du Rhône",
        want: L,
    },
    Case {
        name: "fr_de_before_an_unknown_name_makes_a_place",
        lang: Lang::Fr,
        text: "Le train venant de Chexbres est arrivé en retard ce matin.",
        mention: "Chexbres",
        want: L,
    },
    Case {
        name: "fr_article_inside_a_listed_town_name",
        lang: Lang::Fr,
        text: "Le tribunal civil de la Chaux-de-Fonds a siégé mardi matin.",
        mention: "la Chaux-de-Fonds",
        want: L,
    },
    Case {
        name: "fr_lowercase_agency_credit",
        lang: Lang::Fr,
        text: "Les otages ont été libérés dimanche soir à Beyrouth. (ats, afp)",
        mention: "afp",
        want: O,
    },
    Case {
        name: "fr_institution_with_its_adjective",
        lang: Lang::Fr,
        text: "Le projet sera soumis aux Chambres fédérales en juin prochain.",
        mention: "Chambres fédérales",
        want: O,
    },
    Case {
        name: "fr_chez_makes_an_organisation",
        lang: Lang::Fr,
        text: "Elle a travaillé dix ans chez Valmorel avant de créer son entreprise.",
        mention: "Valmorel",
        want: O,
    },
    Case {
        name: "fr_sentence_initial_common_word_is_not_a_name",
        lang: Lang::Fr,
        text: "Partenariats renforcés. Les partenariats avec les entreprises seront renforcés.",
        mention: "Partenariats",
        want: None,
    },
    Case {
        name: "fr_elided_article_is_not_part_of_the_name",
        lang: Lang::Fr,
        text: "L'Europe accuse un retard, a indiqué un responsable de l'AFP à Paris.",
        mention: "AFP",
        want: O,
    },
    Case {
        name: "de_title_makes_a_person",
        lang: Lang::De,
        text: "Die Rede hielt Herr Brändlimann vor dem versammelten Gemeinderat.",
        mention: "Herr Brändlimann",
        want: P,
    },
    Case {
        name: "de_capitalised_noun_is_not_a_name",
        lang: Lang::De,
        text: "Die Regierung hat die Versammlung auf den nächsten Monat verschoben.",
        mention: "Versammlung",
        want: None,
    },
    Case {
        name: "de_gazetteer_place",
        lang: Lang::De,
        text: "Der Zug fährt morgen früh von Zürich nach Wien und zurück.",
        mention: "Wien",
        want: L,
    },
    Case {
        name: "de_genitive_place_stands_apart_from_the_noun_before",
        lang: Lang::De,
        text: "Man fürchtet die Pläne Rußlands im Osten mehr als alles andere.",
        mention: "Rußlands",
        want: L,
    },
    Case {
        name: "de_legal_suffix_makes_an_organisation",
        lang: Lang::De,
        text: "Im Herbst hat die Hunziker Maschinenbau AG neue Aufträge erhalten.",
        mention: "Hunziker Maschinenbau AG",
        want: O,
    },
];

#[test]
fn typing_cases() {
    for case in TYPING {
        let found = rule_entities_of(case.text, case.lang);
        assert_eq!(
            kind_of(case.text, &found, case.mention),
            case.want,
            "{}: {:#?}",
            case.name,
            found
        );
    }
}

/// One merging case: the entity named `name` must have exactly these mention texts.
struct Merge {
    name: &'static str,
    lang: Lang,
    text: &'static str,
    entity: &'static str,
    mentions: &'static [&'static str],
}

const MERGES: &[Merge] = &[
    Merge {
        name: "surname_joins_the_person",
        lang: Lang::En,
        text: "Officials said Marcello Bertolucci would lead the team. Bertolucci, 31, accepted.",
        entity: "Marcello Bertolucci",
        mentions: &["Marcello Bertolucci", "Bertolucci"],
    },
    Merge {
        name: "titled_surname_joins_the_person",
        lang: Lang::Fr,
        text: "Emmanuel Macron est arrivé à Lyon. Plus tard, M. Macron a visité une usine.",
        entity: "Emmanuel Macron",
        mentions: &["Emmanuel Macron", "M. Macron"],
    },
    Merge {
        name: "titles_before_a_person_belong_to_the_mention",
        lang: Lang::De,
        text: "Gestern sprach Herrn Oberst Brunner vor dem Rat. Brunner blieb ruhig.",
        entity: "Brunner",
        mentions: &["Herrn Oberst Brunner", "Brunner"],
    },
    Merge {
        name: "a_title_word_ending_a_sentence_is_not_taken_in",
        lang: Lang::En,
        text: "Colonel Dick was elected temporary secretary. Chairman Hallam then spoke.",
        entity: "Hallam",
        mentions: &["Chairman Hallam"],
    },
    Merge {
        name: "fr_function_after_a_person_belongs_to_the_mention",
        lang: Lang::Fr,
        text: "L'assemblée, présidée par M. Rüttimann, notaire, a élu M. Hirzel, conseiller national.",
        entity: "Rüttimann",
        mentions: &["M. Rüttimann, notaire"],
    },
    Merge {
        name: "fr_function_with_its_complement_up_to_the_comma",
        lang: Lang::Fr,
        text: "Jean-Pierre Roth, président de la BNS, a répondu avec ironie aux journalistes.",
        entity: "Jean-Pierre Roth",
        mentions: &["Jean-Pierre Roth, président de la BNS"],
    },
    Merge {
        name: "en_esquire_after_a_person_belongs_to_the_mention",
        lang: Lang::En,
        text: "The house formerly occupied by Col. Thomas Dufresne, Esq. in the village is for sale.",
        entity: "Thomas Dufresne",
        mentions: &["Col. Thomas Dufresne, Esq."],
    },
    Merge {
        name: "en_a_name_after_the_comma_is_no_function",
        lang: Lang::En,
        text: "The committee heard Thomas Dufresne, Dr. Watkins and the mayor on Monday.",
        entity: "Thomas Dufresne",
        mentions: &["Thomas Dufresne"],
    },
    Merge {
        name: "first_word_joins_the_organisation",
        lang: Lang::Fr,
        text: "Le partenariat avec Mistral AI est signé. Selon la direction de Mistral, tout va bien.",
        entity: "Mistral AI",
        mentions: &["Mistral AI", "Mistral"],
    },
    Merge {
        name: "acronym_joins_its_expansion",
        lang: Lang::Fr,
        text: "La Banque nationale suisse a relevé son taux. La BNS agit contre l'inflation.",
        entity: "Banque nationale suisse",
        mentions: &["Banque nationale suisse", "BNS"],
    },
    Merge {
        name: "capitals_headline_mentions_a_known_name",
        lang: Lang::En,
        text: "RUGBY - FERRANTI BACK FOR ITALY.\nItaly recalled Marco Ferranti on Friday, the coach said.",
        entity: "Marco Ferranti",
        mentions: &["FERRANTI", "Marco Ferranti"],
    },
];

#[test]
fn merge_cases() {
    for case in MERGES {
        let found = rule_entities_of(case.text, case.lang);
        let e = find(&found, case.entity)
            .unwrap_or_else(|| panic!("{}: {} missing: {found:#?}", case.name, case.entity));
        let got: Vec<&str> = e.mentions.iter().map(|m| m.of(case.text)).collect();
        assert_eq!(got, case.mentions, "{}", case.name);
    }
}

#[test]
fn odd_inputs_do_not_panic_and_give_spans_on_char_boundaries() {
    let inputs = [
        "",
        " ",
        "É",
        "M.",
        "M. ",
        "Dr.",
        "A-",
        "-A",
        "L'",
        "l'É",
        "Jean-",
        "U.S.",
        "X. Y. Z.",
        "ÉTATS-UNIS 12 FRANCE 3\n\n\n",
        "Ünïcödé Nämé said «Ça» — 東京 Tōkyō Łódź.",
        "de de de De De De of Of OF",
        "Corp. Inc. Ltd. Co.",
        "Herr Herr Herr",
        "\u{301}A\u{301}b",
        "Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin Berlin",
    ];
    for text in inputs {
        for lang in [None, Some(Lang::En), Some(Lang::Fr), Some(Lang::De)] {
            for e in entities_of(text, lang) {
                assert!(!e.mentions.is_empty());
                for m in &e.mentions {
                    assert!(m.start < m.end && m.end <= text.len(), "{text:?}");
                    assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                }
            }
        }
    }
}

#[test]
fn long_runs_of_names_and_connectors_do_not_overflow_the_stack() {
    for unit in [
        "Berlin ",
        "A-de-",
        "Jean de ",
        "M. ",
        "A. ",
        "Penn\u{ac} ",
        "U.",
        "(ats, ",
    ] {
        let text = unit.repeat(200_000);
        let tokens = nutshell::tokens::Tokens::scan(&text);
        let found = nutshell::entity::entities(&text, &[], &tokens, Lang::De);
        for e in &found {
            assert!(e.mentions.iter().all(|m| text.is_char_boundary(m.start)));
        }
    }
}

#[test]
fn every_repetition_of_a_long_text_is_found() {
    // About 5 MB of varied prose, one paragraph repeated: every repetition names the same
    // people, organisations and places, so each entity has one mention per repetition. (That the
    // stage stays linear is measured by `make bench`, not asserted against a clock here.)
    let paragraph = "Le président Emmanuel Macron a rencontré M. Olaf Scholz à Berlin. \
        Selon la Banque de France (BdF), Nvidia et Mistral AI investiront en Europe. \
        Reuters said John Smith of Acme Holdings Inc visited New York on Monday. ";
    let n = 5_000_000 / paragraph.len();
    let text = paragraph.repeat(n);
    let tokens = nutshell::tokens::Tokens::scan(&text);
    let found = nutshell::entity::entities(&text, &[], &tokens, Lang::Fr);
    for name in ["Emmanuel Macron", "Berlin", "Nvidia", "Europe"] {
        let e = find(&found, name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(e.mentions.len(), n, "{name}");
        assert!(
            e.mentions.windows(2).all(|w| w[0].end <= w[1].start),
            "{name}"
        );
    }
}
