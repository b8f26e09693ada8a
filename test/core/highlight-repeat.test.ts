// Highlighting the same texts keystroke after keystroke (their words are kept for a while):
// every text gets its own ranges, however many texts came before it and in whatever order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchRanges } from '../../src/core/search/highlight.js';

const text = (i: number) =>
  `${'x'.repeat(i % 7)} Org${i} ${'y'.repeat(i % 11)} supports children and families`;
const expected = (i: number): [number, number][] => {
  const start = text(i).indexOf('children');
  return [[start, start + 'chil'.length]];
};

describe('highlighting texts again', () => {
  it('gives each text its own ranges, the first time and every time after', () => {
    const highlight = new Map([['children', 4]]);
    for (let round = 0; round < 3; round++) {
      // More texts than are kept, in a different order each round.
      for (let k = 0; k < 1500; k++) {
        const i = round === 1 ? 1499 - k : (k * 7) % 1500;
        assert.deepEqual(matchRanges(text(i), highlight), expected(i), `text ${i}, round ${round}`);
      }
    }
  });

  it('and the ranges it returns are the caller’s to change', () => {
    const highlight = new Map([['families', 0]]);
    const first = matchRanges(text(3), highlight);
    first[0]![0] = -1;
    const start = text(3).indexOf('families');
    assert.deepEqual(matchRanges(text(3), highlight), [[start, start + 'families'.length]]);
  });
});
