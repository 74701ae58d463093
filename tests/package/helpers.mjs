// Shared by the package tests: paths, and the built package loaded in Node as a user would.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const pkg = `${root}pkg/`;
export const fixture = (name) => readFile(`${root}tests/fixtures/${name}`, 'utf8');

if (!existsSync(`${pkg}nutshell.js`)) {
  throw new Error('pkg/ is not built: run scripts/build-npm.sh (or scripts/test-package.sh)');
}

let loaded;
/** The package's module, initialised with the .wasm bytes and every language's entity model
 * (the package's models/; the CLI has them all built in, and the tests compare with it). */
export async function nutshell() {
  if (!loaded) {
    loaded = (async () => {
      const mod = await import(`${pkg}nutshell.js`);
      await mod.default({ module_or_path: await readFile(`${pkg}nutshell_bg.wasm`) });
      for (const f of await readdir(`${pkg}models`)) {
        mod.loadEntityModel(f.match(/^entities-(\w+)\.bin$/)[1], await readFile(`${pkg}models/${f}`));
      }
      return mod;
    })();
  }
  return loaded;
}

/**
 * The interfaces of a .d.ts, minimally parsed: `export interface Name [extends Base] { ... }`
 * with one `field[?]: type;` per line. Returns Map(name -> {required: Set, optional: Set}),
 * inherited fields included.
 */
export function interfaces(dts) {
  const raw = new Map();
  const re = /^export interface (\w+)(?: extends (\w+))? \{\n([\s\S]*?)^\}/gm;
  for (const [, name, base, body] of dts.matchAll(re)) {
    const required = new Set();
    const optional = new Set();
    for (const line of body.split('\n')) {
      const m = /^ {2}(?:readonly )?(\w+)(\?)?:/.exec(line);
      if (m) (m[2] ? optional : required).add(m[1]);
    }
    raw.set(name, { base, required, optional });
  }
  const resolve = (name) => {
    const i = raw.get(name);
    if (!i) throw new Error(`no interface ${name} in the .d.ts`);
    if (!i.base) return i;
    const b = resolve(i.base);
    const required = new Set([...b.required, ...i.required]);
    const optional = new Set([...b.optional, ...i.optional].filter((k) => !required.has(k)));
    return { required, optional };
  };
  return new Map([...raw.keys()].map((n) => [n, resolve(n)]));
}
