// The built command line (dist/cli/index.js), run as a data maintainer runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseCsvRows } from '../../src/core/formats/csv.js';
import { fixturePath, fixtureText } from '../helpers/fixtures.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const MEMBERS = new URL('../../data/members.json', import.meta.url).pathname;
/** How many organizations the shipped list has. */
const N = (JSON.parse(readFileSync(MEMBERS, 'utf8')) as { organizations: unknown[] }).organizations
  .length;
const cli = (args: string[], input?: string | Uint8Array) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), 'mhpss-cli-'));
/** One line, no stack trace. */
const oneLine = (text: string) => {
  assert.equal(text.trimEnd().split('\n').length, 1, text);
  assert.doesNotMatch(text, /\n\s+at |Error:|node:internal/);
};

before(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
});

describe('mhpss-directory validate', () => {
  it('prints every issue as FILE: record N (id): field: sentence, a summary, and exits 1 on errors', () => {
    const file = fixturePath('bad-urls.json');
    const { code, out } = cli(['validate', file]);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(
      lines[0],
      `${file}: record 1 (ftp): website: 'ftp://x' is not an http(s) URL; it is not shown as a link`,
    );
    assert.equal(lines.at(-1), `${file}: 4 organizations valid, 5 errors, 0 warnings`);
  });

  it('exits 0 when there are only warnings, and marks them', () => {
    const { code, out } = cli(['validate', fixturePath('unknown-partners.json')]);
    assert.equal(code, 1, 'an invalid reference is an error');
    assert.match(
      out,
      /warning: record 1 \(a\): partners\[1\]: 'nowhere' is not the id of an organization/,
    );
    const onlyWarnings = join(tmp(), 'warn.json');
    writeFileSync(
      onlyWarnings,
      JSON.stringify({ version: 1, organizations: [{ id: 'a', name: 'A', partners: ['zz'] }] }),
    );
    const ok = cli(['validate', onlyWarnings]);
    assert.equal(ok.code, 0);
    assert.match(ok.out, /1 organization valid, 0 errors, 1 warning/);
  });

  it('validates the shipped list cleanly with exit 0', () => {
    const { code, out } = cli(['validate', MEMBERS]);
    assert.equal(code, 0);
    assert.equal(out.trim(), `${MEMBERS}: ${N} organizations valid, 0 errors, 0 warnings`);
  });

  it('names the spreadsheet row for CSV files', () => {
    const { code, out } = cli(['validate', fixturePath('members.csv')]);
    assert.equal(code, 1);
    assert.match(
      out,
      /members\.csv: record 2 \(who, row 4\): website: 'ftp:\/\/who\.int' is not an http\(s\) URL/,
    );
  });

  it('prints machine-readable JSON with --json', () => {
    const { code, out } = cli(['validate', '--json', fixturePath('duplicate-ids.json')]);
    assert.equal(code, 1);
    const result = JSON.parse(out);
    assert.equal(result.ok, false);
    assert.equal(result.files[0].organizations, 2);
    assert.equal(result.files[0].issues[0].code, 'duplicate-id');
    assert.equal(result.files[0].issues[0].index, 2);
  });

  it('says clearly when a file is missing or unreadable, and checks the other files', () => {
    const { code, out } = cli([
      'validate',
      'no-such-file.json',
      fixturePath('not-json.txt'),
      fixturePath('base.json'),
    ]);
    assert.equal(code, 1);
    assert.match(out, /^no-such-file\.json: cannot read the file: no such file or folder$/m);
    assert.match(out, /not-json\.txt: the input is not valid JSON/);
    assert.match(out, /base\.json: 2 organizations valid/);
    assert.match(out, /3 files checked, 2 with errors/);
  });
});

