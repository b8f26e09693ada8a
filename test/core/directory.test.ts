import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULTS,
  Directory,
  parseDirectory,
  type DirectoryData,
  type QueryState,
} from '../../src/core/index.js';
import { STOP_WORDS } from '../../src/core/search/search-defaults.js';
import { fixture } from '../helpers/fixtures.js';

const { data } = parseDirectory(fixture('search-directory.json'));
const dir = new Directory(data);
const ids = (state: QueryState) =>
  dir.query({ pageSize: 100, ...state }).hits.map((h) => h.organization.id);
const termIds = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];

describe('Directory: building', () => {
  it('knows its size, its facets in document order and every organization by id', () => {
    assert.equal(dir.size, 11);
    assert.deepEqual(dir.facetKeys, ['regions', 'approaches', 'populations', 'type']);
    assert.equal(dir.get('unicef')?.acronym, 'UNICEF');
    assert.equal(dir.get('nobody'), undefined);
    assert.equal(dir.data, data);
  });

  it('builds over a directory with no organizations and no facets', () => {
    const empty = new Directory({ version: 1, taxonomies: {}, organizations: [] });
    const r = empty.query({ text: 'anything' });
    // The countries facet is in every result, if only with its "not stated" term.
    const countries = [
      { id: '-', label: 'Not stated', count: 0, selected: false, notStated: true },
    ];
    assert.deepEqual(
      [r.total, r.hits, r.page, r.pageCount, r.facets],
      [0, [], 0, 0, { countries }],
    );
  });

  it('a developer who hands it something else than directory data is told what is missing', () => {
    const org = { id: 'a', name: 'A' };
    const cases: [unknown, string][] = [
      [undefined, 'data must be a directory object, but it is missing'],
      [null, 'data must be a directory object, but it is null'],
      [{}, 'data.taxonomies must be an object of taxonomies, but it is missing'],
      [{ organizations: [] }, 'data.taxonomies must be an object of taxonomies, but it is missing'],
      [{ taxonomies: {} }, 'data.organizations must be a list of organizations, but it is missing'],
      [
        { taxonomies: {}, organizations: 'x' },
        'data.organizations must be a list of organizations, but it is text',
      ],
      [
        { taxonomies: {}, organizations: [org, null] },
        'data.organizations[1] must be an organization, but it is null',
      ],
      [
        { taxonomies: { regions: {} }, organizations: [] },
        'data.taxonomies.regions must be a taxonomy with a "terms" list, but it is an object',
      ],
      [
        { taxonomies: { regions: { terms: [{ id: 'x' }, 5] } }, organizations: [] },
        'data.taxonomies.regions.terms[1] must be a term with an "id", but it is a number',
      ],
    ];
    for (const [input, sentence] of cases) {
      assert.throws(
        () => new Directory(input as DirectoryData),
        (error: unknown) => {
          assert.ok(error instanceof TypeError, `a TypeError for ${JSON.stringify(input)}`);
          assert.equal(
            error.message,
            `mhpss-directory: new Directory(data): ${sentence}; build it from parseDirectory(input).data`,
          );
          return true;
        },
      );
    }
  });
});

describe('Directory: browsing with no search text', () => {
  it('a visitor who has typed nothing sees every organization, by name, accents and numbers sorted as people expect', () => {
    const r = dir.query();
    assert.equal(r.total, 11);
    assert.deepEqual(
      r.hits.map((h) => h.organization.name),
      [
        'Émile Institute',
        "King's College London",
        'Médecins Sans Frontières',
        'Office of the United Nations High Commissioner for Refugees',
        'Project 9 Relief',
        'Project 10 Relief',
        'Save the Children',
        "United Nations Children's Fund",
        'War Child Holland',
        'World Health Organization',
        'جمعية الأمل',
      ],
    );
    assert.ok(r.hits.every((h) => h.score === 0 && h.highlights.name === undefined));
  });

  it('a blank or punctuation-only text counts as no text, even when relevance is asked for', () => {
    assert.deepEqual(ids({ text: '   ' }), ids({}));
    assert.deepEqual(ids({ text: ' ?! ', sort: 'relevance' }), ids({}));
  });
});

