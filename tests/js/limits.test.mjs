// Limits through the JS API: the 16 MiB input limit (counted in UTF-8 bytes,
// not UTF-16 units) is a clear NewsmarkError, and pathological inputs finish
// with valid spans. Sizes stay moderate: the time bound is the suite's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, NewsmarkError } from '../../dist/newsmark.js';
import { allSpans } from './spans.mjs';

const MAX_INPUT_BYTES = 16 * 1024 * 1024; // kMaxInputBytes in annotate.h
const nm = await load();


function assertValid(text) {
  const r = nm.annotate(text);
  assert.equal(r.error, null);
  for (const s of allSpans(r)) {
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}..${s.end}`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  return r;
}

const isTooLarge = (e) => e instanceof NewsmarkError && e.status === 'input_too_large' && /16777216/.test(e.message);

test('an input one byte over 16 MiB throws input_too_large naming the limit', () => {
  assert.throws(() => nm.annotate('a'.repeat(MAX_INPUT_BYTES + 1)), isTooLarge);
});

test('the limit counts UTF-8 bytes: 6 million "€" (18 MB) is over it, though only 6 million units long', () => {
  assert.throws(() => nm.annotate('€'.repeat(6_000_000)), isTooLarge);
});

test('after a refused input the module still annotates', () => {
  assert.throws(() => nm.annotate('b'.repeat(MAX_INPUT_BYTES + 10)), isTooLarge);
  assertValid('The minister said on Monday that 40 ships had left, according to Reuters.');
});

test('pathological inputs finish with valid spans', () => {
  const inputs = {
    'quote marks': '“'.repeat(50_000) + '"'.repeat(50_000),
    'one long line': 'the minister said that officials '.repeat(1000),
    'capitalised words': Array.from({ length: 10_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}x`).join(' '),
    digits: '7'.repeat(256 << 10),
    'one character': 'a'.repeat(256 << 10),
    emoji: '😀'.repeat(50_000),
    'nested brackets': '('.repeat(100_000) + 'Maria Alvarez said 40' + ')'.repeat(100_000),
    'short sentences': 'He said. '.repeat(25_000),
  };
  for (const [name, text] of Object.entries(inputs)) {
    try {
      assertValid(text);
    } catch (error) {
      error.message = `${name}: ${error.message}`;
      throw error;
    }
  }
});

test('surrogate pairs split by the 16 MiB boundary do not matter: offsets stay UTF-16 indices', () => {
  const text = `${'😀 '.repeat(1000)}President Maria Alvarez said 40 people died.`;
  assertValid(text);
});