describe('mhpss-directory validate --evidence', () => {
  const directory = fixturePath('evidence/directory.json');

  it('finds nothing wrong when every fact has a page and a quote', () => {
    const { code, out } = cli([
      'validate',
      directory,
      '--evidence',
      fixturePath('evidence/complete.json'),
    ]);
    assert.equal(code, 0, out);
    assert.equal(out.trim(), `${directory}: 2 organizations valid, 0 errors, 0 warnings`);
  });

  it('names each fact without evidence in the usual issue sentences, and exits 1', () => {
    const dir = tmp();
    const evidence = JSON.parse(fixtureText('evidence/complete.json')) as {
      organizations: Record<string, { fact: string; url?: string }[]>;
    };
    evidence.organizations.aid = evidence.organizations.aid!.filter(
      (i) => i.fact !== 'countries:UG',
    );
    evidence.organizations.aid[0]!.url = 'https://elsewhere.example.org/';
    const file = join(dir, 'evidence.json');
    writeFileSync(file, JSON.stringify(evidence));
    const { code, out } = cli(['validate', directory, '--evidence', file]);
    assert.equal(code, 1);
    assert.deepEqual(out.trim().split('\n'), [
      `${directory}: record 1 (aid): evidence[0]: the evidence for 'regions:africa' cites https://elsewhere.example.org/, which is not among the record's sources; add it to "sources" or cite a source the record has`,
      `${directory}: record 1 (aid): regions: 'africa' has no evidence: add the page that states it, with a short quote from it`,
      `${directory}: record 1 (aid): countries: 'UG' has no evidence: add the page that states it, with a short quote from it`,
      `${directory}: 2 organizations valid, 3 errors, 0 warnings`,
    ]);
  });

  it('says in one line when the evidence file is missing or not JSON', () => {
    const missing = cli(['validate', directory, '--evidence', 'nowhere.json']);
    assert.equal(missing.code, 1);
    oneLine(missing.err);
    assert.match(missing.err, /^nowhere\.json: cannot read the file/);
    const notJson = cli(['validate', directory, '--evidence', fixturePath('not-json.txt')]);
    assert.equal(notJson.code, 1);
    oneLine(notJson.err);
    assert.match(notJson.err, /not-json\.txt: the evidence file is not JSON/);
  });
});

describe('the format of an input comes from its file name or its content, never its folder', () => {
  const dir = tmp();
  const folder = join(dir, 'csv-exports');
  mkdirSync(folder);
  const json = join(folder, 'members.json');
  copyFileSync(MEMBERS, json);
  const noExtension = join(folder, 'members');
  copyFileSync(fixturePath('members.csv'), noExtension);

  it('reads a JSON file under a folder named csv-exports as JSON, in every command', () => {
    const validate = cli(['validate', json]);
    assert.equal(validate.code, 0, validate.out);
    assert.match(validate.out, new RegExp(`${N} organizations valid, 0 errors`));
    const imported = cli(['import', json]);
    assert.equal(imported.code, 0, imported.err);
    assert.equal(JSON.parse(imported.out).organizations.length, N);
    const exported = cli(['export', json, '--format', 'hsds']);
    assert.equal(exported.code, 0, exported.err);
    assert.equal(JSON.parse(exported.out).total_items, N);
  });

  it('reads a file without an extension by its content', () => {
    const { code, out } = cli(['validate', noExtension]);
    assert.equal(code, 1);
    assert.match(out, /record 2 \(who, row 4\)/);
  });

  it('reads text in the encodings Excel writes: UTF-16 "Unicode text" and Windows-1252 CSV', () => {
    const utf16 = join(dir, 'unicode.txt');
    const text = 'id\tname\na\tSanté mentale — العربية\n';
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = cli(['import', utf16]);
    assert.equal(a.code, 0, a.err);
    assert.equal(JSON.parse(a.out).organizations[0].name, 'Santé mentale — العربية');
    const latin = join(dir, 'latin.csv');
    writeFileSync(latin, Buffer.from('id,name\na,Caf\xe9 Genev\xe8ve\n', 'latin1'));
    const b = cli(['import', latin]);
    assert.equal(b.code, 0);
    assert.equal(JSON.parse(b.out).organizations[0].name, 'Café Genevève');
    assert.match(b.err, /latin\.csv: warning: the text is not UTF-8; read it as Windows-1252/);
  });
});