describe('Directory: searching', () => {
  it('a visitor types an acronym in lower case and finds the organization, its acronym marked', () => {
    const [hit] = dir.query({ text: 'unicef' }).hits;
    assert.equal(hit?.organization.id, 'unicef');
    assert.deepEqual(hit?.highlights.acronym, [[0, 6]]);
  });

  it('a visitor types a name without its accents and with a typo', () => {
    const r = dir.query({ text: 'medecins sans frontiers' });
    assert.equal(r.hits[0]?.organization.id, 'msf');
    // Ranges point into the original, accented name.
    const name = r.hits[0]!.organization.name;
    assert.deepEqual(
      r.hits[0]!.highlights.name!.map(([a, b]) => name.slice(a, b)),
      ['Médecins', 'Sans', 'Frontières'],
    );
  });

  it('"kings" finds King\'s College London: apostrophes do not split words', () => {
    const [hit] = dir.query({ text: 'kings' }).hits;
    assert.equal(hit?.organization.id, 'kcl');
    assert.deepEqual(hit?.highlights.name, [[0, 6]]);
  });

  it('a visitor half-way through a word already sees it completed and the typed part marked', () => {
    const [hit] = dir.query({ text: 'psychia' }).hits;
    assert.equal(hit?.organization.id, 'kcl');
    const snippet = hit!.highlights.description!;
    assert.deepEqual(
      snippet.ranges.map(([a, b]) => snippet.text.slice(a, b)),
      ['Psychia'],
    );
  });

  it('Arabic text is matched with or without its vowel marks', () => {
    assert.equal(ids({ text: 'الأمل' })[0], 'amal');
    assert.equal(ids({ text: 'الأَمل' })[0], 'amal');
  });

  it('stop words do not decide what matches, and never outweigh the other words', () => {
    const found = ids({ text: 'the children' });
    assert.deepEqual(new Set(found), new Set(ids({ text: 'children' })));
    assert.equal(found[0], 'save-the-children');
    // The institute says "the" five times but "children" only in passing: it ranks below the names.
    assert.ok(found.indexOf('emile') > found.indexOf('unicef'));
    const health = ids({ text: 'world health' });
    assert.equal(health[0], 'who');
  });

  it('a word only in term labels or place names still finds the organizations filed under it', () => {
    // Nobody is filed under Oceania: what "oceania" finds is a two-typo neighbour, "Jordania"
    // (Jordan in Spanish, one of War Child's countries: country names are searchable in the
    // four UI languages since issue 15), as "ordania" is in it.
    // It ranks well below an exact match of the same label ("jordania").
    assert.deepEqual(ids({ text: 'oceania' }), ['war-child']);
    const [typo] = dir.query({ text: 'oceania' }).hits;
    const [exact] = dir.query({ text: 'jordania' }).hits;
    assert.ok(typo!.score < exact!.score / 2);
    assert.ok(ids({ text: 'afrique' }).includes('msf'));
    assert.deepEqual(ids({ text: 'lebanon' }).sort(), ['amal', 'war-child']);
    // Amal names Lebanon in its description; only War Child is filed under both countries.
    assert.deepEqual(ids({ text: 'lebanon jordan' }), ['war-child']);
  });

  it('sorting by name keeps the matches and orders them by name; ties in relevance also go by name', () => {
    const byName = dir.query({ text: 'relief', sort: 'name' }).hits.map((h) => h.organization.name);
    assert.deepEqual(byName, ['Project 9 Relief', 'Project 10 Relief']);
    const byRelevance = dir.query({ text: 'relief' }).hits.map((h) => h.organization.name);
    assert.deepEqual(byRelevance, ['Project 9 Relief', 'Project 10 Relief']);
  });

  it('highlight ranges are sorted, do not overlap and stay inside their text', () => {
    for (const text of [
      'united nations',
      'health',
      'psychosocial support children',
      'unhcr refugees',
    ]) {
      for (const hit of dir.query({ text }).hits) {
        const { name, acronym, description } = hit.highlights;
        const checks: [string, [number, number][] | undefined][] = [
          [hit.organization.name, name],
          [hit.organization.acronym ?? '', acronym],
          [description?.text ?? '', description?.ranges],
        ];
        for (const [field, ranges] of checks) {
          let last = 0;
          for (const [a, b] of ranges ?? []) {
            assert.ok(
              a >= last && a < b && b <= field.length,
              `${text}: ${JSON.stringify(ranges)} in ${field}`,
            );
            last = b;
          }
        }
      }
    }
  });

  it('a long description is cut to a snippet around the match, at word boundaries, with ellipses', () => {
    const hit = dir.query({ text: 'welfare' }).hits[0]!;
    assert.equal(hit.organization.id, 'unicef');
    const { text, ranges } = hit.highlights.description!;
    assert.ok(text.length <= DEFAULTS.snippetLength + 2, text);
    assert.match(text, /^….*…$|^….*\.$/u);
    assert.equal(text.slice(ranges[0]![0], ranges[0]![1]), 'welfare');
    const body = text.replace(/^…|…$/gu, '');
    const description = hit.organization.description!;
    const at = description.indexOf(body);
    assert.ok(at > 0, 'the snippet is a piece from inside the description');
    // Cut between words: whitespace before it and after it, no half words.
    assert.match(description[at - 1]!, /\s/u);
    assert.match(description[at + body.length] ?? ' ', /\s/u);
  });

  it('stop words are not marked in descriptions', () => {
    const hit = dir
      .query({ text: 'the children' })
      .hits.find((h) => h.organization.id === 'unicef')!;
    const { text, ranges } = hit.highlights.description!;
    assert.ok(ranges.every(([a, b]) => text.slice(a, b).toLowerCase() !== 'the'));
  });
});

