// Relevance over the shipped list of the Collaborative and its network: what visitors type — full names,
// acronyms, misspellings, half-typed words, other word orders, words found only in
// descriptions — and single-typo variants of every name. Top-1 and MRR are reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory } from '../../src/core/index.js';

const { data } = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
);
const dir = new Directory(data);
const ranked = (text: string) =>
  dir.query({ text, pageSize: 100 }).hits.map((h) => h.organization.id);

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
  const ranks: number[] = [];

  for (const [text, id, kind] of QUERIES) {
    it(`a visitor types "${text}" (${kind}) and finds ${id} first`, () => {
      const found = ranked(text);
      ranks.push(found.indexOf(id) + 1);
      assert.equal(found[0], id, `got ${found.slice(0, 3).join(', ')}`);
    });
  }

  it('reports top-1 and MRR over the query set', (t) => {
    assert.equal(ranks.length, QUERIES.length);
    const top1 = ranks.filter((r) => r === 1).length;
    const mrr = ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
    t.diagnostic(
      `top-1 ${top1}/${ranks.length} (${((100 * top1) / ranks.length).toFixed(1)}%), MRR ${mrr.toFixed(3)}`,
    );
    assert.ok(QUERIES.length >= 25);
    assert.ok(mrr >= 0.95, `MRR ${mrr}`);
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
  let passed = 0;
  let total = 0;
  for (const org of data.organizations) {
    it(`every one-typo spelling of "${org.name}" keeps it in the top 3`, () => {
      const misses: string[] = [];
      for (const variant of typoVariants(org.name)) {
        total++;
        const rank = ranked(variant).indexOf(org.id) + 1;
        if (rank >= 1 && rank <= 3) passed++;
        else misses.push(`${variant} → ${rank || 'not found'}`);
      }
      assert.deepEqual(misses, []);
    });
  }

  it('reports the pass rate', (t) => {
    t.diagnostic(`single-typo variants in the top 3: ${passed}/${total}`);
    assert.ok(total >= data.organizations.length * 4);
    assert.equal(passed, total);
  });
});
