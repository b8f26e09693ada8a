// The part of the Directory a first screen needs: facet bitsets, name order, filters, scope,
// sort, paging and disjunctive counts. Full-text search is a separate engine attached to it —
// built with the Directory from npm, loaded after the first results in the widget — so a list
// can show before the text index exists.
import { count, has } from './bitset.js';
import { NameOrders, nameCollator, type NameOrder } from './collation.js';
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';
import { FacetIndex, type ResolvedSelection } from './facets.js';
import {
  BUILT_IN_FACETS,
  COUNTRIES_FACET,
  NOT_STATED,
  builtInFacetLabel,
  builtInTermLabel,
} from '../model/built-in-facets.js';
import { localize } from '../model/labels.js';
import type { DirectoryData, Organization } from '../model/schema.js';
import type {
  FacetTermCount,
  Hit,
  MatchRange,
  QueryResult,
  QueryState,
  SortOrder,
} from '../query.js';
import { cutSnippet } from './snippet.js';
import type { DirectorySource, QueryOptions } from '../source.js';

// What a query asks and answers, here where the in-memory engine's callers have found them.
export type {
  FacetTermCount,
  Hit,
  MatchRange,
  QueryResult,
  QueryState,
  Snippet,
  SortOrder,
} from '../query.js';

export interface DirectoryOptions {
  /** Default language of labels and of the name order. */
  lang?: string;
}

/**
 * Records a text search matched, and how well; what ranking and highlighting need. They match
 * every meaningful word of the text, or, when no record does, as many as any record does.
 */
export interface TextMatches {
  /** Matching records. */
  docs: Uint32Array;
  /** Relevance score of docs[i]. */
  scores: Float64Array;
  /** The same records as a bitset. */
  bits: Uint32Array;
  /** Meaningful words of the text. */
  words: number;
  /** How many of them each record matches (`words` when none matches any). */
  matched: number;
}

/** Full-text search over a directory's records (see `createTextEngine`). */
export interface TextEngine<M extends TextMatches = TextMatches> {
  /** A key that is equal for texts that search the same; undefined when the text has no words. */
  key(text: string): string | undefined;
  /** The matches of `text`; with `within`, only records in it, the most words decided among them. */
  search(text: string, within?: Uint32Array): M;
  /** Match ranges of a record's name and acronym, and the description's match ranges. */
  highlight(organization: Organization, matches: M): Hit['highlights'] & { text?: MatchRange[] };
}

/**
 * True when text has something to search for: a letter or a digit of any script. Without one,
 * a query lists by name and needs no text index.
 */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

const clampInt = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.floor(value)))
    : fallback;

/**
 * Filters, facets, name order and paging over a directory, with a pluggable text engine.
 * The public {@link Directory} is this plus its text engine, built at once.
 */
export class DirectoryCore implements DirectorySource {
  /** The data the directory was built from. */
  readonly data: DirectoryData;
  /** Number of organizations. */
  readonly size: number;
  /**
   * Taxonomy keys in document order: the facets a directory shows unless told otherwise. Every
   * result also has the {@link BUILT_IN_FACETS} (`countries`) after them, and filters and scope
   * take them too.
   */
  readonly facetKeys: string[];
  /**
   * The facet bitsets: the taxonomies (the text engine files term labels with them), then the
   * built-in facets; each facet's last term is NOT_STATED.
   */
  readonly facetIndex: FacetIndex;
  /** Default language of labels and of the name order. */
  readonly lang: string;
  private readonly orgs: readonly Organization[];
  private byId?: Map<string, number>;
  private readonly names: NameOrders;
  private engine?: TextEngine;
  private last?: { key: string; matches: TextMatches };
  /** Per language: every facet's term labels and the order its terms are listed in. */
  private readonly termLists = new Map<string, TermList[]>();

  /**
   * `data` is what parseDirectory returns; the public {@link Directory} checks it (the element
   * validates its data before, and its critical path does not carry the check).
   */
  constructor(data: DirectoryData, options: DirectoryOptions = {}) {
    this.data = data;
    this.lang = typeof options.lang === 'string' && options.lang ? options.lang : DEFAULTS.lang;
    this.orgs = data.organizations;
    this.size = this.orgs.length;
    this.facetKeys = Object.keys(data.taxonomies);
    const countries = new Set<string>();
    for (const org of this.orgs) {
      if (!Array.isArray(org.countries)) continue;
      for (const code of org.countries) if (typeof code === 'string') countries.add(code);
    }
    this.facetIndex = new FacetIndex(data.taxonomies, this.orgs, {
      extra: { [COUNTRIES_FACET]: [...countries].sort() },
      notStated: true,
    });
    this.names = new NameOrders(this.orgs.map((o) => o.name));
    this.names.get(this.lang);
  }

  /** True once text search is available: queries with words need it. */
  get searchable(): boolean {
    return this.engine !== undefined;
  }

