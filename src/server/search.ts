// One search over the database: the query's words expanded against the stored vocabulary
// (completions, typo neighbours — the in-browser engine's Expander, fed with what PostgreSQL
// finds), then mhpss_search (text, scope, filters, total, facet counts, candidates as bitmaps
// in PostgreSQL), then the candidates ranked exactly here, then the page's records and
// highlights. Nothing is kept between requests but the directory's description (meta.ts).
import {
  CORE_DEFAULTS,
  type Hit,
  type SortOrder,
  Expander,
  type Expansion,
  matchRanges,
  tokenize,
  SEARCH_DEFAULTS,
  STOP_WORDS,
  cutSnippet,
  type TextIndex,
} from './engine.js';
import type { Organization } from '../core/model/schema.js';
import type { Queryable } from './database.js';
import type { Meta } from './meta.js';
import { fieldsOf, score, type RankWord } from './rank.js';
import { cityWords, countryWords } from './searchable.js';

/** A search, already validated: terms are term numbers, the page 0-based. */
export interface SearchRequest {
  text: string;
  /** Term numbers: OR within a facet, AND across. */
  filters: readonly number[];
  scope: readonly number[];
  sort?: SortOrder;
  page: number;
  pageSize: number;
  facets: boolean;
  /** Highlights and snippets for the hits (the widget's extension request). */
  highlights: boolean;
}

export interface SearchAnswer {
  /** Where the time went, in ms: words (vocabulary), search (mhpss_search), rank (records). */
  timings: { words: number; search: number; rank: number };
  total: number;
  hits: { num: number; organization: Organization; score: number; highlights: Hit['highlights'] }[];
  sort: SortOrder;
  match: 'all' | 'most';
  words: { matched: number; total: number };
  /** Per term number: results if it were ticked; only with `facets`. */
  counts?: number[];
}

/** How many of the best candidates are ranked exactly; past them, tier then name order. */
export const CANDIDATES = 100;
/** Typo candidates fetched per query word, the closest by trigrams. */
const TRIGRAM_CANDIDATES = 160;

interface VocabRow {
  q: number;
  kind: 'exact' | 'prefix' | 'typo';
  num: number;
  word: string;
  df: number;
}

/**
 * The vocabulary the Expander sees: the words PostgreSQL found for this query (each query
 * word's exact form, its commonest completions and its closest words by trigrams), with the
 * interface of the in-browser TextIndex that the Expander reads.
 */
class FoundWords {
  readonly vocab: string[] = [];
  readonly nums: number[] = [];
  private readonly dfs: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly prefixes = new Map<string, number[]>();

  add(row: VocabRow, queryWord: string): void {
    let id = this.ids.get(row.word);
    if (id === undefined) {
      id = this.vocab.length;
      this.ids.set(row.word, id);
      this.vocab.push(row.word);
      this.nums.push(row.num);
      this.dfs.push(row.df);
    }
    if (row.kind !== 'typo' && row.word.startsWith(queryWord)) {
      const list = this.prefixes.get(queryWord) ?? [];
      if (!list.includes(id)) list.push(id);
      this.prefixes.set(queryWord, list);
    }
  }
  get size(): number {
    return this.vocab.length;
  }
  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }
  df(token: number): number {
    return this.dfs[token]!;
  }
  withPrefix(prefix: string): number[] {
    return this.prefixes.get(prefix) ?? [];
  }
}

/** The words of a text as the engine reads them (TextSearch.parse). */
export function parseText(text: string): { words: string[]; lastTyped: boolean } {
  const words = [...new Set(tokenize(text))].slice(0, SEARCH_DEFAULTS.maxQueryWords);
  return { words, lastTyped: words.length > 0 && /[\p{L}\p{N}]$/u.test(text) };
}

/**
 * The candidate words of query words, kept per server process (a cache of the database, keyed
 * by the import generation): while a visitor types, only the last word changes.
 */
export class WordCache {
  private readonly rows = new Map<string, VocabRow[]>();
  private generation = -1;
  constructor(private readonly max = 4096) {}

