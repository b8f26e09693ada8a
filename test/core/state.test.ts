import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULTS,
  ID_PATTERN,
  mergeSearchParams,
  stateFromSearchParams,
  stateToSearchParams,
  type QueryState,
} from '../../src/core/index.js';
import { FACET_KEY_PATTERN } from '../../src/core/model/schema.js';
import { isOwnParam, normalizeUrlState } from '../../src/core/state/url.js';

const facetKey = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,12}$/);
const termId = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const anyState: fc.Arbitrary<QueryState> = fc.record(
  {
    text: fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), fc.constant('  ')),
    sort: fc.constantFrom('relevance', 'name') as fc.Arbitrary<'relevance' | 'name'>,
    page: fc.oneof(fc.nat(50), fc.integer({ min: -5, max: 5 }), fc.double()),
    filters: fc.dictionary(facetKey, fc.array(fc.oneof(termId, fc.string()), { maxLength: 5 }), {
      maxKeys: 4,
    }),
  },
  { requiredKeys: [] },
);

describe('URL state: writing', () => {
  it('writes only what differs from the defaults, pages 1-based, one parameter per facet', () => {
    const params = stateToSearchParams({
      text: 'war child',
      sort: 'name',
      page: 2,
      filters: { regions: ['africa', 'middle-east'], populations: [] },
      scope: { regions: ['asia'] },
      pageSize: 50,
    });
    assert.equal(
      params.toString(),
      'mhpss-q=war+child&mhpss-sort=name&mhpss-page=3&mhpss-f-regions=africa%2Cmiddle-east',
    );
    assert.equal(stateToSearchParams({}).toString(), '');
    assert.equal(
      stateToSearchParams({ text: 'x', sort: 'relevance', page: 0 }, 'dir2-').toString(),
      'dir2-q=x',
    );
    assert.equal(stateToSearchParams({ sort: 'name' }).toString(), '');
  });

  it('a state survives the trip through the URL, as the URL keeps it', () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom('mhpss-', 'x_', ''), (state, prefix) => {
        const back = stateFromSearchParams(stateToSearchParams(state, prefix), prefix);
        assert.deepEqual(back, normalizeUrlState(state));
        // …and again: normalizing is stable.
        assert.deepEqual(stateFromSearchParams(stateToSearchParams(back, prefix), prefix), back);
      }),
      { numRuns: 500 },
    );
  });

  it('the trip goes through a real URL string too', () => {
    const state: QueryState = {
      text: 'Médecins & “friends” ?#/',
      filters: { type: ['ngo'] },
      page: 4,
    };
    const url = new URL(`https://partner.example/page?${stateToSearchParams(state)}#top`);
    assert.deepEqual(stateFromSearchParams(url.search), state);
  });
});

