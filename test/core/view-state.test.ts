// The visitor's view as a plain module: each action a pure function, the question it makes for a
// source, and the view settled on the answer — in Node, against the in-memory Directory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory } from '../../src/core/index.js';
import * as views from '../../src/core/state/view-state.js';

const { data } = parseDirectory(
  JSON.parse(readFileSync('test/components/fixtures/directory.json', 'utf8')),
);
const dir = new Directory(data);

describe('view state: a visitor acts', () => {
  it('typing, ticking and sorting go back to the first page; paging does not', () => {
    const onPage2 = views.apply(views.EMPTY_VIEW, { page: 2 });
    assert.equal(onPage2.page, 2);
    assert.equal(views.apply(onPage2, { text: 'child' }).page, 0);
    assert.equal(views.apply(onPage2, { sort: 'name' }).page, 0);
    assert.equal(views.apply(onPage2, { filters: {} }).page, 0);
    // Nothing changes in place: the old view is what it was.
    assert.equal(onPage2.page, 2);
    assert.deepEqual(views.EMPTY_VIEW, { text: '', filters: {}, page: 0 });
  });

  it('a facet with no term left has no key; removing a chip removes one term', () => {
    const two = views.withTerms({}, 'regions', ['africa', 'europe']);
    assert.deepEqual(two, { regions: ['africa', 'europe'] });
    assert.deepEqual(views.withoutTerm(two, 'regions', 'africa'), { regions: ['europe'] });
    assert.deepEqual(views.withoutTerm({ regions: ['africa'] }, 'regions', 'africa'), {});
    assert.deepEqual(views.withTerms(two, 'regions', []), {});
  });

  it('a link restores a whole view; url-state keeps what it does not say', () => {
    const shown = views.apply(views.EMPTY_VIEW, { text: 'who', sort: 'name' });
    // A link says its sort even when it is the default (sort: undefined).
    assert.equal(views.restore(shown, { text: 'unicef', sort: undefined }).sort, undefined);
    assert.equal(views.restore(shown, { filters: { regions: ['africa'] } }).sort, 'name');
    assert.equal(views.restore(shown, {}).text, 'who');
  });
});

describe('view state: asking a source and settling on its answer', () => {
  it('asks with the page settings, and settles on the page the answer clamped to', () => {
    const view = views.apply(views.EMPTY_VIEW, { page: 99 });
    const question = views.toQuery(view, { pageSize: 2, lang: 'en', scope: undefined });
    assert.equal(question.pageSize, 2);
    assert.equal(question.page, 99);
    const result = dir.query(question);
    const settled = views.settle(view, result);
    assert.equal(settled.page, result.pageCount - 1);
    // Nothing moved: the same view, so the element renders nothing again for it.
    assert.equal(
      views.settle(settled, dir.query(views.toQuery(settled, { pageSize: 2 }))),
      settled,
    );
  });

  it('drops the filters the data does not have (a shared link from another list)', () => {
    const view = views.apply(views.EMPTY_VIEW, {
      filters: { regions: ['africa', 'atlantis'], nope: ['x'] },
    });
    const settled = views.settle(view, dir.query(views.toQuery(view)));
    assert.deepEqual(settled.filters, { regions: ['africa'] });
  });

  it('reads the partner\u2019s facets and scope, and says what it ignores', () => {
    assert.deepEqual(views.parseFacets('approaches regions nope regions', dir.facetKeys), {
      shown: ['approaches', 'regions'],
      unknown: ['nope'],
    });
    assert.deepEqual(views.parseFacets(undefined, dir.facetKeys).shown, dir.facetKeys);
    assert.deepEqual(views.parseScope('regions:europe bogus a:b:c __proto__:x regions:asia'), {
      scope: { regions: ['europe', 'asia'] },
      invalid: ['bogus', 'a:b:c', '__proto__:x'],
    });
  });

  it('names the applied filters for the chips in the language asked', () => {
    const chips = views.activeFilters({ regions: ['africa'] }, dir, 'en');
    assert.deepEqual(chips, [
      { facet: 'regions', term: 'africa', label: 'Africa', facetLabel: dir.facetLabel('regions') },
    ]);
  });
});
