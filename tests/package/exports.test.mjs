// exportMarkdown and exportJson through the package: the same bytes as the Rust exports (the
// golden Markdown file, the CLI's `--format export`), reproducible from the options they echo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fixture, nutshell, root } from './helpers.mjs';

const run = promisify(execFile);

test('exportMarkdown gives the golden Markdown of the reference article', async () => {
  const ns = await nutshell();
  const md = ns.exportMarkdown(await fixture('nvidia-europe-fr.txt'), { sentences: 3 });
  assert.equal(md, await readFile(`${root}tests/golden/nvidia-europe-fr.3.md`, 'utf8'));
});

test('exportJson is byte-identical for the same text and options, and reproducible', async () => {
  const ns = await nutshell();
  const text = await fixture('nvidia-europe-fr.txt');
  const first = ns.exportJson(text, { words: 60, lang: 'fr', skipQuotes: true });
  assert.equal(ns.exportJson(text, { words: 60, lang: 'fr', skipQuotes: true }), first);
  assert.equal(ns.exportJson(text, { skipQuotes: true, language: 'FR-be', words: 60 }), first);
  assert.notEqual(ns.exportJson(text, { words: 60 }), first);
  const doc = JSON.parse(first);
  assert.equal(doc.format, 'nutshell-analysis');
  assert.equal(doc.formatVersion, 1);
  assert.equal(doc.engine, ns.version());
  assert.equal(doc.offsets, 'utf16');
  assert.deepEqual(doc.options, {
    sentences: null, ratio: null, words: 60, seconds: null, lang: 'fr', title: null, skipQuotes: true,
  });
  assert.equal(ns.exportJson(text, doc.options), first, 'the echoed options reproduce it');
  // The analysis inside is analyze()'s (scores aside: JavaScript widens the f32 scores).
  const a = ns.analyze(text, doc.options);
  assert.deepEqual(doc.summary, a.summary);
  assert.deepEqual(doc.entities, a.entities);
  assert.throws(() => ns.exportJson(text, { sentence: 3 }), /unknown option `sentence`/);
});

test('exportJson has the same bytes as the CLI\'s --format export (BMP text: same offsets)', async () => {
  const cli = `${root}target/release/nutshell`;
  assert.ok(existsSync(cli), 'build the CLI first: cargo build --release');
  const ns = await nutshell();
  const file = `${root}tests/fixtures/nvidia-europe-fr.txt`;
  const { stdout } = await run(cli, ['--format', 'export', '--sentences', '4', file]);
  const js = ns.exportJson(await readFile(file, 'utf8'), { sentences: 4 });
  assert.equal(stdout, `${js.replace('"offsets": "utf16"', '"offsets": "codepoints"')}\n`);
});
