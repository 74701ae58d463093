// The hand-written types: a consumer compiles against them (and a wrong one does not), and real
// results have exactly the fields they declare, so they cannot drift from src/report.rs silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture, interfaces, nutshell, pkg, root } from './helpers.mjs';

const run = promisify(execFile);
const tsc = `${root}node_modules/.bin/tsc`;

test('a TypeScript consumer using every field compiles with tsc --noEmit', async () => {
  await run(tsc, ['-p', `${root}tests/package/tsconfig.json`], { cwd: root }).catch((e) => {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  });
});

test('a consumer that gets a field type wrong does not compile', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'nutshell-tsc-'));
  try {
    const wrong = [
      `import { analyze } from ${JSON.stringify(`${pkg}nutshell.js`)};`,
      "export const n: number = analyze('x').title;",
      "export const k: 'body' = analyze('x').sentences[0].kind;",
      "export const c: string = analyze('x').entities[0].count;",
    ].join('\n');
    await writeFile(`${dir}/wrong.ts`, wrong);
    const config = JSON.parse(await readFile(`${root}tests/package/tsconfig.json`, 'utf8'));
    await writeFile(`${dir}/tsconfig.json`, JSON.stringify({ ...config, files: ['wrong.ts'] }));
    const result = await run(tsc, ['-p', `${dir}/tsconfig.json`]).then(
      () => null,
      (e) => `${e.stdout}${e.stderr}`,
    );
    assert.ok(result, 'tsc should have refused the wrong consumer');
    for (const line of [2, 3, 4]) assert.match(result, new RegExp(`wrong\\.ts\\(${line},`), result);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** The object's own keys, sorted. */
const keys = (o) => Object.keys(o).sort();

/** Checks `value` against interface `name`: every required key, optional ones only if present. */
function conforms(types, name, value, where) {
  const t = types.get(name);
  assert.ok(t, `interface ${name}`);
  const allowed = new Set([...t.required, ...t.optional]);
  const extra = keys(value).filter((k) => !allowed.has(k));
  const missing = [...t.required].filter((k) => !(k in value)).sort();
  assert.deepEqual({ extra, missing }, { extra: [], missing: [] }, `${where} vs ${name}`);
}

test('real results have exactly the fields the .d.ts declares', async () => {
  const types = interfaces(await readFile(`${pkg}nutshell.d.ts`, 'utf8'));
  const ns = await nutshell();
  const text = await fixture('nvidia-europe-fr.txt');
  const a = ns.analyze(text, { sentences: 3 });
  const page = ns.analyzeHtml(await fixture('news-fr.html'), 'https://example.org/a', {});
  const exported = JSON.parse(ns.exportJson(text, { sentences: 3 }));

  // The top level, exactly: `article` is declared optional and only analyzeHtml gives it.
  const analysis = types.get('Analysis');
  assert.deepEqual(keys(a), [...analysis.required].sort());
  const alone = ns.summarize(text, { sentences: 3 });
  assert.deepEqual(keys(alone), keys(a), 'summarize() gives an Analysis too');
  assert.deepEqual(alone.summary, a.summary);
  assert.deepEqual([alone.entities, alone.keyphrases, alone.quotes, alone.speakers, alone.figures], [[], [], [], [], []]);
  assert.deepEqual(keys(page), [...analysis.required, ...analysis.optional].sort());
  assert.deepEqual(keys(exported), [...types.get('AnalysisExport').required].sort());
  conforms(types, 'PageAnalysis', page, 'analyzeHtml()');
  conforms(types, 'Article', page.article, 'article');
  conforms(types, 'CanonicalOptions', exported.options, 'exportJson().options');

  for (const r of [a, page]) {
    // Every element of every list, so that an optional Rust field cannot hide.
    assert.ok(r.sentences.length && r.entities.length && r.keyphrases.length, 'a rich result');
    for (const s of r.sentences) {
      conforms(types, 'Sentence', s, 'sentence');
      conforms(types, 'ScoreParts', s.parts, 'parts');
    }
    for (const e of r.entities) {
      conforms(types, 'Entity', e, 'entity');
      for (const m of e.mentions) conforms(types, 'Mention', m, 'mention');
    }
    for (const k of r.keyphrases) conforms(types, 'Keyphrase', k, 'keyphrase');
    for (const q of r.quotes) conforms(types, 'Quote', q, 'quote');
    for (const s of r.speakers) conforms(types, 'Speaker', s, 'speaker');
    for (const f of r.figures) conforms(types, 'Figure', f, 'figure');
  }
  assert.ok(a.quotes.length && a.speakers.length && a.figures.length, 'the article has them all');
});

test('literal unions in the .d.ts cover the values results carry', async () => {
  const dts = await readFile(`${pkg}nutshell.d.ts`, 'utf8');
  const union = (name) => {
    const m = new RegExp(`^export type ${name} =([^;]*);`, 'm').exec(dts);
    assert.ok(m, `type ${name}`);
    return new Set([...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]));
  };
  const ns = await nutshell();
  const a = ns.analyze(await fixture('nvidia-europe-fr.txt'));
  const check = (name, values) => {
    const allowed = union(name);
    for (const v of values) assert.ok(allowed.has(v), `${name} lacks ${JSON.stringify(v)}`);
  };
  check('Language', [a.language, ns.analyze('').language]);
  check('SentenceKind', a.sentences.map((s) => s.kind));
  check('EntityKind', [...a.entities, ...a.speakers].map((e) => e.kind));
  check('FigureKind', a.figures.map((f) => f.kind));
  // Every language the engine accepts as an option is in the union, and nothing else is.
  for (const code of union('Language')) {
    assert.equal(ns.analyze('Bonjour.', { lang: code }).language, code);
  }
  let message = '';
  assert.throws(() => ns.analyze('x', { lang: 'xx' }), (e) => ((message = e.message), true));
  const listed = /unknown language `xx`: use one of ([a-z, ]+) or/.exec(message)?.[1].split(', ');
  assert.ok(listed, message);
  assert.deepEqual([...union('Language')].sort(), listed.sort());
});
