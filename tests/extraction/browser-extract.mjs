// Runs findArticle() (web/find-article.js + the wasm core) on saved pages in
// headless Chromium, writes one {"id", "articleBody", "headline", "standfirst"} line per
// page, and compares each result with `newsmark extract --json`.
//
// usage: node tests/extraction/browser-extract.mjs --pages DIR --out PRED.jsonl
//          [--core DIR] [--cli build/extraction/bin/newsmark] [--runs 15]
//
// DIR holds <id>.html pages, or <name>/source.html folders. The pages are
// served from a loopback server with their <script> tags neutralised; every
// other request is refused, so nothing leaves the machine. --core is the folder
// of the Emscripten build (newsmark-core.mjs and newsmark-core.wasm).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(root, 'package.json'));
const { chromium } = require('playwright-core');

function parseArgs(argv) {
  const args = { pages: null, out: null, core: null, cli: join(root, 'build/extraction/bin/newsmark'), runs: 15 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args)) throw new Error(`unknown option ${argv[i]}`);
    args[key] = argv[++i];
  }
  if (!args.pages || !args.out) throw new Error('usage: browser-extract.mjs --pages DIR --out PRED.jsonl [--core DIR] [--cli PATH] [--runs N]');
  args.runs = Number(args.runs);
  args.core ??= [join(root, 'build/wasm/bin'), join(root, 'build/extraction/wasm/bin')].find((d) => existsSync(join(d, 'newsmark-core.wasm')));
  return args;
}

function listPages(dir) {
  const pages = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.html')) pages.push({ id: name.slice(0, -5), path });
    else if (statSync(path).isDirectory() && existsSync(join(path, 'source.html'))) pages.push({ id: name, path: join(path, 'source.html') });
  }
  return pages;
}

// Scripts become inert data blocks; refresh redirects are dropped.
function neutralise(html) {
  return html.replace(/<script\b/gi, '<script type="text/x-newsmark-inert"').replace(/http-equiv\s*=\s*["']?refresh/gi, 'data-refresh');
}

function serve(pages, coreDir) {
  const files = {
    '/web/find-article.js': join(root, 'web/find-article.js'),
    '/web/core.js': join(root, 'web/core.js'),
    '/web/wasm-source.js': join(root, 'web/wasm-source.js'),
    '/web/block-tree.js': join(root, 'web/block-tree.js'),
    '/web/newsmark-core.mjs': join(coreDir, 'newsmark-core.mjs'),
    '/web/newsmark.wasm': join(coreDir, 'newsmark-core.wasm'),
  };
  const types = { js: 'text/javascript', mjs: 'text/javascript', wasm: 'application/wasm' };
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const page = url.pathname.match(/^\/page\/(\d+)$/);
    if (page && pages[Number(page[1])]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(neutralise(readFileSync(pages[Number(page[1])].path, 'utf8')));
    } else if (files[url.pathname]) {
      response.writeHead(200, { 'content-type': types[url.pathname.split('.').pop()] });
      response.end(readFileSync(files[url.pathname]));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// Runs in the page: loads the core once, then times the whole job (DOM walk,
// packing, wasm scoring) `runs` times.
async function extractInPage({ origin, runs }) {
  const { loadCore } = await import(`${origin}/web/core.js`);
  const { findArticle } = await import(`${origin}/web/find-article.js`);
  const core = await loadCore();
  let result;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = findArticle(core, document);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    body: result.body,
    headline: result.headlineText,
    standfirst: result.standfirstText,
    blocks: result.blocks.length,
    nodes: document.getElementsByTagName('*').length,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
  };
}

function cliResult(cli, path) {
  const run = spawnSync(cli, ['extract', '--json', path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return null;
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = listPages(args.pages);
  const server = await serve(pages, args.core);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const lines = [];
  let agree = 0;
  let compared = 0;
  let slowest = { medianMs: 0 };
  const timeOf = {};
  for (let i = 0; i < pages.length; i++) {
    await page.goto(`${origin}/page/${i}`, { waitUntil: 'domcontentloaded' });
    const got = await page.evaluate(extractInPage, { origin, runs: args.runs });
    lines.push(JSON.stringify({ id: pages[i].id, articleBody: got.body, headline: got.headline, standfirst: got.standfirst, body: got.body }));
    const size = statSync(pages[i].path).size;
    timeOf[pages[i].id] = got;
    if (got.medianMs > slowest.medianMs) slowest = { ...got, id: pages[i].id, size };
    if (args.cli && existsSync(args.cli)) {
      const native = cliResult(args.cli, pages[i].path);
      compared++;
      const same = native && native.body === got.body && (native.headline ?? null) === got.headline &&
        (native.standfirst ?? null) === got.standfirst;
      if (same) agree++;
      else console.log(`differs from the CLI: ${pages[i].id}` +
        (native && native.body !== got.body ? ' (body)' : '') + (native && native.headline !== got.headline ? ' (headline)' : '') +
        (native && (native.standfirst ?? null) !== got.standfirst ? ' (standfirst)' : ''));
    }
  }
  writeFileSync(args.out, lines.join('\n') + '\n');
  await browser.close();
  server.close();
  const largest = pages.reduce((a, p) => (statSync(p.path).size > statSync(a.path).size ? p : a), pages[0]);
  console.log(`${pages.length} pages written to ${args.out}`);
  if (compared) console.log(`browser and CLI agree on ${agree}/${compared} pages (body text, headline and standfirst)`);
  console.log(`slowest: ${slowest.id} (${slowest.size} bytes, ${slowest.nodes} elements): ` +
    `block tree + find_article ${slowest.medianMs.toFixed(2)} ms median, ${slowest.minMs.toFixed(2)} ms best of ${args.runs}`);
  const onLargest = timeOf[largest.id];
  console.log(`largest page: ${largest.id} (${statSync(largest.path).size} bytes, ${onLargest.nodes} elements): ` +
    `block tree + find_article ${onLargest.medianMs.toFixed(2)} ms median, ${onLargest.minMs.toFixed(2)} ms best of ${args.runs}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
