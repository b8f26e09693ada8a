// The build as a checkout uses it: the CLI runs as `npx mhpss-directory` straight after a
// rebuild, and reading the rollup config (as tools do) leaves dist/ alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;

describe('the build', () => {
  it('writes the CLI executable, so the bin runs in a checkout without npm setting the bit', () => {
    assert.ok(existsSync(CLI), 'dist/cli/index.js is missing: run `npm run build`');
    assert.ok(statSync(CLI).mode & 0o111, 'dist/cli/index.js is not executable');
    // Run as the shell runs a bin: by its path, through its shebang.
    const out = execFileSync(CLI, ['--version'], { encoding: 'utf8' });
    assert.match(out, /\d+\.\d+\.\d+/);
  });

  it('importing rollup.config.mjs deletes nothing', async () => {
    assert.ok(existsSync(CLI));
    // A path in a variable: the config is plain JavaScript with no types to check.
    const path = '../../rollup.config.mjs';
    const config = (await import(path)) as { default: unknown };
    assert.ok(Array.isArray(config.default));
    assert.ok(existsSync(CLI), 'importing the config deleted dist/');
  });
});
