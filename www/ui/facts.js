// Key figures and who said what: each item links back to its sentence.
import { el } from './dom.js';
import { t } from './i18n.js';
import { ref } from './article.js';

// At most this many figures are listed.
const FIGURES = 10;

/** Fills `figures` and `quotes` (two elements) from the result `r`. */
export function renderFacts(r, figures, quotes) {
  const kinds = { number: t('figureNumber'), money: t('figureMoney'), percent: t('figurePercent'), date: t('figureDate') };
  // Figures of the summary first; when the summary has none, the article's first ones.
  const inSummary = r.figures.filter((f) => f.in_summary);
  const shown = (inSummary.length ? inSummary : r.figures).slice(0, FIGURES);
  figures.replaceChildren(
    ...(shown.length
      ? shown.map((f) =>
          el(
            'li',
            {},
            el('strong', { text: f.text }),
            el('span', { class: 'muted small', text: ` ${kinds[f.kind] || f.kind} · ` }),
            ref(f.sentence),
          ),
        )
      : [el('li', { class: 'muted', text: t('noFigures') })]),
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
                return el('li', {}, el('q', { text: q.text }), ' ', ref(q.sentence));
              }),
            ),
          ),
        )
      : [el('li', { class: 'muted', text: t('noQuotes') })]),
  );
}