  get(generation: number, key: string): VocabRow[] | undefined {
    if (generation !== this.generation) {
      this.rows.clear();
      this.generation = generation;
    }
    const hit = this.rows.get(key);
    if (hit) {
      this.rows.delete(key);
      this.rows.set(key, hit);
    }
    return hit;
  }

  set(key: string, rows: VocabRow[]): void {
    this.rows.set(key, rows);
    if (this.rows.size > this.max) this.rows.delete(this.rows.keys().next().value!);
  }
}

/**
 * Each query word's candidate words: exact, its commonest completions, and its closest words by
 * trigrams (pg_trgm's `%`; for the word being typed also `<%`, its typed part against any part
 * of a word; thresholds set on the connection). `q` in the rows is the index of the word in
 * `words`.
 */
async function findWords(
  db: Queryable,
  meta: Meta,
  cache: WordCache | undefined,
  words: string[],
  lastTyped: boolean,
): Promise<VocabRow[]> {
  const keys = words.map((w, i) => {
    const prefix =
      w.length >=
      (lastTyped && i === words.length - 1
        ? SEARCH_DEFAULTS.minPrefixLast
        : SEARCH_DEFAULTS.minPrefixOther);
    const last = lastTyped && i === words.length - 1;
    return { word: w, prefix, last, key: `${last ? '~' : prefix ? '+' : '='}${w}` };
  });
  const out: VocabRow[] = [];
  const missing = keys.filter((k, i) => {
    const hit = cache?.get(meta.generation, k.key);
    if (hit) for (const row of hit) out.push({ ...row, q: i });
    return !hit;
  });
  if (missing.length === 0) return out;
  // Short words share too few trigrams with their typos ("hais" and "hias" share one): their
  // every one-edit spelling is looked up as is.
  const edits = { columns: [[] as string[], [] as number[]] as const };
  missing.forEach((k, m) => {
    if (k.word.length < SEARCH_DEFAULTS.minFuzzyLength - 1 || k.word.length > SHORT_WORD) return;
    for (const variant of oneEdit(k.word)) {
      edits.columns[0].push(variant);
      edits.columns[1].push(m);
    }
  });
  const rows = await db.query<VocabRow>(
    `SELECT q.i::int - 1 AS q, 'exact' AS kind, w.num, w.word, w.df
       FROM unnest($1::text[]) WITH ORDINALITY AS q(w, i) JOIN mhpss_word w ON w.word = q.w
     UNION ALL
     SELECT q.i::int - 1, 'prefix', x.num, x.word, x.df
       FROM unnest($2::text[]) WITH ORDINALITY AS q(w, i),
       LATERAL (SELECT num, word, df FROM mhpss_word
                WHERE q.w IS NOT NULL AND word > q.w AND word < q.w || chr(1114111)
                  AND starts_with(word, q.w)
                ORDER BY df DESC, word LIMIT $4) AS x
     UNION ALL
     SELECT q.i::int - 1, 'typo', x.num, x.word, x.df
       FROM unnest($3::text[]) WITH ORDINALITY AS q(w, i),
       LATERAL (SELECT num, word, df FROM mhpss_word
                WHERE q.w IS NOT NULL AND word % q.w
                ORDER BY similarity(word, q.w) DESC, df DESC LIMIT $5) AS x
     UNION ALL
     SELECT v.q, 'typo', w.num, w.word, w.df
       FROM unnest($7::text[], $8::int[]) AS v(w, q) JOIN mhpss_word w ON w.word = v.w
     UNION ALL
     SELECT q.i::int - 1, 'typo', x.num, x.word, x.df
       FROM unnest($6::text[]) WITH ORDINALITY AS q(w, i),
       LATERAL (SELECT num, word, df FROM mhpss_word
                WHERE q.w IS NOT NULL AND q.w <% word
                ORDER BY word_similarity(q.w, word) DESC, df DESC LIMIT $5) AS x`,
    [
      missing.map((k) => k.word),
      missing.map((k) => (k.prefix ? k.word : null)),
      missing.map((k) =>
        k.word.length >= SEARCH_DEFAULTS.minFuzzyLength - 1 && k.word.length <= 32 ? k.word : null,
      ),
      SEARCH_DEFAULTS.maxPrefixExpansions + 1,
      TRIGRAM_CANDIDATES,
      // The word being typed: typos in its typed part too ("chld" → "children").
      missing.map((k) =>
        k.last && k.word.length >= SEARCH_DEFAULTS.minFuzzyLength && k.word.length <= 32
          ? k.word
          : null,
      ),
      ...edits.columns,
    ],
  );
  const byMissing = missing.map(() => [] as VocabRow[]);
  for (const row of rows) byMissing[row.q]!.push(row);
  missing.forEach((k, m) => {
    cache?.set(k.key, byMissing[m]!);
    const i = keys.indexOf(k);
    for (const row of byMissing[m]!) out.push({ ...row, q: i });
  });
  return out;
}

