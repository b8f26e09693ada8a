// One search over the database: the query's words expanded against the directory's vocabulary
// (completions, typo neighbours — the in-browser engine's Expander over the engine's own words,
// vocabulary.ts), then mhpss_search (text, scope, filters, total, facet counts, candidates as
// bitmaps in PostgreSQL), then the candidates ranked exactly here, then the page's records and
// highlights. Nothing is kept between requests but caches of the database: the directory's
// description (meta.ts) and its words (vocabulary.ts).
import {
  CORE_DEFAULTS,
  type Hit,
  type SortOrder,
  type Expansion,
  matchRanges,
  tokenize,
  SEARCH_DEFAULTS,
  STOP_WORDS,
  cutSnippet,
} from './engine.js';
import type { Organization } from '../core/model/schema.js';
import type { Queryable } from './database.js';
import type { Meta } from './meta.js';
import { fieldsOf, score, type RankWord } from './rank.js';
import { cityWords } from './searchable.js';
import type { VocabularyCache, Vocabulary } from './vocabulary.js';

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

/** The words of a text as the engine reads them (TextSearch.parse). */
export function parseText(text: string): { words: string[]; lastTyped: boolean } {
  const words = [...new Set(tokenize(text))].slice(0, SEARCH_DEFAULTS.maxQueryWords);
  return { words, lastTyped: words.length > 0 && /[\p{L}\p{N}]$/u.test(text) };
}

interface QueryWord {
  word: string;
  stop: boolean;
  expansions: (Expansion & { text: string; num: number; df: number })[];
  /** When the database holds the union of the word's completions: their word numbers. */
  completions?: Set<number>;
}

/** Expands each query word as the in-browser engine does, over the same vocabulary. */
function expandWords(vocabulary: Vocabulary, text: string): QueryWord[] {
  const { words, lastTyped } = parseText(text);
  if (words.length === 0) return [];
  const { words: list, expander, prefixes } = vocabulary;
  const onlyStops = words.every((w) => STOP_WORDS.has(w));
  return words.map((word, i) => {
    const last = lastTyped && i === words.length - 1;
    const completed =
      prefixes.has(word) &&
      word.length >= (last ? SEARCH_DEFAULTS.minPrefixLast : SEARCH_DEFAULTS.minPrefixOther);
    return {
      word,
      stop: !onlyStops && STOP_WORDS.has(word),
      expansions: expander.expand(word, last).map((e) => ({
        ...e,
        text: list.vocab[e.token]!,
        num: list.nums[e.token]!,
        df: list.df(e.token),
      })),
      ...(completed
        ? { completions: new Set(expander.completions(word).map((t) => list.nums[t]!)) }
        : {}),
    };
  });
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
  groups: number[];
  record: Organization;
}

/** Runs one search. */
export async function search(
  db: Queryable,
  meta: Meta,
  request: SearchRequest,
  vocabularies: VocabularyCache,
): Promise<SearchAnswer> {
  const text = request.text.slice(0, CORE_DEFAULTS.maxTextLength);
  const t0 = performance.now();
  const qwords = parseText(text).words.length
    ? expandWords(await vocabularies.get(db, meta.generation), text)
    : [];
  const t1 = performance.now();
  const rank = qwords.length > 0 && request.sort !== 'name';
  // A short word that exists as typed is taken as typed when deciding which organizations
  // match it; its typo neighbours only rank (search.ts, `literal`).
  const cover: number[] = [];
  const coverQ: number[] = [];
  const extra: number[] = [];
  const extraQ: number[] = [];
  // A word's completions, when the database holds their union (mhpss_prefix), go as one: a word
  // being typed may have dozens, and OR-ing them one by one was the slowest part of a search.
  const pfx: (string | null)[] = [];
  const pfxWords: number[] = [];
  const pfxQ: number[] = [];
  qwords.forEach((qw, j) => {
    const literal =
      !qw.stop &&
      qw.word.length < SEARCH_DEFAULTS.literalWordLength &&
      qw.expansions.some((e) => !e.typo && e.typed === 0 && e.df > 0);
    // Completions decide matches like the rest (a literal word's typos only rank; a completion
    // is never one of those, but if it were, the union would not do).
    const union =
      qw.completions &&
      qw.expansions.some((e) => qw.completions!.has(e.num)) &&
      !qw.expansions.some((e) => literal && e.typo && qw.completions!.has(e.num))
        ? qw.completions
        : undefined;
    pfx.push(union ? qw.word : null);
    if (union) {
      for (const num of [...union].sort((a, b) => a - b)) {
        pfxWords.push(num);
        pfxQ.push(j);
      }
    }
    for (const e of qw.expansions) {
      if (union?.has(e.num)) continue;
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
    `SELECT mhpss_search($1::int[], $2::int[], $3::text[], $4::int[], $5::int[], $6::int[],
       $7::int[], $8::int, $9::boolean[], $10::float8[], $11::int[], $12::int[], $13::int[],
       $14::int[], $15::boolean, $16::boolean, $17::int, $18::int, $19::int) AS r`,
    [
      cover,
      coverQ,
      pfx,
      pfxWords,
      pfxQ,
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
    const labels = new Set(o.groups.flatMap((g) => meta.groups[g] ?? []));
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
    'SELECT num, groups, record FROM mhpss_org WHERE num = ANY($1::int[])',
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
