// What makes the wasm big: sections, data segments and the largest functions,
// grouped by the part of the program they come from.
//
//   node bench/wasm-size.mjs FILE.wasm [--top N]
//
// Function names need a module linked with --profiling-funcs (scripts/bench
// links one into build/bench-size/); a stripped module still gets the section
// table. Each group shows raw bytes and the gzip size of its bytes alone, which
// tells apart code that compresses well from tables that do not.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];

class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }
  u8() {
    return this.bytes[this.pos++];
  }
  leb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.u8();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  }
  name() {
    const n = this.leb();
    const s = new TextDecoder().decode(this.bytes.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
}

/** Sections, function bodies (with names when present) and data segments. */
export function parseWasm(bytes) {
  const r = new Reader(bytes, 8);
  const sections = [];
  const bodies = [];
  const data = [];
  const names = new Map();
  let importedFunctions = 0;
  while (r.pos < bytes.length) {
    const id = r.u8();
    const size = r.leb();
    const start = r.pos;
    const end = start + size;
    let label = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) {
      const custom = new Reader(bytes, start);
      const customName = custom.name();
      label = `custom "${customName}"`;
      if (customName === 'name') readNames(custom, end, names);
    } else if (id === 2) {
      const imports = new Reader(bytes, start);
      for (let n = imports.leb(); n > 0; n--) {
        imports.name();
        imports.name();
        const kind = imports.u8();
        if (kind === 0) {
          imports.leb();
          importedFunctions++;
        } else if (kind === 1) {
          imports.u8();
          skipLimits(imports);
        } else if (kind === 2) {
          skipLimits(imports);
        } else {
          imports.u8();
          imports.u8();
        }
      }
    } else if (id === 10) {
      const code = new Reader(bytes, start);
      const n = code.leb();
      for (let i = 0; i < n; i++) {
        const len = code.leb();
        bodies.push({ index: importedFunctions + i, start: code.pos, size: len });
        code.pos += len;
      }
    } else if (id === 11) {
      const seg = new Reader(bytes, start);
      const n = seg.leb();
      for (let i = 0; i < n; i++) {
        const flags = seg.leb();
        if (flags === 0 || flags === 2) {
          if (flags === 2) seg.leb();
          // Constant offset expression: i32.const N end.
          seg.u8();
          const offset = seg.leb();
          seg.u8();
          const len = seg.leb();
          data.push({ offset, start: seg.pos, size: len });
          seg.pos += len;
        } else {
          const len = seg.leb();
          data.push({ offset: null, start: seg.pos, size: len });
          seg.pos += len;
        }
      }
    }
    sections.push({ id, label, size: end - start + 1 + lebLength(size) });
    r.pos = end;
  }
  for (const b of bodies) b.name = names.get(b.index) ?? `function[${b.index}]`;
  return { sections, bodies, data };
}

function skipLimits(r) {
  const flags = r.u8();
  r.leb();
  if (flags & 1) r.leb();
}

function lebLength(n) {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function readNames(r, end, names) {
  while (r.pos < end) {
    const kind = r.u8();
    const size = r.leb();
    const next = r.pos + size;
    if (kind === 1) {
      for (let n = r.leb(); n > 0; n--) {
        const index = r.leb();
        names.set(index, r.name());
      }
    }
    r.pos = next;
  }
}

// Which part of the program a (mangled or demangled) function name belongs to.
// Order matters: the first matching rule wins.
const GROUPS = [
  ['re2 (regex engine)', /re2|RE2|Regexp|Prog|DFA|NFA|OnePass|BitState|Compiler|Rune|unicode_|CharClass|utf8|StringPiece|absl/],
  ['nlohmann::json', /nlohmann|json/],
  ['iostreams / locale', /basic_(i|o)?stream|streambuf|ios_base|locale|ctype|num_put|num_get|money|time_put|time_get|codecvt|collate|messages/],
  ['libc / libc++ runtime', /^(std::|__|_ZNSt|_ZNKSt|_ZSt|_ZN?K?St)|malloc|free|memcpy|memmove|memset|strlen|printf|dlmalloc|sbrk|emscripten|stack|abort|operator new|operator delete|strto|vfprintf|fmt_/],
  ['newsmark: tagger', /tagger|Tagger/],
  ['newsmark: gazetteer', /gazetteer|Gazetteer/],
  ['newsmark: figures', /figure|Figure/],
  ['newsmark: attributions', /attribution|Attribution|cue|Cue|quote|Quote/],
  ['newsmark: actors', /actor|Actor|names?_|Name/],
  ['newsmark: article extraction', /article|Article|block|Block|headline/],
  ['newsmark: other', /newsmark|nm_/],
];

function groupOf(name) {
  for (const [group, pattern] of GROUPS) if (pattern.test(name)) return group;
  return 'other / unnamed';
}

function gz(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function kib(n) {
  return (n / 1024).toFixed(1).padStart(8);
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: node bench/wasm-size.mjs FILE.wasm [--top N]');
    process.exit(2);
  }
  const top = Number(args[args.indexOf('--top') + 1]) || 25;
  const bytes = readFileSync(file);
  const { sections, bodies, data } = parseWasm(bytes);
  console.log(`${file}: ${kib(bytes.length)} KiB raw, ${kib(gz(bytes))} KiB gzip-9\n`);
  console.log('section                        raw KiB');
  for (const s of sections) console.log(`${s.label.padEnd(28)} ${kib(s.size)}`);

  const byGroup = new Map();
  for (const b of bodies) {
    const g = groupOf(b.name);
    const entry = byGroup.get(g) ?? { size: 0, chunks: [] };
    entry.size += b.size;
    entry.chunks.push(bytes.subarray(b.start, b.start + b.size));
    byGroup.set(g, entry);
  }
  const dataBytes = data.reduce((n, d) => n + d.size, 0);
  const dataChunks = data.map((d) => bytes.subarray(d.start, d.start + d.size));
  const rows = [...byGroup.entries()].map(([g, e]) => [`code: ${g}`, e.size, gz(Buffer.concat(e.chunks))]);
  rows.push(['data segments (static tables, strings)', dataBytes, gz(Buffer.concat(dataChunks))]);
  rows.sort((a, b) => b[1] - a[1]);
  console.log('\npart                                           raw KiB  gzip KiB (alone)');
  for (const [label, raw, gzip] of rows) console.log(`${label.padEnd(44)} ${kib(raw)} ${kib(gzip)}`);

  console.log(`\nlargest ${top} functions                                                        raw KiB`);
  for (const b of [...bodies].sort((a, c) => c.size - a.size).slice(0, top)) {
    console.log(`${b.name.slice(0, 76).padEnd(78)} ${kib(b.size)}`);
  }
  console.log(`\nlargest data segments (offset, KiB, first bytes as text)`);
  for (const d of [...data].sort((a, c) => c.size - a.size).slice(0, 8)) {
    const preview = new TextDecoder().decode(bytes.subarray(d.start, d.start + 60)).replace(/[^\x20-\x7e]/g, '.');
    console.log(`${String(d.offset).padStart(9)} ${kib(d.size)}  ${preview}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
