// Search state ⇄ URL query parameters, under a prefix so that several directories (and the
// host page's own parameters) share one URL. Reading a URL never throws: anything malformed,
// unknown or absurdly long is dropped, because URLs are written by anyone.
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';
import type { QueryState, SortOrder } from '../search/directory-core.js';
import { BUILT_IN_FACETS, NOT_STATED } from '../model/built-in-facets.js';
import { FACET_KEY_PATTERN, ID_PATTERN } from '../model/schema.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const PAGE_PATTERN = /^\d{1,9}$/;

/** Text as a URL keeps it: at most maxTextLength units, lone surrogates replaced (UTF-8 can't hold them). */
const urlText = (text: string) =>
  text.slice(0, DEFAULTS.maxTextLength).replace(LONE_SURROGATE, '\uFFFD');

/** A country code, a term of the `countries` facet. */
const COUNTRY = /^[A-Z]{2}$/;

/** A term id: a slug, a country code, or NOT_STATED (`-`, the records stating no term). */
const validId = (id: unknown): id is string =>
  typeof id === 'string' &&
  id.length <= DEFAULTS.maxIdLength &&
  (ID_PATTERN.test(id) || COUNTRY.test(id) || id === NOT_STATED);
/** A facet key: one of `facetKeys` (the taxonomies) or a built-in facet, when they are given. */
const validKey = (key: string, facetKeys?: readonly string[]) =>
  FACET_KEY_PATTERN.test(key) &&
  (!facetKeys || facetKeys.includes(key) || BUILT_IN_FACETS.includes(key));

/** Keeps the valid ids of a list, once each, in order, at most maxUrlTermsPerFacet. */
function cleanIds(ids: unknown): string[] {
  if (!Array.isArray(ids)) return [];
  return [...new Set(ids.filter(validId))].slice(0, DEFAULTS.maxUrlTermsPerFacet);
}

/**
 * The part of a state the URL keeps, in canonical form: non-blank text, a sort that differs
 * from the text's default, a page after the first, and valid filters. Scope, page size and
 * language belong to the page, not the visitor, and are not kept.
 */
export function normalizeUrlState(state: QueryState, facetKeys?: readonly string[]): QueryState {
  const out: QueryState = {};
  if (typeof state.text === 'string' && state.text.trim() !== '') out.text = urlText(state.text);
  const defaultSort: SortOrder = out.text !== undefined ? 'relevance' : 'name';
  if ((state.sort === 'relevance' || state.sort === 'name') && state.sort !== defaultSort) {
    out.sort = state.sort;
  }
  const page = state.page;
  if (
    typeof page === 'number' &&
    Number.isFinite(page) &&
    page >= 1 &&
    page < DEFAULTS.maxUrlPage
  ) {
    out.page = Math.floor(page);
  }
  const filters: Record<string, string[]> = {};
  let facets = 0;
  if (state.filters && typeof state.filters === 'object') {
    for (const [key, ids] of Object.entries(state.filters)) {
      if (facets >= DEFAULTS.maxUrlFacets || !validKey(key, facetKeys)) continue;
      const clean = cleanIds(ids);
      if (clean.length === 0) continue;
      filters[key] = clean;
      facets++;
    }
  }
  if (facets > 0) out.filters = filters;
  return out;
}

/**
 * Parameters for the non-default parts of a state: `${prefix}q`, `${prefix}sort`,
 * `${prefix}page` (1-based) and one `${prefix}f-<facet>` per filtered facet (ids joined by commas).
 */
export function stateToSearchParams(
  state: QueryState,
  prefix: string = DEFAULTS.urlPrefix,
): URLSearchParams {
  const s = normalizeUrlState(state);
  const params = new URLSearchParams();
  if (s.text !== undefined) params.set(`${prefix}q`, s.text);
  if (s.sort !== undefined) params.set(`${prefix}sort`, s.sort);
  if (s.page !== undefined) params.set(`${prefix}page`, String(s.page + 1));
  for (const [key, ids] of Object.entries(s.filters ?? {}))
    params.set(`${prefix}f-${key}`, ids.join(','));
  return params;
}

/**
 * Reads a state from URL parameters (or a query string). Unknown facets (when `facetKeys`, the
 * taxonomies, is given: the built-in `countries` is always known), invalid ids, junk values and
 * absurd lengths are ignored; it never throws. A facet given several times
 * (`f-regions=a&f-regions=b`) keeps all its ids; `-` is the facet's "not stated" term
 * (`mhpss-f-regions=-`), and countries are their codes (`mhpss-f-countries=UG`).
 */
export function stateFromSearchParams(
  params: URLSearchParams | string,
  prefix: string = DEFAULTS.urlPrefix,
  facetKeys?: readonly string[],
): QueryState {
  try {
    const p = typeof params === 'string' ? new URLSearchParams(params) : params;
    const state: QueryState = {};
    const q = p.get(`${prefix}q`);
    if (q !== null && q.trim() !== '') state.text = urlText(q);
    const sort = p.get(`${prefix}sort`);
    if (sort === 'relevance' || sort === 'name') state.sort = sort;
    const page = p.get(`${prefix}page`)?.trim();
    if (page && PAGE_PATTERN.test(page)) {
      const n = Number(page);
      if (n >= 2 && n <= DEFAULTS.maxUrlPage) state.page = n - 1;
    }
    const facetPrefix = `${prefix}f-`;
    const found = new Map<string, string[]>();
    for (const [name, value] of p) {
      if (!name.startsWith(facetPrefix)) continue;
      const key = name.slice(facetPrefix.length);
      if (!validKey(key, facetKeys)) continue;
      if (!found.has(key) && found.size >= DEFAULTS.maxUrlFacets) continue;
      const ids = found.get(key) ?? [];
      for (const id of value.split(',', DEFAULTS.maxUrlTermsPerFacet + 1)) ids.push(id.trim());
      found.set(key, ids);
    }
    return normalizeUrlState({ ...state, filters: Object.fromEntries(found) }, facetKeys);
  } catch {
    return {};
  }
}

/** The parameter of the open organization, a widget concern: `<prefix>org`. */
export const ORG_PARAM = 'org';

/**
 * Whether a parameter is one a view under `prefix` writes: `q`, `sort`, `page`, `org` or
 * `f-<facet>` after the prefix, exactly. The one answer to "is this parameter ours?": with
 * `mhpss-` and `mhpss-2-` on one page, `mhpss-2-q` is the second directory's, not the first's.
 */
export function isOwnParam(name: string, prefix: string = DEFAULTS.urlPrefix): boolean {
  if (!name.startsWith(prefix)) return false;
  const rest = name.slice(prefix.length);
  return (
    rest === 'q' ||
    rest === 'sort' ||
    rest === 'page' ||
    rest === ORG_PARAM ||
    (rest.startsWith('f-') && FACET_KEY_PATTERN.test(rest.slice(2)))
  );
}

/**
 * The page's parameters with this prefix's view replaced: its state and, when given, the open
 * organization (`<prefix>org`); everything else is kept, in order.
 */
export function mergeSearchParams(
  current: URLSearchParams,
  state: QueryState,
  prefix: string = DEFAULTS.urlPrefix,
  org?: string,
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of current) if (!isOwnParam(name, prefix)) out.append(name, value);
  for (const [name, value] of stateToSearchParams(state, prefix)) out.append(name, value);
  if (org) out.set(prefix + ORG_PARAM, org);
  return out;
}
