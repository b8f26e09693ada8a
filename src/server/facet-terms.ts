// The facets as the server files, filters and counts them: each taxonomy's terms followed by its
// "not stated" term (id `-`: the organizations filed under none of them), then the countries
// facet (the ISO codes of the organizations' `countries`, then its own "not stated"). All are
// plain term bitmaps, made once at import, so filtering and counting need no special case.
import { FacetIndex } from './engine.js';
import { builtInTermLabel, COUNTRIES_FACET, NOT_STATED } from '../core/model/built-in-facets.js';
import { localize } from '../core/model/labels.js';
import type { DirectoryData, Organization } from '../core/model/schema.js';

/** The id of a facet's "not stated" term (selectable as `regions:-`), the engine's own. */
export { NOT_STATED };
/** The key of the countries facet (a reserved field: no taxonomy has it). */
export const COUNTRIES = COUNTRIES_FACET;

export type FacetTermKind = 'term' | 'none' | 'country';

/** A facet term's label in `lang`: a taxonomy term's own, "not stated", a country's name. */
export function facetTermLabel(
  data: Pick<DirectoryData, 'taxonomies'>,
  term: { key: string; term: string; kind: FacetTermKind },
  lang: string,
): string {
  // "Not stated" and countries' names: the engine's own labels.
  if (term.kind === 'none' || term.kind === 'country') {
    return builtInTermLabel(term.key, term.kind === 'none' ? NOT_STATED : term.term, lang)!;
  }
  const found = data.taxonomies[term.key]?.terms.find((t) => t.id === term.term);
  return found ? localize(found.label, lang) : term.term;
}

export interface FacetTerm {
  /** The facet's number: taxonomies in the data's order, then the countries facet. */
  facet: number;
  key: string;
  term: string;
  kind: FacetTermKind;
  /** Its organizations (bit i: the i-th organization in name order). */
  bits: Uint32Array;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Every facet term in term-number order, and each organization's term numbers. `orgs` are the
 * organizations in name order.
 */
export function facetTerms(
  data: Pick<DirectoryData, 'taxonomies'>,
  orgs: readonly Organization[],
): { list: FacetTerm[]; ofRecord: number[][] } {
  const size = orgs.length;
  const words = (size + 31) >>> 5;
  const all = new Uint32Array(words).fill(0xffffffff);
  if (size & 31) all[words - 1] = (1 << (size & 31)) - 1;
  if (size === 0) all.fill(0);
  const index = new FacetIndex(data.taxonomies, orgs);
  const list: FacetTerm[] = [];
  /** Adds a facet's terms, then its "not stated" term: the organizations in none of them. */
  const addFacet = (
    facet: number,
    key: string,
    kind: FacetTermKind,
    terms: [string, Uint32Array][],
  ) => {
    const none = all.slice();
    for (const [term, bits] of terms) {
      list.push({ facet, key, term, kind, bits });
      for (let w = 0; w < words; w++) none[w]! &= ~bits[w]!;
    }
    list.push({ facet, key, term: NOT_STATED, kind: 'none', bits: none });
  };
  const keys = Object.keys(data.taxonomies);
  keys.forEach((key, facet) => {
    const f = index.keys.indexOf(key);
    addFacet(
      facet,
      key,
      'term',
      data.taxonomies[key]!.terms.map((term, t) => [term.id, index.termBits[f]![t]!]),
    );
  });
  const countries = new Map<string, Uint32Array>();
  orgs.forEach((org, d) => {
    if (!Array.isArray(org.countries)) return;
    for (const code of org.countries) {
      if (typeof code !== 'string' || !COUNTRY.test(code)) continue;
      let bits = countries.get(code);
      if (!bits) countries.set(code, (bits = new Uint32Array(words)));
      bits[d >>> 5]! |= 1 << (d & 31);
    }
  });
  addFacet(
    keys.length,
    COUNTRIES,
    'country',
    [...countries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

  const ofRecord: number[][] = Array.from({ length: size }, () => []);
  list.forEach((term, num) => {
    const { bits } = term;
    for (let w = 0; w < words; w++) {
      for (let rest = bits[w]!; rest !== 0; rest &= rest - 1) {
        ofRecord[(w << 5) | (31 - Math.clz32(rest & -rest))]!.push(num);
      }
    }
  });
  return { list, ofRecord };
}
