// The CDN build's critical path: what a partner's visitor downloads before the first results.
// It is the entry module and every chunk it imports statically; everything else must be a
// chunk loaded on demand. Budget: 28 KB gzipped (gzip -9), no interim ceiling. It needs the
// build (`npm test` and `npm run test:node` build first); without one it fails, never skips.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const CDN = new URL('../../dist/cdn/', import.meta.url).pathname;
const ENTRY = 'mhpss-directory.js';
const BUDGET = 28 * 1024;

const gz = (file: string) => gzipSync(readFileSync(join(CDN, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Static imports of a built ES module (`import{…}from"./x.js"`, `import"./x.js"`), not `import("…")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[;}\n])\s*import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?(["'])([^"']+)\1/g;
  for (const m of code.matchAll(pattern)) found.push(m[2]!);
  return found;
}

/** The entry and its static imports, transitively, as paths relative to dist/cdn/. */
function criticalPath(): string[] {
  const files = [ENTRY];
  for (const file of files) {
    for (const spec of staticImports(readFileSync(join(CDN, file), 'utf8'))) {
      const path = normalize(join(dirname(file), spec));
      if (!files.includes(path)) files.push(path);
    }
  }
  return files;
}

describe('the CDN critical path', () => {
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
    const files = criticalPath();
    const size = files.reduce((n, f) => n + gz(f), 0);
    const chunks = readdirSync(join(CDN, 'chunks')).map((f) => `chunks/${f}`);
    const total = [ENTRY, ...chunks].reduce((n, f) => n + gz(f), 0);
    t.diagnostic(`critical path ${files.join(' + ')}: ${kb(size)}; all files: ${kb(total)}`);
    assert.ok(size <= BUDGET, `the critical path is ${kb(size)} gzipped, over ${kb(BUDGET)}`);
  });

  it('the classic-script file is a small ASCII loader for the module', () => {
    const code = readFileSync(join(CDN, 'mhpss-directory.iife.js'), 'utf8');
    assert.match(code, /mhpss-directory\.js/);
    assert.ok(gz('mhpss-directory.iife.js') < 1024);
  });
});
