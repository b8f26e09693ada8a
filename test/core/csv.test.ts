import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DirectoryLoadError,
  directoryToCsv,
  parseDirectory,
  parseDirectoryCsv,
  parseDirectoryTable,
  type DirectoryData,
  type Taxonomy,
} from '../../src/core/index.js';
import { parseCsvRows, splitMulti } from '../../src/core/formats/csv.js';
import { looksLikeCsv } from '../../src/core/formats/sniff.js';
import { cellText, csvColumns, guardCell, unguardCell } from '../../src/core/formats/csv.js';
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

  it("a cell holding a term's id means that term, even when another term has it as a label", () => {
    const taxonomies: Record<string, Taxonomy> = {
      regions: {
        label: { en: 'Region' },
        terms: [
          { id: 'west', label: { en: 'West' } },
          { id: 'east', label: { en: 'East', fr: 'west' } },
        ],
      },
    };
    const { data } = parseDirectoryCsv('id,name,regions\na,A,west | East\n', { taxonomies });
    assert.deepEqual(data.organizations[0]!.regions, ['west', 'east']);
  });

  it('keeps text fields as text even when they look like JSON', () => {
    const csv = 'id,name,description,acronym\na,"[Draft] A","[1,2]","{x}"\n';
    const { data, issues } = parseDirectoryCsv(csv);
    assert.deepEqual(issues, []);
    assert.deepEqual(data.organizations[0], {
      id: 'a',
      name: '[Draft] A',
      description: '[1,2]',
      acronym: '{x}',
    });
  });

  it('reads semicolon- and tab-separated sheets, CRLF line ends and a byte-order mark', () => {
    const semicolons = parseDirectoryCsv('\ufeffid;name;acronym\r\na;Alpha, Inc.;AI\r\n');
    assert.deepEqual(semicolons.data.organizations, [
      { id: 'a', name: 'Alpha, Inc.', acronym: 'AI' },
    ]);
    const tabs = parseDirectoryCsv('id\tname\na\tAlpha; Beta\n');
    assert.deepEqual(tabs.data.organizations, [{ id: 'a', name: 'Alpha; Beta' }]);
  });

  it('rejects a sheet it cannot read, saying why, with a machine-readable code', () => {
    const cases: [string, RegExp, string][] = [
      ['', /empty/, 'empty'],
      ['<html><body>Sign in</body></html>', /is a web page \(HTML\)/, 'html'],
      ['name,website\nA,https://a.org\n', /the CSV has no 'id' column/, 'table-missing-columns'],
      ['id,name,name\na,A,B\n', /two columns named 'name'/, 'table-duplicate-column'],
      ['id,name\na,"never closed\n', /never closed \(it starts on line 2\)/, 'csv-unclosed-quote'],
    ];
    for (const [text, message, code] of cases) {
      assert.throws(
        () => parseDirectoryCsv(text),
        (e: unknown) =>
          e instanceof DirectoryLoadError && message.test(e.message) && e.code === code,
        text,
      );
    }
  });

  it('splits multi-valued cells on bars, keeping escaped bars', () => {
    assert.deepEqual(splitMulti(' a | b\\|c ||d '), ['a', 'b|c', 'd']);
  });

  it("reads a list written with ';' or ',' as its values when each is valid alone, and says so", () => {
    const members = JSON.parse(readFileSync('data/members.json', 'utf8')) as {
      taxonomies: Record<string, Taxonomy>;
    };
    const csv =
      'id,name,regions,approaches,countries,languages,partners\n' +
      'unicef,UNICEF,africa;Europe,"Training, education and capacity building",UG;KE,en fr,who; unhcr\n' +
      'who,WHO,"Africa, Atlantis",,"ZZ, KE",,\n' +
      'Bad Id,Skipped,,,UG;KE,,\n' +
      'unhcr,UNHCR,,,UG|KE,,\n';
    const { data, issues } = parseDirectoryCsv(csv, { taxonomies: members.taxonomies });
    const [unicef, who, unhcr] = data.organizations;
    assert.deepEqual(unicef!.regions, ['africa', 'europe']);
    // A label with a comma is one term.
    assert.deepEqual(unicef!.approaches, ['training-education-capacity-building']);
    assert.deepEqual(unicef!.countries, ['UG', 'KE']);
    assert.deepEqual(unicef!.languages, ['en', 'fr']);
    assert.deepEqual(unicef!.partners, ['who', 'unhcr']);
    // Split only when every piece is valid: 'Atlantis' is no region, so nothing is guessed.
    assert.deepEqual(who!.regions, []);
    // Codes split by shape; a code that is no country is reported, the valid one kept.
    assert.deepEqual(who!.countries, ['KE']);
    assert.deepEqual(unhcr!.countries, ['UG', 'KE']);
    assert.deepEqual(
      issues.filter((i) => i.code === 'list-separator').map((i) => [i.severity, i.row, i.message]),
      [
        [
          'warning',
          2,
          "record 1 (unicef, row 2): regions: a cell lists its values joined with '|'; read 'africa;Europe' as 'africa', 'Europe'",
        ],
        [
          'warning',
          2,
          "record 1 (unicef, row 2): countries: a cell lists its values joined with '|'; read 'UG;KE' as 'UG', 'KE'",
        ],
        [
          'warning',
          2,
          "record 1 (unicef, row 2): languages: a cell lists its values joined with '|'; read 'en fr' as 'en', 'fr'",
        ],
        [
          'warning',
          2,
          "record 1 (unicef, row 2): partners: a cell lists its values joined with '|'; read 'who; unhcr' as 'who', 'unhcr'",
        ],
        [
          'warning',
          3,
          "record 2 (who, row 3): countries: a cell lists its values joined with '|'; read 'ZZ, KE' as 'ZZ', 'KE'",
        ],
      ],
    );
    // The note comes before the issues of its record; a skipped record's cells are not read.
    const forWho = issues.filter((i) => i.row === 3).map((i) => i.code);
    assert.deepEqual(forWho, ['list-separator', 'invalid-country', 'unknown-term']);
    assert.equal(issues.filter((i) => i.row === 4).length, 1);
  });

  it('reads countries named instead of coded, in four languages and common other names', () => {
    const csv =
      'id,name,countries,headquarters.country\n' +
      'a,A,"Uganda; South Sudan",United States\n' +
      'b,B,UG KE|Kenya,Suisse\n' +
      'c,C,"Democratic Republic of the Congo, Ouganda",\n' +
      'd,D,أوغندا|Myanmar|oPt|Türkiye|Turkey,UK\n' +
      'e,E,Guinea Bissau,\n';
    const { data, issues } = parseDirectoryCsv(csv);
    assert.deepEqual(
      data.organizations.map((o) => [o.id, o.countries, o.headquarters?.country]),
      [
        ['a', ['UG', 'SS'], 'US'],
        ['b', ['UG', 'KE'], 'CH'],
        ['c', ['CD', 'UG'], undefined],
        ['d', ['UG', 'MM', 'PS', 'TR'], 'GB'],
        // Not a name Intl or the list knows: reported, never guessed.
        ['e', [], undefined],
      ],
    );
    const said = (row: number) =>
      issues.filter((i) => i.row === row).map((i) => `${i.severity} ${i.code}: ${i.message}`);
    assert.deepEqual(said(2), [
      "warning country-name: record 1 (a, row 2): countries: countries are given by their ISO codes, joined with '|'; read 'Uganda; South Sudan' as 'UG', 'SS'",
      "warning country-name: record 1 (a, row 2): headquarters.country: countries are given by their ISO code; read 'United States' as 'US'",
    ]);
    assert.match(said(6)[0]!, /^error invalid-country: .*'Guinea Bissau' is not an ISO 3166-1/);
  });

  it("reads a spreadsheet's capitalised headers as the fields they name ('ID', 'Name', 'Regions')", () => {
    const { data, issues } = parseDirectoryCsv(
      'ID,Name,Website,Regions,Headquarters.City,Notes\nunicef,UNICEF,https://www.unicef.org,Africa,New York,x\n',
    );
    assert.deepEqual(issues, []);
    const [unicef] = data.organizations;
    assert.equal(unicef!.name, 'UNICEF');
    assert.equal(unicef!.website, 'https://www.unicef.org');
    assert.deepEqual(unicef!.regions, ['africa']);
    assert.equal(unicef!.headquarters?.city, 'New York');
    // A column the format does not know keeps its name as written.
    assert.equal((unicef as Record<string, unknown>).Notes, 'x');
    // The column as written wins when the sheet has both.
    const both = parseDirectoryCsv('id,name,Name\na,Lower,Upper\n');
    assert.equal(both.data.organizations[0]!.name, 'Lower');
  });

  it("without taxonomies, splits a sheet's own words on ';' only (labels have commas)", () => {
    const { data, issues } = parseDirectoryCsv(
      'id,name,regions\na,A,Africa; Europe\nb,B,"Training, education"\n',
    );
    assert.deepEqual(
      data.taxonomies.regions!.terms.map((t) => t.label.en),
      ['Africa', 'Europe', 'Training, education'],
    );
    assert.deepEqual(data.organizations[0]!.regions, ['africa', 'europe']);
    assert.deepEqual(
      issues.map((i) => i.code),
      ['list-separator'],
    );
  });

  it('tells CSV from JSON by the file name, media type or content, never by a folder name', () => {
    assert.equal(looksLikeCsv('https://x.org/members.csv?v=2'), true);
    assert.equal(looksLikeCsv('text/csv; charset=utf-8'), true);
    assert.equal(looksLikeCsv('application/json'), false);
    assert.equal(looksLikeCsv('members', 'id,name\n'), true);
    assert.equal(looksLikeCsv('members', '  {"version":1}'), false);
    assert.equal(looksLikeCsv('text/html', 'id,name'), false);
    assert.equal(looksLikeCsv('members', '<!doctype html><title>Not found</title>'), false);
    // Folders and query strings that merely mention csv.
    assert.equal(looksLikeCsv('/csv-exports/members.json', 'id,name\n'), false);
    assert.equal(looksLikeCsv('/csv/members', '{"version":1}'), false);
    assert.equal(looksLikeCsv('https://x.org/api?format=csv', '{"version":1}'), false);
    assert.equal(looksLikeCsv('C:\\csv exports\\members.json'), false);
    assert.equal(looksLikeCsv('exports.json/members.csv'), true);
  });

  it('decides a fetched file the same way: its path, then its content-type, then its text', () => {
    assert.equal(looksLikeCsv('/api/members', '{"version":1}', 'text/csv; charset=utf-8'), true);
    assert.equal(looksLikeCsv('/api/members', 'id,name\n', 'application/json'), false);
    assert.equal(looksLikeCsv('/members.csv', '{"version":1}', 'text/plain'), true);
    assert.equal(looksLikeCsv('/members', '\ufeffid,name\n', 'text/plain'), true);
    assert.equal(looksLikeCsv('/members', '\ufeff{"version":1}', 'text/plain'), false);
  });
});