describe('standard input: - in validate, import and export', () => {
  it('validates JSON, CSV and Excel from standard input, by content', () => {
    const json = cli(['validate', '-'], readFileSync(MEMBERS, 'utf8'));
    assert.equal(json.code, 0);
    assert.equal(
      json.out.trim(),
      `(standard input): ${N} organizations valid, 0 errors, 0 warnings`,
    );
    const csv = cli(['validate', '-'], fixtureText('members.csv'));
    assert.equal(csv.code, 1);
    assert.match(csv.out, /^\(standard input\): record 2 \(who, row 4\): website:/m);
    const xlsx = cli(['validate', '-'], readFileSync(fixturePath('members.xlsx')));
    assert.match(xlsx.out, /^\(standard input\): record 2 \(who, row 4 of sheet 'Members'\)/m);
  });

  it('imports and exports from standard input, with --format / --input-format when needed', () => {
    const imported = cli(['import', '-', '--format', 'csv'], 'id,name\na,"{not json"\n');
    assert.equal(imported.code, 0, imported.err);
    assert.deepEqual(JSON.parse(imported.out).organizations, [{ id: 'a', name: '{not json' }]);
    const exported = cli(
      ['export', '-', '--input-format', 'json', '--format', 'jsonld'],
      readFileSync(MEMBERS, 'utf8'),
    );
    assert.equal(exported.code, 0, exported.err);
    assert.ok(JSON.parse(exported.out)['@graph'].length > N);
    const twice = cli(['validate', '-', '-'], '{}');
    assert.equal(twice.code, 2);
    assert.match(twice.err, /standard input \(-\) can be read only once/);
  });
});

describe('mhpss-directory import', () => {
  it('imports a CSV sheet to the JSON data format, reporting row problems', () => {
    const out = join(tmp(), 'members.json');
    const { code, err } = cli(['import', fixturePath('members.csv'), '-o', out]);
    assert.equal(code, 1);
    assert.match(err, /row 5\): id: missing/);
    assert.match(
      err,
      /members\.csv: wrote 3 organizations to .*members\.json \(2 errors reported above\)/,
    );
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(doc.version, 1);
    assert.deepEqual(
      doc.organizations.map((o: { id: string }) => o.id),
      ['unicef', 'who', 'ngo-with-comma'],
    );
    assert.equal(cli(['validate', out]).code, 0);
  });

  it('imports the first sheet of an Excel workbook exactly as the same CSV', () => {
    const fromCsv = cli(['import', fixturePath('members.csv')]);
    const fromXlsx = cli(['import', fixturePath('members.xlsx')]);
    assert.equal(fromXlsx.code, fromCsv.code);
    assert.equal(fromXlsx.out, fromCsv.out);
    const where = (err: string) =>
      err.replace(/members\.(csv|xlsx)/g, 'F').replace(/ of sheet 'Members'/g, '');
    assert.equal(where(fromXlsx.err), where(fromCsv.err));
    assert.match(
      fromXlsx.err,
      /members\.xlsx: record 2 \(who, row 4 of sheet 'Members'\): website: 'ftp:\/\/who\.int'/,
    );
  });

  it('reads another sheet with --sheet (by name or number), typed cells as text', () => {
    for (const sheet of ['Typed', 'typed', '2']) {
      const { code, out, err } = cli(['import', fixturePath('members.xlsx'), '--sheet', sheet]);
      assert.equal(code, 1, 'a bad link is an error');
      assert.match(
        err,
        /members\.xlsx: record 2 \(beta, row 4 of sheet 'Typed'\): website: 'not a link'/,
      );
      assert.deepEqual(JSON.parse(out).organizations[0], {
        id: 'alpha',
        name: 'Alpha',
        website: 'https://alpha.example',
        founded: '2018-05-01',
        staff: '42',
        verified: 'TRUE',
      });
    }
    const missing = cli(['import', fixturePath('members.xlsx'), '--sheet', 'Nope']);
    assert.equal(missing.code, 1);
    assert.equal(
      missing.err,
      `${fixturePath('members.xlsx')}: the workbook has no sheet 'Nope' (its sheets: 'Members', 'Typed')\n`,
    );
    const notForCsv = cli(['import', fixturePath('members.csv'), '--sheet', 'Typed']);
    assert.equal(notForCsv.code, 2);
    assert.match(notForCsv.err, /--sheet applies only to Excel \(\.xlsx\) input/);
  });

  it('explains what is wrong with a file that is not a workbook it can read', () => {
    const dir = tmp();
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'id,name\n');
    const old = join(dir, 'old.xls');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    const a = cli(['import', broken]);
    assert.equal(a.code, 1);
    assert.equal(a.err, `${broken}: not an Excel workbook (.xlsx) that can be read\n`);
    const b = cli(['import', old]);
    assert.equal(b.code, 1);
    assert.match(
      b.err,
      /old\.xls: an Excel 97–2003 \(\.xls\) workbook; open it in Excel and save it as \.xlsx/,
    );
  });
});

