// The browser extension, loaded unpacked in headless Chromium. Its toolbar
// action is triggered through the DevTools protocol (Extensions.triggerAction
// runs the very click handler and grants activeTab, as a click does) on a
// local page, and on the same page served with a strict CSP, where the core
// must run in the extension's service worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS, REPO, STRICT_CSP, WAIT_MS, playwright, requireDist, startShipServer, watch } from './ship-server.mjs';

const run = promisify(execFile);
let dir;
let extension;
let server;
let context;
let extensionId;
let cdp;

before(async () => {
  await requireDist('newsmark.js', 'newsmark.wasm', 'newsmark-core.js.mjs');
  dir = await mkdtemp(path.join(tmpdir(), 'newsmark-extension-'));
  extension = path.join(dir, 'extension');
  await run(process.execPath, [path.join(REPO, 'examples/extension/build.mjs'), '--out', extension], { cwd: REPO });

  // A news page of our own without the embed script: the extension brings newsmark.
  const html = (await readFile(path.join(REPO, 'examples/embed/index.html'), 'utf8'))
    .replace(/<script type="module"[^>]*><\/script>/, '')
    .replace('href="site.css"', 'href="/examples/embed/site.css"');
  assert.doesNotMatch(html, /<script/);
  server = await startShipServer({
    pages: {
      '/news/plain.html': { body: html },
      '/news/strict.html': { body: html, headers: { 'content-security-policy': STRICT_CSP } },
    },
  });

  const { chromium } = await playwright();
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  context.setDefaultTimeout(WAIT_MS);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  cdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await context?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// Clicks the extension's toolbar button for the tab showing `url`.
async function clickAction(url) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((target) => target.url === url);
  assert.ok(tab, `no tab shows ${url}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

const paintedRanges = (page) => page.evaluate(() => {
  let ranges = 0;
  for (const [, highlight] of CSS.highlights) ranges += highlight.size;
  return ranges;
});

// Opens the page, toggles newsmark on and off; returns the engine that ran.
async function toggleOnAndOff(pathname) {
  const page = await context.newPage();
  const problems = await watch(page);
  const url = server.url(pathname);
  await page.goto(url);
  assert.equal(await paintedRanges(page), 0);

  await clickAction(url);
  // A fresh profile's first toolbar event can be dropped before the extension's
  // worker has its listener in place; one more click then starts it. A slow
  // start is not mistaken for a drop: 20 s is far above the time it takes.
  const started = await page
    .waitForFunction(() => document.documentElement.dataset.newsmarkEngine, null, { timeout: 20_000 })
    .then(() => true, () => false);
  if (!started) await clickAction(url);
  await page.waitForFunction(() => document.documentElement.dataset.newsmarkEngine);
  const engine = await page.evaluate(() => document.documentElement.dataset.newsmarkEngine);
  const on = await paintedRanges(page);
  assert.ok(on > 10, `${on} ranges painted`);
  // Only the article is marked.
  const outside = await page.evaluate(() => {
    const article = document.querySelector('article');
    let count = 0;
    for (const [, highlight] of CSS.highlights) for (const range of highlight) if (!article.contains(range.commonAncestorContainer)) count++;
    return count;
  });
  assert.equal(outside, 0);

  await clickAction(url);
  await page.waitForFunction(() => !document.documentElement.dataset.newsmarkEngine);
  assert.equal(await paintedRanges(page), 0);
  assert.equal(await page.locator('newsmark-ui').count(), 0);
  await page.close();
  return { engine, ranges: on, problems };
}

test('the package asks for no host access and loads no remote code', async () => {
  const manifest = JSON.parse(await readFile(path.join(extension, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.optional_host_permissions, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.ok(manifest.web_accessible_resources[0].resources.includes('newsmark.wasm'));
  for (const file of await readdir(extension)) {
    if (!/\.(m?js|json)$/.test(file)) continue;
    const text = await readFile(path.join(extension, file), 'utf8');
    // No script or module is imported from a network address.
    assert.doesNotMatch(text, /(import\s*\(?|importScripts\()\s*["'`]https?:/, file);
  }
});

test('the toolbar action highlights a page and clears it again (wasm in the page)', async (t) => {
  const { engine, ranges, problems } = await toggleOnAndOff('/news/plain.html');
  t.diagnostic(`engine: ${engine}, ${ranges} ranges`);
  assert.equal(engine, 'wasm');
  assert.deepEqual(problems, []);
});

test('on a page whose CSP forbids wasm the core runs in the service worker', async (t) => {
  const plain = await toggleOnAndOff('/news/plain.html');
  const strict = await toggleOnAndOff('/news/strict.html');
  t.diagnostic(`engine under the strict CSP: ${strict.engine}, ${strict.ranges} ranges`);
  assert.equal(strict.engine, 'extension-wasm');
  assert.equal(strict.ranges, plain.ranges, 'the same marks either way');
  assert.deepEqual(strict.problems, []);
});
