// Directory.queryAll: every result of a view, on every page, in its order — what a visitor
// downloads or prints after narrowing the list down.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Directory, parseDirectory, type QueryState } from '../../src/core/index.js';
import { fixture } from '../helpers/fixtures.js';

const { data } = parseDirectory(fixture('search-directory.json'));
const dir = new Directory(data);
const ids = (list: { id: string }[]) => list.map((o) => o.id);

/** The organizations a visitor sees paging through `state`, page after page. */
function paged(state: QueryState, pageSize: number): string[] {
  const out: string[] = [];
  for (let page = 0, pages = 1; page < pages; page++) {
    const r = dir.query({ ...state, page, pageSize });
    pages = r.pageCount;
    out.push(...r.hits.map((h) => h.organization.id));
  }
  return out;
}

describe('Directory.queryAll', () => {
  it('lists what paging through a search shows, in the same order, whatever page is asked for', () => {
    const state: QueryState = { text: 'children', page: 1, pageSize: 2 };
    const all = ids(dir.queryAll(state));
    assert.equal(all.length, dir.query(state).total);
    assert.ok(all.length > 2, 'the search has more than one page of two');
    assert.deepEqual(all, paged(state, 2));
    assert.deepEqual(all, paged(state, 3));
  });

  it('applies the filters and the scope, and sorts by name when asked', () => {
    const state: QueryState = {
      filters: { approaches: ['research', 'direct-services'] },
      scope: { regions: ['africa', 'middle-east'] },
      sort: 'name',
    };
    const all = dir.queryAll(state);
    assert.ok(all.length > 1);
    assert.equal(all.length, dir.query(state).total);
    assert.deepEqual(ids(all), paged(state, 1));
    for (const org of all) {
      const regions = org.regions as string[];
      assert.ok(
        regions.some((r) => r === 'africa' || r === 'middle-east'),
        org.id,
      );
      const approaches = org.approaches as string[];
      assert.ok(
        approaches.some((a) => a === 'research' || a === 'direct-services'),
        org.id,
      );
    }
  });

  it('goes past the largest page size', () => {
    const many = {
      ...data,
      organizations: Array.from({ length: 2345 }, (_, i) => ({
        id: `org-${i}`,
        name: `Organization ${String(i).padStart(4, '0')}`,
      })),
    };
    const big = new Directory(many);
    const all = big.queryAll({ pageSize: 5 });
    assert.equal(all.length, 2345);
    assert.equal(new Set(ids(all)).size, 2345);
    assert.equal(all[0]!.id, 'org-0');
    assert.equal(all.at(-1)!.id, 'org-2344');
  });

  it('gives an empty list when nothing matches, and never throws on odd input', () => {
    assert.deepEqual(dir.queryAll({ filters: { regions: ['nowhere'] }, text: 'zzzzqqq' }), []);
    assert.equal(dir.queryAll().length, dir.size);
    assert.equal(dir.queryAll(null as unknown as QueryState).length, dir.size);
  });
});
