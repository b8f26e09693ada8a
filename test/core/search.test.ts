import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Expander } from '../../src/core/search/expand.js';
import { matchRanges } from '../../src/core/search/highlight.js';
import { cutSnippet } from '../../src/core/search/snippet.js';
import { compounds, fold, tokenize, tokenizeWithOffsets } from '../../src/core/search/tokenizer.js';
import { TextSearch } from '../../src/core/search/search.js';
import { TextIndex, type TextSource } from '../../src/core/search/text-index.js';
import { Vocabulary } from '../../src/core/search/vocabulary.js';

const docs = (names: string[], descriptions: string[] = []): TextSource[] =>
  names.map((name, i) => ({ name, description: descriptions[i] }));
const topNames = (search: TextSearch, text: string, names: string[]) => {
  const m = search.search(text);
  return [...m.docs]
    .map((d, i) => ({ d, score: m.scores[i]! }))
    .sort((a, b) => b.score - a.score)
    .map((x) => names[x.d]);
};

describe('normalization', () => {
  it('folds case, diacritics and apostrophes, and splits on punctuation', () => {
    assert.deepEqual(tokenize("King's College"), ['kings', 'college']);
    assert.deepEqual(tokenize('Médecins Sans Frontières'), ['medecins', 'sans', 'frontieres']);
    assert.deepEqual(tokenize('Dansk Røde Kors — Œuvre, São Tomé; İstanbul'), [
      'dansk',
      'rode',
      'kors',
      'oeuvre',
      'sao',
      'tome',
      'istanbul',
    ]);
    assert.deepEqual(tokenize('MHPSS.net/child-protection (2024)'), [
      'mhpss',
      'net',
      'child',
      'protection',
      '2024',
    ]);
    assert.deepEqual(tokenize('  ¿¡…!?  '), []);
    assert.equal(fold('KING’S'), 'kings');
  });

  it('keeps Arabic letters, drops their vowel marks and unifies the letters written several ways', () => {
    assert.deepEqual(tokenize('الأَمَل'), ['الامل']);
    assert.deepEqual(tokenize('إغاثة'), tokenize('اغاثه'));
    assert.deepEqual(tokenize('مستشفى'), tokenize('مستشفي'));
    assert.deepEqual(tokenize('الـــدعم'), ['الدعم']);
  });

  it('adds the joined form of hyphenated and dotted words, and possessives without their s', () => {
    assert.deepEqual(compounds('MHPSS.net'), ['mhpssnet']);
    assert.deepEqual(compounds('psycho-social support'), ['psychosocial']);
    assert.deepEqual(compounds("Children's Fund"), ['children']);
    assert.deepEqual(compounds('Plain Name'), []);
  });

  it('the offset tokenizer finds the same words as the fast one, at offsets that fold back to them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({
            unit: fc.constantFrom(..."aé É\u0301'’-.ßøİ ٱ أَ ـ ى 1½x".split('')),
            maxLength: 30,
          }),
        ),
        (text) => {
          const withOffsets = tokenizeWithOffsets(text);
          assert.deepEqual(
            withOffsets.map((t) => t.token),
            tokenize(text),
          );
          for (const t of withOffsets) {
            assert.ok(t.start < t.end && t.end <= text.length);
            assert.ok(tokenize(text.slice(t.start, t.end)).join('').includes(t.token));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the ASCII fast path splits the folded text where the Unicode rule does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        const words = fold(text)
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w !== '');
        assert.deepEqual(tokenize(text), words);
        assert.deepEqual(
          tokenizeWithOffsets(text).map((t) => t.token),
          words,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('the vocabulary reads the same words out of text as tokenize, by scanning it in place', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abcAB C'`é1-.".split('')), maxLength: 60 }),
        (text) => {
          const vocabulary = new Vocabulary();
          const n = vocabulary.scan(text, 48);
          assert.deepEqual(
            [...vocabulary.scanned.subarray(0, n)].map((id) => vocabulary.tokens[id]),
            tokenize(text),
          );
          for (const w of tokenize(text)) assert.equal(vocabulary.get(w), vocabulary.idOf(w));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('typo expansion', () => {
  const index = new TextIndex(
    docs(
      ['Child Fund', 'Chad Relief', 'Cold Storage', 'Hias', 'Psychosocial Network', 'Health Care'],
      ['children first', '', '', '', 'biopsychosocial', 'healthy healthcare'],
    ),
  );
  const expander = new Expander(index);
  const words = (word: string, last = false) =>
    expander.expand(word, last).map((e) => index.vocab[e.token]);

  it('a missing letter is the likeliest reading of a typo', () => {
    const found = words('chld');
    assert.ok(
      found.indexOf('child') >= 0 && found.indexOf('child') < found.indexOf('chad'),
      found.join(),
    );
  });

  it('swapped letters count as one typo, even in a short word', () => {
    assert.ok(words('hais').includes('hias'));
  });

  it('three-letter words only forgive one missing letter; shorter ones must be exact or a prefix', () => {
    assert.deepEqual(words('has'), ['hias']);
    assert.deepEqual(words('cd'), []);
    assert.deepEqual(words('ch', true).sort(), ['chad', 'child', 'children']);
  });

  it('the word being typed is completed, typos in it forgiven; finished words are not completed unless long enough', () => {
    assert.ok(words('psycosoc', true).includes('psychosocial'));
    assert.ok(
      words('pyschoso', true).includes('psychosocial'),
      'swapped letters in the typed part',
    );
    assert.ok(!words('psycosoc', false).includes('psychosocial'));
    assert.deepEqual(words('he', false), []);
    assert.ok(words('hea', false).includes('health'));
  });

  it('an exact word is the best expansion of itself', () => {
    const [best] = expander.expand('health', true);
    assert.equal(index.vocab[best!.token], 'health');
    assert.equal(best!.quality, 1);
  });
});

describe('ranking', () => {
  it('a record must match every word, in whatever field; failing that, the most words', () => {
    const names = ['Mental Health Fund', 'Support Group', 'Mental Support Alliance'];
    const search = new TextSearch(docs(names, ['', 'mental health support everywhere', '']));
    assert.deepEqual(topNames(search, 'mental health support', names), ['Support Group']);
    const m = search.search('mental health support');
    assert.deepEqual([m.matched, m.words], [3, 3]);
    // Nobody has "xyzzy": the two records with both other words answer, saying so.
    const most = search.search('mental xyzzy health');
    assert.deepEqual([most.matched, most.words], [2, 3]);
    assert.deepEqual(topNames(search, 'mental xyzzy health', names).sort(), [
      'Mental Health Fund',
      'Support Group',
    ]);
  });

  it('within a set of records, the most words are decided among them', () => {
    const names = ['Mental Health Fund', 'Mental Support Alliance', 'Health Trust'];
    const search = new TextSearch(docs(names));
    const within = new Uint32Array([0b110]);
    const m = search.search('mental health', within);
    assert.deepEqual([...m.docs].sort(), [1, 2]);
    assert.deepEqual([m.matched, m.words], [1, 2]);
    assert.deepEqual([...search.search('mental health').docs], [0]);
  });

  it('a short word that exists as typed does not match its typo neighbours ("save" is not "safe")', () => {
    const names = ['Save the Children', 'Safe Children Trust', 'Children First'];
    const search = new TextSearch(docs(names));
    assert.deepEqual(topNames(search, 'save children', names), ['Save the Children']);
    // A word that does not exist is still forgiven its typo, and a longer real word too.
    assert.deepEqual(topNames(search, 'sav children', names).slice(0, 1), ['Save the Children']);
    const spelled = new TextSearch(docs(['World Health Organization', 'Organisation Two']));
    assert.equal(spelled.search('health organisation').docs.length, 1);
  });

  it('a word in the name or acronym outweighs the same word in a description', () => {
    const names = ['Alpha Trust', 'Refugee Trust'];
    const search = new TextSearch(docs(names, ['refugee refugee refugee support', 'a trust']));
    assert.deepEqual(topNames(search, 'refugee', names), ['Refugee Trust', 'Alpha Trust']);
  });

  it('typing the whole name beats a name that merely contains it', () => {
    const names = ['Save the Children Denmark', 'Save the Children'];
    const search = new TextSearch(docs(names));
    assert.deepEqual(topNames(search, 'save the children', names), [
      'Save the Children',
      'Save the Children Denmark',
    ]);
  });

  it('words in the order of the name beat the same words scattered', () => {
    const names = ['Health Mental Network', 'Mental Health Network'];
    const search = new TextSearch(docs(names));
    assert.equal(topNames(search, 'mental health', names)[0], 'Mental Health Network');
  });

  it('stop words alone still find something, and never outweigh real words', () => {
    const names = ['The Ones', 'Children First'];
    const search = new TextSearch(docs(names, ['the the the of of and', 'for the children']));
    assert.equal(topNames(search, 'the children', names)[0], 'Children First');
    assert.deepEqual(topNames(search, 'the', names).slice(0, 1), ['The Ones']);
  });

  it('initials of a name find it: "unhcr"', () => {
    const names = ['United Nations High Commissioner for Refugees', 'Unrelated Charity'];
    const search = new TextSearch(docs(names));
    assert.equal(topNames(search, 'unhcr', names)[0], names[0]);
    const ranges = matchRanges(names[0]!, search.search('unhcr').highlight, true);
    assert.deepEqual(ranges.map(([a, b]) => names[0]!.slice(a, b)).join(''), 'UNHCR');
  });
});

// As a results page makes them: the description's match ranges (matchRanges), then the excerpt
// around them (cutSnippet).
describe('snippets', () => {
  const marks = new Map([['welfare', 0]]);
  const long =
    'Its work reaches children and caregivers through community, education, health and social welfare systems, including a joint programme with WHO and evidence-based psychological interventions for children and families in many countries around the world.';

  it('a short description is shown whole', () => {
    const text = 'Short and sweet welfare.';
    assert.deepEqual(cutSnippet(text, matchRanges(text, marks)), {
      text: 'Short and sweet welfare.',
      ranges: [[16, 23]],
    });
  });

  it('a long one is cut around its matches, at word boundaries, with an ellipsis where cut', () => {
    const s = cutSnippet(long, matchRanges(long, marks), 80, 20);
    assert.ok(s.text.startsWith('…') && s.text.endsWith('…'), s.text);
    assert.ok(s.text.length <= 82);
    assert.deepEqual(
      s.ranges.map(([a, b]) => s.text.slice(a, b)),
      ['welfare'],
    );
    assert.ok(long.includes(s.text.slice(1, -1)));
  });

  it('with no match it is the beginning of the description', () => {
    const s = cutSnippet(long, [], 60);
    assert.ok(s.text.startsWith('Its work') && s.text.endsWith('…'));
    assert.deepEqual(s.ranges, []);
  });

  it('prefers the window with the most different matched words', () => {
    const text = `${'alpha '.repeat(10)}filler ${'x '.repeat(60)}beta gamma alpha end`;
    const words = new Map([
      ['alpha', 0],
      ['beta', 0],
      ['gamma', 0],
    ]);
    const s = cutSnippet(text, matchRanges(text, words), 40, 5);
    assert.ok(s.text.includes('beta gamma alpha'), s.text);
  });
});
