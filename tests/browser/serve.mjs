// Test helpers shared by the browser tests and the widget bench: a loopback
// HTTP server for the repository and the shared test pages, and a headless
// Chromium that can reach nothing but that server.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// shared/ sits beside the repository (the CI copy as well).
export const SHARED = path.resolve(REPO, '../shared');
export const PAGES_DIR = path.join(SHARED, 'data/pages');

/** Content types by file extension, shared with ship-server.mjs. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A saved page made inert: its scripts become text/plain (the type given
 * first wins over the page's own); inline event handlers, meta refresh,
 * subresource integrity (remote files are answered empty) and saved blob:
 * URLs (of another origin) lose their effect. The markup stays otherwise as saved.
 */
export function inertHtml(html) {
  return html
    .replace(/<script\b/gi, '<script type="text/plain"')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag
      .replace(/(\s)(on[a-z]+\s*=|integrity\s*=)/gi, '$1data-inert-$2')
      .replace(/http-equiv\s*=\s*(["']?)refresh/gi, 'data-inert-http-equiv=$1refresh')
      .replace(/(\s)([a-z-]+\s*=\s*["']?blob:)/gi, '$1data-inert-$2'));
}

async function fileResponse(file) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
}

async function respond(url) {
  const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  const page = pathname.match(/^\/pages\/([\w.-]+)\/$/);
  if (page) {
    const file = await fileResponse(path.join(PAGES_DIR, page[1], 'source.html'));
    return file && { ...file, body: inertHtml(file.body.toString('utf8')) };
  }
  const file = path.resolve(REPO, `.${pathname}`);
  if (!file.startsWith(REPO + path.sep)) return null;
  return fileResponse(file);
}

/** Starts the server on 127.0.0.1 (a free port); resolves to {origin, close}. */
export async function startServer() {
  const server = http.createServer((request, response) => {
    respond(request.url).then((found) => {
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
    }, (error) => response.writeHead(500).end(String(error)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// The bundle under test, relative to the repository: dist/newsmark.js unless
// NEWSMARK_BUNDLE names another (e.g. dist/newsmark.single.js).
export const BUNDLE = process.env.NEWSMARK_BUNDLE || 'dist/newsmark.js';

/** Fails with a clear message when the bundle has not been built. */
export async function requireBundle() {
  const info = await stat(path.join(REPO, BUNDLE)).catch(() => null);
  if (!info?.isFile()) throw new Error(`${BUNDLE} is missing: run "make dist" first`);
  return `/${BUNDLE}`;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser() {
  const { chromium } = await import(path.join(REPO, 'node_modules/playwright-core/index.mjs'));
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page that records page errors and console errors and answers every
 * request outside `origin` with an empty 200 (saved pages reference remote
 * images, fonts and styles; nothing may leave the machine).
 */
// What the tests load from the server; a saved page's own relative URLs
// (its images, styles) are answered empty like remote ones.
const OWN_PATH = /^\/(?:dist\/|build\/|web\/|examples\/|tests\/|pages\/[\w.-]+\/$)/;

export async function newPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin && OWN_PATH.test(url.pathname)) return route.continue();
    return route.fulfill({ status: 200, contentType: 'text/plain', body: '' });
  });
  return { page, context, problems };
}