  /** Attaches the text engine that answers queries with words. */
  attachTextEngine(engine: TextEngine): void {
    this.engine = engine;
    this.last = undefined;
  }

  /** The organization with this id. */
  get(id: string): Organization | undefined {
    // Built on first use: only a detail view or a URL naming an organization needs it.
    if (!this.byId) {
      const byId = (this.byId = new Map());
      this.orgs.forEach((org, i) => {
        if (!byId.has(org.id)) byId.set(org.id, i);
      });
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.orgs[i];
  }

  /** A facet's label in a language (`countries`: "Country"); the key itself for an unknown facet. */
  facetLabel(key: string, lang: string = this.lang): string {
    const tax = Object.hasOwn(this.data.taxonomies, key) ? this.data.taxonomies[key] : undefined;
    return tax ? localize(tax.label, lang) : (builtInFacetLabel(key, lang) ?? key);
  }

  /**
   * A term's label in a language: NOT_STATED is "Not stated", a country is named by
   * Intl.DisplayNames; the id itself for an unknown term.
   */
  termLabel(key: string, termId: string, lang: string = this.lang): string {
    const tax = Object.hasOwn(this.data.taxonomies, key) ? this.data.taxonomies[key] : undefined;
    const term = termId === NOT_STATED ? undefined : tax?.terms.find((t) => t.id === termId);
    if (term) return localize(term.label, lang);
    return (
      (tax || BUILT_IN_FACETS.includes(key) ? builtInTermLabel(key, termId, lang) : undefined) ??
      termId
    );
  }

  /**
   * Searches, filters, sorts and pages. Never throws on odd input: unknown facets and terms are
   * ignored (and listed in `dropped`), out-of-range pages and page sizes are clamped.
   *
   * @example
   * ```ts
   * const r = dir.query({
   *   text: 'psychosocial suport',           // a typo and all
   *   filters: { populations: ['refugees'] },
   *   scope: { regions: ['middle-east'] },   // a partner's fixed pre-filter
   *   sort: 'relevance',
   *   page: 1,
   *   pageSize: 10,
   *   lang: 'fr',                           // labels and name order
   * });
   * ```
   *
   * The answer is synchronous: `options.signal` (the {@link DirectorySource} contract) is
   * accepted and never needed.
   */
  query(query: QueryState = {}, options?: QueryOptions): QueryResult {
    void options;
    return this.answer(query, false);
  }

  /**
   * The query itself; `all` (for `queryAll`): every hit on one page, without highlights or
   * snippets.
   */
  answer(query: QueryState, all: boolean): QueryResult {
    const state: QueryState = query && typeof query === 'object' ? query : {};
    const lang = typeof state.lang === 'string' && state.lang ? state.lang : this.lang;
    const rawText =
      typeof state.text === 'string' ? state.text.slice(0, DEFAULTS.maxTextLength) : '';
    const { facetIndex } = this;
    const scope = facetIndex.resolve(state.scope);
    const filters = facetIndex.resolve(state.filters);
    // base: text matches within the scope; final: base under the visitor's filters.
    let base = facetIndex.intersect(scope);
    const matches = this.textMatches(rawText, scope, base);
    const sort: SortOrder = matches && state.sort !== 'name' ? 'relevance' : 'name';
    const pageSize = all
      ? this.size || 1
      : clampInt(state.pageSize, DEFAULTS.minPageSize, DEFAULTS.maxPageSize, DEFAULTS.pageSize);

    // The text engine kept only matches within the scope.
    if (matches) base = matches.bits;
    const final = facetIndex.intersect(filters, base);
    const total = count(final);
    const pageCount = Math.ceil(total / pageSize);
    const page = clampInt(state.page, 0, Math.max(0, pageCount - 1), 0);

    const names = this.names.get(lang);
    const picked = matches
      ? rankText(matches, final, names, sort, (page + 1) * pageSize).slice(page * pageSize)
      : rankByName(final, names, page * pageSize, pageSize);
    const hits = picked.map(([d, score]) =>
      all ? { organization: this.orgs[d]!, score, highlights: {} } : this.hit(d, score, matches),
    );
    const { words = 0, matched = 0 } = matches ?? {};

    const counts = facetIndex.counts(base, filters, matches?.docs);
    const facets: Record<string, FacetTermCount[]> = {};
    const applied: Record<string, string[]> = {};
    const lists = this.termList(lang);
    facetIndex.keys.forEach((key, f) => {
      const ids = facetIndex.termIds[f]!;
      const { labels, order } = lists[f]!;
      const selected = new Set(filters.terms.get(f) ?? []);
      if (selected.size) applied[key] = [...selected].map((t) => ids[t]!);
      facets[key] = order.map((t) => {
        const term: FacetTermCount = {
          id: ids[t]!,
          label: labels[t]!,
          count: counts[f]![t]!,
          selected: selected.has(t),
        };
        if (term.id === NOT_STATED) term.notStated = true;
        return term;
      });
    });
    return {
      hits,
      total,
      match: matched < words ? 'most' : 'all',
      words: { matched, total: words },
      page,
      pageSize,
      pageCount,
      sort,
      filters: applied,
      dropped: { filters: filters.dropped, scope: scope.dropped },
      facets,
    };
  }

  /**
   * Every facet's term labels in `lang`, and the order its terms are listed in: a taxonomy's
   * in the data's order, countries by name in `lang`; NOT_STATED last. Kept for a few languages.
   */
  private termList(lang: string): TermList[] {
    let lists = this.termLists.get(lang);
    if (lists) return lists;
    const { facetIndex } = this;
    lists = facetIndex.keys.map((key, f) => {
      const ids = facetIndex.termIds[f]!;
      const labels = ids.map((id) => this.termLabel(key, id, lang));
      const order = ids.map((_, t) => t);
      if (!Object.hasOwn(this.data.taxonomies, key)) {
        const { compare } = nameCollator(lang);
        const last = ids[ids.length - 1] === NOT_STATED ? ids.length - 1 : ids.length;
        const named = order.slice(0, last).sort((a, b) => compare(labels[a]!, labels[b]!) || a - b);
        order.splice(0, last, ...named);
      }
      return { labels, order };
    });
    if (this.termLists.size >= DEFAULTS.maxCollations) {
      this.termLists.delete(this.termLists.keys().next().value!);
    }
    this.termLists.set(lang, lists);
    return lists;
  }

  /**
   * The text search for `text` within the scope (`bits`), or undefined when it has no words;
   * the last one is reused.
   */
  private textMatches(
    text: string,
    scope: ResolvedSelection,
    bits: Uint32Array,
  ): TextMatches | undefined {
    const { engine } = this;
    if (!engine) {
      if (!hasWords(text)) return undefined;
      throw new Error('mhpss-directory: text search is not loaded yet (attachTextEngine)');
    }
    let key = engine.key(text);
    if (key === undefined) return undefined;
    // Which records match the most words depends on the scope: it is part of the key.
    key += `\u0000${[...scope.terms].join(';')}`;
    if (this.last?.key !== key) {
      this.last = { key, matches: engine.search(text, scope.bits.size ? bits : undefined) };
    }
    return this.last.matches;
  }

  private hit(d: number, score: number, m: TextMatches | undefined): Hit {
    const organization = this.orgs[d]!;
    const { text, ...highlights } = m && this.engine ? this.engine.highlight(organization, m) : {};
    if (organization.description) {
      highlights.description = cutSnippet(organization.description, text ?? []);
    }
    return { organization, score, highlights };
  }
}

/** A facet's term labels in one language, and its terms' indexes in the order they are listed. */
interface TermList {
  labels: string[];
  order: number[];
}

/** The best `limit` text matches in `final`: by score, then name (or by name). */
function rankText(
  m: TextMatches,
  final: Uint32Array,
  names: NameOrder,
  sort: SortOrder,
  limit: number,
): [number, number][] {
  const { rank } = names;
  const idx: number[] = [];
  for (let i = 0; i < m.docs.length; i++) if (has(final, m.docs[i]!)) idx.push(i);
  const better =
    sort === 'name'
      ? (a: number, b: number) => rank[m.docs[a]!]! < rank[m.docs[b]!]!
      : (a: number, b: number) =>
          m.scores[a]! !== m.scores[b]!
            ? m.scores[a]! > m.scores[b]!
            : rank[m.docs[a]!]! < rank[m.docs[b]!]!;
  const top = topK(idx, limit, better);
  return top.map((i) => [m.docs[i]!, m.scores[i]!]);
}

/** One page of `final` in name order. */
function rankByName(
  final: Uint32Array,
  names: NameOrder,
  skip: number,
  take: number,
): [number, number][] {
  const out: [number, number][] = [];
  let seen = 0;
  for (let i = 0; i < names.order.length && out.length < take; i++) {
    const d = names.order[i]!;
    if (!has(final, d)) continue;
    if (seen++ >= skip) out.push([d, 0]);
  }
  return out;
}

/** The `k` best of `items` under `better`, best first (a bounded heap; no full sort). */
function topK(items: number[], k: number, better: (a: number, b: number) => boolean): number[] {
  const order = (a: number, b: number) => (better(a, b) ? -1 : better(b, a) ? 1 : 0);
  if (items.length <= k || items.length <= 64) return items.sort(order).slice(0, k);
  // Min-heap on "better": the root is the worst of the best k so far.
  const heap = items.slice(0, k);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && better(heap[w]!, heap[l]!)) w = l;
      if (r < heap.length && better(heap[w]!, heap[r]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i--) down(i);
  for (let i = k; i < items.length; i++) {
    if (better(items[i]!, heap[0]!)) {
      heap[0] = items[i]!;
      down(0);
    }
  }
  return heap.sort(order);
}
