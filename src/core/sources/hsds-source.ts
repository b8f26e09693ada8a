// A directory that lives on a server: an Open Referral HSDS 3.0 API, ours (`mhpss-directory
// serve`, with the profile extension: filters, scope, sort, facet counts, the records with their
// highlights) or any other (search and pages only, mapped back to the data format). Pure
// TypeScript over `fetch`: no DOM, no Lit; runs the same in Node and the browser.
//
// What it does for the element: honours AbortSignal, caches answers per query, retries network
// failures and 5xx answers with backoff, and says in `capabilities` what a plain server cannot
// do. Debouncing keystrokes is the element's job.
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';
import {
  builtInFacetLabel,
  builtInTermLabel,
  COUNTRIES_FACET as COUNTRIES,
  NOT_STATED,
} from '../model/built-in-facets.js';
import { nameCollator } from '../search/collation.js';
import { localize } from '../model/labels.js';
import type { Organization, Taxonomy } from '../model/schema.js';
import type {
  FacetTermCount,
  Hit,
  QueryResult,
  QueryState,
  SortOrder,
} from '../search/directory-core.js';
import type {
  DirectoryInfo,
  DirectorySource,
  QueryOptions,
  SourceCapabilities,
} from '../source.js';
import {
  organizationFromHsds,
  taxonomiesFromHsds,
  type HsdsOrganizationInput,
  type HsdsTaxonomyInput,
  type HsdsTermInput,
  type TermRef,
} from './hsds-map.js';

/** What `/` of our server says (the profile extension's description of the directory). */
export const HSDS_PROFILE_URL =
  'https://github.com/mhpss-directory/mhpss-directory#serving-a-large-directory';

export interface HsdsSourceOptions {
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Attempts after the first, on a network failure, a 5xx or a 429 answer (default 3). */
  retries?: number;
  /** First wait before retrying, in ms; doubled at each attempt, with jitter (default 250). */
  retryDelay?: number;
  /** Answers kept, the most recent (default 64). */
  cacheSize?: number;
  /** How long an answer is reused, in ms (default 60 s). */
  cacheTtl?: number;
  /** Default language of labels (default `en`). */
  lang?: string;
}

export type HsdsSourceErrorCode = 'network' | 'http' | 'bad-response';

/** A request that failed for good: `code` to branch on, `status` for HTTP answers. */
export class HsdsSourceError extends Error {
  override name = 'HsdsSourceError';
  constructor(
    readonly code: HsdsSourceErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface Page<T> {
  total_items?: number;
  total_pages?: number;
  page_number?: number;
  contents?: T[];
}

interface ExtendedEntry extends HsdsOrganizationInput {
  mhpss?: { record?: Organization; score?: number; highlights?: Hit['highlights'] };
}

interface ExtendedPage extends Page<ExtendedEntry> {
  sort?: SortOrder;
  match?: 'all' | 'most';
  words?: { matched: number; total: number };
  facets?: Record<
    string,
    { id: string; label: string; count: number; selected: boolean }[] | undefined
  >;
}

const clampInt = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.floor(value)))
    : fallback;

const abortError = (signal?: AbortSignal): unknown =>
  signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');

const isAbort = (error: unknown) => (error as { name?: string })?.name === 'AbortError';

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A selection (facet → term ids) split into what the directory has and what it does not. */
function resolve(
  terms: ReadonlyMap<string, readonly string[]>,
  selection: Record<string, string[]> | undefined,
): { known: Record<string, string[]>; dropped: Record<string, string[]> } {
  const known: Record<string, string[]> = {};
  const dropped: Record<string, string[]> = {};
  if (!selection || typeof selection !== 'object') return { known, dropped };
  for (const key of Object.keys(selection)) {
    const ids = [...new Set((selection[key] ?? []).filter((v) => typeof v === 'string'))];
    const order = terms.get(key);
    const have = order ? ids.filter((id) => order.includes(id)) : [];
    const lost = ids.filter((id) => !have.includes(id));
    if (lost.length) dropped[key] = lost;
    // In the facet's order, as the engine reports them.
    if (have.length && order) known[key] = order.filter((id) => have.includes(id));
  }
  return { known, dropped };
}

