// Helpers of the shipping tests (embed, strict CSP, pre-annotated pages,
// extension, offline demo): a loopback HTTP server for the repository that
// can add response headers (a Content-Security-Policy) and serve pages a test
// makes up, and a headless Chromium that records every page error.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES } from './serve.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The built bundle under test; NEWSMARK_DIST points the tests at another build folder.
export const DIST = path.resolve(REPO, process.env.NEWSMARK_DIST || 'dist');

export const STRICT_CSP = "script-src 'self'";

// How long a test waits for the page before giving up: generous, because the
// machine may be busy; nothing is asserted about speed.
export const WAIT_MS = 120_000;


/** Fails with a clear message when `dist/` lacks a file the test needs. */
export async function requireDist(...files) {
  for (const file of files) {
    const info = await stat(path.join(DIST, file)).catch(() => null);
    if (!info?.isFile()) throw new Error(`${path.relative(REPO, path.join(DIST, file))} is missing: run "make dist" first`);
  }
}

async function fileBody(file) {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? readFile(file) : null;
}

/**
 * Serves the repository on 127.0.0.1 (a free port); /dist/ comes from DIST.
 * `pages` maps a path to a made-up page {body, type?, headers?};
 * `headers(pathname)` adds headers to every answer (e.g. a CSP).
 * Resolves to {origin, url(pathname), close()}.
 */
export async function startShipServer({ pages = {}, headers = () => ({}) } = {}) {
  async function respond(pathname) {
    if (pages[pathname]) {
      const page = pages[pathname];
      return { type: page.type ?? TYPES['.html'], body: page.body, extra: page.headers ?? {} };
    }
    const file = pathname.startsWith('/dist/')
      ? path.join(DIST, pathname.slice('/dist/'.length))
      : path.resolve(REPO, `.${pathname}`);
    if (!file.startsWith(REPO + path.sep)) return null;
    const body = await fileBody(file);
    return body && { type: TYPES[path.extname(file)] ?? 'application/octet-stream', body, extra: {} };
  }

  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it; a 404 would log an error
      return;
    }
    respond(pathname).then((found) => {
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': found.type,
        'cache-control': 'no-store',
        ...headers(pathname),
        ...found.extra,
      }).end(found.body);
    }, (error) => response.writeHead(500).end(String(error)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function playwright() {
  return import(path.join(REPO, 'node_modules/playwright-core/index.mjs'));
}

export async function launchBrowser() {
  const { chromium } = await playwright();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Records page errors, console errors and CSP violations of `page` into
 * `problems`; requests that would leave the loopback server (or the
 * extension and file: URLs) are refused, so nothing leaves the machine.
 */
export async function watch(page, problems = []) {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]|file:|chrome-extension:|data:|blob:)/, (route) => {
    problems.push(`request off the machine: ${route.request().url()}`);
    return route.abort();
  });
  return problems;
}

/** A fresh page in a fresh context, watched. */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const problems = await watch(page);
  return { page, context, problems };
}

/** What a highlighted page shows: painted ranges per highlight name, and wrapper elements. */
export function paintedState(page) {
  return page.evaluate(() => {
    const highlights = {};
    for (const [name, highlight] of CSS.highlights ?? []) highlights[name] = highlight.size;
    return {
      highlights,
      ranges: Object.values(highlights).reduce((a, b) => a + b, 0),
      wrappers: document.querySelectorAll('newsmark-mark').length,
    };
  });
}
