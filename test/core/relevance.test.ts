// Relevance over the shipped list of the Collaborative and its network: what visitors type — full names,
// acronyms, misspellings, half-typed words, other word orders, words found only in
// descriptions — single-typo variants of every name, multi-word queries with the exact
// organizations they must find, and names typed every way over 10,000 generated records.
// Top-1 and MRR are computed by the tests that assert them, whatever else runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory, type QueryResult } from '../../src/core/index.js';
import { generate, rng, typo } from '../bench/generate.js';

const { data } = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
);
const dir = new Directory(data);
const ranked = (text: string) =>
  dir.query({ text, pageSize: 100 }).hits.map((h) => h.organization.id);

/** Top-1 share and mean reciprocal rank of 1-based ranks (0: not found). */
function summary(ranks: readonly number[]): { top1: number; mrr: number; line: string } {
  const top1 = ranks.filter((r) => r === 1).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
  return {
    top1,
    mrr,
    line: `top-1 ${(100 * top1).toFixed(1)}% of ${ranks.length}, MRR ${mrr.toFixed(3)}`,
  };
}
const TOP1 = 0.95;
const MRR = 0.97;

/** [what a visitor types, the organization they want first, what kind of query it is] */
const QUERIES: [string, string, string][] = [
  ['Save the Children', 'save-the-children', 'full name'],
  ['save the children denmark', 'save-the-children-denmark', 'full name'],
  ["King's College London", 'kings-college-london', 'full name'],
  ['united nations childrens fund', 'unicef', 'full name, no apostrophe'],
  ['international medical corps', 'imc', 'full name'],
  ['education cannot wait', 'education-cannot-wait', 'full name'],
  ['danish red cross', 'danish-red-cross', 'full name'],
  ['mhpss collaborative', 'mhpss-collaborative', 'full name'],
  ['unicef', 'unicef', 'acronym'],
  ['UNHCR', 'unhcr', 'acronym'],
  ['who', 'who', 'acronym'],
  ['REPSSI', 'repssi', 'acronym'],
  ['bmz', 'germany', 'acronym found in the description'],
  ['HIAS', 'hias', 'acronym'],
  ['iom', 'iom', 'acronym'],
  ['imc', 'imc', 'acronym'],
  ['ecw', 'education-cannot-wait', 'acronym'],
  ['mhin', 'mhin', 'acronym'],
  ['mhpss.net', 'mhpss-net', 'acronym with a dot'],
  ['danida', 'danida', 'acronym'],
  ['world helth organisation', 'who', 'misspelled, British spelling'],
  ['unicf', 'unicef', 'misspelled acronym'],
  ['jesuit refugee servce', 'jrs', 'misspelled'],
  ['educaton canot wait', 'education-cannot-wait', 'two misspellings'],
  ['artolutoin', 'artolution', 'swapped letters'],
  ['european comission', 'european-commission', 'misspelled'],
  ['save childrn', 'save-the-children', 'misspelled, stop word left out'],
  ['kings college', 'kings-college-london', 'partial name'],
  ['war child', 'war-child-holland', 'partial name'],
  ['medical corp', 'imc', 'partial word'],
  ['unhc', 'unhcr', 'half-typed acronym'],
  ['jesuit', 'jrs', 'one word of the name'],
  ['catholic relief', 'crs', 'partial name'],
  ['regional psychosocial', 'repssi', 'partial name'],
  ['mental health innovation', 'mhin', 'partial name'],
  ['psychosocial support initiative', 'repssi', 'partial name'],
  ['red cross red crescent hub', 'rcrc-mhpss-hub', 'partial name'],
  ['federation red cross', 'ifrc', 'partial name'],
  ['international committee red cross', 'icrc', 'partial name'],
  ['high commissioner refugees', 'unhcr', 'partial name'],
  ['office on drugs', 'unodc', 'partial name'],
  ['german ministry development', 'germany', 'description only'],
  ['netherlands government', 'netherlands', 'other word order'],
  ['holland war child', 'war-child-holland', 'other word order'],
  ['columbia mailman', 'columbia-pfmh', 'partial name'],
  ['drugs and crime', 'unodc', 'partial name'],
  ['japan', 'japan', 'one word of the name'],
  ['upinion', 'upinion', 'full name'],
  ['refugee agency', 'unhcr', 'description only'],
  ['migration agency', 'iom', 'description only'],
  ['colors of kindness', 'amal-alliance', 'description only'],
  ['mhgap', 'who', 'description only'],
  ['messaging apps', 'upinion', 'description only'],
  ['london school hygiene', 'mhin', 'description only'],
  ['amsterdam', 'war-child-holland', 'description only'],
  ['Dansk Røde Kors', 'danish-red-cross', 'description only, diacritics'],
  ['red barnet', 'save-the-children-denmark', 'description only'],
  ['psychiatry neuroscience', 'kings-college-london', 'description only'],
];

