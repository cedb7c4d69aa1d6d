// What a page downloads stays within the gzip budget, for every flavour; and
// the no-wasm engine's data literals, rewritten to gzip better at bundling,
// keep their values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP, pageLoads } from '../../bench/page-loads.mjs';
import { latin1DataLiterals } from '../../scripts/latin1-literals.mjs';

const dist = new URL('../../dist/', import.meta.url);

test('each page flavour is within the gzip budget', () => {
  const loads = pageLoads((file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length);
  for (const [label, bytes] of Object.entries(loads)) {
    assert.ok(bytes > 100 * 1024, `${label}: ${bytes} bytes is too small to be the real files`);
    assert.ok(bytes <= BUDGET_GZIP, `${label}: ${(bytes / 1024).toFixed(1)} KiB gzip, budget ${BUDGET_GZIP / 1024}`);
  }
});

test('data literals written as btoa() of Latin-1 text keep their values', async () => {
  // Every byte value, in runs and next to digits (an escaped NUL must not swallow one).
  const bytes = Buffer.from([...Array(256).keys(), 0, 0x31, 0, 0x5c, 0x22, 0x0a, 0x0d, 0x7f, 0xa0, 0xff, 0x00]);
  const data = Buffer.concat([bytes, Buffer.from('Harbour Lines\nNight ferries\n'.repeat(8))]).toString('base64');
  const source = `export const data = "${data}";\n` +
    `export const notCanonical = "${'A'.repeat(101)}";\nexport const short = "QUJD";\n`;
  const rewritten = latin1DataLiterals(source);
  assert.ok(rewritten.includes('btoa("'), 'the long literal is rewritten');
  assert.ok(rewritten.includes(`"${'A'.repeat(101)}"`), 'a literal that is not canonical base64 stays');
  const before = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const after = await import(`data:text/javascript;base64,${Buffer.from(rewritten).toString('base64')}`);
  assert.deepEqual({ ...after }, { ...before });
});
