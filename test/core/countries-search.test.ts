// Countries are findable: a visitor who types a country's name in English, French, Spanish or
// Arabic finds the organizations that work there (their `countries`) — on a page in any
// language, and in the directory's own language too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory, type DirectoryData } from '../../src/core/index.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;
const shipped = new Directory(members);
const found = (dir: Directory, text: string) =>
  dir
    .query({ text, pageSize: 1000 })
    .hits.map((h) => h.organization.id)
    .sort();
const workingIn = (data: DirectoryData, code: string) =>
  data.organizations
    .filter((o) => o.countries?.includes(code))
    .map((o) => o.id)
    .sort();

describe('a visitor searches a country by its name, in any of the four languages', () => {
  it('"Uganda", "Ouganda" and "أوغندا" find every organization working in Uganda', () => {
    const uganda = workingIn(members, 'UG');
    assert.ok(uganda.length >= 10, 'the shipped list names Uganda on ten records or more');
    for (const text of ['Uganda', 'Ouganda', 'uganda', 'أوغندا', 'اوغندا']) {
      const ids = found(shipped, text);
      for (const id of uganda) assert.ok(ids.includes(id), `${text}: ${id}`);
    }
    // Arabic finds them through the country's name alone: no description is in Arabic.
    assert.deepEqual(found(shipped, 'أوغندا'), uganda);
  });

  it('Spanish and French names that differ from the English one find the same records', () => {
    for (const [code, names] of [
      ['KE', ['Kenya', 'Kenia', 'كينيا']],
      ['LB', ['Lebanon', 'Liban', 'Líbano', 'لبنان']],
      ['JO', ['Jordan', 'Jordanie', 'Jordania', 'الأردن']],
      ['DE', ['Germany', 'Allemagne', 'Alemania', 'ألمانيا']],
    ] as const) {
      const want = workingIn(members, code);
      assert.ok(want.length > 0, code);
      for (const name of names) {
        const ids = found(shipped, name);
        for (const id of want) assert.ok(ids.includes(id), `${name}: ${id}`);
      }
    }
  });

  it('names countries in the directory’s own language as well', () => {
    const data: DirectoryData = {
      version: 1,
      taxonomies: {},
      organizations: [
        { id: 'a', name: 'Alpha', countries: ['DE'] },
        { id: 'b', name: 'Beta', headquarters: { country: 'UG' } },
        { id: 'c', name: 'Gamma' },
      ],
    };
    const german = new Directory(data, { lang: 'de' });
    assert.deepEqual(found(german, 'Deutschland'), ['a']);
    assert.deepEqual(found(german, 'Alemania'), ['a']);
    // The headquarters' country is searchable too, as before.
    assert.deepEqual(found(german, 'Ouganda'), ['b']);
    assert.deepEqual(found(new Directory(data), 'Deutschland'), []);
  });
});