describe('CSV from any spreadsheet: rows of cells with the same column rules', () => {
  it('reads typed cells (numbers, booleans, dates) as text and names the sheet row', () => {
    const rows = [
      ['id', 'name', 'website', 'founded', 'staff', 'verified'],
      ['a', 'Alpha', 'https://a.org', new Date(Date.UTC(2018, 4, 1)), 42, true],
      [null, null, null, null, null, null],
      ['b', 'Beta', 'ftp://b', new Date(Date.UTC(2020, 0, 31, 9, 29, 59, 999)), 7.5, false],
    ];
    const { data, issues } = parseDirectoryTable(rows, { sheet: 'Members' });
    assert.deepEqual(data.organizations, [
      {
        id: 'a',
        name: 'Alpha',
        website: 'https://a.org',
        founded: '2018-05-01',
        staff: '42',
        verified: 'TRUE',
      },
      { id: 'b', name: 'Beta', founded: '2020-01-31T09:30:00Z', staff: '7.5', verified: 'FALSE' },
    ]);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.row, 4);
    assert.match(issues[0]!.message, /^record 2 \(b, row 4 of sheet 'Members'\): website:/);
    assert.throws(
      () => parseDirectoryTable([['name']], { sheet: 'Members' }),
      /sheet 'Members' has no 'id' column/,
    );
  });

  it('writes cell values as text the way a reader expects', () => {
    assert.equal(cellText(null), '');
    assert.equal(cellText(0), '0');
    assert.equal(cellText(Number.NaN), '');
    assert.equal(cellText(new Date(Number.NaN)), '');
    assert.equal(cellText(new Date(Date.UTC(2026, 10, 24))), '2026-11-24');
  });
});

