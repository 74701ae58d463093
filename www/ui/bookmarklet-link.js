// The bookmarklet link in the footer: our own bookmarklet.js, with this page's origin baked in,
// as a javascript: address to drag to the bookmarks bar.
import { $ } from './dom.js';
import { t } from './i18n.js';
import { notice } from './handoff.js';

export async function makeBookmarklet() {
  const link = $('bookmarklet');
  try {
    const res = await fetch('bookmarklet.js');
    if (!res.ok) throw new Error(res.statusText);
    const source = await res.text();
    const code = source
      .split('\n')
      .filter((line) => !/^\s*\/\//.test(line))
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
      .replace('__NUTSHELL_ORIGIN__', JSON.stringify(location.origin).slice(1, -1));
    // Only what a URL would change is escaped: % (decoded when run), # (a fragment), line breaks
    // (dropped). The rest stays readable in the bookmark.
    link.href = `javascript:${code.replace(/%/g, '%25').replace(/#/g, '%23').replace(/\n/g, '%0A')}`;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      notice(t('bookmarkletDrag'));
    });
  } catch {
    link.removeAttribute('href');
    link.textContent = t('bookmarkletUnavailable');
  }
}