describe('URL state: reading', () => {
  it('reads text, sort, 1-based page and facets, repeated facets included', () => {
    const state = stateFromSearchParams(
      '?mhpss-q=unicef&mhpss-sort=name&mhpss-page=2&mhpss-f-regions=africa,asia&mhpss-f-regions=europe&mhpss-f-type=ngo',
    );
    assert.deepEqual(state, {
      text: 'unicef',
      sort: 'name',
      page: 1,
      filters: { regions: ['africa', 'asia', 'europe'], type: ['ngo'] },
    });
  });

  it('ignores other prefixes, unknown facets when the facets are known, and invalid ids', () => {
    const state = stateFromSearchParams(
      'q=x&other-q=y&mhpss-f-planets=mars&mhpss-f-regions=Africa,,ok-id,-bad,ok-id&mhpss-f-=x&mhpss-f-__proto__=a',
      'mhpss-',
      ['regions'],
    );
    assert.deepEqual(state, { filters: { regions: ['ok-id'] } });
  });

  it('ignores junk values: sorts, pages and absurd lengths', () => {
    assert.deepEqual(stateFromSearchParams('mhpss-sort=random&mhpss-page=-1'), {});
    assert.deepEqual(stateFromSearchParams('mhpss-page=1'), {});
    assert.deepEqual(stateFromSearchParams('mhpss-page=2.5&mhpss-page=3'), {});
    assert.deepEqual(stateFromSearchParams('mhpss-page=99999999999'), {});
    assert.deepEqual(stateFromSearchParams('mhpss-page=0x10'), {});
    const long = stateFromSearchParams(`mhpss-q=${'a'.repeat(100_000)}`);
    assert.equal(long.text?.length, DEFAULTS.maxTextLength);
    const many = stateFromSearchParams(
      `mhpss-f-regions=${Array.from({ length: 5000 }, (_, i) => `r${i}`).join(',')}`,
    );
    assert.equal(many.filters?.regions?.length, DEFAULTS.maxUrlTermsPerFacet);
    const longId = stateFromSearchParams(
      `mhpss-f-regions=${'a'.repeat(DEFAULTS.maxIdLength + 1)},b`,
    );
    assert.deepEqual(longId.filters, { regions: ['b'] });
    const facets = stateFromSearchParams(
      Array.from({ length: 100 }, (_, i) => `mhpss-f-facet${i}=x`).join('&'),
    );
    assert.equal(Object.keys(facets.filters ?? {}).length, DEFAULTS.maxUrlFacets);
  });

  it('never throws on hostile input, and whatever it returns is well formed', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.tuple(
            fc
              .oneof(
                fc.constantFrom('mhpss-q', 'mhpss-sort', 'mhpss-page', 'mhpss-f-'),
                fc.string(),
              )
              .chain((k) => fc.string().map((s) => k + s)),
            fc.oneof(
              fc.string(),
              fc.string({ unit: 'binary' }),
              fc.constantFrom('%', '%E0%A4%A', ',,,', '\u0000'),
            ),
          ),
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(junk, fc.option(fc.array(facetKey)), (input, keys) => {
        const state = stateFromSearchParams(input, 'mhpss-', keys ?? undefined);
        if (state.text !== undefined)
          assert.ok(state.text.trim() !== '' && state.text.length <= DEFAULTS.maxTextLength);
        if (state.page !== undefined) assert.ok(Number.isInteger(state.page) && state.page >= 1);
        if (state.sort !== undefined) assert.ok(['relevance', 'name'].includes(state.sort));
        for (const [key, ids] of Object.entries(state.filters ?? {})) {
          assert.match(key, FACET_KEY_PATTERN);
          if (keys) assert.ok(keys.includes(key));
          assert.ok(ids.length > 0 && ids.every((id) => ID_PATTERN.test(id)));
        }
      }),
      { numRuns: 1000 },
    );
    for (const odd of [new URLSearchParams('a=1'), '?', '&&&', '=', '%zz', '\ud800']) {
      assert.doesNotThrow(() => stateFromSearchParams(odd as string));
    }
  });
});

describe('URL state: sharing the page URL', () => {
  it("replaces only this directory's parameters and keeps the page's own, in order", () => {
    const current = new URLSearchParams(
      'utm_source=news&mhpss-q=old&mhpss-page=4&mhpss-f-regions=asia&mhpss-2-q=other&lang=fr&mhpss-f-type=ngo',
    );
    const merged = mergeSearchParams(current, {
      text: 'new',
      filters: { approaches: ['advocacy'] },
    });
    assert.equal(
      merged.toString(),
      'utm_source=news&mhpss-2-q=other&lang=fr&mhpss-q=new&mhpss-f-approaches=advocacy',
    );
    // The input is left alone.
    assert.equal(current.get('mhpss-q'), 'old');
  });

  it('a second directory on the page with its own prefix keeps the first one\u2019s state', () => {
    const first = mergeSearchParams(new URLSearchParams(), { text: 'unicef' });
    const both = mergeSearchParams(first, { text: 'who', page: 1 }, 'mhpss-2-');
    assert.deepEqual(stateFromSearchParams(both), { text: 'unicef' });
    assert.deepEqual(stateFromSearchParams(both, 'mhpss-2-'), { text: 'who', page: 1 });
    const cleared = mergeSearchParams(both, {}, 'mhpss-2-');
    assert.equal(cleared.toString(), 'mhpss-q=unicef');
  });
});

describe('URL state: whose parameter is it', () => {
  it('answers exactly: a second directory\u2019s prefix that starts with the first\u2019s is not the first\u2019s', () => {
    assert.ok(isOwnParam('mhpss-q', 'mhpss-'));
    assert.ok(isOwnParam('mhpss-org', 'mhpss-'));
    assert.ok(isOwnParam('mhpss-f-regions', 'mhpss-'));
    assert.ok(!isOwnParam('mhpss-2-q', 'mhpss-'));
    assert.ok(!isOwnParam('mhpss-query', 'mhpss-'));
    assert.ok(!isOwnParam('mhpss-f-', 'mhpss-'));
    assert.ok(isOwnParam('mhpss-2-q', 'mhpss-2-'));
  });

  it('merging writes the open organization with the state, and clears it when there is none', () => {
    const current = new URLSearchParams('mhpss-org=who&mhpss-2-org=unicef&lang=fr');
    assert.equal(
      mergeSearchParams(current, { text: 'a' }, 'mhpss-', 'msf').toString(),
      'mhpss-2-org=unicef&lang=fr&mhpss-q=a&mhpss-org=msf',
    );
    assert.equal(mergeSearchParams(current, {}, 'mhpss-').toString(), 'mhpss-2-org=unicef&lang=fr');
  });
});
