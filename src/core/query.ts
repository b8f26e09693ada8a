// What a query asks and what it answers: the question and the result every directory source
// speaks (source.ts), whether it answers from memory (search/) or from a server. Types only.
import type { Organization } from './model/schema.js';

/** UTF-16 offsets into the original string, end exclusive. */
export type MatchRange = [start: number, end: number];

/** A description excerpt, word-bounded with '…' where cut, and ranges relative to its text. */
export interface Snippet {
  text: string;
  ranges: MatchRange[];
}

/** How hits are ordered. */
export type SortOrder = 'relevance' | 'name';

/** What to search for: text, filters, scope, sort and page. Every field is optional. */
export interface QueryState {
  /** Search text, typo-tolerant; blank returns everything. */
  text?: string;
  /** The visitor's filters: OR within a facet, AND across facets. */
  filters?: Record<string, string[]>;
  /** A fixed pre-filter (same semantics) that visitors cannot remove. */
  scope?: Record<string, string[]>;
  /** Default: 'relevance' when the text has words, else 'name'. */
  sort?: SortOrder;
  /** 0-based; a page past the end shows the last page. */
  page?: number;
  /** Default DEFAULTS.pageSize, clamped to DEFAULTS.minPageSize..maxPageSize. */
  pageSize?: number;
  /** Language of labels and of the name order (any BCP 47 tag); default: the directory's. */
  lang?: string;
}

/**
 * One result: the organization, its relevance score, and what to highlight.
 *
 * @example
 * ```ts
 * const [hit] = dir.query({ text: 'unicef' }).hits;
 * const [start, end] = hit.highlights.name?.[0] ?? [0, 0];
 * hit.organization.name.slice(start, end); // the matched part, for a <mark>
 * hit.highlights.description?.text;        // an excerpt around the matches, '…' where cut
 * ```
 */
export interface Hit {
  organization: Organization;
  /** Relevance (higher is better); 0 when there is no search text. */
  score: number;
  /**
   * Where the query matched, as [start, end) UTF-16 ranges into the original strings; the
   * description as an excerpt with its own ranges.
   */
  highlights: { name?: MatchRange[]; acronym?: MatchRange[]; description?: Snippet };
}

/** One term of a facet, with the results ticking it would give. */
export interface FacetTermCount {
  /** The term's id; NOT_STATED (`'-'`) for the organizations that state no term of the facet. */
  id: string;
  label: string;
  /** Results if this term were ticked, under the other facets' filters. */
  count: number;
  selected: boolean;
  /** True on the facet's last term, NOT_STATED ("Not stated"); absent on every other term. */
  notStated?: true;
}

/**
 * What a query answered: one page of hits, the totals, the order and filters applied, and every
 * facet's counts.
 *
 * @example
 * ```ts
 * const r = dir.query({ text: 'child', filters: { regions: ['africa', 'atlantis'] } });
 * r.total;                 // matches on every page
 * r.hits.length;           // at most pageSize
 * r.sort;                  // 'relevance' (text with words), else 'name'
 * r.filters;               // { regions: ['africa'] }: what was applied
 * r.dropped.filters;       // { regions: ['atlantis'] }: what the data does not have
 * r.facets.regions[0];     // { id: 'africa', label: 'Africa', count: 7, selected: true }
 * ```
 */
export interface QueryResult {
  /** The requested page of hits. */
  hits: Hit[];
  /** Matches after text, filters and scope, on every page. */
  total: number;
  /**
   * Which records the text answered with. `'all'`: every hit matches every meaningful word of
   * the text — also when it has no words, or nothing matches at all. `'most'`: no organization
   * in the scope matches them all, so the hits are those matching the most (`words`). Decided
   * before the visitor's filters, so that facet counts say what ticking a term would give.
   */
  match: 'all' | 'most';
  /**
   * How many of the text's meaningful words every hit matches, of how many: stop words ("the",
   * "of", "de") are not counted unless the text has nothing else. `matched === total` exactly
   * when `match` is `'all'`; `{ matched: 0, total: 0 }` without words.
   */
  words: { matched: number; total: number };
  /** The page shown (0-based): the requested one, clamped to the pages there are. */
  page: number;
  pageSize: number;
  pageCount: number;
  /** The order the hits are in: 'name' whenever the text has no words, whatever was asked. */
  sort: SortOrder;
  /** The filters that were applied: known facets and terms only, in index order (NOT_STATED last). */
  filters: Record<string, string[]>;
  /** Filter and scope terms that were ignored, because the data has no such facet or term. */
  dropped: { filters: Record<string, string[]>; scope: Record<string, string[]> };
  /**
   * Every facet → every term, zero counts included: the taxonomies' terms in their order, then
   * the `countries` facet's (the ISO codes in the data, named by Intl.DisplayNames in `lang`
   * and listed by that name); each facet ends with its NOT_STATED term ("Not stated"), counting
   * the organizations with none of its terms.
   */
  facets: Record<string, FacetTermCount[]>;
}
