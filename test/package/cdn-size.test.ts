// The CDN build's budgets, per visitor path: the critical path (the entry and every chunk it
// imports statically: what a partner's visitor downloads before the first results) within 28 KB
// gzipped (gzip -9), and each path a visitor takes from there (scripts/cdn-paths.mjs: load,
// search and open a record, in English, Arabic, French with url-state, a CSV list with issues)
// within 56 KB in all. The build prints the same figures. It needs the build (`npm test` and
// `npm run test:node` build first); without one it fails, never skips.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  BUDGETS,
  ENTRY,
  PATHS,
  gzipSize,
  measurePaths,
  staticImports,
} from '../../scripts/cdn-paths.mjs';

const CDN = new URL('../../dist/cdn/', import.meta.url).pathname;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('the CDN critical path and visitor paths', () => {
  before(() => {
    assert.ok(
      existsSync(join(CDN, ENTRY)),
      `dist/cdn/${ENTRY} is missing: run \`npm run build\` (the budget is checked on the build)`,
    );
  });

  it('imports nothing statically: the data request starts as soon as the module runs', () => {
    const code = readFileSync(join(CDN, ENTRY), 'utf8');
    assert.deepEqual(staticImports(code), []);
    // What the first screen does not need is there, as chunks it loads on demand.
    const lazy = [...code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    for (const part of ['text-engine', 'org-detail', 'csv-reader', 'issue-sentences', 'fr', 'ar']) {
      assert.ok(
        lazy.some((spec) => spec!.startsWith(`./chunks/${part}-`)),
        `${part} is a lazy chunk`,
      );
    }
  });

  it('keeps the critical path within 28 KB gzipped', (t) => {
    const { critical, all } = measurePaths(CDN);
    t.diagnostic(
      `critical path ${critical.files.join(' + ')}: ${kb(critical.bytes)}; all files: ${kb(all.bytes)}`,
    );
    assert.ok(
      critical.bytes <= BUDGETS.critical,
      `the critical path is ${kb(critical.bytes)} gzipped, over ${kb(BUDGETS.critical)}`,
    );
  });

  it('keeps every visitor path within 56 KB gzipped', (t) => {
    const { paths } = measurePaths(CDN);
    assert.deepEqual(Object.keys(paths), Object.keys(PATHS));
    for (const [label, { bytes, files }] of Object.entries(paths)) {
      t.diagnostic(`${label}: ${kb(bytes)} (${files.length} files)`);
      assert.ok(bytes <= BUDGETS.path, `${label}: ${kb(bytes)} gzipped, over ${kb(BUDGETS.path)}`);
    }
  });

  it('the measure counts every file on a path once, static imports included', () => {
    // A made-up build: the entry, a path's chunks, one shared chunk they both import.
    const dir = mkdtempSync(join(tmpdir(), 'cdn-paths-'));
    try {
      mkdirSync(join(dir, 'chunks'));
      const noise = (n: number) =>
        Array.from({ length: n }, (_, i) => `x${(i * 7919) % 10007};`).join('');
      writeFileSync(join(dir, ENTRY), 'import("./chunks/a-1.js");');
      const names = new Set(Object.values(PATHS).flat());
      for (const name of names) {
        writeFileSync(join(dir, 'chunks', `${name}-1.js`), `import"./shared-1.js";${noise(50)}`);
      }
      writeFileSync(join(dir, 'chunks', 'shared-1.js'), noise(20000));
      const { paths, critical } = measurePaths(dir);
      assert.deepEqual(critical.files, [ENTRY]);
      const shared = gzipSize(readFileSync(join(dir, 'chunks', 'shared-1.js')));
      for (const [label, path] of Object.entries(paths)) {
        assert.equal(path.files.filter((f) => f.endsWith('shared-1.js')).length, 1, label);
        assert.ok(path.bytes > shared, label);
      }
      // Over the budget is over: the shared chunk alone is well past 56 KB gzipped.
      writeFileSync(join(dir, 'chunks', 'shared-1.js'), noise(400000));
      const big = measurePaths(dir).paths;
      assert.ok(Object.values(big).every((p) => p.bytes > BUDGETS.path));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the classic-script file is a small ASCII loader for the module', () => {
    const code = readFileSync(join(CDN, 'mhpss-directory.iife.js'), 'utf8');
    assert.match(code, /mhpss-directory\.js/);
    assert.ok(gzipSize(readFileSync(join(CDN, 'mhpss-directory.iife.js'))) < 1024);
  });
});
