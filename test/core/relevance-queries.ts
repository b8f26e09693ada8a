// The relevance query sets over the shipped list, shared by the in-browser engine's suite
// (relevance.test.ts) and the server's (test/server/relevance.test.ts), so both engines are
// measured on exactly the same questions.
import type { QueryResult } from '../../src/core/index.js';

/** Top-1 share and mean reciprocal rank of 1-based ranks (0: not found). */
export function summary(ranks: readonly number[]): { top1: number; mrr: number; line: string } {
  const top1 = ranks.filter((r) => r === 1).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
  return {
    top1,
    mrr,
    line: `top-1 ${(100 * top1).toFixed(1)}% of ${ranks.length}, MRR ${mrr.toFixed(3)}`,
  };
}

export const TOP1 = 0.95;
export const MRR = 0.97;

/** [what a visitor types, the organization they want first, what kind of query it is] */
export const QUERIES: [string, string, string][] = [
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

/**
 * Multi-word queries and exactly what they must find, read off the data: every meaningful word
 * matched — as typed, completed ("world" → "worldwide") or, for words that are not in the data
 * as typed, through a typo — in a name, acronym, description, term label or place.
 */
export const COUNTED: {
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

/** One typo in a word of four letters or more (the first letter kept): drop, swap, double, replace. */
export function typoVariants(name: string): string[] {
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
