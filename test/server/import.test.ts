// Getting a directory into PostgreSQL: versioned migrations that run once (also when several
// processes start together), and `mhpss-directory serve` importing JSON, CSV, Excel and an HSDS
// tabular export — again only when the file changed — or serving, read only, what a database
// holds; its set-up failures are one line and an exit status, never a stack.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  directoryToHsds,
  directoryToHsdsTabular,
  parseDirectory,
  parseDirectoryCsv,
} from '../../src/core/index.js';
import { openDatabase, migrate, SCHEMA_VERSION } from '../../src/server/index.js';
import { MIGRATIONS, schemaVersion } from '../../src/server/migrations.js';
import { fixturePath, fixtureText } from '../helpers/fixtures.js';
import { variants } from './helpers.js';

const root = new URL('../..', import.meta.url).pathname;
const members = parseDirectory(readFileSync(join(root, 'data/members.json'), 'utf8')).data;

interface Served {
  url: string;
  stderr: string;
  stop(): Promise<number | null>;
}

/** Runs `mhpss-directory serve …` (from the sources) until it listens, or until it exits. */
function serveCli(args: string[]): Promise<Served & { exited?: number | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'serve', '--port', '0', ...args],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  return new Promise((resolve) => {
    const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = / at (http:\/\/\S+) /.exec(stderr);
      if (match) {
        resolve({
          url: match[1]!,
          get stderr() {
            return stderr;
          },
          stop: () => {
            child.kill('SIGTERM');
            return exit;
          },
        });
      }
    });
    void exit.then((code) =>
      resolve({ url: '', stderr, exited: code, stop: () => Promise.resolve(code) }),
    );
  });
}

const json = async (url: string) => (await fetch(url)).json() as Promise<any>;

const [variant] = await variants(['postgres']);

describe('migrations', { skip: variant!.name !== 'postgres' && 'needs PostgreSQL' }, () => {
  it('run once, in order, recorded; again they do nothing; concurrent starts apply each once', async () => {
    const url = await variant!.database();
    const a = await openDatabase(url);
    const b = await openDatabase(url);
    try {
      assert.equal(await schemaVersion(a), 0);
      const [first, second] = await Promise.all([migrate(a), migrate(b)]);
      const versions = MIGRATIONS.map((m) => m.version);
      assert.deepEqual(
        [...first!, ...second!].sort((x, y) => x - y),
        versions,
      );
      assert.equal(await schemaVersion(a), SCHEMA_VERSION);
      assert.deepEqual(await migrate(a), []);
      const rows = await a.query<{ version: number }>('SELECT version FROM mhpss_migrations');
      assert.deepEqual(
        rows.map((r) => r.version).sort((x, y) => x - y),
        versions,
      );
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('mhpss-directory serve FILE --db URL', { skip: variant!.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mhpss-serve-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let db = '';
  before(async () => {
    db = (await variant!.database()) ?? '';
  });
  const withDb = () => (db ? ['--db', db] : []);

  it('imports JSON, then serves it; the same file again is not imported again', async (t) => {
    if (!db) return t.skip('needs PostgreSQL');
    const first = await serveCli([join(root, 'data/members.json'), ...withDb()]);
    assert.ok(first.url, first.stderr);
    assert.match(first.stderr, /imported 32 organizations/);
    assert.equal((await json(`${first.url}organizations`)).total_items, 32);
    assert.equal(await first.stop(), 0);
    const again = await serveCli([join(root, 'data/members.json'), ...withDb()]);
    assert.match(again.stderr, /already holds this directory \(32 organizations\)/);
    await again.stop();
    // Without FILE: what the database holds, read only (a replica's mode).
    const replica = await serveCli(withDb());
    assert.ok(replica.url, replica.stderr);
    assert.equal((await json(`${replica.url}organizations?per_page=1`)).total_items, 32);
    await replica.stop();
  });

  it('imports CSV and Excel through the core’s readers, issues reported as validate does', async (t) => {
    if (!db) return t.skip('needs PostgreSQL');
    const csv = parseDirectoryCsv(fixtureText('members.csv'));
    const fromCsv = await serveCli([fixturePath('members.csv'), ...withDb()]);
    assert.ok(fromCsv.url, fromCsv.stderr);
    assert.equal(
      (await json(`${fromCsv.url}organizations`)).total_items,
      csv.data.organizations.length,
    );
    await fromCsv.stop();
    const fromXlsx = await serveCli([fixturePath('members.xlsx'), ...withDb()]);
    assert.ok(fromXlsx.url, fromXlsx.stderr);
    assert.ok((await json(`${fromXlsx.url}organizations`)).total_items > 0);
    assert.equal((await json(`${fromXlsx.url}organizations/unicef`)).alternate_name, 'UNICEF');
    await fromXlsx.stop();
  });

  it('imports an HSDS tabular export (datapackage.json): the same organizations and ids come back', async (t) => {
    if (!db) return t.skip('needs PostgreSQL');
    const folder = join(dir, 'hsds');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(directoryToHsdsTabular(members))) {
      writeFileSync(join(folder, name), text);
    }
    const served = await serveCli([folder, ...withDb()]);
    assert.ok(served.url, served.stderr);
    const body = await json(`${served.url}organizations?per_page=100&full=true`);
    assert.equal(body.total_items, members.organizations.length);
    const exported = new Map(directoryToHsds(members).contents.map((o) => [o.id, o]));
    for (const org of body.contents) {
      const original = exported.get(org.id);
      assert.ok(original, `${org.name}: the same UUID`);
      assert.equal(org.name, original.name);
      assert.equal(org.alternate_name, original.alternate_name);
      assert.equal(org.parent_organization_id, original.parent_organization_id);
      assert.deepEqual(
        (org.attributes ?? []).map((a: any) => a.taxonomy_term.code).sort(),
        (original.attributes ?? []).map((a) => a.taxonomy_term!.code).sort(),
        `${org.name}: the same terms`,
      );
    }
    // The data format comes back too: the directory's own ids and facets.
    const unicef = await json(`${served.url}organizations/unicef?records=true`);
    assert.deepEqual(
      unicef.mhpss.record.regions,
      members.organizations.find((o) => o.id === 'unicef')!.regions,
    );
    await served.stop();
  });
});

describe('serve: set-up failures are one line and an exit status', () => {
  it('neither FILE nor --db: a usage error (2)', async () => {
    const r = await serveCli([]);
    assert.equal(r.exited, 2);
    assert.match(r.stderr, /serve needs a FILE to serve, or --db URL/);
  });

  it('an unreachable database: exit 1, the URL without its password, no stack', async () => {
    const r = await serveCli([
      join(root, 'data/members.json'),
      '--db',
      'postgres://someone:secret@127.0.0.1:1/nothing',
    ]);
    assert.equal(r.exited, 1);
    assert.match(
      r.stderr,
      /^mhpss-directory: cannot connect to the database postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing/m,
    );
    assert.doesNotMatch(r.stderr, /secret|\n\s+at /);
  });

  it('a bad port: a usage error (2)', async () => {
    const r = await serveCli([join(root, 'data/members.json'), '--port', 'eighty']);
    assert.equal(r.exited, 2);
  });
});
