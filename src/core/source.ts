// The seam between the elements and a directory: what any directory must answer, whether it
// lives in memory (the Directory) or on a server (an Open Referral HSDS 3.0 API). The elements
// talk to this interface only, never to an engine's internals.
import type { DirectoryData, Organization } from './model/schema.js';
import type { QueryResult, QueryState, SortOrder } from './query.js';

/** How a query can be cancelled: the next keystroke aborts the previous question. */
export interface QueryOptions {
  /** Aborted when the answer is no longer wanted; a source may reject with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * What a source can do. An absent field means "yes": the in-memory Directory does everything; a
 * plain HSDS 3.0 server without our profile extension has no facet counts, filters or scope.
 */
export interface SourceCapabilities {
  /** `QueryResult.facets` holds real counts (otherwise the element hides the facet column). */
  facetCounts?: boolean;
  /** `filters` and `scope` are applied (otherwise they are reported in `dropped`). */
  filters?: boolean;
  /** The sort orders it answers. */
  sorts?: readonly SortOrder[];
  /**
   * Its answers come over a network: the element waits for a pause in typing (~100 ms) before
   * asking about the words being typed, rather than asking at every keystroke.
   */
  remote?: boolean;
}

/**
 * The directory's description without its organizations: title, publisher, the `submit` link
 * and every taxonomy with its terms. In memory it is the whole document.
 */
export type DirectoryInfo = {
  // Not Omit<>: over a type with an index signature (unknown keys are kept) it keeps only that.
  [K in keyof DirectoryData as K extends 'organizations' ? never : K]: DirectoryData[K];
} & { organizations?: Organization[] };

/**
 * A directory the elements can show: its description, labels, and answers to queries.
 *
 * The in-memory {@link Directory} implements it (its answers are synchronous); a source over a
 * network returns promises, honours `signal`, and says what it cannot do in `capabilities`.
 *
 * @example
 * ```ts
 * const source: DirectorySource = new Directory(data);
 * const controller = new AbortController();
 * const result = await source.query({ text: 'child', page: 0 }, { signal: controller.signal });
 * result.hits[0]?.organization.name;
 * source.termLabel('regions', 'africa', 'fr'); // 'Afrique'
 * ```
 */
export interface DirectorySource {
  /** Title, publisher, `submit` link and taxonomies (the whole document, in memory). */
  readonly data: DirectoryInfo;
  /** How many organizations the directory holds, before any search or filter. */
  readonly size: number;
  /** The facets (taxonomy keys), in the data's order. */
  readonly facetKeys: readonly string[];
  /** A facet's label in `lang` (falling back to English, then the key). */
  facetLabel(facet: string, lang?: string): string;
  /** A term's label in `lang` (falling back to English, then the id). */
  termLabel(facet: string, term: string, lang?: string): string;
  /**
   * One page of results with every facet's counts. Synchronous where the answer is at hand;
   * a promise otherwise, which may reject with an `AbortError` once `options.signal` aborts.
   */
  query(state: QueryState, options?: QueryOptions): QueryResult | Promise<QueryResult>;
  /** An organization the source holds or has already answered with, by id. */
  get(id: string): Organization | undefined;
  /**
   * An organization by id, asked for when `get` does not have it (a link to one that is on no
   * page yet); undefined when there is none. Optional: a source that holds everything needs
   * none.
   */
  organization?(id: string, options?: QueryOptions): Promise<Organization | undefined>;
  /** What it can do; absent: everything. */
  readonly capabilities?: SourceCapabilities;
}
