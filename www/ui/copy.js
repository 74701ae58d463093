// Copy the summary: as plain text (one sentence a line), or as the engine's Markdown export.
import { markdown, Superseded } from '../engine.js';
import { $, el } from './dom.js';
import { state, options } from './state.js';
import { t } from './i18n.js';

export function summaryText() {
  const r = state.result;
  return r.summary.map((i) => r.sentences[i].text.replace(/\s+/g, ' ').trim()).join('\n');
}

/** The engine's Markdown of the text with the current settings (the summary with [§n]
 * references, the names, the figures, who said what), copied. */
export async function copyMarkdown() {
  let md;
  try {
    md = await markdown(state.text, options());
  } catch (e) {
    if (!(e instanceof Superseded)) $('copied').textContent = t('markdownFailed', e.message);
    return;
  }
  await copy(md, t('copiedMarkdown'));
}

/** Puts `text` on the clipboard, then says `message` in the status line under the summary. */
export async function copy(text, message) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el('textarea', { class: 'visually-hidden' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  $('copied').textContent = message;
}
