import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fixturePath } from '../helpers/fixtures.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

before(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
});

describe('mhpss-directory validate (the built CLI)', () => {
  it('prints every issue as FILE: record N (id): field: sentence, a summary, and exits 1 on errors', () => {
    const file = fixturePath('bad-urls.json');
    const { code, out } = cli('validate', file);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(
      lines[0],
      `${file}: record 1 (ftp): website: 'ftp://x' is not an http(s) URL; it is not shown as a link`,
    );
    assert.equal(lines.at(-1), `${file}: 4 organizations valid, 5 errors, 0 warnings`);
  });

  it('exits 0 when there are only warnings, and marks them', () => {
    const { code, out } = cli('validate', fixturePath('unknown-partners.json'));
    assert.equal(code, 1, 'an invalid reference is an error');
    assert.match(
      out,
      /warning: record 1 \(a\): partners\[1\]: 'nowhere' is not the id of an organization/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'mhpss-cli-'));
    const onlyWarnings = join(dir, 'warn.json');
    writeFileSync(
      onlyWarnings,
      JSON.stringify({ version: 1, organizations: [{ id: 'a', name: 'A', partners: ['zz'] }] }),
    );
    const ok = cli('validate', onlyWarnings);
    assert.equal(ok.code, 0);
    assert.match(ok.out, /1 organization valid, 0 errors, 1 warning/);
  });

  it('validates a clean file quietly with exit 0', () => {
    const { code, out } = cli('validate', fixturePath('base.json'));
    assert.equal(code, 0);
    assert.equal(
      out.trim(),
      `${fixturePath('base.json')}: 2 organizations valid, 0 errors, 0 warnings`,
    );
  });

  it('names the spreadsheet row for CSV files', () => {
    const { code, out } = cli('validate', fixturePath('members.csv'));
    assert.equal(code, 1);
    assert.match(
      out,
      /members\.csv: record 2 \(who, row 4\): website: 'ftp:\/\/who\.int' is not an http\(s\) URL/,
    );
  });

  it('prints machine-readable JSON with --json', () => {
    const { code, out } = cli('validate', '--json', fixturePath('duplicate-ids.json'));
    assert.equal(code, 1);
    const result = JSON.parse(out);
    assert.equal(result.ok, false);
    assert.equal(result.files[0].organizations, 2);
    assert.equal(result.files[0].issues[0].code, 'duplicate-id');
    assert.equal(result.files[0].issues[0].index, 2);
  });

  it('says clearly when a file is missing or unreadable, and checks the other files', () => {
    const { code, out } = cli(
      'validate',
      'no-such-file.json',
      fixturePath('not-json.txt'),
      fixturePath('base.json'),
    );
    assert.equal(code, 1);
    assert.match(out, /^no-such-file\.json: cannot read the file: no such file$/m);
    assert.match(out, /not-json\.txt: the input is not valid JSON/);
    assert.match(out, /base\.json: 2 organizations valid/);
    assert.match(out, /3 files checked, 2 with errors/);
  });

  it('explains its usage when called wrongly', () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--nope', 'x']]) {
      const { code, err } = cli(...args);
      assert.equal(code, 2, `exit code for ${args.join(' ')}`);
      assert.match(err, /Usage: mhpss-directory/);
    }
    assert.match(cli('--help').out, /validate FILE/);
    assert.match(cli('--version').out, /^\d+\.\d+\.\d+/);
  });
});

describe('mhpss-directory import and export', () => {
  it('imports a CSV sheet to the JSON data format, reporting row problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mhpss-cli-'));
    const out = join(dir, 'members.json');
    const { code, err } = cli('import', fixturePath('members.csv'), '-o', out);
    assert.equal(code, 1);
    assert.match(err, /row 5\): id: missing/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(doc.version, 1);
    assert.deepEqual(
      doc.organizations.map((o: { id: string }) => o.id),
      ['unicef', 'who', 'ngo-with-comma'],
    );
    assert.equal(cli('validate', out).code, 0);
  });

  it('exports CSV, JSON-LD and HSDS', () => {
    const file = fixturePath('base.json');
    const csv = cli('export', file, '--format', 'csv');
    assert.equal(csv.code, 0);
    assert.match(csv.out.split('\r\n')[0]!, /^id,name,acronym/);
    const ld = JSON.parse(cli('export', file, '--format', 'jsonld').out);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@graph'][0].name, "United Nations Children's Fund");
    assert.equal(ld['@graph'][0].url, 'https://www.unicef.org');
    const hsds = JSON.parse(cli('export', file, '--format', 'hsds').out);
    assert.equal(hsds[0].id, 'unicef');
    assert.equal(hsds[0].attributes[0].taxonomy_term.name, 'Africa');
    const bad = cli('export', file, '--format', 'xml');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format 'xml'/);
  });
});
