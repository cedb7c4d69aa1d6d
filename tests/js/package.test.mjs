// The npm package: what `npm pack` would publish, that every entry point of
// package.json is in it, that the Node entry runs, that the TypeScript
// declarations name exactly what the bundle exports, and that the bundles
// carry V8's compile hint.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

const REQUIRED = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md',
  'dist/newsmark.js', 'dist/newsmark.single.js', 'dist/newsmark.wasm', 'dist/newsmark-core.js.mjs', 'dist/newsmark-worker.js',
  'dist/newsmark.d.ts',
];

let manifest;
let files;

before(async () => {
  manifest = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8'));
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: REPO,
    // No registry is contacted for a dry run; keep npm's update check quiet too.
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout);
  files = pack.files.map((file) => file.path).sort();
});

// Every file path an `exports` map points at.
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

test('the package holds the bundle, its declarations, the licence and the changelog', () => {
  for (const file of REQUIRED) assert.ok(files.includes(file), `${file} is not packed (is dist/ built?)`);
});

test('the package holds nothing else: no sources, tests, builds or examples', () => {
  const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/newsmark[\w.-]*\.(js|mjs|wasm|css|d\.ts))$/;
  const extra = files.filter((file) => !allowed.test(file));
  assert.deepEqual(extra, []);
});

test('package.json entry points all exist in the package', () => {
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.type, 'module');
  assert.ok(manifest.exports?.['.'], 'package.json has no exports["."]');
  const targets = [...exportTargets(manifest.exports), manifest.types, manifest.main, manifest.module].filter(Boolean);
  for (const target of targets) {
    assert.ok(target.startsWith('./') || !target.includes('/') || target.startsWith('dist/'), target);
    const file = target.replace(/^\.\//, '');
    assert.ok(files.includes(file), `${target} is named in package.json but not packed`);
  }
  // A browser ES module, a single file (wasm inlined) and a Node entry.
  const root = manifest.exports['.'];
  assert.ok(typeof root === 'object' && root.types && (root.browser || root.default) && (root.node || root.default));
  assert.ok(exportTargets(manifest.exports).includes('./dist/newsmark.single.js'), 'no single-file entry');
});

test('the licence is MIT, by the newsmark contributors', async () => {
  const licence = await readFile(path.join(REPO, 'LICENSE'), 'utf8');
  assert.match(licence, /^MIT License/);
  assert.match(licence, /newsmark contributors/);
});

test('the Node entry loads the core and annotates', async () => {
  const root = manifest.exports['.'];
  const entry = root.node ?? root.import ?? root.default;
  const api = await import(pathToFileURL(path.join(REPO, entry)).href);
  const nm = await api.load();
  assert.equal(nm.engine, 'wasm');
  const result = nm.annotate('“We will rebuild the bridge,” said Mayor Elena Castellanos on Monday.');
  assert.equal(result.version, 1);
  assert.equal(result.error, null);
  assert.throws(() => nm.annotate('   '), (error) => error instanceof api.NewsmarkError && error.status === 'empty_input');
});

test('the declarations name exactly the bundle\'s exports', async () => {
  const api = await import(pathToFileURL(path.join(REPO, 'dist/newsmark.js')).href);
  const declarations = await readFile(path.join(REPO, 'dist/newsmark.d.ts'), 'utf8');
  const declared = [...declarations.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(declared)].sort(), Object.keys(api).sort());
});

test('the bundles ask V8 to compile all their functions at load', async () => {
  const { EAGER_COMPILE_HINT } = await import(pathToFileURL(path.join(REPO, 'scripts/esbuild-options.mjs')).href);
  for (const file of ['dist/newsmark.js', 'dist/newsmark.single.js', 'dist/newsmark-worker.js']) {
    const firstLine = (await readFile(path.join(REPO, file), 'utf8')).split('\n', 1)[0];
    assert.equal(firstLine, EAGER_COMPILE_HINT, `${file} starts with ${firstLine.slice(0, 40)}`);
  }
});
