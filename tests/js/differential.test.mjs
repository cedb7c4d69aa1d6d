// Differential test: the native CLI and the wasm module are the same C++ core,
// so on the same input they must write the same JSON, byte for byte after
// parsing. A difference points at the platform: 32-bit size_t, libm
// (musl against glibc), char signedness, uninitialised memory.
//
// Inputs: the example article, the sentences of the doctest suite
// (tests/unit/*.cc string literals), and variants generated from both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, NewsmarkError } from '../../dist/newsmark.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// NEWSMARK_CLI points at another native build (e.g. build/bench-native/bin/newsmark).
const cli = process.env.NEWSMARK_CLI ?? here('../../build/bin/newsmark');
const article = readFileSync(here('../../examples/article.txt'), 'utf8');

// Decodes one C++ string literal body (escapes \n \t \" \\ \xNN) to UTF-8
// bytes; undefined when the bytes are not whole UTF-8 on their own.
function cString(body) {
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i]));
      continue;
    }
    const c = body[++i];
    if (c === 'x') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from({ n: '\n', t: '\t', r: '\r', 0: '\0' }[c] ?? c));
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

// The prose sentences of the doctest suite: literals with at least three words.
function doctestSentences() {
  const dir = here('../unit/');
  const out = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cc'))) {
    const source = readFileSync(dir + file, 'utf8');
    for (const [, body] of source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
      const text = cString(body);
      if (text && /\S+\s+\S+\s+\S+/.test(text) && !text.includes('\0')) out.add(text);
    }
  }
  return [...out];
}

// Variants that move offsets around and change the characters the core sees.
function variants(text) {
  const paragraphs = text.split(/\n\s*\n/);
  const cut = (n) => Array.from(text).slice(0, n).join('');
  return [
    text,
    `😀🇺🇦 中国新闻 ${text} 👍🏽`,
    text.replaceAll(' ', '\u00a0'),
    text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
    text.replace(/"([^"]*)"/g, '“$1”'),
    text.toUpperCase(),
    text.replaceAll('\n', ' '),
    text.replaceAll('\n', '\r\n'),
    [...paragraphs].reverse().join('\n\n'),
    paragraphs.join('\n\n' + paragraphs[0] + '\n\n'),
    text.replace(/\d/g, (d) => String((Number(d) + 3) % 10)),
    cut(Math.floor(Array.from(text).length / 3)),
    cut(Math.floor((Array.from(text).length * 2) / 3)),
    text.replaceAll('e', 'e\u0301'),
    text.replaceAll('-', '\u00ad'),
  ];
}

const inputs = [...new Set([...variants(article), ...doctestSentences().flatMap((s) => [s, `${s} ${s}`])])].filter(
  (t) => t.trim() !== '',
);

// Where two JSON values first differ, as "path: a ≠ b" (or null when equal):
// a short message instead of two whole results.
function firstDifference(a, b, path = '$') {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const d = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

// The native side: all inputs through one CLI process as JSON Lines.
function nativeResults() {
  const jsonl = inputs.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const run = spawnSync(cli, ['annotate', '-', '--jsonl', '--offsets', 'utf16'], {
    input: jsonl,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.ok(run.status === 0 || run.status === 1, `the CLI failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, inputs.length, 'one result line per input');
  return lines.map(({ id, ...result }) => ({ id, result }));
}

test('native CLI and wasm write the same JSON for every input', async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run scripts/build native`);
  assert.ok(inputs.length >= 30, `only ${inputs.length} inputs`);
  const nm = await load();
  assert.equal(nm.engine, 'wasm');
  let compared = 0;
  for (const { id, result: native } of nativeResults()) {
    const text = inputs[id];
    let wasm;
    try {
      wasm = nm.annotate(text);
    } catch (error) {
      assert.ok(error instanceof NewsmarkError, String(error));
      wasm = { error: { status: error.status } };
    }
    if (native.error) {
      assert.equal(wasm.error?.status, native.error.status, `input ${id}: ${JSON.stringify(text.slice(0, 80))}`);
    } else {
      const difference = firstDifference(wasm, native);
      assert.equal(difference, null, `input ${id} (${JSON.stringify(text.slice(0, 60))}…), wasm ≠ native at ${difference}`);
      compared++;
    }
  }
  assert.ok(compared >= 30, `only ${compared} inputs compared`);
});

test('the inputs exercise all three layers', async () => {
  const nm = await load();
  const totals = { actors: 0, figures: 0, attributions: 0 };
  for (const text of inputs.slice(0, 5)) {
    const r = nm.annotate(text);
    for (const key of Object.keys(totals)) totals[key] += r[key].length;
  }
  for (const [key, n] of Object.entries(totals)) assert.ok(n > 0, `no ${key} in the first variants of the article`);
});
