// Reading a request's query parameters: every value checked before it goes near the database,
// every failure an ApiError with a status, a machine-readable code and a sentence.
import { CORE_DEFAULTS, type SortOrder } from './engine.js';
import type { Meta, MetaTerm } from './meta.js';
import { serverMessages as say } from './messages.js';

/** An answer other than 200: a status, a code to branch on and a sentence to show. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Limits of what a request may ask. */
export const API_LIMITS = Object.freeze({
  defaultPerPage: CORE_DEFAULTS.pageSize,
  maxPerPage: CORE_DEFAULTS.maxPageSize,
  maxPage: CORE_DEFAULTS.maxUrlPage,
  maxSearchLength: CORE_DEFAULTS.maxTextLength,
  maxTerms: 100,
  maxUrlLength: 8192,
  maxIdLength: CORE_DEFAULTS.maxIdLength,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A term reference: a UUID, a code or `taxonomy:term` — letters, digits, `-`, `_`, `.`, `:`. */
const TERM_REF = /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;

export const isUuid = (value: string): boolean => UUID.test(value);

/** The query parameters, each checked once. Parameters this API does not read are ignored. */
export class Params {
  constructor(private readonly params: URLSearchParams) {}

  /** A parameter given at most once. */
  one(name: string): string | undefined {
    const all = this.params.getAll(name);
    if (all.length > 1) throw new ApiError(400, 'repeated-parameter', say.repeated(name));
    return all[0];
  }

  all(name: string): string[] {
    return this.params.getAll(name);
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.one(name);
    if (raw === undefined || raw === '') return fallback;
    if (!/^[+]?\d{1,12}$/.test(raw.trim())) {
      throw new ApiError(400, 'not-an-integer', say.notInteger(name, raw));
    }
    const value = Number(raw.trim());
    if (value < min || value > max) {
      throw new ApiError(400, 'out-of-range', say.outOfRange(name, min, max));
    }
    return value;
  }

  boolean(name: string): boolean {
    const raw = this.one(name);
    if (raw === undefined || raw === '') return false;
    const v = raw.trim().toLowerCase();
    if (v === 'true' || v === '1') return true;
    if (v === 'false' || v === '0') return false;
    throw new ApiError(400, 'not-a-boolean', say.notBoolean(name, raw));
  }

  /** page (1-based) and per_page. */
  paging(): { page: number; perPage: number } {
    return {
      page: this.integer('page', 1, 1, API_LIMITS.maxPage),
      perPage: this.integer('per_page', API_LIMITS.defaultPerPage, 1, API_LIMITS.maxPerPage),
    };
  }

  /** The search text: at most maxSearchLength characters. */
  search(): string {
    const text = this.one('search') ?? '';
    if (text.length > API_LIMITS.maxSearchLength) {
      throw new ApiError(400, 'search-too-long', say.searchTooLong(API_LIMITS.maxSearchLength));
    }
    return text;
  }

  /** format: json only (ndjson streaming is not served). */
  format(): void {
    const format = this.one('format');
    if (format !== undefined && format !== '' && format.toLowerCase() !== 'json') {
      throw new ApiError(400, 'unsupported-format', say.badFormat(format));
    }
  }

  sort(): SortOrder | undefined {
    const sort = this.one('sort');
    if (sort === undefined || sort === '') return undefined;
    if (sort !== 'relevance' && sort !== 'name')
      throw new ApiError(400, 'bad-sort', say.badSort(sort));
    return sort;
  }

  lang(fallback: string): string {
    const lang = this.one('lang');
    if (lang === undefined || lang === '') return fallback;
    if (!LANG.test(lang)) throw new ApiError(400, 'bad-lang', say.badLang(lang));
    return lang;
  }

  /** Repeatable term references (UUID, code or `taxonomy:term`), resolved to terms. */
  terms(name: string, meta: Meta): MetaTerm[] {
    const refs = this.all(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (refs.length > API_LIMITS.maxTerms) {
      throw new ApiError(400, 'too-many-terms', say.tooManyTerms(API_LIMITS.maxTerms));
    }
    const out = new Map<number, MetaTerm>();
    for (const ref of refs) {
      if (ref.length > 2 * API_LIMITS.maxIdLength || !TERM_REF.test(ref)) {
        throw new ApiError(400, 'malformed-term', say.malformedTerm(name, ref));
      }
      const term = meta.termByRef.get(isUuid(ref) ? ref.toLowerCase() : ref);
      if (!term) throw new ApiError(400, 'unknown-term', say.unknownTerm(name, ref));
      out.set(term.num, term);
    }
    return [...out.values()];
  }
}

/** An id from the path: an HSDS UUID, or (organizations) the directory's own slug. */
export function pathId(
  raw: string,
  what: string,
  slugs: boolean,
): { uuid?: string; slug?: string } {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new ApiError(400, 'malformed-id', say.malformedId(what, raw));
  }
  if (isUuid(id)) return { uuid: id.toLowerCase() };
  if (slugs && id.length <= API_LIMITS.maxIdLength && SLUG.test(id)) return { slug: id };
  throw new ApiError(400, 'malformed-id', say.malformedId(what, id));
}
