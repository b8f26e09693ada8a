// What a visitor downloads, path by path, in the CDN build: the critical path (before the first
// results) and the paths a visitor takes from there. Each path is the entry plus the lazy chunks
// it loads, with every chunk those import statically. The build prints these figures and
// test/package/cdn-size.test.ts enforces the budgets; test/e2e/visitor-path.test.ts checks in a
// browser that a visitor on a path asks for no script outside it. (What a path is, and the
// budgets, are in cdn-path-names.mjs, which a browser can import too.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PATHS, staticImports } from './cdn-path-names.mjs';

export const ENTRY = 'mhpss-directory.js';

export { BUDGETS, PATHS, staticImports } from './cdn-path-names.mjs';

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

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