/**
 * A {@link DirectorySource} over an HSDS 3.0 API. Make one with {@link HsdsSource.connect}: it
 * reads `/` (and, from a server without the profile, `/taxonomies` and `/taxonomy_terms`) first,
 * so that the description and the capabilities are known before the first query.
 *
 * @example
 * ```ts
 * const source = await HsdsSource.connect('https://example.org/hsds/');
 * source.capabilities;  // { facetCounts: true, filters: true, sorts: ['relevance', 'name'] }
 * const controller = new AbortController();
 * const r = await source.query({ text: 'chld', filters: { regions: ['africa'] } },
 *   { signal: controller.signal });
 * r.facets.regions;     // counts, as the in-memory Directory gives them
 * ```
 */
export class HsdsSource implements DirectorySource {
  readonly data: DirectoryInfo;
  readonly size: number;
  readonly facetKeys: readonly string[];
  readonly capabilities: SourceCapabilities;
  /** True when the server speaks our profile extension (filters, counts, records). */
  readonly extended: boolean;
  private readonly base: string;
  private readonly options: Required<Omit<HsdsSourceOptions, 'fetch'>> & { fetch: typeof fetch };
  private readonly cache = new Map<string, { at: number; result: QueryResult }>();
  private readonly seen = new Map<string, Organization>();
  private readonly termByUuid: ReadonlyMap<string, TermRef>;
  /** The taxonomies of `data`, typed. */
  private readonly taxonomies: Record<string, Taxonomy>;
  /**
   * Every facet the server counts, with its term ids in order: each taxonomy's terms then its
   * "not stated" term, and the countries facet (profile servers that have them).
   */
  private readonly terms: Map<string, readonly string[]>;

  private constructor(
    base: string,
    options: HsdsSource['options'],
    info: {
      data: DirectoryInfo;
      size: number;
      extended: boolean;
      termByUuid: Map<string, TermRef>;
      notStated?: string;
      countries?: string[];
    },
  ) {
    this.base = base;
    this.options = options;
    this.data = info.data;
    this.size = info.size;
    this.extended = info.extended;
    this.taxonomies = (info.data as { taxonomies: Record<string, Taxonomy> }).taxonomies;
    this.facetKeys = Object.keys(this.taxonomies);
    this.termByUuid = info.termByUuid;
    const none = info.notStated ? [info.notStated] : [];
    this.terms = new Map(
      this.facetKeys.map((key) => [
        key,
        [...this.taxonomies[key]!.terms.map((t) => t.id), ...none],
      ]),
    );
    if (info.countries && !this.terms.has(COUNTRIES)) {
      this.terms.set(COUNTRIES, [...info.countries, ...none]);
    }
    this.capabilities = info.extended
      ? { facetCounts: true, filters: true, sorts: ['relevance', 'name'], remote: true }
      : { facetCounts: false, filters: false, sorts: [], remote: true };
  }

