// The Directory: every index built once — facets, name order and full text — then queries in a
// few milliseconds. The last text search is kept, so toggling a filter or paging does not search
// again.
import { DirectoryCore, type DirectoryOptions, type QueryState } from './directory-core.js';
import { queryAll } from './query-all.js';
import type { DirectoryData, Organization } from '../model/schema.js';
import { notDirectoryData } from '../model/load-errors.js';
import { isObject } from '../model/patterns.js';
import { createTextEngine } from './text-engine.js';

import { CORE_DEFAULTS } from '../defaults.js';
import { SEARCH_DEFAULTS } from './search-defaults.js';

/**
 * Every tunable of the engine and the URL state in one frozen object: page sizes, text and URL
 * limits, snippet length, field weights, match qualities, typo limits and name bonuses.
 */
export const DEFAULTS = Object.freeze({ ...CORE_DEFAULTS, ...SEARCH_DEFAULTS });

/**
 * A searchable directory: typo-tolerant text search that narrows with every word, filters (OR within a facet, AND across),
 * a fixed scope, name or relevance order, paging, highlights and disjunctive facet counts.
 * Build it once per data set; every {@link DirectoryCore.query | query} reuses its indexes.
 * It is built from what parseDirectory returns: anything else throws a TypeError that names
 * what is missing (`data.organizations must be a list of organizations, but it is missing`).
 *
 * @example
 * ```ts
 * import { Directory, parseDirectory } from 'mhpss-directory/core';
 *
 * const { data } = parseDirectory(json);
 * const dir = new Directory(data, { lang: 'fr' });
 * const r = dir.query({
 *   text: 'chld protecton',                      // typos and a partial last word are fine
 *   filters: { regions: ['africa'] },            // OR within a facet, AND across facets
 *   scope: { populations: ['refugees'] },        // a fixed pre-filter
 *   page: 0,
 *   pageSize: 20,
 * });
 * r.total;                      // matches on every page
 * r.match;                      // 'all' (every word matched), or 'most': close matches
 * r.hits[0]?.organization.name; // the best match
 * r.facets.regions;             // [{ id, label, count, selected }, …]
 * ```
 */
export class Directory extends DirectoryCore {
  constructor(...args: ConstructorParameters<typeof DirectoryCore>) {
    assertDirectoryData(args[0]);
    super(...args);
    this.attachTextEngine(createTextEngine(this));
  }

  /**
   * Every organization a query matches — after text, filters and scope — in the order of its
   * hits, on all pages (`page` and `pageSize` are ignored): what paging through `query(state)`
   * shows, in one list. What a visitor downloads or prints.
   *
   * @example
   * ```ts
   * const shown = dir.queryAll({ text: 'child', filters: { regions: ['middle-east'] } });
   * directoryToCsv({ ...dir.data, organizations: shown }); // the results as a sheet
   * ```
   */
  queryAll(state: QueryState = {}): Organization[] {
    return queryAll(this, state);
  }
}

export type { DirectoryOptions };

/**
 * Throws a TypeError naming the first thing `data` lacks to be directory data, the shape
 * parseDirectory returns and a Directory is built from. A TypeError, not a DirectoryLoadError:
 * it is a mistake in the calling code (parseDirectory was skipped), not in a data file, and a
 * load error's code would send a caller looking at the file.
 */
function assertDirectoryData(data: unknown): asserts data is DirectoryData {
  const mistake = (path: string, expected: string, value: unknown) =>
    new TypeError(notDirectoryData(path, expected, value));
  if (!isObject(data)) throw mistake('data', 'a directory object', data);
  const { taxonomies, organizations } = data;
  if (!isObject(taxonomies)) {
    throw mistake('data.taxonomies', 'an object of taxonomies', taxonomies);
  }
  for (const [key, taxonomy] of Object.entries(taxonomies)) {
    const path = `data.taxonomies.${key}`;
    if (!isObject(taxonomy) || !Array.isArray(taxonomy.terms)) {
      throw mistake(path, 'a taxonomy with a "terms" list', taxonomy);
    }
    taxonomy.terms.forEach((term: unknown, i: number) => {
      if (!isObject(term) || typeof term.id !== 'string') {
        throw mistake(`${path}.terms[${i}]`, 'a term with an "id"', term);
      }
    });
  }
  if (!Array.isArray(organizations)) {
    throw mistake('data.organizations', 'a list of organizations', organizations);
  }
  organizations.forEach((org: unknown, i: number) => {
    if (!isObject(org)) throw mistake(`data.organizations[${i}]`, 'an organization', org);
  });
}
