// The CDN build's visitor paths and budgets, without Node: the build and the size test measure
// them (cdn-paths.mjs), and a browser test checks that a visitor on a path loads nothing else.

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
 * column and toolbar (`extras`), the overview (`summary`) and URL state (`url-state`: also
 * without the attribute, for "Copy link" and shared links) beside the data, text search and
 * the detail dialog when idle or at the first keystroke or click. test/e2e/visitor-path.test.ts
 * checks the English and French paths in a browser.
 */
const LOAD = ['extras', 'summary', 'url-state'];
const SEARCH_AND_OPEN = ['text-engine', 'org-detail'];
export const PATHS = Object.freeze({
  'load, search and open a record (English)': [...LOAD, ...SEARCH_AND_OPEN],
  'the same in Arabic': [...LOAD, ...SEARCH_AND_OPEN, 'ar'],
  'the same in French, with url-state': [...LOAD, ...SEARCH_AND_OPEN, 'fr'],
  'a CSV list with data issues': [...LOAD, 'text-engine', 'csv-reader', 'issue-sentences'],
});

/** Static imports of a built ES module (`import{…}from"./x.js"`, `import"./x.js"`), not `import("…")`. */
export function staticImports(code) {
  const found = [];
  const pattern =
    /(?:^|[;}\n])\s*import\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*(?:from\s*)?(["'])([^"']+)\1/g;
  for (const m of code.matchAll(pattern)) found.push(m[2]);
  return found;
}
