// The Directory: builds the text, facet and name-order indexes once, then answers queries —
// text, filters, scope, sort, paging, highlights and disjunctive facet counts — in a few
// milliseconds. The last text search is kept, so toggling a filter or paging does not search again.
import { add, andInto, count, has, wordsFor } from './bitset.js';
import { NameOrders, type NameOrder } from './collation.js';
import { DEFAULTS } from './defaults.js';
import { FacetIndex } from './facets.js';
import { matchRanges, snippet, type MatchRange, type Snippet } from './highlight.js';
import { displayName, localize } from './labels.js';
import { tokenize } from './normalize.js';
import type { DirectoryData, Organization } from './schema.js';
import { TextSearch, type TextMatches } from './search.js';
import type { LabelGroups } from './text-index.js';

export { DEFAULTS } from './defaults.js';
export type { MatchRange, Snippet } from './highlight.js';

export type SortOrder = 'relevance' | 'name';

export interface QueryState {
  /** Search text, typo-tolerant; blank returns everything. */
  text?: string;
  /** The visitor's filters: OR within a facet, AND across facets. */
  filters?: Record<string, string[]>;
  /** A fixed pre-filter (same semantics) that visitors cannot remove. */
  scope?: Record<string, string[]>;
  /** Default: 'relevance' when the text is not blank, else 'name'. */
  sort?: SortOrder;
  /** 0-based; a page past the end shows the last page. */
  page?: number;
  /** Default DEFAULTS.pageSize, clamped to DEFAULTS.minPageSize..maxPageSize. */
  pageSize?: number;
  /** Language of labels and of the name order; default: the directory's. */
  lang?: string;
}

export interface Hit {
  organization: Organization;
  score: number;
  highlights: { name?: MatchRange[]; acronym?: MatchRange[]; description?: Snippet };
}

export interface FacetTermCount {
  id: string;
  label: string;
  /** Results if this term were ticked, under the other facets' filters. */
  count: number;
  selected: boolean;
}

export interface QueryResult {
  hits: Hit[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Every facet → every term, zero counts included, in taxonomy order. */
  facets: Record<string, FacetTermCount[]>;
}

export interface DirectoryOptions {
  /** Default language of labels and of the name order. */
  lang?: string;
}

const clampInt = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.floor(value)))
    : fallback;

export class Directory {
  /** The data the directory was built from. */
  readonly data: DirectoryData;
  /** Number of organizations. */
  readonly size: number;
  /** Taxonomy keys in document order. */
  readonly facetKeys: string[];
  private readonly lang: string;
  private readonly orgs: readonly Organization[];
  private byId?: Map<string, number>;
  private readonly text: TextSearch;
  private readonly facets: FacetIndex;
  private readonly names: NameOrders;
  private last?: { key: string; matches: TextMatches };

  constructor(data: DirectoryData, options: DirectoryOptions = {}) {
    this.data = data;
    this.lang = typeof options.lang === 'string' && options.lang ? options.lang : DEFAULTS.lang;
    this.orgs = data.organizations;
    this.size = this.orgs.length;
    this.facetKeys = Object.keys(data.taxonomies);
    this.facets = new FacetIndex(data.taxonomies, this.orgs);
    const { labels, tags } = this.searchLabels();
    this.text = new TextSearch(this.orgs, labels, tags);
    this.names = new NameOrders(this.orgs.map((o) => o.name));
    this.names.get(this.lang);
  }

