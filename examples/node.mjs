// Uses the npm package exactly as a Node user would: load the module, hand `init` the .wasm bytes
// (Node's fetch cannot read file: URLs) and the entity model of the text's language (the module
// has none built in), then analyse a text and print its summary.
//   scripts/build-npm.sh && node examples/node.mjs [FILE]
// Without FILE it reads the reference article, tests/fixtures/nvidia-europe-fr.txt.
import { readFile } from 'node:fs/promises';
import init, { analyze, detectLanguage, loadEntityModel, version } from '../pkg/nutshell.js';

const wasm = await readFile(new URL('../pkg/nutshell_bg.wasm', import.meta.url));
await init({ module_or_path: wasm });

const file = process.argv[2] ?? new URL('../tests/fixtures/nvidia-europe-fr.txt', import.meta.url);
const text = await readFile(file, 'utf8');
const lang = detectLanguage(text);
if (lang !== 'und') loadEntityModel(lang, await readFile(new URL(`../pkg/models/entities-${lang}.bin`, import.meta.url)));
const a = analyze(text, { sentences: 3 });

console.log(`# ${a.title ?? '(untitled)'}  [nutshell ${version()}, ${a.language}]`);
for (const i of a.summary) console.log(`- ${a.sentences[i].text}`);
const people = a.entities.filter((e) => e.kind === 'person').map((e) => `${e.text} (${e.count})`);
console.log(`People: ${people.join(', ') || 'none'}`);
