// Absence is visible, countries are a facet: every facet ends with a "not stated" term counting
// the organizations that state none of its terms, and `countries` is a facet of every result.
// Both are terms like any other: filters, scope, counts and URL state take them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUILT_IN_FACETS,
  Directory,
  NOT_STATED,
  parseDirectory,
  stateFromSearchParams,
  stateToSearchParams,
  type DirectoryData,
} from '../../src/core/index.js';
import { normalizeUrlState } from '../../src/core/state/url.js';
import { activeFilters, parseFacets, parseScope } from '../../src/core/state/view-state.js';
import { fixture } from '../helpers/fixtures.js';

const { data } = parseDirectory(fixture('search-directory.json'));
const dir = new Directory(data);
const counts = (terms: { id: string; count: number }[] = []) =>
  Object.fromEntries(terms.map((t) => [t.id, t.count]));
const ids = (filters: Record<string, string[]>, scope?: Record<string, string[]>) =>
  dir
    .query({ filters, ...(scope ? { scope } : {}), pageSize: 100 })
    .hits.map((h) => h.organization.id)
    .sort();

/** Five organizations in four countries, and one that names none. */
const countries: DirectoryData = {
  version: 1,
  taxonomies: {
    regions: {
      label: { en: 'Region' },
      terms: [
        { id: 'africa', label: { en: 'Africa' } },
        { id: 'europe', label: { en: 'Europe' } },
      ],
    },
  },
  organizations: [
    { id: 'a', name: 'Alpha', countries: ['UG', 'KE'], regions: ['africa'] },
    { id: 'b', name: 'Beta', countries: ['UG'], regions: ['africa'] },
    { id: 'c', name: 'Gamma', countries: ['DE'] },
    { id: 'd', name: 'Delta', countries: ['EG'], regions: ['africa'] },
    { id: 'e', name: 'Epsilon', regions: ['europe'] },
  ],
};

describe('Not stated: every facet counts the organizations that state none of its terms', () => {
  it('ends each facet with the "not stated" term, counting those without a term', () => {
    const r = dir.query({});
    for (const key of [...dir.facetKeys, ...BUILT_IN_FACETS]) {
      const last = r.facets[key]!.at(-1)!;
      assert.deepEqual(
        { ...last, label: undefined, count: undefined },
        { id: NOT_STATED, label: undefined, count: undefined, selected: false, notStated: true },
        key,
      );
      // Only the last term says it is "not stated".
      assert.ok(
        r.facets[key]!.slice(0, -1).every((t) => !('notStated' in t)),
        key,
      );
    }
    // WHO, King's College, two projects and Emile state no population.
    assert.equal(counts(r.facets.populations)[NOT_STATED], 5);
    // Every organization has a region and a type.
    assert.equal(counts(r.facets.regions)[NOT_STATED], 0);
    // Only War Child names its countries.
    assert.equal(counts(r.facets.countries)[NOT_STATED], 10);
  });

  it('a visitor ticks "not stated": the organizations without a term, OR the facet’s other terms', () => {
    assert.deepEqual(ids({ populations: [NOT_STATED] }), [
      'emile',
      'kcl',
      'project-10',
      'project-9',
      'who',
    ]);
    assert.deepEqual(ids({ populations: [NOT_STATED, 'women'] }), [
      'amal',
      'emile',
      'kcl',
      'project-10',
      'project-9',
      'who',
    ]);
    // AND across facets: Europe's organizations that state no population.
    assert.deepEqual(ids({ populations: [NOT_STATED], regions: ['europe'] }), [
      'emile',
      'kcl',
      'who',
    ]);
    const r = dir.query({ filters: { populations: [NOT_STATED] } });
    assert.deepEqual(r.filters, { populations: [NOT_STATED] });
    assert.equal(r.facets.populations!.at(-1)!.selected, true);
    assert.deepEqual(r.dropped.filters, {});
  });

  it('counts say what ticking it would give, under the other facets’ filters', () => {
    const r = dir.query({ filters: { regions: ['africa'] } });
    // Under Africa: WHO alone states no population.
    assert.equal(counts(r.facets.populations)[NOT_STATED], 1);
    // Regions are counted without their own filter: no organization lacks one.
    assert.equal(counts(r.facets.regions)[NOT_STATED], 0);
    const both = dir.query({ filters: { regions: ['africa'], populations: [NOT_STATED] } });
    assert.equal(both.total, 1);
    // Regions under "no population": WHO in Africa, Asia and Europe; the projects in Asia…
    assert.deepEqual(counts(both.facets.regions), {
      africa: 1,
      'middle-east': 0,
      asia: 3,
      europe: 3,
      oceania: 0,
      [NOT_STATED]: 0,
    });
  });

  it('narrows a partner’s scope like any term, and text search within it', () => {
    assert.deepEqual(ids({}, { populations: [NOT_STATED] }), [
      'emile',
      'kcl',
      'project-10',
      'project-9',
      'who',
    ]);
    const r = dir.query({ scope: { populations: [NOT_STATED] }, text: 'health' });
    assert.ok(r.hits.every((h) => !h.organization.populations));
    assert.deepEqual(r.dropped.scope, {});
    // Not a term a record can list: a record that writes '-' states nothing.
    const odd = new Directory({
      version: 1,
      taxonomies: data.taxonomies,
      organizations: [{ id: 'x', name: 'X', regions: [NOT_STATED, 'asia'] }],
    });
    assert.deepEqual(counts(odd.query({}).facets.regions), {
      africa: 0,
      'middle-east': 0,
      asia: 1,
      europe: 0,
      oceania: 0,
      [NOT_STATED]: 0,
    });
  });

  it('is labelled by the core in English, French, Spanish and Arabic, English elsewhere', () => {
    const label = (lang: string) => dir.query({ lang }).facets.regions!.at(-1)!.label;
    assert.equal(label('en'), 'Not stated');
    assert.equal(label('fr'), 'Non indiqué');
    assert.equal(label('fr-CA'), 'Non indiqué');
    assert.equal(label('es'), 'No indicado');
    assert.equal(label('ar'), 'غير مذكور');
    assert.equal(label('de'), 'Not stated');
    assert.equal(dir.termLabel('regions', NOT_STATED, 'es'), 'No indicado');
    assert.equal(dir.termLabel('unknown', NOT_STATED, 'es'), NOT_STATED);
  });

  it('travels in the URL as `-`, and comes back', () => {
    const state = { filters: { regions: [NOT_STATED, 'africa'], countries: ['UG', NOT_STATED] } };
    const params = stateToSearchParams(state);
    assert.equal(params.get('mhpss-f-regions'), '-,africa');
    assert.equal(params.get('mhpss-f-countries'), 'UG,-');
    assert.deepEqual(stateFromSearchParams(params, 'mhpss-', dir.facetKeys), state);
    // Malformed ids are dropped here; a slug that is no country ('ug') by the source.
    assert.deepEqual(
      stateFromSearchParams(
        'mhpss-f-regions=-&mhpss-f-countries=UG,ug,--,U-G',
        'mhpss-',
        dir.facetKeys,
      ),
      { filters: { regions: [NOT_STATED], countries: ['UG', 'ug'] } },
    );
    assert.deepEqual(dir.query({ filters: { countries: ['UG', 'ug'] } }).dropped.filters, {
      countries: ['UG', 'ug'],
    });
    assert.deepEqual(normalizeUrlState({ filters: { nowhere: ['-'] } }, dir.facetKeys), {});
  });

  it('chips name the facet with it: "Region: Not stated"', () => {
    const [chip] = activeFilters({ regions: [NOT_STATED] }, dir, 'fr');
    assert.deepEqual(chip, {
      facet: 'regions',
      term: NOT_STATED,
      label: 'Non indiqué',
      facetLabel: 'Région',
      notStated: true,
    });
    assert.equal(activeFilters({ regions: ['africa'] }, dir, 'en')[0]!.notStated, undefined);
    assert.deepEqual(parseScope('regions:- countries:UG').scope, {
      regions: [NOT_STATED],
      countries: ['UG'],
    });
  });
});

