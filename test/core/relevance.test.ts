// Relevance over the shipped list of the Collaborative and its network: what visitors type — full names,
// acronyms, misspellings, half-typed words, other word orders, words found only in
// descriptions — single-typo variants of every name, multi-word queries with the exact
// organizations they must find, and names typed every way over 10,000 generated records.
// Top-1 and MRR are computed by the tests that assert them, whatever else runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory } from '../../src/core/index.js';
import { COUNTED, MRR, QUERIES, summary, TOP1, typoVariants } from './relevance-queries.js';
import { generate, rng, typo } from '../bench/generate.js';

const { data } = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
);
const dir = new Directory(data);
const ranked = (text: string) =>
  dir.query({ text, pageSize: 100 }).hits.map((h) => h.organization.id);

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
