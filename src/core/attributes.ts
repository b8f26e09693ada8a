// The element's `facets` and `scope` attributes as the directory reads them: the element's view
// state (state/view-state.ts) and the pre-rendered first page (formats/first-page.ts) must read
// them the same way, so that the page a server wrote is the page the element shows.
import { BUILT_IN_FACETS } from './model/built-in-facets.js';

/**
 * The facets to show: the `facets` attribute's keys (space-separated, in order, once each) that
 * the data has — its taxonomies (`facetKeys`) and the built-in `countries` — else every
 * taxonomy; `unknown` lists the keys the data does not have.
 */
export function parseFacets(
  spec: string | undefined,
  facetKeys: readonly string[],
): { shown: string[]; unknown: string[] } {
  const wanted = spec?.trim() ? [...new Set(spec.trim().split(/\s+/))] : facetKeys;
  const known = (key: string) => facetKeys.includes(key) || BUILT_IN_FACETS.includes(key);
  return {
    shown: wanted.filter(known),
    unknown: wanted.filter((key) => !known(key)),
  };
}

/**
 * The `scope` attribute's `facet:term` tokens as a filter; `invalid` lists the tokens that are not
 * such a pair. Whether the data has the facets and terms is the source's answer (`dropped`).
 */
export function parseScope(spec: string | undefined): {
  scope: Record<string, string[]>;
  invalid: string[];
} {
  const scope: Record<string, string[]> = {};
  const invalid: string[] = [];
  for (const token of (spec ?? '').split(/\s+/).filter(Boolean)) {
    const [facet = '', term, rest] = token.split(':');
    if (facet && term && rest === undefined && facet !== '__proto__') {
      (scope[facet] ??= []).push(term);
    } else invalid.push(token);
  }
  return { scope, invalid };
}

/** The `heading-level` attribute: a whole number from 1 to 6; anything else is the default, 2. */
export function headingLevel(value: unknown): number {
  const level = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6
    ? level
    : 2;
}
