// The letter-pair index behind typo search finds the words a typo could mean in any script:
// pairs of ASCII letters and the others are looked up in different tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Expander } from '../../src/core/search/expand.js';
import { tokenize } from '../../src/core/search/tokenizer.js';
import { TextIndex } from '../../src/core/search/text-index.js';

const index = new TextIndex(
  [
    'Ελληνική Εταιρεία Ψυχικής Υγείας',
    'Українська Психологічна Асоціація',
    'جمعية الصحة النفسية',
    'Psychosocial Network Österreich',
  ].map((name) => ({ name })),
);
const expander = new Expander(index);
/** What a word as a visitor types it expands to (folded the way queries are). */
const words = (typed: string, last = false) =>
  expander.expand(tokenize(typed)[0]!, last).map((e) => index.vocab[e.token]);

describe('typo search outside ASCII', () => {
  it('a missing letter in a Greek, Cyrillic or Arabic word', () => {
    assert.ok(words('Ψυχκής').includes(tokenize('Ψυχικής')[0]), words('Ψυχκής').join());
    assert.ok(words('Психологчна').includes(tokenize('Психологічна')[0]));
    assert.ok(words('النفسة').includes(tokenize('النفسية')[0]));
  });

  it('swapped letters in a Greek word', () => {
    assert.ok(words('Εταιερία').includes(tokenize('Εταιρεία')[0]));
  });

  it('and the ASCII words beside them', () => {
    assert.ok(words('psycosocial').includes('psychosocial'));
    assert.ok(words('netwrk').includes('network'));
    assert.ok(words('Östereich').includes('osterreich'));
  });
});

describe('typo candidates past the closest ones', () => {
  it('are the commonest words, as a stable sort by frequency would order them', async () => {
    const { commonest } = await import('../../src/core/search/expand.js');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 12 }), { maxLength: 300 }),
        fc.nat({ max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (dfs, from, take) => {
          const list = dfs.map((_, i) => i);
          const df = (t: number) => dfs[t]!;
          const want = list
            .slice(from)
            .sort((a, b) => df(b) - df(a))
            .slice(0, take);
          assert.deepEqual(commonest(list, from, take, { df }), want);
        },
      ),
      { numRuns: 300 },
    );
  });
});
