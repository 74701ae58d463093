//! Pass 1 and 3: runs of capitalised words become candidates, judged by their evidence.

use super::*;

impl Doc<'_> {
    /// Whether words `i` and `i + 1` are joined into one name that starts at word `first`.
    pub(super) fn joins(&self, first: usize, i: usize) -> bool {
        let Some(next) = self.toks.get(i + 1) else {
            return false;
        };
        if next.caps_line() != self.toks.at(i).caps_line() {
            return false;
        }
        let gap = self.gap(i + 1);
        let capital = matches!(next.shape(), Shape::Title | Shape::Caps);
        // "Penn¬ sylvania": a word broken at a line end goes on.
        if gap.starts_with('\u{ac}') && gap[2..].chars().all(char::is_whitespace) {
            return next.shape() != Shape::Other;
        }
        if self.name_prefix(i) {
            return true;
        }
        match gap {
            " " => {
                capital
                    && (!self.stops_name(i + 1)
                        || (i < first + 6
                            && matches!(
                                self.lookup_range(first, i + 1),
                                Some(Class::Org | Class::Place | Class::City)
                            )))
            }
            "-" | "\u{2010}" | "\u{2011}" => capital || self.connector_then_name(i + 1, "-"),
            " & " => capital,
            _ if gap.starts_with('.')
                && gap.len() > 1
                && gap[1..].chars().all(|c| c == ' ')
                && self.abbreviation(i) =>
            {
                capital
            }
            "." if self.abbreviation(i) => capital,
            _ => false,
        }
    }

    /// Whether word `i` is a lowercase connector followed (through `sep`) by more name.
    pub(super) fn connector_then_name(&self, i: usize, sep: &str) -> bool {
        // At most two connectors in a row ("de la", "van der").
        for c in i..i + 2 {
            let Some(t) = self.toks.get(c) else {
                return false;
            };
            if t.shape() != Shape::Lower
                || !names::is_connector(self.word(c))
                || self.gap(c + 1) != sep
            {
                return false;
            }
            match self.toks.get(c + 1) {
                Some(n) if matches!(n.shape(), Shape::Title | Shape::Caps) => {
                    return !self.stops_name(c + 1)
                }
                Some(_) => {}
                None => return false,
            }
        }
        false
    }

    /// Whether the name word `i` may continue over the connector at `c`: "Bank of England",
    /// "Charles de Gaulle", "comte de Taaffe", but not "Simon Parke of England".
    pub(super) fn takes_connector(&self, i: usize, c: usize) -> bool {
        if names::is_particle(self.word(c)) || self.word(c) == "&" {
            return true;
        }
        // German articles join no names ("Kritik der Zürcher Handelskammer").
        if self.cues.articles.contains(&self.word(c)) {
            return false;
        }
        matches!(
            self.class(i),
            Some(Class::OrgWord | Class::PlaceWord | Class::Given | Class::Title)
        )
    }

    /// A capitalised word that never continues a name: months, weekdays, nationalities...
    pub(super) fn stops_name(&self, i: usize) -> bool {
        matches!(self.class(i), Some(Class::NotName))
    }

    /// Pass 1: candidates outside capitals lines, added to `groups` as they are found (a long
    /// text has hundreds of thousands: kept all at once, they were most of the memory peak).
    pub(super) fn candidates(&self, groups: &mut Groups) {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            for c in out.drain(..) {
                groups.add(&c);
            }
            let t = self.toks.at(i);
            if t.shape() == Shape::Lower && self.agency_credit(i) {
                let mut votes = Votes::default();
                votes.add(EntityKind::Organization, LIST);
                out.push(Candidate::listed_word(t.span, self.folded(i), votes));
            }
            if t.caps_line()
                || !matches!(t.shape(), Shape::Title | Shape::Caps)
                || (self.elided(i) && !self.name_prefix(i))
            {
                i += 1;
                continue;
            }
            // Extend over joined words and connectors ("Banque de France", "Côte d'Ivoire").
            let mut last = i;
            loop {
                if self.joins(i, last) {
                    last += 1;
                    continue;
                }
                if self.gap(last + 1) == " "
                    && self.connector_then_name(last + 1, " ")
                    && self.takes_connector(last, last + 1)
                {
                    // Skip the connectors (one or two) and land on the next capitalised word.
                    let mut j = last + 1;
                    while self.toks.get(j).is_some_and(|t| t.shape() == Shape::Lower)
                        && j < last + 3
                    {
                        j += 1;
                    }
                    if self
                        .toks
                        .get(j)
                        .is_some_and(|t| matches!(t.shape(), Shape::Title | Shape::Caps))
                        && !self.toks.at(j).caps_line()
                    {
                        last = j;
                        continue;
                    }
                }
                // "Côte d'Ivoire", "Jeanne d'Arc": an elided connector inside a name.
                if self.elided(last + 1)
                    && matches!(self.word(last + 1), "d" | "D")
                    && self.gap(last + 1) == " "
                    && self
                        .toks
                        .get(last + 2)
                        .is_some_and(|t| t.shape() == Shape::Title)
                {
                    last += 2;
                    continue;
                }
                break;
            }
            // English names with a lowercase head noun: "Putnam county", "Buxton school".
            if self.gap(last + 1) == " "
                && self
                    .toks
                    .get(last + 1)
                    .is_some_and(|t| t.shape() == Shape::Lower)
                && self.cues.lowercase_heads.contains(&self.word(last + 1))
            {
                last += 1;
            }
            // French institutions: "Conseil fédéral", "Banque nationale suisse".
            if !self.cues.name_adjective_endings.0.is_empty()
                && self.class(last) == Some(Class::OrgWord)
            {
                let mut j = last + 1;
                while j <= last + 3
                    && self.gap(j) == " "
                    && self.toks.get(j).is_some_and(|t| t.shape() == Shape::Lower)
                    && self.name_adjective(self.fold(j))
                    && !stopwords::is_stopword(self.lang, self.fold(j))
                {
                    j += 1;
                }
                last = j - 1;
            }
            // A title inside the run splits it: "New Zealand Prime Minister Jim Bolger".
            // ("M." is a title in French only: "Benton M. Johnson" has an initial.)
            let title = (i + 1..last).find(|&j| {
                self.toks.at(j).shape() == Shape::Title
                    && self.class(j) == Some(Class::Title)
                    && (self.cues.one_letter_title || self.word(j).len() > 1)
                    && self.toks.at(j - 1).shape() != Shape::Lower
                    && self.class(j - 1) != Some(Class::Title)
            });
            // A listed name then a person's: "AC Milan George Weah".
            // (Only in runs of name length, so that each lookup stays short.)
            let title = title.or_else(|| {
                (i + 1..last.min(i + 6)).find(|&j| {
                    self.class(j) == Some(Class::Given)
                        && self.toks.at(j).shape() == Shape::Title
                        && matches!(
                            self.lookup_range(i, j - 1),
                            Some(Class::Org | Class::Place | Class::City)
                        )
                })
            });
            match title {
                Some(t) if self.lookup_range(i, last).is_none() => {
                    out.extend(self.candidate(i, t - 1));
                    out.extend(self.candidate(t, last));
                }
                _ if self.cues.capitalises_nouns => self.split_listed(i, last, &mut out),
                _ => out.extend(self.candidate(i, last)),
            }
            i = last + 1;
        }
        for c in out.drain(..) {
            groups.add(&c);
        }
    }

    /// German capitalises nouns, which then run into names ("Politik Rußlands", "Kaiser von
    /// Rußland Anfangs"): a listed name inside an unlisted run stands on its own.
    pub(super) fn split_listed(&self, first: usize, last: usize, out: &mut Vec<Candidate>) {
        if first == last || self.lookup_range(first, last).is_some() {
            out.extend(self.candidate(first, last));
            return;
        }
        let mut from = first;
        for j in first..=last {
            let k = self.fold(j);
            if matches!(
                names::lookup_folded(k).or_else(|| self.genitive(k)),
                Some(Class::Place | Class::City | Class::Org)
            ) {
                if j > from {
                    out.extend(self.candidate(from, j - 1));
                }
                out.extend(self.candidate(j, j));
                from = j + 1;
            }
        }
        if from <= last {
            out.extend(self.candidate(from, last));
        }
    }

    /// Judges the words `first..=last` and makes a candidate of what remains of them.
    pub(super) fn candidate(&self, first: usize, last: usize) -> Option<Candidate> {
        let mut votes = Votes::default();
        // The whole run, as a gazetteer knows it ("Le Monde", "La Chaux-de-Fonds").
        let whole = self.lookup_range(first, last);
        let start = self.strip_front(first, last, whole, &mut votes)?;
        let words = count_words(start, last);
        let mut span = Span::new(self.toks.at(start).span.start, self.toks.at(last).span.end);
        // Dotted initials keep their last period ("U.S.", "U.N.").
        if last > start
            && self.word(last).chars().count() == 1
            && self.gap(last).starts_with('.')
            && self.gap(last + 1).starts_with('.')
        {
            span.end += 1;
        }
        // A legal suffix written with its period ("AMR Corp. said").
        if LEGAL_SUFFIXES.contains(&self.word(last))
            && self.gap(last + 1).starts_with('.')
            && self
                .text
                .get(self.toks.at(last).span.end + 1..)
                .is_some_and(|rest| !rest.trim_start().starts_with(char::is_uppercase))
        {
            span.end += 1;
        }

        let acronym = words == 1 && self.toks.at(start).shape() == Shape::Caps;
        let key = self.key_of(span);
        // "rue des Moulins", "vallée du Rhône", "château d'Eliolles": the place word is in the name.
        let place_head = self.fr_place_head(start);
        // "La Chaux-de-Fonds", "Le Havre": an article that is part of a listed name.
        if start > 0
            && self.gap(start) == " "
            && NAME_ARTICLES.contains(&self.word(start - 1))
            && matches!(
                names::lookup(&format!("{} {key}", self.fold(start - 1))),
                Some(Class::Place | Class::City | Class::Org)
            )
        {
            span.start = self.toks.at(start - 1).span.start;
        }
        let key = if span.start == self.toks.at(start).span.start {
            key
        } else {
            self.key_of(span)
        };
        let class = if start == first { whole } else { None }
            .or_else(|| lookup_in(self.lang, &key))
            .or_else(|| self.genitive(&key));
        let listed = matches!(class, Some(Class::Place | Class::City | Class::Org));
        if let Some(h) = place_head {
            span.start = self.toks.at(h).span.start;
            votes.add(EntityKind::Place, CUE);
        }
        let key = if place_head.is_some() {
            self.key_of(span)
        } else {
            key
        };
        // "World Cup", "Nobel Prize": an event or a work, none of the three kinds.
        if !listed && self.class(last) == Some(Class::OtherWord) {
            votes.veto = true;
        }
        match class {
            Some(Class::City) if self.sports && !self.dateline(last) => {
                votes.add(EntityKind::Organization, LIST)
            }
            Some(Class::Place | Class::City) => votes.add(EntityKind::Place, LIST),
            Some(Class::Org) => votes.add(EntityKind::Organization, LIST),
            Some(Class::NotName | Class::Title) => return None,
            // A lone generic word ("Société", "Bank", "Cup") names nothing by itself.
            Some(Class::OrgWord | Class::PlaceWord | Class::OtherWord) if start == last => {
                return None
            }
            _ => {}
        }

        if !self.lone_word_stands(start, last, &key, class, &mut votes) {
            return None;
        }

        // Words inside the name.
        // "Tho¬ mas Shields": the first word, whole again if broken at a line end.
        let head = if start < last && self.gap(start + 1).starts_with('\u{ac}') {
            self.key_of(Span::new(
                self.toks.at(start).span.start,
                self.toks.at(start + 1).span.end,
            ))
        } else {
            self.folded(start)
        };
        let tail = self.folded(last);
        if (words >= 2 || self.toks.at(start).shape() == Shape::Title)
            && matches!(names::lookup_folded(&head), Some(Class::Given))
        {
            votes.add(EntityKind::Person, if words >= 2 { LIST } else { HINT + 1 });
        }
        for j in (start..=last).filter(|_| !listed) {
            match self.class(j) {
                Some(Class::OrgWord) if last > start => votes.add(EntityKind::Organization, CUE),
                Some(Class::PlaceWord) if last > start && (j == start || j == last) => {
                    votes.add(EntityKind::Place, CUE)
                }
                _ => {}
            }
        }
        // "J. R. Watson", "C. Chevillard", "Chr. Rouge": initials, then a surname.
        if self.initials_then_surname(start, last) {
            votes.add(EntityKind::Person, LIST);
        }
        // "MM. Sublet, Bratschi et Favrod", "Messrs. Hale and Dorr": a list after a plural title.
        if self.after_plural_title(start) {
            votes.add(EntityKind::Person, CUE);
        }
        self.context_before(start, acronym, &key, &mut votes);
        // Context after: "X said", "X a déclaré". Organisations speak too: a weak cue.
        if self.speech_after(last) && !acronym {
            votes.add(EntityKind::Person, SPEECH);
        }
        // A lone short acronym is most likely an organisation.
        if acronym && class.is_none() && self.word(start).chars().count() <= 5 {
            votes.add(EntityKind::Organization, HINT);
        }
        // A team in a results line: a name next to a score ("Barcelona 2 Real Madrid 1").
        if matches!(class, Some(Class::City) | None) && self.next_to_score(start, last) {
            votes.add(EntityKind::Organization, CUE + LIST);
        }

        self.guess(start, last, class, &head, &mut votes);
        let (initials, initials_all) = self.initials(start, last);
        let bare = votes.kind() == EntityKind::Other && words == 1 && class.is_none();
        Some(Candidate {
            span,
            key,
            words,
            tail,
            initials,
            initials_all,
            votes,
            listed,
            bare,
        })
    }

    /// Whether the candidate `start..=last` (key `key`, class `class`) survives the tests of a
    /// lone word: at the start of a sentence it is a name only if the text or a list says so; a
    /// common word of the language is none.
    fn lone_word_stands(
        &self,
        start: usize,
        last: usize,
        key: &str,
        class: Option<Class>,
        votes: &mut Votes,
    ) -> bool {
        let listed = matches!(class, Some(Class::Place | Class::City | Class::Org));
        // A lone word at the start of a sentence: a name only if the text or a list says so.
        let lone_initial = start == last && self.toks.at(start).initial();
        if lone_initial && !listed {
            let (lower, mid) = self.seen(key);
            let given = matches!(class, Some(Class::Given));
            let plural = self.word(start).ends_with('s');
            let team = self.sports && self.next_to_score(start, last);
            // "Harrisburg, June 26, 1840.": a dateline names a place.
            let dateline = self.opens_dateline(start, last);
            if dateline {
                votes.add(EntityKind::Place, CUE);
            }
            if mid == 0 && !given && !team && !dateline && (plural || !self.speech_after(last)) {
                return false;
            }
            if lower > mid && !dateline {
                return false;
            }
        }
        !(start == last && !listed && self.common_word(start, key))
    }

    /// When no evidence typed a candidate (`start..=last`, its class `class`, first word `head`):
    /// the guesses its shape allows.
    fn guess(
        &self,
        start: usize,
        last: usize,
        class: Option<Class>,
        head: &str,
        votes: &mut Votes,
    ) {
        let words = count_words(start, last);
        // "East Timor", "Baja California": a compass word or a listed place inside makes a place.
        if votes.kind() == EntityKind::Other
            && class.is_none()
            && words >= 2
            && COMPASS.contains(&head)
        {
            votes.add(EntityKind::Place, HINT);
        }
        // Two capitalised words and nothing else known: most often a person's name.
        if votes.kind() == EntityKind::Other
            && class.is_none()
            && words == 2
            && !self.cues.capitalises_nouns
            && self.gap(last) == " "
            && self.toks.at(start).shape() == Shape::Title
            && self.toks.at(last).shape() == Shape::Title
            && [start, last].iter().all(|&j| {
                // Not when a word is a listed place ("Choose France") or a word the text also
                // writes in lowercase ("Vieux Continent", "Radio Classique").
                let k = self.fold(j);
                let lower = self.seen(k).0;
                lower == 0 && !matches!(names::lookup_folded(k), Some(Class::Place | Class::City))
            })
        {
            votes.add(EntityKind::Person, HINT);
        }
    }

    /// Strips the leading titles (cues for a person, voted into `votes`) and words that are not
    /// names from the run `first..=last`: the first word left, if any.
    fn strip_front(
        &self,
        first: usize,
        last: usize,
        whole: Option<Class>,
        votes: &mut Votes,
    ) -> Option<usize> {
        let mut start = first;
        if whole.is_none() {
            // Strip leading titles (cues for a person) and words that are not names.
            let last_org_word = (first..=last).rfind(|&j| self.class(j) == Some(Class::OrgWord));
            while start <= last {
                let mut k = self.folded(start);
                if self.abbreviation(start) {
                    k.push('.');
                }
                let class = lookup_in(self.lang, &k).or_else(|| {
                    k.pop_if_dot();
                    lookup_in(self.lang, &k)
                });
                let org_after = last_org_word.is_some_and(|o| o > start);
                match class {
                    Some(Class::Title) if start < last && !org_after => {
                        votes.add(EntityKind::Person, CUE);
                        start += 1;
                    }
                    Some(Class::NotName) => start += 1,
                    _ if start < last
                        && self.toks.at(start).initial()
                        && self.common_word(start, &k) =>
                    {
                        start += 1;
                    }
                    _ => break,
                }
                // Connectors left at the front after stripping ("President of ...") go too.
                while start <= last && self.toks.at(start).shape() == Shape::Lower {
                    start += 1;
                }
            }
            if start > last {
                return None;
            }
        }
        Some(start)
    }

    /// Evidence from the words right before a candidate starting at word `start`: a title, a
    /// place word ("rue des Moulins"), a preposition, a verb of saying.
    fn context_before(&self, start: usize, acronym: bool, key: &str, votes: &mut Votes) {
        // Context before: a title, a place word ("rue des Moulins"), a preposition, a verb.
        if start > 0 {
            let p = start - 1;
            let pk = self.fold(p);
            let gap = self.gap(start);
            let adjacent = gap == " " || (gap.trim() == "." && self.abbreviation(p));
            if adjacent {
                match lookup_in(self.lang, pk).or_else(|| lookup_in(self.lang, &format!("{pk}."))) {
                    Some(Class::Title) => votes.add(EntityKind::Person, CUE),
                    Some(Class::PlaceWord) if self.toks.at(p).shape() == Shape::Lower => {
                        votes.add(EntityKind::Place, CUE)
                    }
                    Some(Class::OrgWord) if self.toks.at(p).shape() == Shape::Lower => {
                        votes.add(EntityKind::Organization, HINT)
                    }
                    _ => {}
                }
            }
            // "comte de Taaffe", "duc de Malakoff", "Graf von Bülow": a title, then a particle.
            if p > 0 && NOBILITY_PARTICLES.contains(&pk) && self.toks.at(p).shape() == Shape::Lower
            {
                // Nobility and courtesy titles only: "le président de Mistral AI" is no person.
                if NOBILITY.contains(&self.fold(p - 1)) {
                    votes.add(EntityKind::Person, CUE);
                }
            }
            if gap.trim().is_empty() || gap.trim() == "'" || gap.trim() == "\u{2019}" {
                if (reporting::is_reporting_key(self.lang, pk) || self.speech_before(start))
                    && !acronym
                {
                    votes.add(EntityKind::Person, SPEECH);
                }
                // "d'Europe" counts as "de"; "l'AFP" says nothing.
                let prep = if gap.trim().is_empty() || pk == "d" {
                    pk
                } else {
                    ""
                };
                // German capitalises the nouns after its prepositions ("in Folge"): no cue there.
                if names::is_place_preposition(prep)
                    && self.toks.at(p).shape() == Shape::Lower
                    && !self.noun_like(key)
                {
                    votes.add(EntityKind::Place, HINT);
                }
                if names::is_org_preposition(pk) {
                    votes.add(EntityKind::Organization, CUE - 1);
                }
            }
        }
    }

    /// Pass 3: mentions on lines in capitals ("RUGBY UNION - CUTTITTA BACK FOR ITALY"), found
    /// by looking up runs of up to four words among the text's names, then in the gazetteers.
    pub(super) fn caps_mentions(&self, groups: &mut Groups) {
        let mut i = 0;
        while i < self.toks.len() {
            let t = self.toks.at(i);
            if !t.caps_line() || !matches!(t.shape(), Shape::Caps | Shape::Title) {
                i += 1;
                continue;
            }
            let mut matched = 0;
            // An unknown name opening a dateline ("DES MOINES 1996-12-06").
            let dateline = (i..i + 3).find(|&last| {
                (i..last).all(|j| matches!(self.gap(j + 1), " " | "-"))
                    && self
                        .toks
                        .get(last)
                        .is_some_and(|t| t.shape() == Shape::Caps)
                    && self.opens_dateline(i, last)
            });
            for n in (1..=4).rev() {
                let last = i + n - 1;
                if last >= self.toks.len()
                    || (i..last).any(|j| {
                        !self.toks.at(j + 1).caps_line()
                            || !matches!(self.gap(j + 1), " " | "-" | ". ")
                            || self.toks.at(j + 1).shape() == Shape::Other
                    })
                {
                    continue;
                }
                let span = Span::new(t.span.start, self.toks.at(last).span.end);
                let key = self.key_of(span);
                if groups.add_known(&key, span) {
                    matched = n;
                    break;
                }
                match names::lookup(&key) {
                    Some(Class::City) if self.sports && !self.dateline(last) => {
                        groups.add_listed(key, span, EntityKind::Organization);
                        matched = n;
                        break;
                    }
                    Some(Class::Place | Class::City) => {
                        groups.add_listed(key, span, EntityKind::Place);
                        matched = n;
                        break;
                    }
                    Some(Class::Org) if n > 1 || key.chars().count() > 2 => {
                        groups.add_listed(key, span, EntityKind::Organization);
                        matched = n;
                        break;
                    }
                    _ => {}
                }
            }
            if let Some(last) = dateline.filter(|_| matched == 0) {
                let span = Span::new(t.span.start, self.toks.at(last).span.end);
                groups.add_listed(self.key_of(span), span, EntityKind::Place);
                matched = last + 1 - i;
            }
            i += matched.max(1);
        }
    }
}
