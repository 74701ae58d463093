// Uses the npm package as a browser user would: `init()` fetches nutshell_bg.wasm next to
// nutshell.js; then each click analyses the textarea and lists the summary.
import init, { analyze, version } from '../pkg/nutshell.js';

const $ = (id) => document.getElementById(id);

await init();
$('status').textContent = `Ready (nutshell ${version()}).`;
$('go').disabled = false;
document.body.dataset.ready = 'true';

$('go').addEventListener('click', () => {
  const text = $('text').value;
  try {
    const a = analyze(text, { sentences: 3 });
    $('summary').replaceChildren(
      ...a.summary.map((i) => {
        const li = document.createElement('li');
        li.textContent = a.sentences[i].text;
        return li;
      }),
    );
    $('status').textContent = `${a.summary.length} of ${a.sentences.length} sentences, language ${a.language}.`;
  } catch (e) {
    $('status').textContent = `Error: ${e.message}`;
  }
});
