// The public API is what the entry points name: no `export *` (every export is a semver promise,
// and internal helpers must not leak), and the root entry offers exactly the core's names plus
// the element classes and their types.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ENTRIES = ['src/index.ts', 'src/core/index.ts', 'src/components/index.ts', 'src/define.ts'];

function exportsOf(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  assert.ok(source, file);
  const symbol = checker.getSymbolAtLocation(source);
  assert.ok(symbol, `${file} is a module`);
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.name)
    .sort();
}

describe('the public API', () => {
  it('is named, never `export *`', () => {
    for (const file of ENTRIES) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /export\s+(type\s+)?\*/, file);
    }
  });

  it('the root entry is the core plus the elements, nothing more, nothing less', () => {
    const program = ts.createProgram(ENTRIES, {
      module: ts.ModuleKind.ES2022,
      target: ts.ScriptTarget.ES2021,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      noEmit: true,
    });
    const [root, core, components, define] = ENTRIES.map((f) => exportsOf(program, f));
    assert.deepEqual(root, [...new Set([...core!, ...components!])].sort());
    // mhpss-define registers the tags and names the same element classes and types.
    assert.deepEqual(define, components);
    // Internal helpers stay internal.
    for (const name of ['parseCsvRows', 'slugify', 'rejectUnreadableText', 'normalizeUrlState']) {
      assert.ok(!root!.includes(name), `${name} is not public`);
    }
    for (const name of ['Directory', 'parseDirectory', 'parseDirectoryCsv', 'MhpssDirectory']) {
      assert.ok(root!.includes(name), `${name} is public`);
    }
  });
});