describe('Directory: filters, scope and facet counts', () => {
  it('terms of one facet widen the results (OR)', () => {
    assert.deepEqual(ids({ filters: { regions: ['europe', 'oceania'] } }), ['emile', 'kcl', 'who']);
    assert.deepEqual(ids({ filters: { regions: ['asia', 'europe'] } }).sort(), [
      'emile',
      'kcl',
      'project-10',
      'project-9',
      'save-the-children',
      'unhcr',
      'who',
    ]);
  });

  it('terms of different facets narrow them (AND), a single-valued `type` included', () => {
    assert.deepEqual(ids({ filters: { regions: ['africa'], populations: ['children'] } }).sort(), [
      'save-the-children',
      'unicef',
    ]);
    assert.deepEqual(ids({ filters: { type: ['academic'], approaches: ['research'] } }), [
      'emile',
      'kcl',
    ]);
  });

  it('unknown facets and unknown term ids are ignored, never thrown', () => {
    const plain = dir.query({ text: 'health' });
    const junk = dir.query({
      text: 'health',
      filters: {
        nonsense: ['x'],
        regions: ['atlantis'],
        constructor: ['y'],
        __proto__: ['z'],
      } as never,
      scope: { planets: ['mars'] },
    });
    const { dropped, ...rest } = junk;
    assert.deepEqual({ ...rest, dropped: plain.dropped }, plain);
    // What was ignored is said, so a widget can warn about it rather than work it out again.
    assert.deepEqual(dropped, {
      filters: { nonsense: ['x'], regions: ['atlantis'], constructor: ['y'] },
      scope: { planets: ['mars'] },
    });
    assert.deepEqual(plain.dropped, { filters: {}, scope: {} });
    assert.deepEqual(
      ids({ filters: { regions: ['atlantis', 'europe'] } }),
      ids({ filters: { regions: ['europe'] } }),
    );
  });

  it('says which sort it applied: text without words ("?!") is listed by name, whatever was asked', () => {
    assert.equal(dir.query({ text: '?!', sort: 'relevance' }).sort, 'name');
    assert.equal(dir.query({ text: '' }).sort, 'name');
    assert.equal(dir.query({ text: 'health' }).sort, 'relevance');
    assert.equal(dir.query({ text: 'health', sort: 'name' }).sort, 'name');
    const names = dir.query({ text: '?!', sort: 'relevance', pageSize: 100 }).hits;
    assert.deepEqual(
      names.map((h) => h.organization.id),
      ids({ sort: 'name' }),
    );
  });

  it('says which filters it applied: known terms once each, in taxonomy order', () => {
    const r = dir.query({ filters: { regions: ['europe', 'asia', 'europe', 'atlantis'] } });
    const order = data.taxonomies.regions!.terms.map((t) => t.id);
    assert.deepEqual(
      r.filters.regions,
      ['asia', 'europe'].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    assert.deepEqual(r.dropped.filters, { regions: ['atlantis'] });
  });

  it('every facet lists every term, in taxonomy order, zero counts included, with labels in the language asked', () => {
    const r = dir.query({ lang: 'fr-CA' });
    // Then the built-in countries facet; each facet ends with its "not stated" term (issue 15).
    assert.deepEqual(Object.keys(r.facets), [
      'regions',
      'approaches',
      'populations',
      'type',
      'countries',
    ]);
    assert.deepEqual(
      r.facets.regions!.map((t) => [t.id, t.label, t.count, t.selected]),
      [
        ['africa', 'Afrique', 5, false],
        ['middle-east', 'Moyen-Orient', 5, false],
        ['asia', 'Asie', 5, false],
        ['europe', 'Europe', 3, false],
        ['oceania', 'Océanie', 0, false],
        ['-', 'Non indiqué', 0, false],
      ],
    );
    assert.deepEqual(
      r.facets.type!.map((t) => [t.label, t.count]),
      [
        ['Agence des Nations Unies', 3],
        ['NGO', 6],
        ['Academic', 2],
        ['Non indiqué', 0],
      ],
    );
    assert.equal(dir.query({ lang: 'ar' }).facets.regions![0]!.label, 'أفريقيا');
    assert.equal(dir.query({ lang: 'not a language!' }).facets.regions![0]!.label, 'Africa');
  });

  it("a facet's counts say what ticking each of its terms would give, under the other facets' filters", () => {
    const r = dir.query({ filters: { regions: ['africa'], populations: ['children'] } });
    // Regions are counted under the population filter only: children's organizations per region.
    assert.deepEqual(
      r.facets.regions!.map((t) => [t.id, t.count, t.selected]),
      [
        ['africa', 2, true],
        ['middle-east', 3, false],
        ['asia', 1, false],
        ['europe', 0, false],
        ['oceania', 0, false],
        ['-', 0, false],
      ],
    );
    // Populations are counted under the region filter only; WHO, in Africa, states none.
    assert.deepEqual(
      r.facets.populations!.map((t) => [t.id, t.count, t.selected]),
      [
        ['children', 2, true],
        ['refugees', 2, false],
        ['women', 0, false],
        ['-', 1, false],
      ],
    );
    assert.equal(r.total, 2);
  });

  it('a partner scope narrows the results and every count, and visitors cannot widen it', () => {
    const r = dir.query({ scope: { regions: ['middle-east'] }, filters: { regions: ['europe'] } });
    assert.equal(r.total, 0);
    const scoped = dir.query({ scope: { regions: ['middle-east'] } });
    assert.deepEqual(scoped.hits.map((h) => h.organization.id).sort(), [
      'amal',
      'msf',
      'unhcr',
      'unicef',
      'war-child',
    ]);
    assert.equal(scoped.facets.regions!.find((t) => t.id === 'europe')!.count, 0);
    assert.equal(scoped.facets.type!.find((t) => t.id === 'un-agency')!.count, 2);
    assert.ok(scoped.facets.regions!.every((t) => !t.selected));
  });

  it('counts and totals agree with a plain reference implementation for any mix of text, filters and scope', () => {
    // Every facet's term ids: the taxonomies', then the countries in the data.
    const facets: Record<string, string[]> = {
      ...Object.fromEntries(
        Object.entries(data.taxonomies).map(([key, tax]) => [key, tax.terms.map((t) => t.id)]),
      ),
      countries: ['JO', 'LB'],
    };
    // "Not stated": none of the facet's terms.
    const states = (org: DirectoryData['organizations'][number], key: string, id: string) =>
      id === '-'
        ? !termIds(org[key]).some((t) => facets[key]!.includes(t))
        : termIds(org[key]).includes(id);
    const selection = fc.dictionary(
      fc.constantFrom(...Object.keys(facets), 'unknown'),
      fc.uniqueArray(
        fc.constantFrom(
          'africa',
          'middle-east',
          'asia',
          'europe',
          'oceania',
          'advocacy',
          'research',
          'direct-services',
          'children',
          'refugees',
          'women',
          'un-agency',
          'ngo',
          'academic',
          'nope',
          '-',
          'JO',
          'LB',
        ),
      ),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          '',
          'health',
          'children',
          'relief',
          'xyzzy',
          'refugee agency',
          'the children',
          'health children',
          'mental health children',
          'relief xyzzy',
          'children xyzzy health',
        ),
        selection,
        selection,
        (text, filters, scope) => {
          const inSel = (
            org: DirectoryData['organizations'][number],
            sel: Record<string, string[]>,
            skip?: string,
          ) =>
            Object.entries(sel).every(([key, wanted]) => {
              if (key === skip || !(key in facets)) return true;
              const known = wanted.filter((id) => id === '-' || facets[key]!.includes(id));
              return known.length === 0 || known.some((id) => states(org, key, id));
            });
          // What each meaningful word finds on its own (earlier words are finished: a space
          // follows them); within the scope, the organizations finding the most words answer.
          const words = text.split(' ').filter((w) => w && !STOP_WORDS.has(w));
          const alone = words.map(
            (w, i) => new Set(ids({ text: i === words.length - 1 ? w : `${w} ` })),
          );
          const cover = (o: { id: string }) => alone.filter((found) => found.has(o.id)).length;
          const scoped = data.organizations.filter((o) => inSel(o, scope));
          const best = Math.max(0, ...scoped.map(cover));
          const base = words.length ? scoped.filter((o) => best > 0 && cover(o) === best) : scoped;
          const r = dir.query({ text, filters, scope, pageSize: 100 });
          const most = base.length > 0 && best < words.length;
          assert.equal(r.match, most ? 'most' : 'all');
          assert.deepEqual(r.words, { matched: most ? best : words.length, total: words.length });
          assert.equal(r.total, base.filter((o) => inSel(o, filters)).length);
          assert.deepEqual(
            new Set(r.hits.map((h) => h.organization.id)),
            new Set(base.filter((o) => inSel(o, filters)).map((o) => o.id)),
          );
          for (const key of Object.keys(facets)) {
            const under = base.filter((o) => inSel(o, filters, key));
            for (const term of r.facets[key]!) {
              assert.equal(
                term.count,
                under.filter((o) => states(o, key, term.id)).length,
                `${key}:${term.id}`,
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('toggling a filter or turning a page reuses the last text search instead of searching again', () => {
    const fresh = new Directory(data);
    const search = (fresh as unknown as { engine: { search: (t: string) => unknown } }).engine;
    let searches = 0;
    const original = search.search.bind(search);
    search.search = (t: string) => {
      searches++;
      return original(t);
    };
    fresh.query({ text: 'health' });
    fresh.query({ text: 'health', filters: { regions: ['asia'] } });
    fresh.query({ text: 'health', filters: { regions: ['asia'] }, page: 1, sort: 'name' });
    assert.equal(searches, 1);
    fresh.query({ text: 'health care' });
    assert.equal(searches, 2);
  });
});

describe('Directory: paging', () => {
  it('pages are 0-based slices of the sorted results', () => {
    const all = ids({});
    const r = dir.query({ page: 1, pageSize: 4 });
    assert.deepEqual(
      r.hits.map((h) => h.organization.id),
      all.slice(4, 8),
    );
    assert.deepEqual([r.page, r.pageSize, r.pageCount, r.total], [1, 4, 3, 11]);
  });

  it('a page past the end shows the last page; nonsense sizes are clamped', () => {
    assert.equal(dir.query({ page: 99, pageSize: 4 }).page, 2);
    assert.equal(dir.query({ page: 99, pageSize: 4 }).hits.length, 3);
    assert.equal(dir.query({ page: -3 }).page, 0);
    assert.equal(dir.query({ pageSize: 0 }).pageSize, 1);
    assert.equal(dir.query({ pageSize: 5000 }).pageSize, DEFAULTS.maxPageSize);
    assert.equal(dir.query({ pageSize: Number.NaN }).pageSize, DEFAULTS.pageSize);
    assert.equal(dir.query({ page: 1.7, pageSize: 2.9 }).hits.length, 2);
  });

  it('paging through relevance-ordered results shows every match once', () => {
    const whole = ids({ text: 'health children' });
    const paged = [0, 1, 2, 3].flatMap((page) =>
      dir.query({ text: 'health children', page, pageSize: 3 }).hits.map((h) => h.organization.id),
    );
    assert.deepEqual(paged.slice(0, whole.length), whole);
  });
});

describe('Directory: hostile input', () => {
  it('never throws on junk state', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (text, filters, page, pageSize, lang) => {
          const r = dir.query({
            text,
            filters,
            scope: filters,
            page,
            pageSize,
            lang,
            sort: text,
          } as never);
          assert.ok(r.total >= 0 && r.hits.length <= r.pageSize);
        },
      ),
      { numRuns: 300 },
    );
    for (const junk of [null, 42, 'text', []])
      assert.equal(dir.query(junk as never).total, dir.size);
  });

  it('labels fall back to English, then to the id, for unknown facets and terms', () => {
    assert.equal(dir.facetLabel('regions', 'fr'), 'Région');
    assert.equal(dir.facetLabel('approaches', 'es'), 'Approach');
    assert.equal(dir.facetLabel('nope'), 'nope');
    assert.equal(dir.termLabel('regions', 'africa', 'fr-BE'), 'Afrique');
    assert.equal(dir.termLabel('regions', 'atlantis'), 'atlantis');
    assert.equal(dir.termLabel('toString', 'x'), 'x');
  });
});
