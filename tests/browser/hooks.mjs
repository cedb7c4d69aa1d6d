// The set-up most browser test files share: before the tests, the bundle is
// checked and the server and Chromium start; after them, both stop.
import { before, after } from 'node:test';
import { startServer, launchBrowser, requireBundle } from './serve.mjs';

/** Registers the hooks; the returned object's `server`, `browser` and `bundle` are set once they have run. */
export function useBrowser() {
  const env = { server: null, browser: null, bundle: null };
  before(async () => {
    env.bundle = await requireBundle();
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
