// The visitor's view of a directory — search text, filters, sort, page — and what each of their
// actions makes of it. Pure functions over plain objects, no DOM: the element keeps one
// ViewState, asks its source with `toQuery(view, settings)`, and `settle`s the view against the
// answer (the page it was clamped to, the filters the data does not have).
import { BUILT_IN_FACETS, NOT_STATED } from '../model/built-in-facets.js';
import type { QueryResult, QueryState, SortOrder } from '../search/directory-core.js';

/** What the visitor chose. Every action returns a new view; none changes one in place. */
export interface ViewState {
  readonly text: string;
  /** The visitor's filters by facet; a facet with no term has no key. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Unset: the source's default (relevance when the text has words, else name). */
  readonly sort?: SortOrder;
  /** 0-based. */
  readonly page: number;
}

/** What the page (the partner) sets, not the visitor: scope, page size, language. */
export interface ViewSettings {
  scope?: Record<string, string[]>;
  pageSize?: number;
  lang?: string;
}

/** A fresh view: no text, no filters, the first page (never changed: actions copy). */
export const EMPTY_VIEW: ViewState = { text: '', filters: {}, page: 0 };

/**
 * The view after a visitor's action: typing (`{ text }`), filters (`{ filters }`, see
 * `withTerms`), a sort (`{ sort }`) or a page (`{ page }`). Anything but a page goes back to the
 * first page.
 */
export const apply = (view: ViewState, change: Partial<ViewState>): ViewState => ({
  ...view,
  page: 0,
  ...change,
});

/** The filters with a facet's terms set to `terms` (a facet without terms has no key). */
export function withTerms(
  filters: ViewState['filters'],
  facet: string,
  terms: readonly string[],
): ViewState['filters'] {
  const out = { ...filters, [facet]: terms };
  if (!terms.length) delete out[facet];
  return out;
}

/** The filters without one term (a chip removed). */
export const withoutTerm = (filters: ViewState['filters'], facet: string, term: string) =>
  withTerms(
    filters,
    facet,
    (filters[facet] ?? []).filter((id) => id !== term),
  );

/**
 * The view a URL or a link holds, over the current one. A link says its sort even when it is the
 * default (`sort: undefined`); url-state only when it is set.
 */
export function restore(view: ViewState, from: QueryState): ViewState {
  return {
    text: from.text ?? view.text,
    filters: from.filters ?? view.filters,
    sort: 'sort' in from ? from.sort : view.sort,
    page: from.page ?? view.page,
  };
}

/** The question to ask a source for this view under the page's settings. */
export const toQuery = (view: ViewState, settings: ViewSettings = {}): QueryState => ({
  ...(view as QueryState),
  ...settings,
});

/**
 * The view as the answer shows it: the page it was clamped to, and without the filters the data
 * does not have (from a shared link, or kept across a reload). The same view when nothing moved.
 */
export function settle(view: ViewState, result: QueryResult): ViewState {
  const dropped = Object.keys(result.dropped.filters).length > 0;
  if (result.page === view.page && !dropped) return view;
  return { ...view, page: result.page, filters: dropped ? result.filters : view.filters };
}

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

/** Names facets and terms in a language (a DirectorySource does). */
export interface Labels {
  facetLabel(facet: string, lang?: string): string;
  termLabel(facet: string, term: string, lang?: string): string;
}

/**
 * The applied filters one by one, named in `lang`: what the chips show. A facet's "not stated"
 * term says so (`notStated`): its label ("Not stated") means nothing without the facet's.
 */
export function activeFilters(
  filters: Record<string, string[]>,
  labels: Labels,
  lang: string,
): { facet: string; term: string; label: string; facetLabel: string; notStated?: true }[] {
  return Object.entries(filters).flatMap(([facet, terms]) =>
    terms.map((term) => ({
      facet,
      term,
      label: labels.termLabel(facet, term, lang),
      facetLabel: labels.facetLabel(facet, lang),
      ...(term === NOT_STATED ? { notStated: true as const } : {}),
    })),
  );
}
