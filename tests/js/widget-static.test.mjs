// Checks on the widget's source that need no browser: the size budget and
// the safety rules (page text never parsed as HTML, no code from strings,
// no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB = path.join(REPO, 'web');
const BUDGET_GZIP = 20 * 1024;

test('all shim JavaScript (web/, without the generated core glue) is at most 20 KiB gzipped', async () => {
  const result = await build({
    entryPoints: [path.join(WEB, 'newsmark.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    // The Emscripten glue is generated, not shim code.
    external: ['./newsmark-core.mjs', 'node:*'],
  });
  const size = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  console.log(`shim: ${result.outputFiles[0].contents.length} bytes minified, ${size} bytes gzipped`);
  assert.ok(size <= BUDGET_GZIP, `${size} bytes gzipped is over the ${BUDGET_GZIP} byte budget`);
});

const FORBIDDEN = [
  [/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/, 'HTML parsing'],
  [/\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/, 'code from strings'],
  [/XMLHttpRequest|WebSocket|sendBeacon|EventSource/, 'network access'],
];

test('widget modules never parse HTML, build code from strings or open connections', () => {
  const own = ['newsmark.js', 'text-map.js', 'marks.js', 'paint.js', 'ui.js', 'styles.js'];
  assert.ok(own.includes('newsmark.js') && own.includes('paint.js'));
  for (const file of own) {
    const source = readFileSync(path.join(WEB, file), 'utf8');
    for (const [pattern, what] of FORBIDDEN) assert.doesNotMatch(source, pattern, `${file}: ${what}`);
    assert.doesNotMatch(source, /\bfetch\s*\(/, `${file}: network access`);
  }
});

test('newsmark.css documents exactly the custom properties the widget reads', () => {
  const used = new Set(readFileSync(path.join(WEB, 'styles.js'), 'utf8').match(/--nm-[a-z-]+/g));
  // Actor kinds are written as `--nm-${kind}` in styles.js.
  for (const kind of ['person', 'organization', 'media', 'country', 'place', 'group']) used.add(`--nm-${kind}`);
  used.delete('--nm-');
  const documented = new Set(readFileSync(path.join(WEB, 'newsmark.css'), 'utf8').match(/--nm-[a-z-]+/g));
  assert.deepEqual([...documented].sort(), [...used].sort());
});
