// Key figures and "who said what": two lists built from the analysis, as text nodes only.
// Each item links back to its sentence (jumpTo is the page's own navigation).
import { t } from './i18n.js';

const FIGURE_KINDS = () => t({ number: 'count', money: 'amount', percent: 'share', date: 'date' }, { number: 'nombre', money: 'montant', percent: 'part', date: 'date' });

/** Fills `figures` and `quotes` (two elements) from the result `r`. */
export function renderFacts(r, { el, jumpTo, figures, quotes }) {
  // Figures of the summary first; when the summary has none, the article's first ones.
  const inSummary = r.figures.filter((f) => f.in_summary);
  const shown = (inSummary.length ? inSummary : r.figures).slice(0, 10);
  figures.replaceChildren(
    ...(shown.length
      ? shown.map((f) =>
          el(
            'li',
            {},
            el('strong', { text: f.text }),
            el('span', { class: 'muted small', text: ` ${FIGURE_KINDS()[f.kind] || f.kind} · ` }),
            ref(el, jumpTo, f.sentence),
          ),
        )
      : [el('li', { class: 'muted', text: t('None found.', 'Aucun.') })]),
  );

  quotes.replaceChildren(
    ...(r.speakers.length
      ? r.speakers.map((sp) =>
          el(
            'li',
            {},
            el('strong', { text: sp.name }),
            el(
              'ul',
              {},
              ...sp.quotes.map((qi) => {
                const q = r.quotes[qi];
                return el('li', {}, el('q', { text: q.text }), ' ', ref(el, jumpTo, q.sentence));
              }),
            ),
          ),
        )
      : [el('li', { class: 'muted', text: t('No attributed quotations.', 'Aucune citation attribuée.') })]),
  );
}

export function ref(el, jumpTo, i) {
  return el(
    'a',
    {
      href: `#s${i + 1}`,
      class: 'ref',
      title: t(`Sentence ${i + 1} of the article`, `Phrase ${i + 1} de l’article`),
      onclick: (e) => {
        e.preventDefault();
        jumpTo(i);
      },
    },
    `§${i + 1}`,
  );
}
