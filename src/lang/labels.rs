//! Labels and prompts of page furniture, per language: the one table that the cleaning of any
//! text ([`super::boilerplate`]) and the extraction of an article from a page
//! ([`crate::extract`]) read.
//!
//! Origin: written for Nutshell by its developers from the labels news sites and blogs print in
//! each language (the reference article's "Partner Content" among them), and from the prompts,
//! buttons and comment headings seen on the extraction pages of `../shared/train/pages`. Entries
//! are lowercase and match the start of a line or paragraph, case-insensitively. Four kinds, by
//! how much of a line they take:
//! - *line labels* ("lire aussi", "photo:", "publicité") are boilerplate in any text when they
//!   end the line, are set off from what follows ("Lire aussi : Le plan de l'Élysée"), or open
//!   a line too short to be a sentence ("Partager sur Facebook");
//! - *prompts* ("read more", "lea también") open a page's paragraph that is no article text,
//!   whatever follows them (read in pages only, where such a paragraph is a widget);
//! - *buttons* ("share", "reply") are a page's paragraph only when they are all of it;
//! - *thread headings* ("comments", "about the author") are whole paragraphs that end an
//!   article, and *thread openings* ("comments are closed") open such a paragraph.

use super::{Lang, Words};

/// The labels of one language (or of all, for [`ANY`]).
#[derive(Clone, Copy, Debug)]
pub struct Labels {
    pub line: Words,
    pub prompts: Words,
    pub buttons: Words,
    pub thread_headings: Words,
    pub thread_openings: Words,
}

const NONE: Words = Words("");

const EMPTY: Labels = Labels {
    line: NONE,
    prompts: NONE,
    buttons: NONE,
    thread_headings: NONE,
    thread_openings: NONE,
};

/// Labels used across languages: English is the lingua franca of ad, share and comment widgets
/// (Russian prompts too, for the pages of that language: we have no Russian data otherwise).
#[rustfmt::skip]
pub const ANY: Labels = Labels {
    line: Words(
        "advertisement|sponsored|partner content|paid content|paid post|read more|read also|\
        see also|related:|related articles|recommended|share this|share on|follow us|subscribe|\
        sign up|newsletter|click here|photo:|photo :|photos:|image:|credit:|credits:|crédit|\
        crédits|getty images|(photo|all rights reserved|copyright",
    ),
    prompts: Words(
        "read more|read also|also read|see also|related:|related stories|related articles|\
        you might also like|you may also like|more from|next article|previous article|\
        recommended for you|don't miss|never miss|subscribe now|sign up for|click here|\
        download the|advertisement|last modified|last updated|share this|for the latest|\
        we want to hear|discover our|to view the full story|responses to|back to top|\
        discover more from|subscribe to get|читайте также|смотрите также",
    ),
    buttons: Words("share|download|print|reply|back|like|tweet|email"),
    // With the headings of related links that end an article ("Discover More", "Other Posts You
    // May Enjoy", "Up Next" on the training pages).
    thread_headings: Words(
        "comments|comment|leave a reply|leave a comment|about the author|related posts|\
        related articles|related stories|related content|related reading|you may also like|\
        you might also like|you may also enjoy|more stories|recommended for you|\
        recommended reading|read next|up next|other posts you may enjoy|discover more|\
        more to explore|popular posts|latest posts|recent posts",
    ),
    thread_openings: Words("comments are closed|comments are now closed"),
};