describe('mhpss-directory export', () => {
  const file = fixturePath('base.json');

  it('writes CSV for Excel: a byte-order mark (unless --no-bom) and guarded formula cells', () => {
    const csv = cli(['export', file]);
    assert.equal(csv.code, 0);
    assert.ok(csv.out.startsWith('\ufeffid,name,acronym'));
    const plain = cli(['export', file, '--format', 'csv', '--no-bom']);
    assert.ok(plain.out.startsWith('id,name,acronym'));
    const risky = join(tmp(), 'risky.json');
    writeFileSync(
      risky,
      JSON.stringify({ version: 1, organizations: [{ id: 'a', name: '=1+1' }] }),
    );
    assert.deepEqual(parseCsvRows(cli(['export', risky]).out)[1], ['a', "'=1+1"]);
  });

  it('writes JSON-LD with the organizations in the default graph, and HSDS as an API page', () => {
    const ld = JSON.parse(cli(['export', file, '--format', 'jsonld']).out);
    assert.deepEqual(Object.keys(ld), ['@context', '@graph']);
    const unicef = ld['@graph'].find((n: { identifier?: string }) => n.identifier === 'unicef');
    assert.equal(unicef.url, 'https://www.unicef.org');
    assert.match(unicef['@id'], /^urn:uuid:[0-9a-f-]{36}$/);
    const based = JSON.parse(
      cli(['export', file, '-f', 'jsonld', '--base-url', 'https://x.org/#']).out,
    );
    assert.ok(based['@graph'].some((n: { '@id': string }) => n['@id'] === 'https://x.org/#unicef'));
    const hsds = JSON.parse(cli(['export', file, '--format', 'hsds']).out);
    assert.equal(hsds.total_items, 2);
    assert.match(hsds.contents[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/);
    assert.equal(hsds.contents[0].attributes[0].taxonomy_term.name, 'Africa');
    const again = JSON.parse(cli(['export', file, '--format', 'hsds']).out);
    assert.deepEqual(again, hsds, 're-exporting gives the same ids');
    const pinned = JSON.parse(cli(['export', file, '--format', 'hsds', '--identity', 'x']).out);
    assert.notEqual(pinned.contents[0].id, hsds.contents[0].id);
  });

  it('writes the HSDS tables and datapackage.json into a folder with -o DIR', () => {
    const dir = join(tmp(), 'hsds');
    const { code, err } = cli(['export', MEMBERS, '--format', 'hsds-tabular', '-o', dir]);
    assert.equal(code, 0, err);
    assert.match(err, new RegExp(`wrote ${N} organizations to .*hsds$`, 'm'));
    assert.deepEqual(readdirSync(dir).sort(), [
      'addresses.csv',
      'attributes.csv',
      'datapackage.json',
      'funding.csv',
      'locations.csv',
      'organization_identifiers.csv',
      'organizations.csv',
      'taxonomies.csv',
      'taxonomy_terms.csv',
    ]);
    assert.equal(parseCsvRows(readFileSync(join(dir, 'organizations.csv'), 'utf8')).length, N + 1);
    const again = cli(['export', MEMBERS, '--format', 'hsds-tabular', '-o', dir]);
    assert.equal(again.code, 0, 'writing into an existing folder is fine');
    const noFolder = cli(['export', MEMBERS, '--format', 'hsds-tabular']);
    assert.equal(noFolder.code, 2);
    assert.match(
      noFolder.err,
      /--format hsds-tabular writes several files: give a folder with -o DIR/,
    );
  });

  it('ends quietly when the reader closes the pipe early (| head -1)', () => {
    // A list large enough that the output cannot fit in the pipe's buffer.
    const big = join(tmp(), 'big.json');
    const organizations = Array.from({ length: 4000 }, (_, i) => ({
      id: `org-${i}`,
      name: `Organization ${i}`,
      description: 'x'.repeat(200),
    }));
    writeFileSync(big, JSON.stringify({ version: 1, organizations }));
    for (const format of ['csv', 'hsds']) {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${CLI}" export "${big}" --format ${format} 2>"$0.err" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
          big,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(r.stdout.trim(), '0', format);
      assert.equal(readFileSync(`${big}.err`, 'utf8'), '', `${format}: nothing on standard error`);
    }
  });
});

describe('failures: one line naming the path and the reason, the same exit status everywhere', () => {
  const dir = tmp();
  const aFile = join(dir, 'a-file.txt');
  writeFileSync(aFile, 'x');

  it('a missing input exits 1 in every command, with the same sentence', () => {
    const results = [
      cli(['validate', 'missing.json']),
      cli(['import', 'missing.json']),
      cli(['export', 'missing.json']),
      cli(['export', 'missing.json', '--format', 'hsds-tabular', '-o', dir]),
    ];
    for (const r of results) assert.equal(r.code, 1);
    assert.equal(results[0]!.out, 'missing.json: cannot read the file: no such file or folder\n');
    for (const r of results.slice(1)) {
      assert.equal(r.err, 'missing.json: cannot read the file: no such file or folder\n');
    }
    const folder = cli(['import', dir]);
    assert.equal(folder.code, 1);
    assert.equal(folder.err, `${dir}: cannot read the file: it is a folder, not a file\n`);
  });

  it('unwritable output exits 1 in import and export, naming the path and the reason', () => {
    const cases: [string, RegExp][] = [
      [
        join(dir, 'no', 'such', 'folder', 'out.json'),
        /cannot write the file: the folder '.*\/no' does not exist$/,
      ],
      [
        join(aFile, 'out.json'),
        /cannot write the file: a part of the path is a file, not a folder$/,
      ],
      [dir, /cannot write the file: it is a folder, not a file$/],
    ];
    for (const [target, reason] of cases) {
      for (const args of [
        ['import', fixturePath('base.json'), '-o', target],
        ['export', fixturePath('base.json'), '-o', target],
      ]) {
        const r = cli(args);
        assert.equal(r.code, 1, args.join(' '));
        oneLine(r.err);
        assert.ok(r.err.startsWith(`${target}: `), r.err);
        assert.match(r.err.trimEnd(), reason);
      }
    }
    const tabular = cli([
      'export',
      MEMBERS,
      '--format',
      'hsds-tabular',
      '-o',
      join(dir, 'no', 'dir'),
    ]);
    assert.equal(tabular.code, 1);
    oneLine(tabular.err);
    assert.match(
      tabular.err,
      /no\/dir: cannot make the folder: the folder '.*\/no' does not exist/,
    );
    const onAFile = cli(['export', MEMBERS, '--format', 'hsds-tabular', '-o', aFile]);
    assert.equal(onAFile.code, 1);
    assert.match(
      onAFile.err,
      /a-file\.txt: cannot make the folder: a file of that name is in the way/,
    );
  });
});

describe('usage: each command takes only its own options, and has its own help', () => {
  it('exits 2 on a wrong call, saying what is wrong and how the command is used', () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['frobnicate'], /unknown command 'frobnicate'\n/],
      // A likely typo is named; a word that is close to nothing is not guessed at.
      [['valdiate', MEMBERS], /unknown command 'valdiate'; did you mean 'validate'\?/],
      [['validate', '--quet', MEMBERS], /validate does not take --quet; did you mean --quiet\?/],
      [
        ['validate', '--taxonomy', MEMBERS, MEMBERS],
        /validate does not take --taxonomy; did you mean --taxonomies\?/,
      ],
      [['export', '--fromat', 'csv', MEMBERS], /did you mean --format\?/],
      [['validate'], /validate needs at least one FILE/],
      [['validate', '--nope', 'x'], /validate does not take --nope\n/],
      [
        ['validate', '--format', 'hsds', MEMBERS],
        /validate reads json, csv or xlsx; 'hsds' is an output format/,
      ],
      [
        ['import', MEMBERS, '--format', 'pdf'],
        /--format 'pdf' is not one of csv, xlsx, json|--format 'pdf' is not one of json, csv, xlsx/,
      ],
      [['export', MEMBERS, '--json'], /export does not take --json/],
      [
        ['export', MEMBERS, '--format', 'xml'],
        /--format 'xml' is not one of csv, jsonld, hsds, hsds-tabular/,
      ],
      [
        ['export', MEMBERS, '--format', 'jsonld', '--no-bom'],
        /--no-bom applies only to --format csv/,
      ],
      [
        ['export', MEMBERS, '--base-url', 'https://x.org/'],
        /--base-url applies only to --format jsonld/,
      ],
      [['import', MEMBERS, '--no-bom'], /import does not take --no-bom/],
      [['import', MEMBERS, '--quiet'], /import does not take --quiet/],
      [['import', 'a.csv', 'b.csv'], /import needs exactly one FILE/],
      [['export', MEMBERS, '-o'], /-o needs a value/],
      [['validate', '--json=yes', MEMBERS], /--json takes no value/],
      [['import', MEMBERS, '--taxonomies', MEMBERS], /--taxonomies applies only to a sheet/],
    ];
    for (const [args, message] of cases) {
      const { code, err, out } = cli(args);
      assert.equal(code, 2, `exit status of ${args.join(' ')}`);
      assert.equal(out, '');
      assert.match(err, message, args.join(' '));
      assert.match(err, /\nUsage: mhpss-directory /);
      assert.doesNotMatch(err, /\n\s+at /);
    }
  });

  it('shows the help of each command, with its options and the exit statuses', () => {
    const options: Record<string, string[]> = {
      validate: ['--json', '--quiet', '--format', '--sheet', '--taxonomies'],
      import: ['--output', '--format', '--sheet', '--taxonomies'],
      export: ['--format', '--input-format', '--output', '--no-bom', '--base-url', '--identity'],
    };
    for (const [command, flags] of Object.entries(options)) {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const { code, out } = cli(args);
        assert.equal(code, 0);
        assert.ok(out.startsWith(`Usage: mhpss-directory ${command} `), out);
        for (const flag of flags)
          assert.match(out, new RegExp(`${flag}\\b`), `${command}: ${flag}`);
        assert.match(
          out,
          /Exit status: 0 ok; 1 data errors, or a file that cannot be read or written;\n2 the command was called wrongly/,
        );
      }
    }
    assert.doesNotMatch(cli(['import', '--help']).out, /--no-bom|--json/);
    const general = cli(['--help']);
    assert.equal(general.code, 0);
    assert.match(general.out, /validate \[options\] FILE\.\.\./);
    assert.match(general.out, /Exit status: 0 ok/);
    assert.match(cli(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });
});
