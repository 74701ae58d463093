//! The reference article (a French wire story, `tests/fixtures/nvidia-europe-fr.txt`, a copy of
//! `../shared/data/examples/nvidia-europe-fr.txt`): what the first slice promises about it.

use nutshell::{analyze, Analysis, Lang, Length, Options, SentenceKind};

const ARTICLE: &str = include_str!("fixtures/nvidia-europe-fr.txt");

fn run(length: Length) -> Analysis {
    analyze(
        ARTICLE,
        &Options {
            length,
            ..Options::default()
        },
    )
}

fn texts(a: &Analysis) -> Vec<&str> {
    a.sentences.iter().map(|s| s.span.of(ARTICLE)).collect()
}

#[test]
fn is_french_with_its_headline() {
    let a = run(Length::Auto);
    assert_eq!(a.language, Lang::Fr);
    assert_eq!(
        a.title.as_deref(),
        Some("Nvidia passe à l’offensive en Europe")
    );
}

#[test]
fn headings_credits_and_sponsor_lines_are_marked_and_never_summarised() {
    let a = run(Length::Sentences(30));
    let kind_of = |t: &str| {
        a.sentences
            .iter()
            .find(|s| s.span.of(ARTICLE) == t)
            .map(|s| s.kind)
            .unwrap_or_else(|| panic!("no sentence {t:?} in {:#?}", texts(&a)))
    };
    assert_eq!(
        kind_of("Nvidia passe à l’offensive en Europe"),
        SentenceKind::Heading
    );
    assert_eq!(kind_of("Nvidia ©\u{a0}Belga"), SentenceKind::Boilerplate);
    assert_eq!(kind_of("Partenariats"), SentenceKind::Heading);
    assert_eq!(kind_of("Souveraineté technologique"), SentenceKind::Heading);
    assert_eq!(kind_of("Partner Content"), SentenceKind::Boilerplate);
    for &i in &a.summary {
        assert_eq!(
            a.sentences[i].kind,
            SentenceKind::Body,
            "{:?}",
            a.sentences[i].span.of(ARTICLE)
        );
    }
}

#[test]
fn figures_and_attributed_quotes_stay_whole() {
    let a = run(Length::Auto);
    let t = texts(&a);
    let holding = |needle: &str| {
        t.iter()
            .find(|s| s.contains(needle))
            .copied()
            .unwrap_or_else(|| panic!("{needle:?} is split across sentences: {t:#?}"))
    };
    holding("“18.000 superpuces Blackwell”, parmi les plus avancées de Nvidia.");
    assert!(holding("“En deux ans, nous allons")
        .ends_with("a promis Jensen Huang devant une salle comble."));
    assert!(holding("“Le sujet de la souveraineté").ends_with("interrogé par l’AFP."));
    assert!(holding("A partir de 16h30").contains("à 17h30."));
    assert!(
        holding("“La France et l’Europe doivent (…) aujourd’hui investir, innover.")
            .starts_with('“')
    );
}

#[test]
fn summaries_of_one_three_and_five_sentences_nest() {
    let one = run(Length::Sentences(1)).summary;
    let three = run(Length::Sentences(3)).summary;
    let five = run(Length::Sentences(5)).summary;
    assert_eq!((one.len(), three.len(), five.len()), (1, 3, 5));
    assert!(one.iter().all(|i| three.contains(i)));
    assert!(three.iter().all(|i| five.contains(i)));
    assert!(five.windows(2).all(|w| w[0] < w[1]), "document order");
}

#[test]
fn sentences_tile_the_prose() {
    let a = run(Length::Auto);
    let mut covered = vec![false; ARTICLE.len()];
    let mut last_end = 0;
    for s in &a.sentences {
        assert!(s.span.start >= last_end, "sorted and disjoint");
        last_end = s.span.end;
        covered[s.span.start..s.span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for (i, c) in ARTICLE.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "byte {i} ({c:?}) is in no sentence"
        );
    }
}

#[test]
fn the_summary_alone_matches_the_whole_analysis() {
    for length in [Length::Auto, Length::Sentences(1), Length::Words(80)] {
        let whole = run(length);
        assert!(!whole.entities.is_empty() && !whole.keyphrases.is_empty());
        let options = Options {
            length,
            ..Options::default()
        };
        let alone = nutshell::summarize(ARTICLE, &options);
        assert_eq!(alone.language, whole.language);
        assert_eq!(alone.title, whole.title);
        assert_eq!(alone.sentences, whole.sentences);
        assert_eq!(alone.summary, whole.summary);
        assert!(alone.entities.is_empty() && alone.keyphrases.is_empty());
        assert!(alone.quotes.is_empty() && alone.figures.is_empty());
    }
}

/// The kind of the entity with a mention spelled exactly `mention`, if any.
fn kind_of(a: &Analysis, mention: &str) -> Option<nutshell::EntityKind> {
    a.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.of(ARTICLE) == mention))
        .map(|e| e.kind)
}

#[test]
fn names_are_typed_as_a_reader_would() {
    use nutshell::EntityKind::{Organization, Other};
    let a = run(Length::Auto);
    // A cloud platform: a name, but of none of the three kinds.
    assert_eq!(kind_of(&a, "Mistral Compute"), Some(Other));
    // A radio station and a trade body.
    assert_eq!(kind_of(&a, "Radio Classique"), Some(Organization));
    assert_eq!(kind_of(&a, "Numeum"), Some(Organization));
    // "chefs d'États": a common noun, capitalised.
    assert!(
        a.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.of(ARTICLE) != "États")),
        "{:#?}",
        a.entities
    );
}

#[test]
#[ignore = "not yet: the tagger calls the trade show an organisation, and no sound rule says it is an event"]
fn the_trade_show_is_other() {
    let a = run(Length::Auto);
    assert_eq!(kind_of(&a, "VivaTech"), Some(nutshell::EntityKind::Other));
}