/// The labels of `lang` (English's are [`ANY`]'s).
#[rustfmt::skip]
pub fn of(lang: Lang) -> Labels {
    match lang {
        Lang::Fr => Labels {
            line: Words("lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|à voir aussi|publicité|contenu partenaire|contenu sponsorisé|en partenariat avec|partager|suivez-nous|abonnez-vous|inscrivez-vous|cliquez ici|la rédaction vous conseille|sur le même sujet|notre sélection"),
            prompts: Words("lire aussi|à lire aussi|voir aussi|à voir aussi|sur le même sujet|lire la suite"),
            buttons: Words("partager"),
            thread_headings: Words("commentaires"),
            ..EMPTY
        },
        Lang::De => Labels {
            line: Words("lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|anzeige|werbung|teilen|folgen sie uns|jetzt abonnieren|foto:|bild:"),
            prompts: Words("auch lesen|lesen sie auch|lesen sie mehr|mehr zum thema|weitere artikel|nächster artikel|vorheriger artikel|das könnte sie auch|zurück zur|quellenangaben|kontakt|wie bewerten sie|sie könnten auch|mehr aus der|kommentierte artikel|weitere informationen:"),
            buttons: Words("teilen"),
            thread_headings: Words("kommentare"),
            ..EMPTY
        },
        Lang::Es => Labels {
            line: Words("lee también|leer más|lea también|te puede interesar|publicidad|contenido patrocinado|compartir|síguenos|suscríbete|foto:"),
            prompts: Words("lea también|lea más|lea:|lee también|lee más|vea también|ver también|mire:|le puede interesar|te puede interesar|también te puede|noticias relacionadas|síguenos|suscríbete|mira:|¡mira|puede escribirnos|escríbenos|¿ya sabías"),
            buttons: Words("compartir"),
            thread_headings: Words("comentarios"),
            ..EMPTY
        },
        Lang::It => Labels {
            line: Words("leggi anche|leggi di più|potrebbe interessarti|pubblicità|contenuto sponsorizzato|condividi|seguici|iscriviti|foto:"),
            prompts: Words("leggi anche|potrebbe interessarti"),
            buttons: Words("condividi"),
            thread_headings: Words("commenti"),
            ..EMPTY
        },
        Lang::Pt => Labels {
            line: Words("leia também|leia mais|veja também|publicidade|conteúdo patrocinado|compartilhe|partilhar|siga-nos|assine|foto:"),
            prompts: Words("leia também|leia mais|veja também|saiba mais"),
            thread_headings: Words("comentários"),
            ..EMPTY
        },
        Lang::Nl => Labels {
            line: Words("lees ook|lees meer|advertentie|gesponsord|deel dit|volg ons|foto:"),
            thread_headings: Words("reacties"),
            ..EMPTY
        },
        Lang::Pl => Labels {
            line: Words("czytaj także|czytaj też|czytaj więcej|zobacz też|reklama|udostępnij|fot."),
            prompts: Words("czytaj także|czytaj też|czytaj więcej|zobacz też|zobacz także|zapraszamy też|polecamy"),
            buttons: Words("udostępnij|odpowiedz"),
            thread_headings: Words("komentarze"),
            ..EMPTY
        },
        Lang::Cs => Labels {
            line: Words("čtěte také|čtěte též|přečtěte si|reklama|sdílet|foto:"),
            ..EMPTY
        },
        Lang::Fi => Labels {
            line: Words("lue myös|lue lisää|mainos|jaa|kuva:"),
            ..EMPTY
        },
        Lang::Ro => Labels {
            line: Words("citește și|citeşte şi|citește mai mult|publicitate|distribuie|foto:"),
            ..EMPTY
        },
        Lang::En | Lang::Und => EMPTY,
    }
}

/// The entries of one kind in every language, [`ANY`]'s first: a page's furniture is often in
/// another language than its article ("Share" on a French page).
pub fn in_every_language(kind: fn(&Labels) -> Words) -> impl Iterator<Item = &'static str> {
    std::iter::once(ANY)
        .chain(Lang::ALL.iter().map(|&l| of(l)))
        .flat_map(move |labels| kind(&labels).iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_lowercase() {
        for kind in [
            (|l: &Labels| l.line) as fn(&Labels) -> Words,
            |l| l.prompts,
            |l| l.buttons,
            |l| l.thread_headings,
            |l| l.thread_openings,
        ] {
            for e in in_every_language(kind) {
                assert_eq!(e, crate::text::case::lowercase(e), "{e}");
                assert!(!e.is_empty() && !e.contains('\n'));
            }
        }
    }
}
