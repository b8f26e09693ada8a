// The Directory: every index built once — facets, name order and full text — then queries in a
// few milliseconds. The last text search is kept, so toggling a filter or paging does not search
// again.
import { DirectoryCore, type DirectoryOptions, type QueryState } from './directory-core.js';
import { queryAll } from './query-all.js';
import type { Organization } from '../model/schema.js';
import { assertDirectoryData } from '../model/validate.js';
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
