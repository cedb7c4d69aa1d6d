// How the page loads the core: newsmark.wasm served as application/wasm is
// compiled while it streams in (so Chromium can keep its optimised code for
// the next visit); served under another media type it still loads. (The
// split build, dist/newsmark.js, whatever bundle the other tests use.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { newPage, REPO } from './serve.mjs';
import { useBrowser } from './hooks.mjs';

const env = useBrowser();

async function loadWith(contentType) {
  const { page, context, problems } = await newPage(env.browser, env.server.origin);
  if (contentType) {
    const body = await readFile(path.join(REPO, 'dist/newsmark.wasm'));
    await page.route('**/dist/newsmark.wasm', (route) => route.fulfill({ status: 200, contentType, body }));
  }
  await page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  const report = await page.evaluate(async (bundleUrl) => {
    const streamed = [];
    const compileStreaming = WebAssembly.compileStreaming;
    WebAssembly.compileStreaming = (source) => {
      streamed.push(true);
      return compileStreaming.call(WebAssembly, source);
    };
    const { load } = await import(bundleUrl);
    const nm = await load();
    const result = nm.annotate('Anna Berg, the mayor of Lund, said on Monday that 3 ferries would run.');
    return { engine: nm.engine, streamed: streamed.length, actors: result.actors.map((a) => a.name) };
  }, '/dist/newsmark.js');
  await context.close();
  return { ...report, problems };
}

test('newsmark.wasm served as application/wasm is compiled while it streams', async () => {
  const report = await loadWith(null);
  assert.equal(report.engine, 'wasm');
  assert.equal(report.streamed, 1);
  assert.ok(report.actors.includes('Anna Berg'), `actors: ${report.actors}`);
  assert.deepEqual(report.problems, []);
});

test('newsmark.wasm served under another media type still loads, from its bytes', async () => {
  const report = await loadWith('application/octet-stream');
  assert.equal(report.engine, 'wasm');
  assert.equal(report.streamed, 0);
  assert.ok(report.actors.includes('Anna Berg'), `actors: ${report.actors}`);
  assert.deepEqual(report.problems, []);
});