  /** Connects to the API at `endpoint` (its base URL) and reads what the directory is. */
  static async connect(
    endpoint: string,
    options: HsdsSourceOptions = {},
    signal?: AbortSignal,
  ): Promise<HsdsSource> {
    const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    const opts = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      retries: options.retries ?? 3,
      retryDelay: options.retryDelay ?? 250,
      cacheSize: options.cacheSize ?? 64,
      cacheTtl: options.cacheTtl ?? 60_000,
      lang: options.lang ?? DEFAULTS.lang,
    };
    const get = <T>(path: string) => request<T>(opts, new URL(path, base).href, signal);
    const root = await get<{
      profile?: string;
      mhpss_directory?: {
        profile_version?: number;
        size?: number;
        directory?: DirectoryInfo;
        not_stated?: unknown;
        countries?: unknown;
      };
    }>('./');
    const profile = root.mhpss_directory;
    if (root.profile === HSDS_PROFILE_URL && profile?.directory?.taxonomies) {
      const { not_stated: none, countries } = profile;
      return new HsdsSource(base, opts, {
        data: profile.directory,
        size: profile.size ?? 0,
        extended: true,
        termByUuid: new Map(),
        ...(typeof none === 'string' && none ? { notStated: none } : {}),
        ...(Array.isArray(countries)
          ? { countries: countries.filter((c): c is string => typeof c === 'string') }
          : {}),
      });
    }
    // A plain HSDS 3.0 server: facets from its taxonomies, the size from a first page.
    const all = async <T>(path: string): Promise<T[]> => {
      const out: T[] = [];
      for (let page = 1; page <= 100; page++) {
        const body = await get<Page<T>>(`${path}?per_page=1000&page=${page}`);
        out.push(...(body.contents ?? []));
        if (!body.total_pages || page >= body.total_pages || !body.contents?.length) break;
      }
      return out;
    };
    const [taxonomies, terms, first] = await Promise.all([
      all<HsdsTaxonomyInput>('taxonomies'),
      all<HsdsTermInput>('taxonomy_terms'),
      get<Page<unknown>>('organizations?per_page=1'),
    ]);
    const mapped = taxonomiesFromHsds(taxonomies, terms);
    return new HsdsSource(base, opts, {
      data: { version: 1, taxonomies: mapped.taxonomies } as DirectoryInfo,
      size: first.total_items ?? 0,
      extended: false,
      termByUuid: mapped.termByUuid,
    });
  }

  facetLabel(facet: string, lang: string = this.options.lang): string {
    const tax = Object.hasOwn(this.taxonomies, facet) ? this.taxonomies[facet] : undefined;
    return tax ? localize(tax.label, lang) : (builtInFacetLabel(facet, lang) ?? facet);
  }

  termLabel(facet: string, term: string, lang: string = this.options.lang): string {
    const tax = Object.hasOwn(this.taxonomies, facet) ? this.taxonomies[facet] : undefined;
    const found = tax?.terms.find((t) => t.id === term);
    if (found) return localize(found.label, lang);
    // "Not stated" and countries are named as the engine names them.
    return (tax || facet === COUNTRIES ? builtInTermLabel(facet, term, lang) : undefined) ?? term;
  }

  /** An organization one of the answers held, by id. */
  get(id: string): Organization | undefined {
    return this.seen.get(id);
  }

  /** An organization by id from the server (a deep link to one not on any page yet). */
  async organization(id: string, options: QueryOptions = {}): Promise<Organization | undefined> {
    const known = this.seen.get(id);
    if (known) return known;
    let body: ExtendedEntry;
    try {
      body = await request<ExtendedEntry>(
        this.options,
        new URL(
          `organizations/${encodeURIComponent(id)}${this.extended ? '?records=true' : ''}`,
          this.base,
        ).href,
        options.signal,
      );
    } catch (error) {
      if (error instanceof HsdsSourceError && (error.status === 404 || error.status === 400)) {
        return undefined;
      }
      throw error;
    }
    const org = body.mhpss?.record ?? organizationFromHsds(body, this.termByUuid);
    this.seen.set(org.id, org);
    return org;
  }

  /**
   * One page of results. Rejects with an `AbortError` once `options.signal` aborts, and with an
   * {@link HsdsSourceError} when the server cannot be reached or answers with an error after the
   * retries. Against a plain HSDS server, filters and scope are not applied: they are reported in
   * `dropped`, and facet counts are zero (`capabilities.facetCounts` is false).
   */
  async query(state: QueryState = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const s = state && typeof state === 'object' ? state : {};
    const text = typeof s.text === 'string' ? s.text.slice(0, DEFAULTS.maxTextLength) : '';
    const pageSize = clampInt(
      s.pageSize,
      DEFAULTS.minPageSize,
      DEFAULTS.maxPageSize,
      DEFAULTS.pageSize,
    );
    const page = clampInt(s.page, 0, DEFAULTS.maxUrlPage - 1, 0);
    const lang = typeof s.lang === 'string' && s.lang ? s.lang : this.options.lang;
    const filters = resolve(this.terms, s.filters);
    const scope = resolve(this.terms, s.scope);
    const sort: SortOrder | undefined =
      s.sort === 'name' || s.sort === 'relevance' ? s.sort : undefined;

    let result = await this.fetchPage(
      { text, page, pageSize, lang, filters, scope, sort },
      options.signal,
    );
    // A page past the end shows the last page, as the in-memory engine does.
    if (result.hits.length === 0 && result.total > 0 && page > 0) {
      const last = Math.max(0, Math.ceil(result.total / pageSize) - 1);
      result = await this.fetchPage(
        { text, page: last, pageSize, lang, filters, scope, sort },
        options.signal,
      );
    }
    return result;
  }

  private async fetchPage(
    q: {
      text: string;
      page: number;
      pageSize: number;
      lang: string;
      filters: ReturnType<typeof resolve>;
      scope: ReturnType<typeof resolve>;
      sort: SortOrder | undefined;
    },
    signal?: AbortSignal,
  ): Promise<QueryResult> {
    const params = new URLSearchParams();
    if (q.text) params.set('search', q.text);
    params.set('page', String(q.page + 1));
    params.set('per_page', String(q.pageSize));
    if (this.extended) {
      for (const [key, ids] of Object.entries(q.filters.known)) {
        for (const id of ids) params.append('taxonomy_term_id', `${key}:${id}`);
      }
      for (const [key, ids] of Object.entries(q.scope.known)) {
        for (const id of ids) params.append('scope', `${key}:${id}`);
      }
      if (q.sort) params.set('sort', q.sort);
      params.set('facets', 'true');
      params.set('records', 'true');
      params.set('lang', q.lang);
    } else {
      // Attributes and locations come only with full organizations.
      params.set('full', 'true');
    }
    const url = new URL(`organizations?${params}`, this.base).href;
    const cached = this.cache.get(url);
    if (cached && Date.now() - cached.at < this.options.cacheTtl) {
      if (signal?.aborted) throw abortError(signal);
      return cached.result;
    }
    const body = await request<ExtendedPage>(this.options, url, signal);
    const result = this.extended ? this.extendedResult(body, q) : this.plainResult(body, q);
    for (const hit of result.hits) this.seen.set(hit.organization.id, hit.organization);
    this.cache.delete(url);
    this.cache.set(url, { at: Date.now(), result });
    while (this.cache.size > this.options.cacheSize)
      this.cache.delete(this.cache.keys().next().value!);
    return result;
  }

  private extendedResult(
    body: ExtendedPage,
    q: Parameters<HsdsSource['fetchPage']>[0],
  ): QueryResult {
    const total = body.total_items ?? 0;
    const hits: Hit[] = (body.contents ?? []).map((entry) => ({
      organization: entry.mhpss?.record ?? organizationFromHsds(entry, this.termByUuid),
      score: entry.mhpss?.score ?? 0,
      highlights: entry.mhpss?.highlights ?? {},
    }));
    const facets: Record<string, FacetTermCount[]> = {};
    for (const [key, ids] of this.terms) {
      const served = new Map((body.facets?.[key] ?? []).map((t) => [t.id, t.count]));
      const terms = ids.map((id) => {
        const term: FacetTermCount = {
          id,
          label: this.termLabel(key, id, q.lang),
          count: served.get(id) ?? 0,
          selected: q.filters.known[key]?.includes(id) ?? false,
        };
        if (id === NOT_STATED) term.notStated = true;
        return term;
      });
      // As the engine lists them: a taxonomy's terms in the data's order, countries by name in
      // the language; "not stated" last.
      if (!Object.hasOwn(this.taxonomies, key)) {
        const { compare } = nameCollator(q.lang);
        const last = terms.at(-1)?.notStated ? terms.length - 1 : terms.length;
        terms.splice(0, last, ...terms.slice(0, last).sort((a, b) => compare(a.label, b.label)));
      }
      facets[key] = terms;
    }
    return {
      hits,
      total,
      match: body.match ?? 'all',
      words: body.words ?? { matched: 0, total: 0 },
      page: q.page,
      pageSize: q.pageSize,
      pageCount: Math.ceil(total / q.pageSize),
      sort: body.sort ?? (q.text.trim() ? 'relevance' : 'name'),
      filters: q.filters.known,
      dropped: { filters: q.filters.dropped, scope: q.scope.dropped },
      facets,
    };
  }

  private plainResult(body: ExtendedPage, q: Parameters<HsdsSource['fetchPage']>[0]): QueryResult {
    const total = body.total_items ?? 0;
    const hits: Hit[] = (body.contents ?? []).map((entry) => ({
      organization: organizationFromHsds(entry, this.termByUuid),
      score: 0,
      highlights: {},
    }));
    // The server filters nothing: every filter and scope term is reported as not applied.
    const merge = (a: Record<string, string[]>, b: Record<string, string[]>) => {
      const out: Record<string, string[]> = { ...b };
      for (const [k, v] of Object.entries(a)) out[k] = [...(out[k] ?? []), ...v];
      return out;
    };
    const facets: Record<string, FacetTermCount[]> = {};
    for (const key of this.facetKeys) {
      facets[key] = this.taxonomies[key]!.terms.map((term) => ({
        id: term.id,
        label: localize(term.label, q.lang),
        count: 0,
        selected: false,
      }));
    }
    return {
      hits,
      total,
      match: 'all',
      words: { matched: 0, total: 0 },
      page: q.page,
      pageSize: q.pageSize,
      pageCount: Math.ceil(total / q.pageSize),
      sort: q.text.trim() ? 'relevance' : 'name',
      filters: {},
      dropped: {
        filters: merge(q.filters.known, q.filters.dropped),
        scope: merge(q.scope.known, q.scope.dropped),
      },
      facets,
    };
  }
}

