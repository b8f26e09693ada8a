// A directory read in two stages (stageDirectory): at once what decides whether each record is
// kept and where it is filed, then each record whole when it is shown, the rest later. Whatever
// is completed first, and in whatever order, the result is validateDirectory's, and a
// provisional record already has its final id, name and facet terms.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stageDirectory, validateDirectory } from '../../src/core/model/validate.js';
import { DirectoryLoadError } from '../../src/core/index.js';

const taxonomies = {
  regions: {
    label: { en: 'Region' },
    terms: [
      { id: 'africa', label: { en: 'Africa' } },
      { id: 'europe', label: { en: 'Europe' } },
    ],
  },
  type: { label: { en: 'Type' }, terms: [{ id: 'ngo', label: { en: 'NGO' } }] },
};
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('africa', 'europe', 'ngo', 'atlantis', ['africa', 'africa', 7], 'a', 'b'),
  fc.constantFrom('https://example.org', 'ftp://x', 'JO', 'jo', ['a', 'zz']),
);
const record = fc.dictionary(
  fc.constantFrom(
    'id',
    'name',
    'website',
    'countries',
    'regions',
    'type',
    'partners',
    'parent',
    'sources',
    'headquarters',
    'description',
    'x',
  ),
  value,
);
const someRecord = fc.oneof(
  record,
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'B'), name: fc.constantFrom('A', ' b ', '') }),
  fc.jsonValue({ maxDepth: 1 }),
);

/** What the index reads of a record: its id, its name, its facet terms and its countries. */
const filed = (org: Record<string, unknown>) => ({
  id: org.id,
  name: org.name,
  regions: org.regions,
  type: org.type,
  countries: org.countries,
});

function check(text: string, order: number[]): void {
  let expected;
  try {
    expected = validateDirectory(text);
  } catch (error) {
    assert.ok(error instanceof DirectoryLoadError);
    assert.throws(() => stageDirectory(text), DirectoryLoadError);
    return;
  }
  const staged = stageDirectory(text);
  const provisional = staged.data.organizations.map((o) => filed(o));
  assert.deepEqual(provisional, expected.data.organizations.map(filed));
  // Some records completed first (a first page), in any order: each is then the final record.
  for (const i of order) {
    if (i >= staged.data.organizations.length) continue;
    assert.deepEqual(staged.complete(i), expected.data.organizations[i]);
  }
  assert.equal(
    staged.remaining,
    staged.data.organizations.length -
      new Set(order.filter((i) => i < staged.data.organizations.length)).size,
  );
  assert.deepEqual(staged.finish(), expected);
  assert.equal(staged.remaining, 0);
  assert.equal(staged.finish(), staged.finish());
}

describe('stageDirectory: a first page before every record is read whole', () => {
  it('any records, any completion order: validateDirectory\u2019s records, values and issues', () => {
    fc.assert(
      fc.property(
        fc.array(someRecord, { maxLength: 12 }),
        fc.array(fc.nat({ max: 12 }), { maxLength: 6 }),
        (records, order) =>
          check(JSON.stringify({ version: 1, taxonomies, organizations: records }), order),
      ),
      { numRuns: 500 },
    );
  });

  it('the same on the fixtures and the shipped list', () => {
    const files = readdirSync('test/fixtures')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `test/fixtures/${f}`);
    for (const file of [...files, 'data/members.json', 'test/components/fixtures/directory.json']) {
      const text = readFileSync(file, 'utf8');
      check(text, [3, 0, 3, 1]);
    }
  });
});
