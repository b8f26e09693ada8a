// What a visitor downloads, path by path, in the CDN build: the critical path (before the first
// results) and the paths a visitor takes from there. Each path is the entry plus the lazy chunks
// it loads, with every chunk those import statically. The build prints these figures and
// test/package/cdn-size.test.ts enforces the budgets; test/e2e/visitor-path.test.ts checks in a
// browser that a visitor on the path asks for no script outside it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ENTRY = 'mhpss-directory.js';

/** Budgets, gzipped (gzip -9). */
export const BUDGETS = Object.freeze({
  /** What a visitor downloads before the first results. */
  critical: 28 * 1024,
  /** What a visitor downloads on any one path. */
  path: 56 * 1024,
});

/**
 * The visitor paths, by the names of the lazy chunks they load (a chunk's file is
 * `chunks/<name>-<hash>.js`). An English page with the default attributes loads the filter
 * column and toolbar (`extras`) and the overview (`summary`) beside the data, text search and
 * the detail dialog when idle or at the first keystroke or click.
 */
export const PATHS = Object.freeze({
  'load, search and open a record (English)': ['extras', 'summary', 'text-engine', 'org-detail'],
  'the same in Arabic': ['extras', 'summary', 'text-engine', 'org-detail', 'ar'],
  'the same in French, with url-state': [
    'extras',
    'summary',
    'text-engine',
    'org-detail',
    'fr',
    'url-state',
  ],
  'a CSV list with data issues': [
    'extras',
    'summary',
    'text-engine',
    'csv-reader',
    'issue-sentences',
  ],
});

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Static imports of a built ES module (`import{…}from"./x.js"`, `import"./x.js"`), not `import("…")`. */
export function staticImports(code) {
  const found = [];
  const pattern =
    /(?:^|[;}\n])\s*import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?(["'])([^"']+)\1/g;
  for (const m of code.matchAll(pattern)) found.push(m[2]);
  return found;
}

/**
 * Every path's files and gzipped size, read from a built CDN folder (`dist/cdn`): the critical
 * path, each visitor path, and all files together.
 */
export function measurePaths(dir) {
  const read = (file) => readFileSync(join(dir, file));
  const sizes = new Map();
  const size = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSize(read(file)));
    return sizes.get(file);
  };
  /** The files and their static imports, transitively. */
  const closure = (files) => {
    const all = [...files];
    for (const file of all) {
      for (const spec of staticImports(read(file).toString('utf8'))) {
        const path = normalize(join(dirname(file), spec));
        if (!all.includes(path)) all.push(path);
      }
    }
    return all;
  };
  const chunks = readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`);
  const chunk = (name) => {
    const found = chunks.filter((f) => f.startsWith(`chunks/${name}-`));
    if (found.length !== 1) {
      throw new Error(`${dir}: expected one chunk named '${name}', found ${found.length}`);
    }
    return found[0];
  };
  const measure = (files) => {
    const list = closure(files);
    return { files: list, bytes: list.reduce((n, f) => n + size(f), 0) };
  };
  const paths = Object.fromEntries(
    Object.entries(PATHS).map(([label, names]) => [label, measure([ENTRY, ...names.map(chunk)])]),
  );
  const everything = [ENTRY, ...chunks];
  return {
    critical: measure([ENTRY]),
    paths,
    all: { files: everything, bytes: everything.reduce((n, f) => n + size(f), 0) },
  };
}