/** Words up to this long get their one-edit spellings looked up (trigrams miss their typos). */
const SHORT_WORD = 6;
const EDIT_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Every spelling one edit away (a letter dropped, swapped with the next, changed or added). */
function oneEdit(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of EDIT_LETTERS) out.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  for (let i = 0; i <= word.length; i++) {
    for (const c of EDIT_LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
  }
  out.delete(word);
  return out;
}

interface QueryWord {
  word: string;
  stop: boolean;
  expansions: (Expansion & { text: string; num: number; df: number })[];
}

/** Expands each query word as the in-browser engine would, over the words found. */
async function expandWords(
  db: Queryable,
  meta: Meta,
  cache: WordCache | undefined,
  text: string,
): Promise<QueryWord[]> {
  const { words, lastTyped } = parseText(text);
  if (words.length === 0) return [];
  const found = new FoundWords();
  for (const row of await findWords(db, meta, cache, words, lastTyped)) {
    found.add(row, words[row.q]!);
  }
  const expander = new Expander(found as unknown as TextIndex);
  const onlyStops = words.every((w) => STOP_WORDS.has(w));
  return words.map((word, i) => ({
    word,
    stop: !onlyStops && STOP_WORDS.has(word),
    expansions: expander.expand(word, lastTyped && i === words.length - 1).map((e) => ({
      ...e,
      text: found.vocab[e.token]!,
      num: found.nums[e.token]!,
      df: found.df(e.token),
    })),
  }));
}

interface SearchRow {
  total: number;
  matched: number;
  wanted: number;
  n: number[];
  counts: number[] | null;
  nums: number[];
  rest_from: number | null;
}

interface OrgRow {
  num: number;
  terms: number[];
  record: Organization;
}

