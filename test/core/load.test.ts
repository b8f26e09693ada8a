import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DirectoryLoadError, parseDirectory, type DataIssue } from '../../src/core/index.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const ids = (r: { data: { organizations: { id: string }[] } }) =>
  r.data.organizations.map((o) => o.id);
const find = (issues: DataIssue[], code: string) => issues.filter((i) => i.code === code);

describe('parseDirectory: a data maintainer loads a directory', () => {
  it('reads a valid document from an object and from JSON text alike, with no issues', () => {
    const fromObject = parseDirectory(fixture('base.json'));
    const fromText = parseDirectory(fixtureText('base.json'));
    assert.deepEqual(fromObject.issues, []);
    assert.deepEqual(fromObject, fromText);
    assert.deepEqual(ids(fromObject), ['unicef', 'who']);
    assert.equal(fromObject.data.title, 'Test directory');
    assert.equal(fromObject.data.taxonomies.regions?.terms.length, 2);
  });

  it('accepts text that starts with a byte-order mark, as spreadsheet tools write it', () => {
    const result = parseDirectory(`\ufeff${fixtureText('base.json')}`);
    assert.equal(result.data.organizations.length, 2);
  });

  it('skips records without a usable id or name and keeps every valid one', () => {
    const { data, issues } = parseDirectory(fixture('invalid-records.json'));
    assert.deepEqual(ids({ data }), ['good-one', 'good-two']);
    const skipped = issues.filter((i) => i.severity === 'error');
    assert.deepEqual(
      skipped.map((i) => [i.index, i.code]),
      [
        [1, 'missing-id'],
        [2, 'missing-name'],
        [3, 'invalid-id'],
        [4, 'invalid-name'],
        [5, 'invalid-record'],
        [6, 'invalid-record'],
      ],
    );
    const noName = skipped.find((i) => i.code === 'missing-name')!;
    assert.equal(noName.id, 'no-name');
    assert.equal(noName.path, 'name');
    assert.match(noName.message, /^record 3 \(no-name\): name: missing/);
    assert.match(
      skipped.find((i) => i.code === 'invalid-id')!.message,
      /'Bad Id' is not a valid id/,
    );
  });

  it('keeps the first of two records with the same id and reports the second', () => {
    const { data, issues } = parseDirectory(fixture('duplicate-ids.json'));
    assert.deepEqual(ids({ data }), ['unicef', 'who']);
    assert.equal(data.organizations[0]!.name, 'UNICEF (first)');
    const [dup] = find(issues, 'duplicate-id');
    assert.equal(dup!.index, 2);
    assert.equal(dup!.severity, 'error');
    assert.match(dup!.message, /record 3 \(unicef\): id: 'unicef' is already used by record 1/);
  });

  it('reports term ids missing from their taxonomy and drops only those terms', () => {
    const { data, issues } = parseDirectory(fixture('unknown-terms.json'));
    const [a, b] = data.organizations;
    assert.deepEqual(a!.regions, ['africa']);
    assert.equal(a!.type, 'un-agency');
    assert.equal(b!.regions, 'africa', 'a single known term written as text is kept');
    assert.equal(b!.type, undefined);
    const unknown = find(issues, 'unknown-term');
    assert.deepEqual(
      unknown.map((i) => [i.id, i.path]),
      [
        ['a', 'regions[1]'],
        ['b', 'type'],
      ],
    );
    assert.match(unknown[0]!.message, /'atlantis' is not a term of the 'regions' facet/);
  });

  it('reports partner, funder and parent ids that name no organization, and keeps them as text', () => {
    const { data, issues } = parseDirectory(fixture('unknown-partners.json'));
    const a = data.organizations[0]!;
    assert.deepEqual(a.partners, ['b', 'nowhere']);
    assert.equal(a.parent, 'ghost');
    const unknown = find(issues, 'unknown-organization');
    assert.deepEqual(
      unknown.map((i) => i.path),
      ['partners[1]', 'parent'],
    );
    assert.ok(unknown.every((i) => i.severity === 'warning'));
    assert.equal(find(issues, 'self-reference')[0]?.path, 'funders[0]');
    const bad = find(issues, 'invalid-reference')[0]!;
    assert.equal(bad.id, 'b');
    assert.deepEqual(data.organizations[1]!.partners, []);
  });

  it('never keeps a link that is not http(s), and says so', () => {
    const { data, issues } = parseDirectory(fixture('bad-urls.json'));
    assert.deepEqual(ids({ data }), ['ftp', 'js', 'relative', 'fine']);
    for (const org of data.organizations.slice(0, 3)) assert.equal(org.website, undefined);
    assert.equal(data.organizations[1]!.logo, undefined);
    assert.equal(data.organizations[3]!.website, 'https://example.org/path?q=1');
    assert.equal(data.organizations[3]!.email, undefined);
    const urls = find(issues, 'invalid-url');
    assert.deepEqual(
      urls.map((i) => [i.id, i.path]),
      [
        ['ftp', 'website'],
        ['js', 'website'],
        ['js', 'logo'],
        ['relative', 'website'],
      ],
    );
    assert.equal(
      urls[0]!.message,
      "record 1 (ftp): website: 'ftp://x' is not an http(s) URL; it is not shown as a link",
    );
    assert.equal(find(issues, 'invalid-email')[0]?.id, 'fine');
  });

  it('reports bad country codes, reads lower-case ones, and keeps the good ones', () => {
    const { data, issues } = parseDirectory(fixture('bad-countries.json'));
    const org = data.organizations[0]!;
    assert.deepEqual(org.countries, ['JO', 'LB']);
    assert.deepEqual(org.headquarters, { city: 'Amman' });
    assert.deepEqual(
      find(issues, 'invalid-country')
        .map((i) => i.path)
        .sort(),
      ['countries[1]', 'countries[3]', 'countries[4]', 'headquarters.country'],
    );
    assert.equal(find(issues, 'country-case')[0]?.severity, 'warning');
  });

  it('passes unknown keys through, at every level, so newer files load in older widgets', () => {
    const { data, issues } = parseDirectory(fixture('unknown-keys.json'));
    assert.deepEqual(issues, []);
    assert.deepEqual(data.futureTopLevel, { kept: true });
    const org = data.organizations[0]!;
    assert.deepEqual(org.roles, ['key-partner']);
    assert.deepEqual(org.newField, { nested: [1, 2] });
    assert.deepEqual(org.headquarters, { city: 'Geneva', floor: 3 });
  });

  it('reads a document without a version as version 1, with a warning', () => {
    const { data, issues } = parseDirectory({ organizations: [{ id: 'a', name: 'A' }] });
    assert.equal(data.version, 1);
    assert.equal(issues[0]?.code, 'missing-version');
    assert.equal(issues[0]?.severity, 'warning');
  });

  it('ignores a broken taxonomy, term or facet name and says which', () => {
    const { data, issues } = parseDirectory({
      version: 1,
      taxonomies: {
        regions: {
          label: { en: 'Region' },
          terms: [
            { id: 'a', label: { en: 'A' } },
            { id: 'a', label: { en: 'again' } },
            { id: 'B C', label: { en: 'x' } },
            { id: 'd' },
          ],
        },
        name: { label: { en: 'Name' }, terms: [] },
        broken: { label: { fr: 'pas anglais' }, terms: [] },
        '1bad': { label: { en: 'x' }, terms: [] },
      },
      organizations: [{ id: 'x', name: 'X', regions: ['a'] }],
    });
    assert.deepEqual(Object.keys(data.taxonomies), ['regions']);
    assert.deepEqual(
      data.taxonomies.regions!.terms.map((t) => t.id),
      ['a'],
    );
    assert.deepEqual(
      issues.map((i) => i.code),
      [
        'duplicate-term',
        'invalid-term',
        'invalid-term',
        'reserved-facet',
        'invalid-facet',
        'invalid-facet',
      ],
    );
    assert.ok(issues.every((i) => i.index === undefined && i.message.startsWith('document: ')));
  });

  it('treats non-text fields and non-list lists as issues without losing the record', () => {
    const { data, issues } = parseDirectory({
      version: 1,
      organizations: [
        {
          id: 'x',
          name: 'X',
          description: 42,
          countries: 'JO',
          commitments: ['Plain text', { source: 'no text' }],
        },
      ],
    });
    const org = data.organizations[0]!;
    assert.equal(org.description, undefined);
    assert.equal(org.countries, undefined);
    assert.deepEqual(org.commitments, [{ text: 'Plain text' }]);
    assert.deepEqual(
      issues.map((i) => i.path),
      ['description', 'countries', 'commitments[1].text'],
    );
  });
});