/** GET `url` as JSON, retrying network failures, 5xx and 429 with backoff; honours `signal`. */
async function request<T>(
  options: { fetch: typeof fetch; retries: number; retryDelay: number },
  url: string,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortError(signal);
    let failure: HsdsSourceError;
    let res: Response | undefined;
    try {
      res = await options.fetch(url, {
        headers: { accept: 'application/json' },
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (isAbort(error)) throw error;
      res = undefined;
    }
    if (res?.ok) {
      try {
        return (await res.json()) as T;
      } catch (error) {
        if (signal?.aborted) throw abortError(signal);
        if (isAbort(error)) throw error;
        throw new HsdsSourceError('bad-response', `The server's answer to ${url} is not JSON.`);
      }
    }
    if (res) {
      let detail = '';
      try {
        const problem = (await res.json()) as { detail?: unknown };
        if (typeof problem.detail === 'string') detail = ` ${problem.detail}`;
      } catch {
        // No problem body: the status says enough.
      }
      failure = new HsdsSourceError(
        'http',
        `The server answered ${res.status}.${detail}`,
        res.status,
      );
      // A request the server refuses would be refused again.
      if (res.status < 500 && res.status !== 429) throw failure;
    } else {
      failure = new HsdsSourceError(
        'network',
        `The directory server could not be reached (${url}).`,
      );
    }
    if (attempt >= options.retries) throw failure;
    const wait = options.retryDelay * 2 ** attempt;
    await sleep(wait + Math.random() * wait * 0.25, signal);
  }
}
