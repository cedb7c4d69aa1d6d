// The built module in Node: the contract, the offset invariant, errors as
// NewsmarkError, the JS engine agreeing with wasm, and a flat memory profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { load, loadCore, NewsmarkError } from '../../dist/newsmark.js';
import { allSpans } from './spans.mjs';

const article = await readFile(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const nm = await load();


test('load() runs the wasm engine in Node', () => {
  assert.equal(nm.engine, 'wasm');
});

test('annotate() returns contract v1 with UTF-16 offsets', () => {
  const r = nm.annotate(article);
  assert.equal(r.version, 1);
  assert.equal(r.offsets, 'utf16');
  assert.equal(r.error, null);
  assert.ok(allSpans(r).length > 0, 'the example article yields spans');
});

test('span texts equal text.slice(start, end) with emoji, CJK, combining marks, NBSP and soft hyphens', () => {
  const prefix = '😀🇺🇦 中国新闻 Jose\u0301 e\u0301\u00a0soft\u00adhyphen “quoted” — ';
  const text = prefix + article.replaceAll(' the ', ' the\u00a0') + ' 👍🏽';
  const r = nm.annotate(text);
  const spans = allSpans(r);
  assert.ok(spans.length > 0);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test('bad input throws NewsmarkError with a status', () => {
  assert.throws(() => nm.annotate('   '), (e) => e instanceof NewsmarkError && e.status === 'empty_input');
  assert.throws(() => nm.annotate(42), (e) => e instanceof NewsmarkError);
});

test('lone surrogates do not break offsets (they become U+FFFD, one unit each)', () => {
  const text = `\ud800 ${article}`;
  for (const s of allSpans(nm.annotate(text))) assert.equal(text.slice(s.start, s.end), s.text);
});

test('the JavaScript engine (no wasm) gives the same JSON as the wasm engine', async () => {
  const js = await load({ engine: 'js' });
  assert.equal(js.engine, 'js');
  assert.deepEqual(js.annotate(article), nm.annotate(article));
});

test('wasm memory after 1,000 articles is no larger than after 10', async () => {
  const core = await loadCore();
  let after10 = 0;
  for (let i = 1; i <= 1000; i++) {
    core.annotate(article);
    if (i === 10) after10 = core.memoryBytes();
  }
  assert.ok(after10 > 0);
  assert.equal(core.memoryBytes(), after10);
});

test('findArticle() gives the same choice for the block tree as an object, as JSON and packed, separators in text included', async () => {
  const { packBlockTree } = await import('../../web/block-tree.js');
  const core = await loadCore();
  const story = 'The ferry to Lund will run at night from April, the port said, after a record summer.';
  const tree = {
    version: 1,
    title: 'Night ferries for Lund\u001e|\u001f Harbour News',
    blocks: [
      { tag: 'body', parent: -1 },
      { tag: 'nav', parent: 0, text: 'Home World Sport', links: 16 },
      { tag: 'article', parent: 0, class: 'story' },
      { tag: 'h1', parent: 2, text: 'Night ferries for Lund' },
      ...[1, 2, 3, 4].map((n) => ({ tag: 'p', parent: 2, text: `${story} Part ${n},\u001e with more.` })),
    ],
  };
  const packed = packBlockTree(tree);
  assert.ok(packed.startsWith('nmb1\u001f'));
  assert.equal(packed.split('\u001e').length, 1 + tree.blocks.length, 'separators inside fields are written as spaces');
  const fromPacked = core.findArticle(packed);
  assert.deepEqual(fromPacked, core.findArticle(JSON.stringify(tree)));
  assert.deepEqual(fromPacked, core.findArticle(tree));
  assert.deepEqual([fromPacked.container, fromPacked.headline, fromPacked.body], [2, 3, [4, 5, 6, 7]]);
  assert.throws(() => core.findArticle('nmb1\u001fTitle\u001ep'), (e) => e instanceof NewsmarkError && /8 fields/.test(e.message));
  assert.throws(() => core.findArticle('{not json'), (e) => e instanceof NewsmarkError && /not valid JSON/.test(e.message));
  assert.throws(() => core.findArticle({}), (e) => e instanceof NewsmarkError && /"blocks" array/.test(e.message));
  assert.throws(() => core.findArticle({ blocks: [{ tag: 'p', parent: 0 }] }), (e) => e instanceof NewsmarkError && /does not come before/.test(e.message));
});
