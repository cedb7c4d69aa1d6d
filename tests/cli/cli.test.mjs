// The native CLI: exit codes, clear messages, and --jsonl never losing a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../build/bin/newsmark', import.meta.url));
const article = fileURLToPath(new URL('../../examples/article.txt', import.meta.url));

function run(args, input) {
  const r = spawnSync(cli, args, { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('annotates a file and writes contract v1 with UTF-16 offsets by default', () => {
  const r = run(['annotate', article]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.version, 1);
  assert.equal(j.offsets, 'utf16');
  assert.equal(j.error, null);
  for (const key of ['actors', 'figures', 'attributions']) assert.ok(Array.isArray(j[key]));
});

test('every span text is the slice of the input in each offset unit', () => {
  const text = 'Ministerin Zoë Brandt 😀 said on March 3, 2024, that “at least 40 ships” had left, according to Reuters.';
  const units = {
    utf16: (s, a, b) => s.slice(a, b),
    codepoint: (s, a, b) => [...s].slice(a, b).join(''),
    utf8: (s, a, b) => Buffer.from(s).subarray(a, b).toString(),
  };
  for (const [unit, slice] of Object.entries(units)) {
    const r = run(['annotate', '-', '--offsets', unit], text);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const spans = [
      ...j.actors.flatMap((a) => a.mentions),
      ...j.figures.flatMap((f) => [f, f.counts].filter(Boolean)),
      ...j.attributions.flatMap((a) => [a.cue, a.source, ...a.content].filter(Boolean)),
    ];
    for (const s of spans) assert.equal(slice(text, s.start, s.end), s.text, `${unit} ${JSON.stringify(s)}`);
  }
});

test('invalid UTF-8 is an error with the byte position and exit status 1', () => {
  const r = spawnSync(cli, ['annotate', '-'], { input: Buffer.from([0x41, 0x42, 0xff, 0x43]) });
  assert.equal(r.status, 1);
  assert.match(r.stderr.toString(), /not valid UTF-8 at byte 2/);
  assert.equal(JSON.parse(r.stdout.toString()).error.status, 'invalid_utf8');
});

test('empty input is an error', () => {
  const r = run(['annotate', '-'], '  \n ');
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.out).error.status, 'empty_input');
});

test('an unreadable file and bad options are usage errors (status 2)', () => {
  const missing = run(['annotate', '/nonexistent/article.txt']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read \/nonexistent\/article.txt/);
  assert.equal(run(['annotate', '--offsets', 'bytes'], 'x').code, 2);
  assert.equal(run(['frobnicate']).code, 2);
  assert.equal(run([]).code, 2);
});

test('--help documents every option', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  for (const word of ['annotate', '--offsets', '--jsonl', '--html', 'utf16', 'codepoint']) assert.ok(r.out.includes(word), word);
});

test('--jsonl: one result per line with its id; a bad line never loses the others', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'The mayor of Lyon said the bridge would reopen in May.' }),
    '{this is not json',
    JSON.stringify({ id: 'c', text: '' }),
    JSON.stringify({ id: 'd' }),
    '',
    JSON.stringify({ id: 'e', text: 'Prices rose 4% in June, officials said.' }),
  ].join('\n');
  const r = run(['annotate', '--jsonl', '--offsets', 'codepoint'], input);
  assert.equal(r.code, 1, 'some lines failed');
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c', 'd', 'e']);
  assert.equal(lines[0].error, null);
  assert.equal(lines[1].error.status, 'bad_line');
  assert.equal(lines[2].error.status, 'empty_input');
  assert.equal(lines[3].error.status, 'bad_line');
  assert.equal(lines[4].error, null);
  assert.match(r.err, /3 line\(s\) failed/);
});