describe('CSV export: a sheet Excel opens correctly and safely', () => {
  const data = parseDirectory(fixture('base.json')).data;

  it('starts with a UTF-8 byte-order mark unless asked not to, with CRLF line ends', () => {
    const csv = directoryToCsv(data);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.match(csv.slice(1).split('\r\n')[0]!, /^id,name,acronym,/);
    assert.ok(csv.endsWith('\r\n'));
    assert.notEqual(directoryToCsv(data, { bom: false }).charCodeAt(0), 0xfeff);
  });

  it('writes every field some record holds, built-in fields first, then facets, then the rest', () => {
    const withExtra: DirectoryData = {
      ...data,
      organizations: [
        ...data.organizations,
        {
          id: 'x',
          name: 'X',
          sources: [{ title: 'Annual report', url: 'https://x.org/r' }],
          notes: 'n',
        },
      ],
    };
    assert.deepEqual(csvColumns(withExtra), [
      'id',
      'name',
      'acronym',
      'website',
      'headquarters.city',
      'headquarters.country',
      'countries',
      'regions',
      'approaches',
      'partners',
      'commitments',
      'sources',
      'notes',
    ]);
    const back = parseDirectoryCsv(directoryToCsv(withExtra), { taxonomies: data.taxonomies });
    assert.deepEqual(back.data.organizations.at(-1), withExtra.organizations.at(-1));
  });

  it('guards cells that a spreadsheet would run as a formula, and reads them back exactly', () => {
    const risky = ['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)', "'=already", "''+x"];
    for (const value of risky) {
      assert.equal(guardCell(value).charAt(0), "'", value);
      assert.equal(unguardCell(guardCell(value)), value);
    }
    for (const value of ['plain', "'quoted", 'a=b', '', "it's"]) {
      assert.equal(guardCell(value), value);
      assert.equal(unguardCell(value), value);
    }
    const org = { id: 'a', name: '=cmd|"/c calc"!A1', acronym: '@x' };
    const csv = directoryToCsv({ version: 1, taxonomies: {}, organizations: [org] });
    const cells = parseCsvRows(csv)[1]!;
    assert.deepEqual(cells, ['a', `'${org.name}`, "'@x"]);
    assert.deepEqual(parseDirectoryCsv(csv).data.organizations, [org]);
  });

  it('round-trips the test directory without losing organizations or fields', () => {
    const back = parseDirectoryCsv(directoryToCsv(data), { taxonomies: data.taxonomies });
    assert.deepEqual(
      back.issues.filter((i) => i.code !== 'unknown-organization'),
      [],
    );
    assert.deepEqual(back.data.organizations, data.organizations);
  });

  it('round-trips the shipped list, every organization and field', () => {
    const shipped = parseDirectory(
      readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
    ).data;
    const back = parseDirectoryCsv(directoryToCsv(shipped), { taxonomies: shipped.taxonomies });
    assert.deepEqual(back.issues, []);
    assert.deepEqual(back.data.organizations, shipped.organizations);
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

// --- Round trip over generated directories ----------------------------------------------------

/** Characters a spreadsheet makes trouble with: delimiters, quotes, bars, line breaks, RTL. */
const TRICKY = [
  ...'abcXYZ019 ,;"|\\\n\r\t=+-@\'[]{}#éüßçñ',
  'العربية',
  'שלום',
  '\u200f',
  '😀',
  'Ⅻ',
];
const text = fc
  .string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 14 })
  .map((s) => s.trim())
  .filter((s) => s !== '');
/** Text, or text with a formula-like start, or text that already starts with an apostrophe. */
const cellTextArb = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: text.map((s) => `=${s}`) },
  { weight: 1, arbitrary: text.map((s) => `'=${s}`) },
  { weight: 1, arbitrary: text.map((s) => `-${s}`) },
);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
const pick = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });

