// W3C Web Annotations in JavaScript (web/w3c.js), without a browser: the
// core's result goes out as annotations, comes back anchored in the text, and
// gives the same marks; anchoring survives a text laid out differently.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, REPO, requireDist } from './ship-server.mjs';
import { annotationsOf, fromW3C, toW3C, w3cCore } from '../../web/w3c.js';
import { marksFromResult } from '../../web/marks.js';

let nm;
let article;

before(async () => {
  await requireDist('newsmark.js', 'newsmark.wasm');
  const { load } = await import(pathToFileURL(path.join(DIST, 'newsmark.js')).href);
  nm = await load();
  article = await readFile(path.join(REPO, 'examples/article.txt'), 'utf8');
});

// What a reader sees of the marks: style, role and marked text, in order.
const seen = (result, text) => marksFromResult(result).map((m) => `${m.style}:${m.role}:${text.slice(m.start, m.end)}`);
const exact = (result) => marksFromResult(result).map((m) => `${m.style}:${m.role}:${m.start}-${m.end}`);

test('result → W3C (as JSON text) → result gives the same marks', () => {
  const result = nm.annotate(article);
  assert.ok(result.actors.length && result.figures.length && result.attributions.length, 'the example article has all three');
  const json = JSON.stringify(toW3C(result, article, { source: 'https://news.example/danube' }));
  const back = fromW3C(json, article);
  assert.equal(back.unanchored, 0);
  assert.deepEqual(exact(back), exact(result));
  // The fields that travel as nm: properties come back too.
  assert.deepEqual(back.figures.map((f) => [f.kind, f.value, f.low, f.high, f.qualifier, f.unit]),
    result.figures.map((f) => [f.kind, f.value, f.low, f.high, f.qualifier, f.unit]));
  assert.deepEqual(back.actors.map((a) => [a.id, a.name, a.kind, a.role, a.prominence]),
    result.actors.map((a) => [a.id, a.name, a.kind, a.role, a.prominence]));
  assert.deepEqual(back.attributions.map((a) => [a.kind, a.source?.actor ?? null]),
    result.attributions.map((a) => [a.kind, a.source?.actor ?? null]));
});

test('the annotations follow the Web Annotation model', () => {
  const result = nm.annotate(article);
  const collection = toW3C(result, article);
  assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = annotationsOf(collection);
  assert.equal(collection.total, items.length);
  assert.equal(items.length, result.actors.length + result.figures.length + result.attributions.length);
  const ids = new Set();
  for (const annotation of items) {
    assert.equal(annotation.type, 'Annotation');
    assert.ok(!ids.has(annotation.id), `duplicate id ${annotation.id}`);
    ids.add(annotation.id);
    assert.ok(['identifying', 'classifying', 'linking'].includes(annotation.motivation));
    for (const target of annotation.target) {
      assert.equal(target.type, 'SpecificResource');
      const [quote, position] = target.selector;
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(position.type, 'TextPositionSelector');
      // Positions count code points.
      assert.equal([...article].slice(position.start, position.end).join(''), quote.exact);
      assert.ok(article.includes(quote.prefix + quote.exact + quote.suffix));
    }
  }
  // Attributions link several targets: a source, a cue and the content.
  const linking = items.filter((a) => a.motivation === 'linking');
  assert.ok(linking.some((a) => a.target.length >= 3));
  for (const annotation of linking) {
    const source = annotation.target.find((t) => t['nm:role'] === 'source');
    if (source?.['nm:actor']) assert.ok(ids.has(source['nm:actor']), source['nm:actor']);
  }
});

test('annotations anchor in the same article laid out differently', () => {
  const result = nm.annotate(article);
  const annotations = toW3C(result, article);
  // Paragraphs as a page shows them: blank lines between blocks, a heading marker, indentation.
  const relaid = `# ${article.trim().split('\n').join('\n\n    ')}\n`;
  const back = fromW3C(annotations, relaid);
  assert.equal(back.unanchored, 0);
  assert.deepEqual(seen(back, relaid), seen(result, article));
});

test('repeated words anchor by their context, not at the first occurrence', () => {
  const text = 'Lima said the port would reopen. Police said nothing. Later Lima said it again.';
  const at = (word, from) => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, text: word };
  };
  const result = {
    version: 1, offsets: 'utf16', error: null, figures: [],
    actors: [{ id: 'A1', name: 'Lima', kind: 'person', role: null, prominence: 1, mentions: [at('Lima'), at('Lima', 40)] }],
    attributions: [{ kind: 'indirect', source: { ...at('Lima', 40), actor: 'A1' }, cue: at('said', 60), content: [at('it again', 60)] }],
  };
  const annotations = toW3C(result, text);
  // Shift the text so that the recorded positions are all wrong.
  const shifted = `Breaking: ${text}`;
  const back = fromW3C(annotations, shifted);
  assert.deepEqual(back.actors[0].mentions.map((m) => m.start), [10, 70]);
  assert.equal(back.attributions[0].cue.start, 75);
  assert.equal(back.attributions[0].source.actor, 'A1');
});

test('positions are code points: characters outside the BMP do not shift them', () => {
  const text = '📰 🗞 Ana Lima said 3 ships left.';
  const start = text.indexOf('Ana Lima');
  const result = {
    version: 1, offsets: 'utf16', error: null, figures: [], attributions: [],
    actors: [{ id: 'A1', name: 'Ana Lima', kind: 'person', role: null, prominence: 1, mentions: [{ start, end: start + 8, text: 'Ana Lima' }] }],
  };
  const [target] = annotationsOf(toW3C(result, text))[0].target;
  assert.deepEqual(target.selector[1], { type: 'TextPositionSelector', start: 4, end: 12 });
  assert.deepEqual(fromW3C(toW3C(result, text), text).actors[0].mentions, result.actors[0].mentions);
});

test('a quote that is not in the text is counted, not painted somewhere else', () => {
  const result = nm.annotate(article);
  const back = fromW3C(toW3C(result, article), 'A different story about something else entirely.');
  assert.ok(back.unanchored > 0);
  assert.deepEqual(marksFromResult(back), []);
});

test('w3cCore stands in for the core', () => {
  const result = nm.annotate(article);
  const core = w3cCore(toW3C(result, article));
  assert.equal(core.engine, 'w3c');
  assert.deepEqual(exact(core.annotate(article)), exact(result));
  assert.throws(() => core.findArticle('{}'), /name their article/);
});

test('the command line (src/w3c.cc) writes what toW3C() writes for the same result', async () => {
  const cli = path.join(REPO, 'build/bin/newsmark');
  const file = path.join(REPO, 'examples/article.txt');
  const run = (...args) => promisify(execFile)(cli, ['annotate', ...args, file], { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse((await run()).stdout);
  const fromCli = JSON.parse((await run('--format', 'w3c', '--source', 'https://news.example/danube')).stdout);
  const fromJs = toW3C(result, article, { source: 'https://news.example/danube' });
  assert.ok(fromCli.total > 0);
  assert.deepEqual(fromCli, JSON.parse(JSON.stringify(fromJs)));
});
