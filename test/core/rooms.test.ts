// The core's rooms (model/, search/, formats/, state/ and the seam files) import one way: the
// lint rules in eslint.config.mjs say which way; this says there is no circle among them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** Every import cycle among the .ts files under `dir` (relative imports, `import type` too). */
function cyclesIn(dir: string): string[][] {
  const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => resolve(root, dir, f));
  const known = new Set(files);
  const importsOf = (file: string) =>
    [
      ...readFileSync(file, 'utf8').matchAll(
        /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g,
      ),
    ]
      .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
      .filter((f) => known.has(f));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of importsOf(file)) {
      if (state.get(next) === 'open') {
        cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(root, f)));
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the rooms of the core', () => {
  it('import one another without a circle', () => {
    assert.deepEqual(cyclesIn('src/core'), []);
  });

  it('a circle is found when there is one (test/fixtures/cycle: a.ts and b.ts)', () => {
    const found = cyclesIn('test/fixtures/cycle');
    assert.equal(found.length, 1);
    assert.deepEqual(
      found[0]!.map((f) => f.split('/').pop()),
      ['a.ts', 'b.ts', 'a.ts'],
    );
  });
});
