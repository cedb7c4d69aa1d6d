// The public module in Node: load() and annotate() work without a DOM, and
// importing it touches no browser global.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(REPO, process.env.NEWSMARK_BUNDLE || 'dist/newsmark.js');

test('load() and annotate() run in Node and give contract v1 with UTF-16 offsets', async () => {
  assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run "make dist" first`);
  assert.equal(typeof globalThis.document, 'undefined');
  const { load, NewsmarkError } = await import(pathToFileURL(BUNDLE).href);
  const nm = await load();
  assert.ok(['wasm', 'js'].includes(nm.engine));
  assert.equal(typeof nm.highlight, 'function');
  assert.equal(typeof nm.findArticle, 'function');
  const text = '🚢 Ferry fares will rise by 18 percent, said Tomas Okafor, who leads the union in Port Avel.';
  const result = nm.annotate(text);
  assert.equal(result.version, 1);
  assert.equal(result.offsets, 'utf16');
  const spans = [
    ...result.actors.flatMap((actor) => actor.mentions),
    ...result.figures,
    ...result.attributions.flatMap((a) => [a.source, a.cue, ...a.content].filter(Boolean)),
  ];
  assert.ok(spans.length > 0, 'the core found nothing at all');
  for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
  assert.throws(() => nm.annotate(42), NewsmarkError);
});
