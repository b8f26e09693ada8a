import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DirectoryLoadError,
  directoryToCsv,
  parseDirectory,
  parseDirectoryCsv,
} from '../../src/core/index.js';
import { looksLikeCsv, parseCsvRows, splitMulti } from '../../src/core/csv.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

describe('CSV: a data maintainer exports the member sheet from a spreadsheet', () => {
  it('reads rows, skips the HXL hashtag row and blank rows, and files terms by label or id', () => {
    const { data, issues } = parseDirectoryCsv(fixtureText('members.csv'));
    assert.deepEqual(
      data.organizations.map((o) => o.id),
      ['unicef', 'who', 'ngo-with-comma'],
    );
    const unicef = data.organizations[0]!;
    assert.equal(unicef.name, "United Nations Children's Fund");
    assert.deepEqual(unicef.headquarters, { city: 'New York', country: 'US' });
    assert.deepEqual(unicef.countries, ['JO', 'LB']);
    assert.deepEqual(unicef.regions, ['africa', 'middle-east']);
    assert.equal(unicef.type, 'un-agency');
    assert.deepEqual(unicef.commitments, [
      { text: 'Scale up MHPSS "now"' },
      { text: 'Train teachers' },
    ]);
    assert.equal(data.organizations[2]!.name, 'Save the Children, Denmark');
    // Without a taxonomy the sheet's own words become the facet's terms.
    assert.deepEqual(
      data.taxonomies.regions!.terms.map((t) => [t.id, t.label.en]),
      [
        ['africa', 'Africa'],
        ['europe', 'Europe'],
        ['middle-east', 'middle-east'],
      ],
    );
    // Issues name the spreadsheet row (header = row 1, HXL = row 2).
    const url = issues.find((i) => i.code === 'invalid-url')!;
    assert.equal(url.row, 4);
    assert.match(url.message, /^record 2 \(who, row 4\): website: 'ftp:\/\/who.int'/);
    const noId = issues.find((i) => i.code === 'missing-id')!;
    assert.equal(noId.row, 5);
    assert.match(noId.message, /^record 3 \(row 5\): id: missing/);
  });

  it('files cells under given taxonomies, matching ids or labels in any language', () => {
    const { taxonomies } = fixture('base.json') as { taxonomies: never };
    const csv = 'id,name,regions,approaches\na,A,Moyen-Orient | AFRICA,advocacy\nb,B,Atlantis,\n';
    const { data, issues } = parseDirectoryCsv(csv, { taxonomies });
    assert.deepEqual(data.organizations[0]!.regions, ['middle-east', 'africa']);
    assert.deepEqual(data.organizations[1]!.regions, []);
    assert.match(issues[0]!.message, /'Atlantis' is not a term of the 'regions' facet/);
  });

  it('reads semicolon- and tab-separated sheets, CRLF line ends and a byte-order mark', () => {
    const semicolons = parseDirectoryCsv('\ufeffid;name;acronym\r\na;Alpha, Inc.;AI\r\n');
    assert.deepEqual(semicolons.data.organizations, [
      { id: 'a', name: 'Alpha, Inc.', acronym: 'AI' },
    ]);
    const tabs = parseDirectoryCsv('id\tname\na\tAlpha; Beta\n');
    assert.deepEqual(tabs.data.organizations, [{ id: 'a', name: 'Alpha; Beta' }]);
  });

  it('rejects a sheet it cannot read, saying why', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['<html><body>Sign in</body></html>', /is a web page \(HTML\)/],
      ['name,website\nA,https://a.org\n', /no 'id' column/],
      ['id,name,name\na,A,B\n', /two columns named 'name'/],
      ['id,name\na,"never closed\n', /never closed \(it starts on line 2\)/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseDirectoryCsv(text),
        (e: unknown) => e instanceof DirectoryLoadError && message.test(e.message),
      );
    }
  });

  it('splits multi-valued cells on bars, keeping escaped bars', () => {
    assert.deepEqual(splitMulti(' a | b\\|c ||d '), ['a', 'b|c', 'd']);
  });

  it('tells CSV from JSON by name, media type or content', () => {
    assert.equal(looksLikeCsv('https://x.org/members.csv?v=2'), true);
    assert.equal(looksLikeCsv('text/csv; charset=utf-8'), true);
    assert.equal(looksLikeCsv('application/json'), false);
    assert.equal(looksLikeCsv('members', 'id,name\n'), true);
    assert.equal(looksLikeCsv('members', '  {"version":1}'), false);
    assert.equal(looksLikeCsv('text/html', 'id,name'), false);
    assert.equal(looksLikeCsv('members', '<!doctype html><title>Not found</title>'), false);
  });

  it('round-trips a directory through CSV without losing organizations or fields', () => {
    const { data } = parseDirectory(fixture('base.json'));
    const back = parseDirectoryCsv(directoryToCsv(data), { taxonomies: data.taxonomies });
    assert.deepEqual(
      back.issues.filter((i) => i.code !== 'unknown-organization'),
      [],
    );
    assert.deepEqual(back.data.organizations, data.organizations);
  });

  it('parses any grid of cells that was written with RFC 4180 quoting', () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        (grid) => {
          const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
          const text = grid.map((row) => row.map(quote).join(',')).join('\r\n');
          assert.deepEqual(parseCsvRows(text), grid);
        },
      ),
    );
  });
});
