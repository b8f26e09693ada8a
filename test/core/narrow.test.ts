// Search narrows: every meaningful word of a query must match; when no organization matches
// them all, those matching the most answer, and the result says which. Counts and facet counts
// always describe exactly the organizations shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Directory,
  parseDirectory,
  type QueryResult,
  type QueryState,
} from '../../src/core/index.js';
import { generate } from '../bench/generate.js';
import { fixture } from '../helpers/fixtures.js';

const { data } = parseDirectory(fixture('search-directory.json'));
const dir = new Directory(data);
const ask = (state: QueryState) => dir.query({ pageSize: 100, ...state });
const ids = (r: QueryResult) => r.hits.map((h) => h.organization.id).sort();
/** A record's terms of a facet; none is the facet's "not stated" term, `-`. */
const terms = (org: (typeof data.organizations)[number], key: string): string[] => {
  const value = org[key];
  const listed =
    typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
  return listed.length ? listed : ['-'];
};

/** Every facet count of `r` recomputed from `shown` (the text's answer before the filters). */
function assertCountsDescribe(r: QueryResult, shown: readonly string[], filters = r.filters) {
  const orgs = data.organizations.filter((o) => shown.includes(o.id));
  const passes = (o: (typeof orgs)[number], skip?: string) =>
    Object.entries(filters).every(
      ([key, wanted]) => key === skip || terms(o, key).some((t) => wanted.includes(t)),
    );
  assert.equal(r.total, orgs.filter((o) => passes(o)).length);
  for (const [key, counts] of Object.entries(r.facets)) {
    for (const term of counts) {
      const expected = orgs.filter((o) => passes(o, key) && terms(o, key).includes(term.id));
      assert.equal(term.count, expected.length, `${key}:${term.id}`);
    }
  }
}

describe('Search narrows: every word must match', () => {
  it('a visitor adds a word and sees fewer organizations: only those matching both', () => {
    const children = ask({ text: 'children' });
    const health = ask({ text: 'health children' });
    assert.ok(children.total > 1);
    assert.deepEqual(ids(health), ['unicef']);
    assert.equal(health.match, 'all');
    assert.deepEqual(health.words, { matched: 2, total: 2 });
    assertCountsDescribe(health, ['unicef']);
  });

  it('any word order, a typo and a half-typed last word still match', () => {
    for (const text of ['children health', 'helth children', 'health chil', 'chidren healt']) {
      const r = ask({ text });
      assert.deepEqual(ids(r), ['unicef'], text);
      assert.equal(r.match, 'all', text);
    }
  });

  it('stop words never decide: "the" and "of" are not counted, unless the text is nothing else', () => {
    const plain = ask({ text: 'mental health' });
    const withStops = ask({ text: 'the mental health of' });
    assert.deepEqual(ids(withStops), ids(plain));
    assert.deepEqual(withStops.words, { matched: 2, total: 2 });
    // Only stop words: they are what the visitor is looking for.
    const only = ask({ text: 'of the' });
    assert.deepEqual(only.words, { matched: 2, total: 2 });
    assert.deepEqual(ids(only), ['unhcr']);
  });
});

describe('Search narrows: close matches when nothing matches every word', () => {
  it('the organizations matching the most words answer, and the result says so', () => {
    const r = ask({ text: 'children xyzzy' });
    assert.equal(r.match, 'most');
    assert.deepEqual(r.words, { matched: 1, total: 2 });
    assert.deepEqual(ids(r), ids(ask({ text: 'children' })));
    assertCountsDescribe(r, ids(r));
  });

  it('with three words, only those matching two of them, not those matching one', () => {
    const r = ask({ text: 'health xyzzy children' });
    assert.equal(r.match, 'most');
    assert.deepEqual(r.words, { matched: 2, total: 3 });
    assert.deepEqual(ids(r), ['unicef']);
  });

  it("the mode is decided within the partner's scope", () => {
    // Nobody in Europe matches both words: the European organizations matching one answer.
    const r = ask({ text: 'health children', scope: { regions: ['europe'] } });
    assert.equal(r.match, 'most');
    assert.deepEqual(ids(r), ['emile', 'kcl', 'who']);
    assertCountsDescribe(r, ids(r));
  });

  it("and before the visitor's filters, so a facet count says what ticking its term gives", () => {
    // UNICEF matches both words but is not in Europe: nothing to show, and the counts say where.
    const r = ask({ text: 'health children', filters: { regions: ['europe'] } });
    assert.equal(r.total, 0);
    assert.equal(r.match, 'all');
    const regions = Object.fromEntries(r.facets.regions!.map((t) => [t.id, t.count]));
    assert.equal(regions.europe, 0);
    assert.equal(regions.africa, 1);
    assertCountsDescribe(r, ['unicef']);
    // Ticking Africa as well gives exactly what its count said.
    const africa = ask({ text: 'health children', filters: { regions: ['europe', 'africa'] } });
    assert.equal(africa.total, regions.africa);
  });

  it('paging and filters in close-match mode show the same records the counts describe', () => {
    const all = ask({ text: 'children refugees xyzzy' });
    assert.equal(all.match, 'most');
    const filtered = ask({ text: 'children refugees xyzzy', filters: { type: ['ngo'] } });
    assertCountsDescribe(filtered, ids(all));
    const pages = ask({ text: 'children refugees xyzzy', pageSize: 2 }).pageCount;
    assert.equal(pages, Math.ceil(all.total / 2));
    const seen = Array.from({ length: pages }, (_, page) =>
      ids(ask({ text: 'children refugees xyzzy', pageSize: 2, page })),
    ).flat();
    assert.deepEqual(seen.sort(), ids(all));
  });
});

describe('Search narrows: what the result says without matches', () => {
  it('text without words lists everything: all of 0 words', () => {
    for (const text of ['', '?!']) {
      const r = ask({ text });
      assert.equal(r.total, data.organizations.length);
      assert.equal(r.match, 'all');
      assert.deepEqual(r.words, { matched: 0, total: 0 });
    }
  });

  it('a word nothing matches gives no results and no close matches', () => {
    const r = ask({ text: 'xyzzy' });
    assert.equal(r.total, 0);
    assert.equal(r.match, 'all');
    assert.deepEqual(r.words, { matched: 1, total: 1 });
    assert.ok(Object.values(r.facets).every((f) => f.every((t) => t.count === 0)));
  });
});

describe('Search narrows at 10,000 generated organizations', () => {
  const big = new Directory(JSON.parse(JSON.stringify(generate(10_000))));
  /** Every id a text finds, page by page. */
  const everything = (text: string): Set<string> => {
    const out = new Set<string>();
    for (let page = 0; ; page++) {
      const r = big.query({ text, page, pageSize: 1000 });
      for (const h of r.hits) out.add(h.organization.id);
      if (page + 1 >= r.pageCount) return out;
    }
  };

  it('"relief chld" finds the organizations that have both, no more', () => {
    const r = big.query({ text: 'relief chld' });
    const relief = everything('relief ');
    const child = everything('chld');
    const both = [...relief].filter((id) => child.has(id));
    assert.equal(r.match, 'all');
    assert.equal(r.total, both.length);
    assert.deepEqual([...everything('relief chld')].sort(), both.sort());
    assert.ok(r.total < relief.size && r.total < child.size);
    // Facet counts are over the same records: a single-valued facet's counts add up to them.
    assert.equal(
      r.facets.type!.reduce((sum, t) => sum + t.count, 0),
      r.total,
    );
  });
});
