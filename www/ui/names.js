// The names panel: the entities by kind, most mentioned first; selecting one highlights its
// mentions in the article.
import { $, el } from './dom.js';
import { state } from './state.js';
import { t } from './i18n.js';
import { renderArticle } from './article.js';

// At most this many names of a kind are listed: a huge text can name thousands.
const SHOWN = 60;

export function renderEntities(r) {
  const kinds = [
    ['person', t('people')],
    ['organization', t('organizations')],
    ['place', t('places')],
    ['other', t('otherNames')],
  ];
  const groups = kinds
    .map(([kind, label]) => {
      const all = r.entities.map((e, i) => [e, i]).filter(([e]) => e.kind === kind);
      if (!all.length) return null;
      // The most mentioned first (the engine's order).
      const items = all.slice(0, SHOWN);
      return el(
        'div',
        { class: 'entity-group' },
        el('h3', { text: label }),
        el(
          'ul',
          { class: 'chips' },
          ...items.map(([e, i]) =>
            el(
              'li',
              {},
              el(
                'button',
                {
                  type: 'button',
                  class: `entity ${kind}`,
                  'data-e': String(i),
                  'aria-pressed': String(state.entity === i),
                  onclick: () => toggleEntity(i),
                },
                e.text,
                el('span', { class: 'count', text: ` ${e.count}` }),
              ),
            ),
          ),
        ),
        all.length > items.length ? el('p', { class: 'muted small', text: t('andMore', all.length - items.length) }) : '',
      );
    })
    .filter(Boolean);
  $('entities').replaceChildren(...(groups.length ? groups : [el('p', { class: 'muted', text: t('noNames') })]));
}

function toggleEntity(i) {
  state.entity = state.entity === i ? null : i;
  renderEntities(state.result);
  renderArticle(state.result);
  // The new button keeps the keyboard focus.
  $('entities').querySelector(`[data-e="${i}"]`).focus({ preventScroll: true });
  if (state.entity !== null) {
    const first = $('article').querySelector('mark.mention');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