describe('relevance over data/members.json', () => {
  for (const [text, id, kind] of QUERIES) {
    it(`a visitor types "${text}" (${kind}) and finds ${id} first`, () => {
      const found = ranked(text);
      assert.equal(found[0], id, `got ${found.slice(0, 3).join(', ')}`);
    });
  }

  it(`keeps top-1 ≥ ${100 * TOP1}% and MRR ≥ ${MRR} over the query set`, (t) => {
    const { top1, mrr, line } = summary(QUERIES.map(([text, id]) => ranked(text).indexOf(id) + 1));
    t.diagnostic(line);
    assert.ok(top1 >= TOP1 && mrr >= MRR, line);
  });

  it('more words never find more: a query matching every word finds no more than any one of them', () => {
    for (const [text] of QUERIES) {
      const words = text.split(' ');
      const r = dir.query({ text });
      if (words.length < 2 || r.match !== 'all') continue;
      // Each word as it is read inside the query: finished, or (the last) still being typed.
      for (const [i, word] of words.entries()) {
        const alone = dir.query({ text: i === words.length - 1 ? word : `${word} ` });
        if (alone.words.total === 0) continue;
        assert.ok(r.total <= alone.total, `"${text}" ${r.total} > "${word}" ${alone.total}`);
      }
    }
  });
});

/**
 * Multi-word queries and exactly what they must find, read off the data: every meaningful word
 * matched — as typed, completed ("world" → "worldwide") or, for words that are not in the data
 * as typed, through a typo — in a name, acronym, description, term label or place.
 */
const COUNTED: {
  text: string;
  ids: string[];
  first: string;
  match?: QueryResult['match'];
  why: string;
}[] = [
  {
    text: 'save children',
    ids: ['save-the-children', 'save-the-children-denmark', 'mdi', 'mhpss-collaborative', 'danida'],
    first: 'save-the-children',
    why: 'the two names, and three descriptions naming Save the Children ("safe" is another word)',
  },
  {
    text: 'save the children',
    ids: ['save-the-children', 'save-the-children-denmark', 'mdi', 'mhpss-collaborative', 'danida'],
    first: 'save-the-children',
    why: '"the" does not decide',
  },
  {
    text: 'world health',
    ids: ['who', 'crs', 'unicef', 'european-commission', 'netherlands'],
    first: 'who',
    why: 'CRS works "around the world" and is filed under "Humanitarian and conflict health"; three more work "worldwide" on health',
  },
  {
    text: 'educaton cannot wait',
    ids: ['education-cannot-wait'],
    first: 'education-cannot-wait',
    why: 'a typo in the first word',
  },
  {
    text: 'red cross',
    ids: ['danish-red-cross', 'icrc', 'ifrc', 'rcrc-mhpss-hub'],
    first: 'rcrc-mhpss-hub',
    why: 'the four Red Cross names',
  },
  {
    text: 'danish red cross',
    ids: ['danish-red-cross', 'rcrc-mhpss-hub'],
    first: 'danish-red-cross',
    why: 'the hub is hosted by the Danish Red Cross',
  },
  {
    text: 'war child lebanon',
    ids: ['war-child-holland'],
    first: 'war-child-holland',
    why: 'War Child Holland names Lebanon among the countries it works in',
  },
  {
    text: 'red cross kenya',
    ids: ['danish-red-cross', 'icrc', 'ifrc', 'rcrc-mhpss-hub', 'save-the-children-denmark'],
    first: 'rcrc-mhpss-hub',
    match: 'most',
    why: 'no Red Cross record names Kenya: the Red Cross names match 2 of the 3 words, and Save the Children Denmark works in Kenya and is "Red Barnet" in Danish',
  },
];

describe('multi-word queries find exactly the organizations matching every word', () => {
  for (const { text, ids, first, match = 'all', why } of COUNTED) {
    it(`"${text}" finds ${ids.length} (${match === 'all' ? 'every word' : 'the most words'}): ${why}`, () => {
      const r = dir.query({ text, pageSize: 100 });
      const found = r.hits.map((h) => h.organization.id);
      assert.equal(r.total, ids.length);
      assert.deepEqual([...found].sort(), [...ids].sort());
      assert.equal(found[0], first);
      assert.equal(r.match, match);
      const total = text.split(' ').filter((w) => w !== 'the').length;
      assert.deepEqual(r.words, { matched: match === 'all' ? total : total - 1, total });
    });
  }

  it('a single word still finds everything that has it: "children" finds 26', () => {
    // 26 records are filed under "Children and adolescents", each with a page that says so.
    assert.equal(dir.query({ text: 'children' }).total, 26);
  });
});

