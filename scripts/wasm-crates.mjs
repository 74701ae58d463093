#!/usr/bin/env node
// The WebAssembly module's size by crate, without installing anything (no twiggy): the module of
// scripts/build-wasm.sh still has its name section, whose function names wasm-bindgen has
// demangled ("nutshell::entity::entities::h…", "<alloc::vec::Vec<T> as …>::extend"); each
// function's code is counted under the crate its name starts with. The shipped module is the same
// bytes without that section (scripts/build.mjs).
//   node scripts/wasm-crates.mjs [--gzip BYTES] [module.wasm]   (default: target/wasm-pack/nutshell_bg.wasm;
//                                                                BYTES: the shipped module's gzip size)
//
// How to read it: generic code is counted under the crate that defines it (a Vec<Sentence>
// method is alloc's, a drop_in_place of our types is core's); functions the linker merged keep
// one name; the precompiled standard library's crates (names with a [hash]: core, alloc, std,
// dlmalloc, hashbrown…) count with the same crates compiled here. The data section (string tables, gazetteers, stopwords: the
// constants of every crate) has no names and is a line of its own, as are the module's other
// sections. "gzip" shares out the module's gzip size (-9, without the name section) in
// proportion to each part compressed alone, so the column adds up to the shipped figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { WASM } from './layout.mjs';
import { withoutNames } from './build.mjs';

const args = process.argv.slice(2);
const gzipAt = args.indexOf('--gzip');
// The module's gzip size as the caller measured it (scripts/size-check.sh: `gzip -9`), else zlib's.
const givenGzip = gzipAt >= 0 ? Number(args.splice(gzipAt, 2)[1]) : null;
const file = args[0] || path.join(WASM, 'nutshell_bg.wasm');
const wasm = readFileSync(file);

/** The module's sections, and from them: code bodies, the number of imported functions, names. */
function read(b) {
  let at = 8;
  const leb = () => {
    let v = 0;
    let s = 0;
    let x;
    do {
      x = b[at++];
      v += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return v;
  };
  const skipName = () => {
    const n = leb();
    at += n;
  };
  const out = { sections: [], bodies: [], importedFunctions: 0, names: new Map(), exports: new Set() };
  while (at < b.length) {
    const id = b[at++];
    const size = leb();
    const end = at + size;
    let custom = null;
    if (id === 2) {
      // Imports: only functions take function indices (kind 0).
      for (let n = leb(); n > 0; n--) {
        skipName();
        skipName();
        const kind = b[at++];
        if (kind === 0) {
          leb();
          out.importedFunctions++;
        } else if (kind === 1) {
          at++;
          if (b[at++] & 1) leb();
          leb();
        } else if (kind === 2) {
          if (b[at++] & 1) leb();
          leb();
        } else if (kind === 3) at += 2;
        else throw new Error(`${file}: import of kind ${kind}`);
      }
    } else if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        out.exports.add(b.subarray(at, at + len).toString());
        at += len + 1;
        leb();
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const s = leb();
        out.bodies.push(b.subarray(at, at + s));
        at += s;
      }
    } else if (id === 0) {
      const n = leb();
      custom = b.subarray(at, at + n).toString();
      at += n;
      if (custom === 'name') {
        while (at < end) {
          const sub = b[at++];
          const subEnd = leb() + at;
          if (sub === 1) {
            for (let k = leb(); k > 0; k--) {
              const index = leb();
              const len = leb();
              out.names.set(index, b.subarray(at, at + len).toString());
              at += len;
            }
          }
          at = subEnd;
        }
      }
    }
    out.sections.push({ id, custom, bytes: b.subarray(end - size, end), size: end - (end - size) });
    at = end;
  }
  return out;
}

/** The crate a demangled name belongs to, or a label for generated and primitive code.
 * `exports`: the module's export names (wasm-bindgen names each exported function after it). */
export function crateOf(name, exports) {
  if (!name) return '(no name)';
  if (/ shim\b|->|^__wbindgen|^__wbg|^__externref/.test(name)) return 'wasm-bindgen (generated shims)';
  if (exports.has(name)) return 'nutshell';
  // "<alloc::vec::Vec<T> as core::…>::f", "<&T as …>", "<[u8] as …>": the implementing type's
  // crate, else the trait's.
  const path = (s) => s.replace(/^(?:<|&|mut |\*const |\*mut |dyn |\[|\()+/, '').match(/^([A-Za-z_][\w]*)(\[[0-9a-f]+\])?::/);
  const m = path(name) || (name.includes(' as ') ? path(name.slice(name.indexOf(' as ') + 4)) : null);
  // What is left is C-like: memcmp, libm's roundf, powf…, __multi3.
  if (!m) return 'compiler_builtins';
  // std's allocator and panic entry points (__rustc::__rust_alloc…).
  return m[1] === '__rustc' ? 'std' : m[1];
}

const module = read(wasm);
const shipped = withoutNames(wasm);
const total = { raw: shipped.length, gzip: givenGzip || gzipSync(shipped, { level: 9 }).length };
const crates = new Map();
module.bodies.forEach((body, i) => {
  const crate = crateOf(module.names.get(module.importedFunctions + i), module.exports);
  const c = crates.get(crate) || { functions: 0, raw: 0, parts: [] };
  c.functions++;
  c.raw += body.length;
  c.parts.push(body);
  crates.set(crate, c);
});
if (module.names.size === 0) {
  console.error(`wasm-crates: ${file} has no name section (the shipped copy drops it; use the one of scripts/build-wasm.sh)`);
  process.exit(1);
}
const code = module.sections.find((s) => s.id === 10);
const data = module.sections.filter((s) => s.id === 11);
const rows = [...crates].map(([crate, c]) => ({ what: crate, functions: c.functions, raw: c.raw, alone: Buffer.concat(c.parts) }));
rows.sort((a, b) => b.raw - a.raw || a.what.localeCompare(b.what));
const codeRaw = rows.reduce((n, r) => n + r.raw, 0);
const dataBytes = Buffer.concat(data.map((s) => s.bytes));
rows.push({ what: 'data (every crate’s constants: tables, word lists, strings)', functions: '', raw: dataBytes.length, alone: dataBytes });
const restRaw = total.raw - codeRaw - dataBytes.length;
const rest = Buffer.concat(module.sections.filter((s) => s.id !== 10 && s.id !== 11 && s.custom !== 'name').map((s) => s.bytes));
rows.push({ what: 'the rest (types, imports, exports, tables; code section headers)', functions: '', raw: restRaw, alone: rest });
const alone = rows.map((r) => gzipSync(r.alone, { level: 9 }).length);
const sumAlone = alone.reduce((a, b) => a + b, 0);

const pad = (s, n) => String(s).padStart(n);
console.log(`wasm module by crate (${path.basename(file)}, ${module.bodies.length} functions; code section ${code.size} bytes)`);
console.log(`${'crate'.padEnd(64)} ${pad('functions', 9)} ${pad('raw', 8)} ${pad('share', 6)} ${pad('gzip', 7)}`);
rows.forEach((r, i) => {
  const gz = Math.round((alone[i] / sumAlone) * total.gzip);
  console.log(`${r.what.padEnd(64)} ${pad(r.functions, 9)} ${pad(r.raw, 8)} ${pad(((r.raw / total.raw) * 100).toFixed(1), 5)}% ${pad(gz, 7)}`);
});
console.log(`${'TOTAL (as shipped, without the name section)'.padEnd(64)} ${pad(module.bodies.length, 9)} ${pad(total.raw, 8)} ${pad('100.0', 5)}% ${pad(total.gzip, 7)}`);
