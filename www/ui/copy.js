// Copy the summary: as plain text (one sentence a line), or as Markdown.
import { $, el } from './dom.js';
import { state } from './state.js';
import { t } from './i18n.js';

export function summaryText() {
  const r = state.result;
  return r.summary.map((i) => r.sentences[i].text.replace(/\s+/g, ' ').trim()).join('\n');
}

export function summaryMarkdown() {
  const r = state.result;
  const esc = (s) => s.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>])/g, '\\$1');
  const lines = [];
  const title = state.title || r.title;
  if (title) lines.push(`**${esc(title)}**`, '');
  for (const i of r.summary) lines.push(`- ${esc(r.sentences[i].text)} [§${i + 1}]`);
  const from = state.url ? `, ${esc(state.url)}` : '';
  lines.push('', t('markdownFooter', from));
  return lines.join('\n');
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