/** One typo in a word of four letters or more (the first letter kept): drop, swap, double, replace. */
function typoVariants(name: string): string[] {
  const words = name.split(' ');
  const targets = words.map((_, i) => i).filter((i) => /^[\p{L}']{4,}$/u.test(words[i]!));
  const out = new Set<string>();
  targets.forEach((wi, n) => {
    const w = words[wi]!;
    const i = 1 + (n % (w.length - 2));
    const edits = [
      w.slice(0, i) + w.slice(i + 1),
      w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
      w.slice(0, i) + w[i] + w.slice(i),
      w.slice(0, i) + (w[i] === 'e' ? 'a' : 'e') + w.slice(i + 1),
    ];
    for (const edit of edits)
      out.add([...words.slice(0, wi), edit, ...words.slice(wi + 1)].join(' '));
  });
  out.delete(name);
  return [...out];
}

describe('single-typo variants of every name', () => {
  /** Each name's one-typo variants and where its organization ranks for each (0: not found). */
  const variants = (org: (typeof data.organizations)[number]) =>
    typoVariants(org.name).map((variant) => ({
      variant,
      rank: ranked(variant).indexOf(org.id) + 1,
    }));

  for (const org of data.organizations) {
    it(`every one-typo spelling of "${org.name}" keeps it in the top 3`, () => {
      const misses = variants(org).filter(({ rank }) => rank < 1 || rank > 3);
      assert.deepEqual(
        misses.map(({ variant, rank }) => `${variant} → ${rank || 'not found'}`),
        [],
      );
    });
  }

  it(`keeps every variant in the top 3, top-1 ≥ ${100 * TOP1}% and MRR ≥ ${MRR}`, (t) => {
    const ranks = data.organizations.flatMap((org) => variants(org).map(({ rank }) => rank));
    const { top1, mrr, line } = summary(ranks);
    const top3 = ranks.filter((r) => r >= 1 && r <= 3).length;
    t.diagnostic(`single-typo variants: ${line}, top 3 ${top3}/${ranks.length}`);
    // Four kinds of typo in each long enough word of each name.
    const words = data.organizations.flatMap((o) =>
      o.name.split(' ').filter((w) => /^[\p{L}']{4,}$/u.test(w)),
    );
    assert.ok(ranks.length >= 3 * words.length, `${ranks.length} variants`);
    assert.equal(top3, ranks.length);
    assert.ok(top1 >= TOP1 && mrr >= MRR, line);
  });
});

describe('relevance over 10,000 generated organizations', () => {
  const generated = JSON.parse(JSON.stringify(generate(10_000))) as typeof data;
  const big = new Directory(generated);
  const r = rng(99);
  /** One typo in a random word of five letters or more (none: undefined). */
  const typoIn = (name: string, skip = -1): [string, number] | undefined => {
    const words = name.split(' ');
    const long = words.map((_, i) => i).filter((i) => i !== skip && words[i]!.length >= 5);
    if (!long.length) return undefined;
    const i = long[Math.floor(r() * long.length)]!;
    words[i] = typo(words[i]!, r);
    return [words.join(' '), i];
  };
  const reversed = (text: string) => text.split(' ').reverse().join(' ');
  /** [text, the name expected first]; records of the first 1,000, the same at every size. */
  const queries: [string, string][] = [];
  for (let k = 0; k < 100; k++) {
    const { name } = generated.organizations[Math.floor(r() * 1000)]!;
    queries.push([name, name], [name.toLowerCase(), name], [reversed(name), name]);
    const one = typoIn(name);
    if (one) {
      queries.push([one[0], name], [reversed(one[0]), name]);
      const two = typoIn(one[0], one[1]);
      if (two) queries.push([two[0], name]);
    }
  }
  // Generated names repeat: the rank of the first hit with the name asked for.
  const rankOf = ([text, name]: [string, string]) =>
    big.query({ text, pageSize: 50 }).hits.findIndex((h) => h.organization.name === name) + 1;

  it(`names typed exactly, in lower case, reordered, with one or two typos: top-1 ≥ ${100 * TOP1}%, MRR ≥ ${MRR}`, (t) => {
    const ranks = queries.map(rankOf);
    const { top1, mrr, line } = summary(ranks);
    t.diagnostic(`generated names: ${line}`);
    assert.ok(queries.length >= 400, `${queries.length} queries`);
    assert.ok(top1 >= TOP1 && mrr >= MRR, line);
  });
});
