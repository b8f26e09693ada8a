// The facts a record states, each named `field:value` (`regions:africa`, `countries:UG`,
// `partners:who`) or `headquarters`: what evidence quotes a page for (evidence.ts), what a source's
// `supports` lists, and what the detail view points at its sources. Small and free of sentences,
// so that the widget's validation can check `supports` without carrying the evidence checks.
import { termIds } from './labels.js';
import type { DirectoryData, Organization } from './schema.js';

/** Facts that state an absence: there is no page to quote for them. */
const NEEDS_NO_EVIDENCE = new Set(['roles:none-stated']);

/** The record fields, besides the facets, whose values are facts of their own. */
const FACT_FIELDS = ['countries', 'partners', 'funders'] as const;

/**
 * Every fact a record states, as `field:value`: each facet term, each country, partner and funder,
 * the parent, and the headquarters (`headquarters`, which has no value).
 */
export function statedFacts(org: Organization, facetKeys: readonly string[]): string[] {
  const facts: string[] = [];
  for (const key of facetKeys) {
    for (const id of termIds(org[key])) facts.push(`${key}:${id}`);
  }
  for (const key of FACT_FIELDS) {
    for (const value of termIds(org[key])) facts.push(`${key}:${value}`);
  }
  if (typeof org.parent === 'string') facts.push(`parent:${org.parent}`);
  if (org.headquarters) facts.push('headquarters');
  return facts;
}

/**
 * Every fact a record states that needs a source, as `field:value`: each facet term, each
 * country, partner and funder, the parent, and the headquarters — all but those that state an
 * absence (`roles:none-stated`).
 *
 * @example
 * ```ts
 * factsOf(unicef, data.taxonomies);
 * // ['type:un-agency', 'regions:africa', 'countries:UG', 'partners:who', 'headquarters', …]
 * ```
 */
export function factsOf(org: Organization, taxonomies: DirectoryData['taxonomies']): string[] {
  return statedFacts(org, Object.keys(taxonomies)).filter((fact) => !NEEDS_NO_EVIDENCE.has(fact));
}
