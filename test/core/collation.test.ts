// Name order: whatever the size of the list — a short one sorted by the collator directly, a long
// one put in rough order first — it is exactly Intl.Collator's, ties kept in record order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameOrders } from '../../src/core/search/collation.js';

/** Names that a naive order gets wrong: accents, case, numbers, shared beginnings, duplicates. */
function names(count: number): string[] {
  const parts = ['Élan', 'elan', 'Zeta', 'Ärzte', 'Aid', 'aid', 'Ölkə', 'Kids', 'Kid 10', 'Kid 9'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${parts[i % parts.length]} ${parts[(i * 7) % parts.length]} ${i % 13}`);
  }
  return out;
}

const collatorOrder = (list: string[], lang: string) => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return list.map((_, i) => i).sort((a, b) => collator.compare(list[a]!, list[b]!) || a - b);
};

describe('name order', () => {
  for (const count of [1, 32, 5000]) {
    it(`is the collator's order for ${count} name(s), in English and in Swedish`, () => {
      const list = names(count);
      const orders = new NameOrders(list);
      for (const lang of ['en', 'sv']) {
        const { order, rank } = orders.get(lang);
        assert.deepEqual([...order], collatorOrder(list, lang));
        for (let i = 0; i < order.length; i++) assert.equal(rank[order[i]!], i);
      }
    });
  }

  it('an unknown language tag falls back to English instead of throwing', () => {
    const list = names(40);
    assert.deepEqual([...new NameOrders(list).get('not a tag!').order], collatorOrder(list, 'en'));
  });
});