  /** The organization with this id. */
  get(id: string): Organization | undefined {
    // Built on first use: only a detail view or a URL naming an organization needs it.
    if (!this.byId) {
      this.byId = new Map();
      this.orgs.forEach((org, i) => {
        if (!this.byId!.has(org.id)) this.byId!.set(org.id, i);
      });
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.orgs[i];
  }

  /** A facet's label in a language; the key itself for an unknown facet. */
  facetLabel(key: string, lang: string = this.lang): string {
    const tax = Object.hasOwn(this.data.taxonomies, key) ? this.data.taxonomies[key] : undefined;
    return tax ? localize(tax.label, lang) : key;
  }

  /** A term's label in a language; the id itself for an unknown term. */
  termLabel(key: string, termId: string, lang: string = this.lang): string {
    const tax = Object.hasOwn(this.data.taxonomies, key) ? this.data.taxonomies[key] : undefined;
    const term = tax?.terms.find((t) => t.id === termId);
    return term ? localize(term.label, lang) : termId;
  }

  query(query: QueryState = {}): QueryResult {
    const state: QueryState = query && typeof query === 'object' ? query : {};
    const lang = typeof state.lang === 'string' && state.lang ? state.lang : this.lang;
    const rawText =
      typeof state.text === 'string' ? state.text.slice(0, DEFAULTS.maxTextLength) : '';
    const matches = this.textMatches(rawText);
    const sort: SortOrder = matches && state.sort !== 'name' ? 'relevance' : 'name';
    const pageSize = clampInt(
      state.pageSize,
      DEFAULTS.minPageSize,
      DEFAULTS.maxPageSize,
      DEFAULTS.pageSize,
    );

    const scope = this.facets.resolve(state.scope);
    const filters = this.facets.resolve(state.filters);
    // base: text matches within the scope; final: base under the visitor's filters.
    let base = this.facets.intersect(scope);
    let members: ArrayLike<number> | undefined;
    if (matches) {
      base = andInto(base, base, matches.bits);
      members = scope.bits.size ? matches.docs.filter((d) => has(base, d)) : matches.docs;
    }
    const final = this.facets.intersect(filters, base);
    const total = count(final);
    const pageCount = Math.ceil(total / pageSize);
    const page = clampInt(state.page, 0, Math.max(0, pageCount - 1), 0);

    const names = this.names.get(lang);
    const picked = matches
      ? this.rankText(matches, final, names, sort, (page + 1) * pageSize)
      : this.rankByName(final, names, page * pageSize, pageSize);
    const hits = picked
      .slice(matches ? page * pageSize : 0)
      .map(([d, score]) => this.hit(d, score, matches));

    const counts = this.facets.counts(base, filters, members);
    const facets: Record<string, FacetTermCount[]> = {};
    this.facetKeys.forEach((key, f) => {
      const selected = new Set(filters.terms.get(f) ?? []);
      facets[key] = this.data.taxonomies[key]!.terms.map((term, t) => ({
        id: term.id,
        label: localize(term.label, lang),
        count: counts[f]![t]!,
        selected: selected.has(t),
      }));
    });
    return { hits, total, page, pageSize, pageCount, facets };
  }

  /** The text search for `text`, or undefined when it has no words; the last one is reused. */
  private textMatches(text: string): TextMatches | undefined {
    const { words, lastTyped } = this.text.parse(text);
    if (words.length === 0) return undefined;
    const key = `${words.join(' ')}\u0000${lastTyped}`;
    if (this.last?.key !== key) this.last = { key, matches: this.text.search(text) };
    return this.last.matches;
  }

  /** The best `limit` text matches in `final`: all words first, then score, then name. */
  private rankText(
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
            m.cover[a]! !== m.cover[b]!
              ? m.cover[a]! > m.cover[b]!
              : m.scores[a]! !== m.scores[b]!
                ? m.scores[a]! > m.scores[b]!
                : rank[m.docs[a]!]! < rank[m.docs[b]!]!;
    const top = topK(idx, limit, better);
    return top.map((i) => [m.docs[i]!, m.scores[i]!]);
  }

  /** One page of `final` in name order. */
  private rankByName(
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

  private hit(d: number, score: number, m: TextMatches | undefined): Hit {
    const organization = this.orgs[d]!;
    const highlights: Hit['highlights'] = {};
    const marks = m?.highlight ?? new Map<string, number>();
    if (m) {
      const name = matchRanges(organization.name, marks, true);
      if (name.length) highlights.name = name;
      if (organization.acronym) {
        const acronym = matchRanges(organization.acronym, marks, true);
        if (acronym.length) highlights.acronym = acronym;
      }
    }
    if (organization.description) {
      highlights.description = snippet(organization.description, m?.highlightText ?? marks);
    }
    return { organization, score, highlights };
  }

  /**
   * What text search sees besides names, acronyms and descriptions: facet term labels (every
   * language) and country names as shared label groups, folded once; each record's city.
   */
  private searchLabels(): { labels: LabelGroups; tags: (string[] | undefined)[] } {
    const fold = (texts: (string | undefined)[]) => [
      ...new Set(texts.flatMap((t) => (t ? tokenize(t) : []))),
    ];
    // The facets' terms, with their own record bitsets from the facet index.
    const words: string[][] = [];
    const records: Uint32Array[] = [];
    this.facetKeys.forEach((key, f) => {
      this.data.taxonomies[key]!.terms.forEach((term, t) => {
        words.push(fold(Object.values(term.label)));
        records.push(this.facets.termBits[f]![t]!);
      });
    });
    // Countries (headquarters, countries of work), named in English and the directory's language.
    const langs = [...new Set([DEFAULTS.lang, this.lang])];
    const countries = new Map<string, Uint32Array>();
    const place = (d: number, code: unknown) => {
      if (typeof code !== 'string') return;
      let bits = countries.get(code);
      if (!bits) {
        bits = new Uint32Array(wordsFor(this.size));
        countries.set(code, bits);
        words.push(fold(langs.map((l) => displayName(code, l, 'region'))));
        records.push(bits);
      }
      add(bits, d);
    };
    const tags: (string[] | undefined)[] = [];
    this.orgs.forEach((org, d) => {
      const hq = org.headquarters;
      if (hq) {
        place(d, hq.country);
        if (typeof hq.city === 'string' && hq.city) tags[d] = tokenize(hq.city);
      }
      if (Array.isArray(org.countries)) for (const code of org.countries) place(d, code);
    });
    return { labels: { words, records }, tags };
  }
}

/** The `k` best of `items` under `better`, best first (a bounded heap; no full sort). */
function topK(items: number[], k: number, better: (a: number, b: number) => boolean): number[] {
  if (items.length <= k || items.length <= 64) {
    return items.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
  }
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
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
