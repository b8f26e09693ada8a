import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixturePath } from '../helpers/fixtures.js';

const root = new URL('../..', import.meta.url).pathname;
const sh = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('the npm package, installed as a stranger would', () => {
  it(
    'packs, installs, runs `npx mhpss-directory validate` and imports mhpss-directory/core in Node',
    { timeout: 240_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'mhpss-pack-'));
      const pack = sh(
        'npm',
        ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
        root,
      );
      assert.equal(pack.code, 0, pack.err);
      const [info] = JSON.parse(pack.out) as [{ filename: string; files: { path: string }[] }];
      const files = info.files.map((f) => f.path);
      for (const required of [
        'package.json',
        'README.md',
        'data/members.json',
        'data/schema.json',
        'dist/core/index.js',
        'dist/core/index.d.ts',
        'dist/cli/index.js',
      ]) {
        assert.ok(files.includes(required), `${required} is in the tarball`);
      }
      assert.ok(
        !files.some((f) => f.startsWith('src/') || f.startsWith('test/')),
        'sources and tests stay out',
      );

      const app = join(dir, 'app');
      sh('mkdir', ['-p', app], dir);
      writeFileSync(
        join(app, 'package.json'),
        JSON.stringify({ name: 'app', private: true, type: 'module' }),
      );
      const install = sh(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, info.filename)],
        app,
      );
      assert.equal(install.code, 0, install.err);

      const validate = sh(
        'npx',
        [
          '--no-install',
          'mhpss-directory',
          'validate',
          'node_modules/mhpss-directory/data/members.json',
        ],
        app,
      );
      assert.equal(validate.code, 0, validate.out + validate.err);
      assert.match(validate.out, /organizations valid, 0 errors/);

      // The Excel reader and the UUIDs come with the package (its dependencies).
      const xlsx = sh(
        'npx',
        ['--no-install', 'mhpss-directory', 'import', fixturePath('members.xlsx')],
        app,
      );
      assert.equal(xlsx.code, 1, xlsx.err);
      assert.equal(JSON.parse(xlsx.out).organizations.length, 3);
      const hsds = sh(
        'npx',
        [
          '--no-install',
          'mhpss-directory',
          'export',
          'node_modules/mhpss-directory/data/members.json',
          '--format',
          'hsds',
        ],
        app,
      );
      assert.equal(hsds.code, 0, hsds.err);
      assert.match(JSON.parse(hsds.out).contents[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-5/);

      writeFileSync(
        join(app, 'use.mjs'),
        `import { parseDirectory } from 'mhpss-directory/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const text = readFileSync(require.resolve('mhpss-directory/data/members.json'), 'utf8');
const { data } = parseDirectory(text);
console.log(data.organizations.length);`,
      );
      const use = sh(process.execPath, ['use.mjs'], app);
      assert.equal(use.code, 0, use.err);
      assert.ok(Number(use.out.trim()) >= 30);
      const pkg = JSON.parse(
        readFileSync(join(app, 'node_modules/mhpss-directory/package.json'), 'utf8'),
      );
      assert.equal(pkg.exports['./core'].types, './dist/core/index.d.ts');
    },
  );
});