/** Runs one search. */
export async function search(
  db: Queryable,
  meta: Meta,
  request: SearchRequest,
  cache?: WordCache,
): Promise<SearchAnswer> {
  const text = request.text.slice(0, CORE_DEFAULTS.maxTextLength);
  const t0 = performance.now();
  const qwords = await expandWords(db, meta, cache, text);
  const t1 = performance.now();
  const rank = qwords.length > 0 && request.sort !== 'name';
  // A short word that exists as typed is taken as typed when deciding which organizations
  // match it; its typo neighbours only rank (search.ts, `literal`).
  const cover: number[] = [];
  const coverQ: number[] = [];
  const extra: number[] = [];
  const extraQ: number[] = [];
  qwords.forEach((qw, j) => {
    const literal =
      !qw.stop &&
      qw.word.length < SEARCH_DEFAULTS.literalWordLength &&
      qw.expansions.some((e) => !e.typo && e.typed === 0 && e.df > 0);
    for (const e of qw.expansions) {
      if (literal && e.typo) {
        extra.push(e.num);
        extraQ.push(j);
      } else {
        cover.push(e.num);
        coverQ.push(j);
      }
    }
  });
  const skip = request.page * request.pageSize;
  const [row] = await db.query<{ r: SearchRow }>(
    `SELECT mhpss_search($1::int[], $2::int[], $3::int[], $4::int[], $5::int, $6::boolean[],
       $7::float8[], $8::int[], $9::int[], $10::int[], $11::int[], $12::boolean, $13::boolean,
       $14::int, $15::int, $16::int) AS r`,
    [
      cover,
      coverQ,
      extra,
      extraQ,
      qwords.length,
      qwords.map((q) => !q.stop),
      qwords.map((q) => Math.max(0, ...q.expansions.map((e) => e.quality))),
      request.scope,
      request.scope.map((t) => meta.terms[t]!.facet),
      request.filters,
      request.filters.map((t) => meta.terms[t]!.facet),
      request.facets,
      rank,
      skip,
      request.pageSize,
      CANDIDATES,
    ],
  );
  const r = row!.r;
  const t2 = performance.now();

  const words: RankWord[] = qwords.map((qw, j) => ({
    stop: qw.stop,
    expansions: qw.expansions,
    reach: r.n[j] ?? 0,
  }));
  const scoreOf = (o: OrgRow) => {
    const labels = new Set([
      ...o.terms.flatMap((t) => meta.terms[t]?.words ?? []),
      ...countryWords(o.record, meta.lang),
    ]);
    return score(fieldsOf(o.record, cityWords(o.record), labels), words, meta.size);
  };
  let page: number[];
  let records: Map<number, OrgRow>;
  const scores = new Map<number, number>();
  if (rank) {
    const candidates = r.rest_from === null ? r.nums : r.nums.slice(0, r.rest_from);
    const rest = r.rest_from === null ? [] : r.nums.slice(r.rest_from);
    records = await fetchOrgs(db, [...candidates, ...rest]);
    for (const num of candidates) scores.set(num, scoreOf(records.get(num)!));
    const ranked = [...candidates].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
    page = [...ranked.slice(skip, skip + request.pageSize), ...rest].slice(0, request.pageSize);
    for (const num of rest) scores.set(num, scoreOf(records.get(num)!));
  } else {
    page = r.nums;
    records = await fetchOrgs(db, page);
    // Listed by name, a text's hits still say how well they match.
    if (qwords.length) for (const num of page) scores.set(num, scoreOf(records.get(num)!));
  }

  const highlight = request.highlights ? highlightMap(qwords) : undefined;
  const t3 = performance.now();
  return {
    timings: { words: t1 - t0, search: t2 - t1, rank: t3 - t2 },
    total: r.total,
    hits: page.map((num) => {
      const organization = records.get(num)!.record;
      return {
        num,
        organization,
        score: scores.get(num) ?? 0,
        highlights: highlight ? highlightsOf(organization, highlight) : {},
      };
    }),
    sort: rank ? 'relevance' : 'name',
    match: r.matched < r.wanted ? 'most' : 'all',
    words: { matched: r.matched, total: r.wanted },
    ...(r.counts ? { counts: r.counts } : {}),
  };
}

async function fetchOrgs(db: Queryable, nums: readonly number[]): Promise<Map<number, OrgRow>> {
  if (nums.length === 0) return new Map();
  const rows = await db.query<OrgRow>(
    'SELECT num, terms::int[] AS terms, record FROM mhpss_org WHERE num = ANY($1::int[])',
    [nums],
  );
  return new Map(rows.map((o) => [o.num, o]));
}

/** Folded token → characters to highlight (0: all), as TextSearch builds it. */
function highlightMap(qwords: QueryWord[]): {
  all: Map<string, number>;
  text: Map<string, number>;
} {
  const all = new Map<string, number>();
  for (const qw of qwords) {
    for (const e of qw.expansions) {
      const prev = all.get(e.text);
      if (prev === undefined || (prev !== 0 && (e.typed === 0 || e.typed > prev))) {
        all.set(e.text, e.typed);
      }
    }
  }
  const onlyStops = qwords.every((q) => STOP_WORDS.has(q.word));
  const text = new Map([...all].filter(([token]) => onlyStops || !STOP_WORDS.has(token)));
  return { all, text };
}

/** Name, acronym and description highlights, as the in-browser engine gives them. */
function highlightsOf(
  org: Organization,
  map: { all: Map<string, number>; text: Map<string, number> },
): Hit['highlights'] {
  const out: Hit['highlights'] = {};
  if (map.all.size) {
    const name = matchRanges(org.name, map.all, true);
    if (name.length) out.name = name;
    if (org.acronym) {
      const acronym = matchRanges(org.acronym, map.all, true);
      if (acronym.length) out.acronym = acronym;
    }
  }
  if (org.description) {
    out.description = cutSnippet(
      org.description,
      map.text.size ? matchRanges(org.description, map.text) : [],
    );
  }
  return out;
}