describe('parseDirectory: unreadable input throws DirectoryLoadError naming the problem', () => {
  const cases: [string, unknown, RegExp][] = [
    ['text that is not JSON', fixtureText('not-json.txt'), /not valid JSON/],
    ['an empty string', '   ', /empty/],
    ['a web page', '\n<!doctype html><title>Not found</title>', /is a web page \(HTML\)/],
    [
      'a list instead of a document',
      fixture('wrong-shape.json'),
      /must be a JSON object .* but it is a list/,
    ],
    [
      'an unsupported version',
      fixture('unsupported-version.json'),
      /unsupported data format version 2/,
    ],
    ['no organizations', { version: 1 }, /no "organizations" list/],
    [
      'organizations that are not a list',
      { version: 1, organizations: {} },
      /"organizations" must be a list, but it is an object/,
    ],
    ['null', null, /but it is null/],
    ['a number', 42, /but it is a number/],
  ];
  for (const [what, input, message] of cases) {
    it(`rejects ${what}`, () => {
      assert.throws(
        () => parseDirectory(input),
        (error: unknown) => error instanceof DirectoryLoadError && message.test(error.message),
      );
    });
  }

  it('turns a hostile object (a throwing getter) into a DirectoryLoadError', () => {
    const hostile = {
      version: 1,
      get organizations(): unknown {
        throw new Error('boom');
      },
    };
    assert.throws(() => parseDirectory(hostile), DirectoryLoadError);
  });

  it('does not let "__proto__" keys pollute prototypes', () => {
    const text =
      '{"version":1,"taxonomies":{"__proto__":{"label":{"en":"x"},"terms":[]}},"organizations":[{"id":"a","name":"A","__proto__":{"polluted":true}}]}';
    const { data } = parseDirectory(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((data.organizations[0] as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(data.taxonomies), []);
  });
});
