// What text search sees of a directory besides names, acronyms and descriptions — the same as
// the in-browser engine (core/search/text-engine.ts): each facet term's label in every language
// (shared by the records filed under it), and each record's own places: its city and the names
// of its countries (headquarters, countries of work) in English and the directory's language.
import { CORE_DEFAULTS, tokenize } from './engine.js';
import { displayName } from '../core/model/labels.js';
import type { DirectoryData, Organization } from '../core/model/schema.js';

const fold = (texts: readonly (string | undefined)[]) => [
  ...new Set(texts.flatMap((t) => (t ? tokenize(t) : []))),
];

/** Every facet term's label words, in global term order (facets in order, terms in order). */
export function termLabelWords(info: Pick<DirectoryData, 'taxonomies'>): string[][] {
  return Object.values(info.taxonomies).flatMap((tax) =>
    tax.terms.map((term) => fold(Object.values(term.label))),
  );
}

/** A record's city words. */
export function cityWords(org: Organization): string[] {
  const hq = org.headquarters;
  return hq && typeof hq.city === 'string' ? fold([hq.city]) : [];
}

/** The names of a record's countries (headquarters, countries of work), English and `lang`. */
export function countryWords(org: Organization, lang: string): string[] {
  const langs = [...new Set([CORE_DEFAULTS.lang, lang])];
  const texts: string[] = [];
  const codes = [org.headquarters?.country, ...(Array.isArray(org.countries) ? org.countries : [])];
  for (const code of codes) {
    if (typeof code === 'string') for (const l of langs) texts.push(displayName(code, l, 'region'));
  }
  return fold(texts);
}

/** A record's place words: city and countries (indexed as its own tags). */
export const placeWords = (org: Organization, lang: string): string[] => [
  ...new Set([...cityWords(org), ...countryWords(org, lang)]),
];
