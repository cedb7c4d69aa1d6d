// Long articles are annotated in a worker (dist/newsmark-worker.js) with the
// real core: the answer is the main thread's answer, short texts stay on the
// main thread, and `worker: false` keeps long ones there too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './serve.mjs';
import { useBrowser } from './hooks.mjs';

const env = useBrowser();

/** The harbour page, and a function giving the page errors seen so far. */
async function openHarbour() {
  const { page, context, problems } = await newPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  return { page, context, pageErrors: () => problems.filter((problem) => problem.startsWith('pageerror')) };
}

test('a long article goes to the worker and gets the same annotations as on the main thread', async () => {
  const { page, context, pageErrors } = await openHarbour();
  const report = await page.evaluate(async ({ bundleUrl }) => {
    const { load } = await import(bundleUrl);
    const nm = await load();
    const story = document.getElementById('story');
    const short = await nm.highlight(story, { observe: false, panel: false });
    const shortThread = short.thread;
    short.clear();
    // The same story many times over: a long read of well over 32,000 characters.
    const paragraphs = [...story.querySelectorAll('p')];
    while (story.textContent.length < 80000) {
      for (const p of paragraphs) story.append(p.cloneNode(true));
    }
    const long = await nm.highlight(story, { observe: false, panel: false });
    const inWorker = { thread: long.thread, marks: long.marks.length, result: JSON.stringify(long.result) };
    const text = long.text;
    long.clear();
    const main = await nm.highlight(story, { observe: false, panel: false, worker: false });
    const onMain = { thread: main.thread, marks: main.marks.length, result: JSON.stringify(main.result) };
    main.clear();
    return { shortThread, inWorker, onMain, direct: JSON.stringify(nm.annotate(text)), length: text.length };
  }, { bundleUrl: env.bundle });
  assert.ok(report.length >= 32000, `text of ${report.length} characters`);
  assert.equal(report.shortThread, 'main');
  assert.equal(report.inWorker.thread, 'worker');
  assert.equal(report.onMain.thread, 'main');
  assert.ok(report.inWorker.marks > 100);
  assert.equal(report.inWorker.marks, report.onMain.marks);
  assert.equal(report.inWorker.result, report.onMain.result);
  assert.equal(report.inWorker.result, report.direct);
  assert.deepEqual(pageErrors(), []);
  await context.close();
});

test('when the page forbids workers, long articles are annotated on the main thread', async () => {
  const { page, context, pageErrors } = await openHarbour();
  const report = await page.evaluate(async ({ bundleUrl }) => {
    // A Content-Security-Policy without workers, as some news sites have.
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "worker-src 'none'";
    document.head.append(policy);
    const { load } = await import(bundleUrl);
    const nm = await load();
    const story = document.getElementById('story');
    const paragraphs = [...story.querySelectorAll('p')];
    while (story.textContent.length < 40000) {
      for (const p of paragraphs) story.append(p.cloneNode(true));
    }
    const first = await nm.highlight(story, { observe: false, panel: false });
    const result = { thread: first.thread, marks: first.marks.length };
    first.clear();
    const again = await nm.highlight(story, { observe: false, panel: false });
    result.againThread = again.thread;
    again.clear();
    return result;
  }, { bundleUrl: env.bundle });
  assert.equal(report.thread, 'main');
  assert.equal(report.againThread, 'main');
  assert.ok(report.marks > 50);
  assert.deepEqual(pageErrors(), []);
  await context.close();
});
