// The typo score that ranks a misspelt word's neighbours: the fewest edits that make the word
// appear in a candidate, over its length. It replaced Fuse.js's bitap (20 KB of the search
// chunk) and must score exactly as Fuse did with the options the search used.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { typoScore } from '../../src/core/search/expand.js';

const fuseScore = (word: string, text: string, threshold: number) =>
  new Fuse([text], {
    includeScore: true,
    isCaseSensitive: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    shouldSort: false,
    threshold,
  }).search(word)[0]?.score;

const word = fc.stringMatching(/^[a-eilnorst\u00e9\u0634]{1,12}$/);

describe('typoScore: a misspelt word against a candidate', () => {
  it('scores as Fuse.js did, for any word, candidate and threshold', () => {
    fc.assert(
      fc.property(
        word,
        word,
        fc.constantFrom(0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6),
        (w, text, threshold) => {
          const expected = fuseScore(w, text, threshold);
          const actual = typoScore(w, text, threshold);
          if (expected === undefined) assert.equal(actual, undefined);
          else assert.ok(Math.abs(expected - actual!) < 1e-9, `${w} in ${text}: ${actual}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a visitor\u2019s typos: a dropped, a changed and an added letter', () => {
    assert.equal(typoScore('chld', 'child', 0.6), 0.25);
    assert.equal(typoScore('helth', 'health', 0.6), 0.2);
    assert.equal(typoScore('suport', 'support', 0.6), 1 / 6);
    assert.equal(typoScore('refugee', 'refugee', 0.6), 0);
    assert.equal(typoScore('psyco', 'psychosocial', 0.6), 0.2);
    assert.equal(typoScore('xyz', 'child', 0.6), undefined);
  });
});