describe('Countries: a facet of every result, named and ordered in the visitor’s language', () => {
  const world = new Directory(countries);

  it('lists the countries in the data, named by Intl.DisplayNames and in their name’s order', () => {
    const list = (lang: string) =>
      world.query({ lang }).facets.countries!.map((t) => [t.id, t.label, t.count]);
    assert.deepEqual(list('en'), [
      ['EG', 'Egypt', 1],
      ['DE', 'Germany', 1],
      ['KE', 'Kenya', 1],
      ['UG', 'Uganda', 2],
      [NOT_STATED, 'Not stated', 1],
    ]);
    assert.deepEqual(list('fr'), [
      ['DE', 'Allemagne', 1],
      ['EG', 'Égypte', 1],
      ['KE', 'Kenya', 1],
      ['UG', 'Ouganda', 2],
      [NOT_STATED, 'Non indiqué', 1],
    ]);
    assert.deepEqual(list('es'), [
      ['DE', 'Alemania', 1],
      ['EG', 'Egipto', 1],
      ['KE', 'Kenia', 1],
      ['UG', 'Uganda', 2],
      [NOT_STATED, 'No indicado', 1],
    ]);
    assert.deepEqual(list('ar'), [
      ['DE', 'ألمانيا', 1],
      ['UG', 'أوغندا', 2],
      ['KE', 'كينيا', 1],
      ['EG', 'مصر', 1],
      [NOT_STATED, 'غير مذكور', 1],
    ]);
  });

  it('is labelled "Country" by the core, in four languages', () => {
    assert.deepEqual(
      ['en', 'fr', 'es', 'ar', 'de'].map((lang) => world.facetLabel('countries', lang)),
      ['Country', 'Pays', 'País', 'البلد', 'Country'],
    );
    assert.equal(world.termLabel('countries', 'UG', 'fr'), 'Ouganda');
  });

  it('filters, scope and counts take country codes like any term', () => {
    const r = world.query({ filters: { countries: ['UG', 'DE'] } });
    assert.deepEqual(r.hits.map((h) => h.organization.id).sort(), ['a', 'b', 'c']);
    assert.deepEqual(r.filters, { countries: ['DE', 'UG'] });
    // Regions under the country filter: Gamma (Germany) states none.
    assert.deepEqual(counts(r.facets.regions), { africa: 2, europe: 0, [NOT_STATED]: 1 });
    const scoped = world.query({ scope: { countries: ['UG'] }, filters: { regions: ['africa'] } });
    assert.equal(scoped.total, 2);
    assert.deepEqual(counts(scoped.facets.countries), {
      EG: 0,
      DE: 0,
      KE: 1,
      UG: 2,
      [NOT_STATED]: 0,
    });
    const unknown = world.query({ filters: { countries: ['FR'] } });
    assert.deepEqual(unknown.dropped.filters, { countries: ['FR'] });
    assert.equal(unknown.total, 5);
  });

  it('is not among the facets shown by default; `facets="… countries"` shows it', () => {
    assert.deepEqual(world.facetKeys, ['regions']);
    assert.deepEqual(parseFacets(undefined, world.facetKeys), { shown: ['regions'], unknown: [] });
    assert.deepEqual(parseFacets('countries regions nowhere', world.facetKeys), {
      shown: ['countries', 'regions'],
      unknown: ['nowhere'],
    });
  });
});