const TAXONOMIES: Record<string, Taxonomy> = {
  regions: {
    label: { en: 'Region', ar: 'المنطقة' },
    terms: [
      { id: 'africa', label: { en: 'Africa', fr: 'Afrique' } },
      // A label that is another term's id, and labels with delimiters and bars.
      { id: 'europe', label: { en: 'africa', fr: 'Europe, west | east' } },
      { id: 'middle-east', label: { en: 'Middle East', ar: 'الشرق الأوسط' } },
    ],
  },
  type: {
    label: { en: 'Type' },
    terms: [
      { id: 'ngo', label: { en: 'NGO' } },
      { id: 'un-agency', label: { en: 'UN agency' } },
    ],
  },
};

const organization = (ids: readonly string[]) =>
  fc.record(
    {
      name: cellTextArb,
      acronym: cellTextArb,
      description: cellTextArb,
      website: fc.constantFrom('https://example.org', 'https://a.org/x,y?q="1"|2', 'http://b.c/'),
      email: fc.constantFrom('info@example.org', 'a.b+c@d.co'),
      headquarters: fc.oneof(
        fc.record({ city: cellTextArb, country: fc.constantFrom('JO', 'LB', 'DK') }),
        fc.record({ address: cellTextArb }),
      ),
      countries: pick(['JO', 'LB', 'DK', 'US', 'XK']),
      languages: pick(['en', 'fr', 'ar', 'es-419']),
      parent: fc.constantFrom(...ids),
      partners: pick(ids),
      funders: pick(ids),
      commitments: fc.array(
        fc.record(
          { text: cellTextArb, source: cellTextArb, url: fc.constant('https://p.org/1') },
          { requiredKeys: ['text'] },
        ),
        { minLength: 1, maxLength: 2 },
      ),
      regions: pick(['africa', 'europe', 'middle-east']),
      type: fc.constantFrom('ngo', 'un-agency'),
      sources: fc.array(fc.record({ title: cellTextArb, url: fc.constant('https://s.org/a') }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
    { requiredKeys: ['name'] },
  );

const directory = fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }).chain((ids) =>
  fc
    .tuple(...ids.map(() => organization(ids)))
    // Plain JSON objects, as a directory file holds.
    .map((orgs) => JSON.parse(JSON.stringify(orgs.map((org, i) => ({ id: ids[i]!, ...org }))))),
);

describe('CSV round trip: export, then import with the same taxonomies, gives the directory back', () => {
  it('holds for generated directories with commas, quotes, bars, newlines, RTL text and leading =', () => {
    fc.assert(
      fc.property(directory, fc.boolean(), (organizations, bom) => {
        const original = parseDirectory({ version: 1, taxonomies: TAXONOMIES, organizations });
        const csv = directoryToCsv(original.data, { bom });
        const back = parseDirectoryCsv(csv, { taxonomies: original.data.taxonomies });
        assert.deepEqual(back.data.organizations, original.data.organizations);
        assert.deepEqual(
          back.issues.map((i) => [i.index, i.code, i.path]),
          original.issues.map((i) => [i.index, i.code, i.path]),
        );
        // No cell of the file starts like a formula.
        for (const row of parseCsvRows(csv)) {
          for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
