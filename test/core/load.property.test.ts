import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DirectoryLoadError, parseDirectory } from '../../src/core/index.js';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,5}){0,2}$/);
const validOrg = fc.record(
  {
    id: slug,
    name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
    acronym: fc.string({ maxLength: 8 }),
    description: fc.string({ maxLength: 80 }),
    website: fc.constantFrom('https://example.org', 'http://a.b/c?d=1'),
    countries: fc.uniqueArray(fc.constantFrom('JO', 'LB', 'DK', 'US', 'SY'), { maxLength: 3 }),
    regions: fc.uniqueArray(fc.constantFrom('africa', 'europe'), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name'] },
);
const junk = fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true });
const junkRecord = fc.dictionary(
  fc.constantFrom(
    'id',
    'name',
    'website',
    'countries',
    'regions',
    'partners',
    'commitments',
    'headquarters',
    'type',
    'x',
  ),
  junk,
);
const taxonomies = {
  regions: {
    label: { en: 'Region' },
    terms: [
      { id: 'africa', label: { en: 'Africa' } },
      { id: 'europe', label: { en: 'Europe' } },
    ],
  },
};

describe('parseDirectory: properties over generated input', () => {
  it('any JSON value either parses or throws DirectoryLoadError, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const input of [value, JSON.stringify(value)]) {
          try {
            parseDirectory(input);
          } catch (error) {
            if (!(error instanceof DirectoryLoadError)) throw error;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any document shape with junk records parses or throws DirectoryLoadError', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(junkRecord, junk), { maxLength: 8 }), junk, (records, tax) => {
        try {
          parseDirectory({ version: 1, taxonomies: tax, organizations: records });
        } catch (error) {
          if (!(error instanceof DirectoryLoadError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every valid record in a mixed input survives, in order, with its fields', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validOrg, { selector: (o) => o.id, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), junkRecord), { maxLength: 10 }),
        (valid, bad) => {
          // Junk records may not reuse a valid id, or they would count as the first one.
          const validIds = new Set(valid.map((o) => o.id));
          const mixed: unknown[] = [...valid];
          for (const [at, record] of bad) {
            const clean =
              typeof record.id === 'string' && validIds.has(record.id)
                ? { ...record, id: 42 }
                : record;
            mixed.splice(at % (mixed.length + 1), 0, clean);
          }
          const { data, issues } = parseDirectory(
            JSON.stringify({ version: 1, taxonomies, organizations: mixed }),
          );
          const kept = data.organizations.filter((o) => validIds.has(o.id));
          assert.deepEqual(
            kept.map((o) => o.id),
            valid.map((o) => o.id),
          );
          for (const org of valid) {
            const got = kept.find((o) => o.id === org.id)!;
            assert.deepEqual({ ...got, name: org.name }, JSON.parse(JSON.stringify(org)));
          }
          assert.ok(issues.every((i) => typeof i.message === 'string' && i.message.length > 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
