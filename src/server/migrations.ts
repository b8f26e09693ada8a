// The database schema, as versioned migrations: each runs once, in order, in its own
// transaction, and is recorded in mhpss_migrations. Several server processes starting at once
// take turns on an advisory lock, so each migration runs exactly once. Never edit a migration
// that has shipped: add the next one.
//
// How the directory is stored (see the README, "Serving a large directory"):
// - mhpss_org: one row per organization, numbered in name order (`num`), its record as JSON;
// - mhpss_term: one row per facet term with its organizations as a bitmap (bit i: org i): each
//   taxonomy's terms and its "not stated" term, and the countries facet;
// - mhpss_group: the labels many organizations share (facet terms' labels in every language,
//   countries' names), as the in-browser engine files them: their words and organizations;
// - mhpss_word: the vocabulary of every searchable field, each word with the organizations it
//   occurs in (anywhere, and in the name or acronym): a bitmap when the word is common, a sorted
//   array when it is rare, as roaring bitmaps do; words of labels point at their groups. Each
//   server process reads the words themselves (not their organizations) to expand query words.
// Searches, filters and facet counts are bitmap operations inside PostgreSQL (mhpss_search).
import type { Database, Queryable } from './database.js';
import { serverMessages } from './messages.js';
import { ServerSetupError } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Positions of the set bits of a bitmap, after skipping `skip` of them. */
const POSITIONS = `
CREATE FUNCTION mhpss_positions(b bit varying, skip int, take int) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
DECLARE
  n int := length(b);
  out int[] := '{}';
  pos int := 0;
  blk int;
  c int;
  sub bit varying;
  p int;
  at int;
BEGIN
  IF take <= 0 OR b IS NULL THEN RETURN out; END IF;
  -- Skip whole blocks of bits while they hold no more than the bits still to skip.
  FOREACH blk IN ARRAY ARRAY[65536, 4096, 256] LOOP
    LOOP
      EXIT WHEN pos >= n;
      c := bit_count(substring(b FROM pos + 1 FOR blk));
      EXIT WHEN c > skip;
      skip := skip - c;
      pos := pos + blk;
    END LOOP;
  END LOOP;
  WHILE pos < n LOOP
    -- Jump over empty blocks, the largest first.
    IF pos % 65536 = 0 AND bit_count(substring(b FROM pos + 1 FOR 65536)) = 0 THEN
      pos := pos + 65536; CONTINUE;
    END IF;
    IF pos % 4096 = 0 AND bit_count(substring(b FROM pos + 1 FOR 4096)) = 0 THEN
      pos := pos + 4096; CONTINUE;
    END IF;
    -- Every set bit of this block of 256, in order.
    sub := substring(b FROM pos + 1 FOR 256);
    at := pos;
    LOOP
      p := position(B'1' IN sub);
      EXIT WHEN p = 0;
      IF skip > 0 THEN
        skip := skip - 1;
      ELSE
        out := out || (at + p - 1);
        IF cardinality(out) >= take THEN RETURN out; END IF;
      END IF;
      at := at + p;
      sub := substring(sub FROM p + 1);
    END LOOP;
    pos := pos + 256;
  END LOOP;
  RETURN out;
END
$fn$;`;

/** A bitmap of `nbits` bits from a list of set positions (any order, repeats allowed). */
const BITS = `
CREATE FUNCTION mhpss_bits(docs int[], nbits int) RETURNS bit varying
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT ('x' || coalesce(string_agg(repeat('00', b - p - 1) || lpad(to_hex(v), 2, '0'), ''
            ORDER BY b), '')
          || repeat('00', (nbits + 7) / 8 - 1 - coalesce(max(b), -1)))::bit varying
  FROM (
    SELECT b, v, coalesce(lag(b) OVER (ORDER BY b), -1) AS p
    FROM (SELECT d >> 3 AS b, bit_or(128 >> (d & 7)) AS v
          FROM unnest(docs) AS d WHERE d >= 0 AND d < nbits GROUP BY 1) AS bytes
  ) AS gaps
$fn$;`;

/**
 * The bitmap of the organizations a set of words reaches: in any field (with the terms their
 * label words name), or in the name and acronym only. Common words are stored as bitmaps, rare
 * ones as arrays, which are merged into one bitmap.
 */
const WORD_BITS = `
CREATE FUNCTION mhpss_word_bits(words int[], name_only boolean, zero bit varying)
RETURNS bit varying LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
DECLARE
  r bit varying := zero;
  dense bit varying;
  sparse int[];
  labels bit varying;
BEGIN
  IF words IS NULL OR cardinality(words) = 0 THEN RETURN r; END IF;
  IF name_only THEN
    SELECT bit_or(w.name_bits) INTO dense FROM mhpss_word w WHERE w.num = ANY(words);
    SELECT array_agg(d) INTO sparse FROM mhpss_word w, unnest(w.name_docs) AS d
      WHERE w.num = ANY(words);
  ELSE
    SELECT bit_or(w.bits) INTO dense FROM mhpss_word w WHERE w.num = ANY(words);
    SELECT array_agg(d) INTO sparse FROM mhpss_word w, unnest(w.docs) AS d
      WHERE w.num = ANY(words);
    SELECT bit_or(t.docs) INTO labels FROM mhpss_term t
      WHERE t.num IN (SELECT unnest(w.terms) FROM mhpss_word w WHERE w.num = ANY(words));
    IF labels IS NOT NULL THEN r := r | labels; END IF;
  END IF;
  IF dense IS NOT NULL THEN r := r | dense; END IF;
  IF sparse IS NOT NULL THEN r := r | mhpss_bits(sparse, length(zero)); END IF;
  RETURN r;
END
$fn$;`;

/**
 * One search: the scope, the text (every meaningful word, or the most of them), the filters,
 * the total, every term's disjunctive count and the hits' positions. Arguments:
 * - cover / cover_q: word numbers that count for matching, and the query word (0-based) each
 *   expands; extra / extra_q: typo neighbours of literal words, which only rank;
 * - nwords: query words; meaningful: per query word, whether it decides (not a stop word);
 *   quality: per query word, its best expansion's match quality (weighs the tiers);
 * - scope / scope_f, filter / filter_f: term numbers and their facet numbers;
 * - want_facets: compute counts; rank: order by relevance (else by name);
 * - skip, take: the page; cands: how many of the best candidates to hand back for exact
 *   ranking (relevance only).
 * Returns one JSON object: total, matched (words every hit matches), n (organizations each
 * query word reaches), counts (per term number), nums (by name: the page; by relevance: the
 * candidates — every hit when there are no more than cands — then, from index `rest_from`
 * on, the hits of the page that lie past the candidates).
 */
const SEARCH = `
CREATE FUNCTION mhpss_search(
  cover int[], cover_q int[], extra int[], extra_q int[], nwords int, meaningful boolean[],
  quality float8[],
  scope int[], scope_f int[], filter int[], filter_f int[],
  want_facets boolean, rank boolean, skip int, take int, cands int
) RETURNS jsonb LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  allb bit varying;
  zero bit varying;
  size int;
  base bit varying;
  text_bits bit varying;
  final bit varying;
  f int;
  j int;
  i int;
  m int;
  w_cover bit varying[] := '{}';
  w_any bit varying[] := '{}';
  n_any int[] := '{}';
  wanted int := 0;
  matched int := 0;
  total int;
  best int;
  slices bit varying[];
  carry bit varying;
  t bit varying;
  eq bit varying;
  facets int[];
  fbits bit varying[];
  counts int[] := NULL;
  sets bit varying[];
  nums int[] := '{}';
  rest_from int := NULL;
  tier_words int[];
  names bit varying[];
  weights float8[];
  subsets int[];
  tier bit varying;
  s int;
  got int;
  c int;
  lo int;
  hi int;
BEGIN
  SELECT all_bits, mhpss_meta.size INTO allb, size FROM mhpss_meta;
  zero := allb # allb;

  -- The scope: OR within a facet, AND across facets.
  base := allb;
  FOR f IN SELECT DISTINCT x FROM unnest(scope_f) AS x LOOP
    SELECT bit_or(t2.docs) INTO t FROM mhpss_term t2
      WHERE t2.num IN (SELECT s2.n FROM unnest(scope, scope_f) AS s2(n, fa) WHERE s2.fa = f);
    base := base & t;
  END LOOP;

  -- The text: each query word's organizations, those that match every meaningful word.
  text_bits := base;
  FOR j IN 0 .. nwords - 1 LOOP
    t := mhpss_word_bits(ARRAY(SELECT c2.n FROM unnest(cover, cover_q) AS c2(n, q) WHERE c2.q = j),
                         false, zero);
    w_cover := w_cover || t;
    IF EXISTS (SELECT 1 FROM unnest(extra_q) AS q WHERE q = j) THEN
      t := t | mhpss_word_bits(
        ARRAY(SELECT e2.n FROM unnest(extra, extra_q) AS e2(n, q) WHERE e2.q = j), false, zero);
    END IF;
    w_any := w_any || t;
    n_any := n_any || bit_count(t)::int;
    IF meaningful[j + 1] THEN
      wanted := wanted + 1;
      text_bits := text_bits & w_cover[j + 1];
    END IF;
  END LOOP;
  matched := wanted;
  IF wanted > 0 AND bit_count(text_bits) = 0 THEN
    -- No organization in the scope matches every word: those matching the most words.
    slices := ARRAY[zero, zero, zero, zero];
    FOR j IN 0 .. nwords - 1 LOOP
      CONTINUE WHEN NOT meaningful[j + 1];
      carry := w_cover[j + 1] & base;
      FOR i IN 1 .. 4 LOOP
        t := slices[i] & carry;
        slices[i] := slices[i] # carry;
        carry := t;
      END LOOP;
    END LOOP;
    best := 0;
    FOR m IN REVERSE wanted - 1 .. 1 LOOP
      eq := base;
      FOR i IN 1 .. 4 LOOP
        IF (m >> (i - 1)) & 1 = 1 THEN eq := eq & slices[i]; ELSE eq := eq & ~slices[i]; END IF;
      END LOOP;
      IF bit_count(eq) > 0 THEN best := m; text_bits := eq; EXIT; END IF;
    END LOOP;
    IF best = 0 THEN text_bits := zero; ELSE matched := best; END IF;
  END IF;

  -- The visitor's filters.
  facets := ARRAY(SELECT DISTINCT x FROM unnest(filter_f) AS x ORDER BY 1);
  fbits := '{}';
  final := text_bits;
  FOREACH f IN ARRAY facets LOOP
    SELECT bit_or(t2.docs) INTO t FROM mhpss_term t2
      WHERE t2.num IN (SELECT s2.n FROM unnest(filter, filter_f) AS s2(n, fa) WHERE s2.fa = f);
    fbits := fbits || t;
    final := final & t;
  END LOOP;
  total := bit_count(final)::int;

  -- Disjunctive counts: a facet's terms under every filter but its own.
  IF want_facets THEN
    sets := '{}';
    FOR i IN 1 .. coalesce(cardinality(facets), 0) LOOP
      t := text_bits;
      FOR j IN 1 .. cardinality(facets) LOOP
        IF j <> i THEN t := t & fbits[j]; END IF;
      END LOOP;
      sets := sets || t;
    END LOOP;
    SELECT array_agg(bit_count(CASE WHEN array_position(facets, t2.facet) IS NULL THEN final
                                    ELSE sets[array_position(facets, t2.facet)] END
                               & t2.docs)::int ORDER BY t2.num)
      INTO counts FROM mhpss_term t2;
  END IF;

  IF NOT rank THEN
    nums := mhpss_positions(final, skip, take);
  ELSIF total <= cands THEN
    nums := mhpss_positions(final, 0, total);
  ELSE
    -- Tiers: which of the (at most four) weightiest words the name or acronym holds, the
    -- heaviest combination first; then those holding none. Name order within a tier. The
    -- caller ranks the first cands exactly; past them, the page is taken in tier order.
    tier_words := ARRAY(
      SELECT q FROM generate_series(0, nwords - 1) AS q
      WHERE meaningful[q + 1]
      ORDER BY ln(1 + size::float8 / greatest(1, n_any[q + 1])) * quality[q + 1] DESC, q
      LIMIT 4);
    names := '{}';
    FOREACH j IN ARRAY tier_words LOOP
      names := names || mhpss_word_bits(
        ARRAY(SELECT c2.n FROM unnest(cover || extra, cover_q || extra_q) AS c2(n, q)
              WHERE c2.q = j), true, zero);
    END LOOP;
    weights := ARRAY(SELECT ln(1 + size::float8 / greatest(1, n_any[q + 1])) * quality[q + 1]
                     FROM unnest(tier_words) AS q);
    subsets := ARRAY(
      SELECT sub FROM generate_series(0, (1 << cardinality(tier_words)) - 1) AS sub
      ORDER BY (SELECT coalesce(sum(weights[k]), 0)
                FROM generate_series(1, cardinality(tier_words)) AS k
                WHERE (sub >> (k - 1)) & 1 = 1) DESC, sub);
    got := 0;
    lo := greatest(cands, skip);
    hi := skip + take;
    FOREACH s IN ARRAY subsets LOOP
      EXIT WHEN got >= greatest(cands, hi);
      tier := final;
      FOR i IN 1 .. cardinality(tier_words) LOOP
        IF (s >> (i - 1)) & 1 = 1 THEN tier := tier & names[i];
        ELSE tier := tier & ~names[i];
        END IF;
      END LOOP;
      c := bit_count(tier)::int;
      CONTINUE WHEN c = 0;
      IF got < cands THEN
        nums := nums || mhpss_positions(tier, 0, least(c, cands - got));
      END IF;
      IF hi > lo AND got + c > lo AND got < hi THEN
        IF rest_from IS NULL THEN rest_from := cardinality(nums); END IF;
        nums := nums || mhpss_positions(tier, greatest(lo, got) - got,
                                         least(hi, got + c) - greatest(lo, got));
      END IF;
      got := got + c;
    END LOOP;
  END IF;

  RETURN jsonb_build_object(
    'total', total, 'matched', matched, 'wanted', wanted, 'n', to_jsonb(n_any),
    'counts', to_jsonb(counts), 'nums', to_jsonb(nums), 'rest_from', rest_from);
END
$fn$;`;

/**
 * Migration 2's mhpss_word_bits: label words reach the organizations of their label groups
 * (mhpss_group: facet terms' labels and countries' names, as the in-browser engine files them).
 */
const WORD_BITS_2 = `
CREATE OR REPLACE FUNCTION mhpss_word_bits(words int[], name_only boolean, zero bit varying)
RETURNS bit varying LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
#variable_conflict use_variable
DECLARE
  r bit varying := zero;
  dense bit varying;
  sparse int[];
  labels bit varying;
  pos int;
BEGIN
  IF words IS NULL OR cardinality(words) = 0 THEN RETURN r; END IF;
  IF name_only THEN
    SELECT bit_or(w.name_bits) INTO dense FROM mhpss_word w WHERE w.num = ANY(words);
    SELECT array_agg(d) INTO sparse FROM mhpss_word w, unnest(w.name_docs) AS d
      WHERE w.num = ANY(words);
  ELSE
    SELECT bit_or(w.bits) INTO dense FROM mhpss_word w WHERE w.num = ANY(words);
    SELECT array_agg(d) INTO sparse FROM mhpss_word w, unnest(w.docs) AS d
      WHERE w.num = ANY(words);
    SELECT bit_or(g.docs) INTO labels FROM mhpss_group g
      WHERE g.num IN (SELECT unnest(w.groups) FROM mhpss_word w WHERE w.num = ANY(words));
    IF labels IS NOT NULL THEN r := r | labels; END IF;
  END IF;
  IF dense IS NOT NULL THEN r := r | dense; END IF;
  -- Rare words' organizations: set bit by bit (each time a copy of the bitmap) while that
  -- costs less than building the bitmap at once (mhpss_bits, a few ms at 10^6 organizations).
  IF cardinality(sparse)::bigint * length(zero) > 256000000 THEN
    r := r | mhpss_bits(sparse, length(zero));
  ELSIF sparse IS NOT NULL THEN
    FOREACH pos IN ARRAY sparse LOOP r := set_bit(r, pos, 1); END LOOP;
  END IF;
  RETURN r;
END
$fn$;`;

/** `text` with each `[from, to]` replaced once; a `from` that is not there is a bug here. */
function edit(text: string, ...edits: [string, string][]): string {
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`migrations: no '${from.slice(0, 40)}'`);
    text = text.replace(from, to);
  }
  return text;
}

/**
 * The organizations of a set of completions at once: mhpss_prefix's union when it holds exactly
 * these words for this prefix, else the words' own.
 */
const PREFIX_BITS = `
CREATE FUNCTION mhpss_prefix_bits(pfx text, words int[], name_only boolean, zero bit varying)
RETURNS bit varying LANGUAGE plpgsql STABLE PARALLEL SAFE AS $fn$
#variable_conflict use_variable
DECLARE
  r bit varying;
BEGIN
  IF pfx IS NULL OR cardinality(words) IS NULL OR cardinality(words) = 0 THEN RETURN zero; END IF;
  SELECT CASE WHEN name_only THEN p.name_bits ELSE p.bits END INTO r
    FROM mhpss_prefix p WHERE p.prefix = pfx AND p.words = words;
  RETURN coalesce(r, mhpss_word_bits(words, name_only, zero));
END
$fn$;`;

/**
 * Migration 2's mhpss_search: a query word's completions may come as a prefix and its words
 * (pfx: per query word, the prefix or null; pfx_words / pfx_q: the completions' word numbers,
 * ascending, and their query word), read at once from mhpss_prefix when it holds them.
 */
const SEARCH_2 = edit(
  SEARCH,
  [
    'CREATE FUNCTION mhpss_search(\n  cover int[], cover_q int[], extra int[], extra_q int[],',
    'CREATE FUNCTION mhpss_search(\n  cover int[], cover_q int[], pfx text[], pfx_words int[], pfx_q int[],\n  extra int[], extra_q int[],',
  ],
  [
    `                         false, zero);
    w_cover := w_cover || t;`,
    `                         false, zero)
         | mhpss_prefix_bits(pfx[j + 1],
             ARRAY(SELECT p2.n FROM unnest(pfx_words, pfx_q) AS p2(n, q) WHERE p2.q = j),
             false, zero);
    w_cover := w_cover || t;`,
  ],
  [
    `      names := names || mhpss_word_bits(
        ARRAY(SELECT c2.n FROM unnest(cover || extra, cover_q || extra_q) AS c2(n, q)
              WHERE c2.q = j), true, zero);`,
    `      names := names || (mhpss_word_bits(
        ARRAY(SELECT c2.n FROM unnest(cover || extra, cover_q || extra_q) AS c2(n, q)
              WHERE c2.q = j), true, zero)
         | mhpss_prefix_bits(pfx[j + 1],
             ARRAY(SELECT p2.n FROM unnest(pfx_words, pfx_q) AS p2(n, q) WHERE p2.q = j),
             true, zero));`,
  ],
);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'directory tables, bitmap search functions',
    sql: `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE mhpss_meta (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  digest text NOT NULL,
  generation int NOT NULL,
  size int NOT NULL,
  lang text NOT NULL,
  identity text NOT NULL,
  info json NOT NULL,
  all_bits bit varying NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mhpss_taxonomy (
  num smallint PRIMARY KEY,
  key text NOT NULL UNIQUE,
  uuid uuid NOT NULL UNIQUE,
  hsds json NOT NULL
);

CREATE TABLE mhpss_term (
  num smallint PRIMARY KEY,
  facet smallint NOT NULL REFERENCES mhpss_taxonomy (num),
  term text NOT NULL,
  uuid uuid NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  hsds json NOT NULL,
  docs bit varying NOT NULL,
  UNIQUE (facet, term)
);
ALTER TABLE mhpss_term ALTER COLUMN docs SET STORAGE EXTERNAL;

CREATE TABLE mhpss_org (
  num int PRIMARY KEY,
  id text NOT NULL UNIQUE,
  uuid uuid NOT NULL UNIQUE,
  terms smallint[] NOT NULL,
  record json NOT NULL
);

CREATE TABLE mhpss_word (
  num int PRIMARY KEY,
  word text COLLATE "C" NOT NULL UNIQUE,
  df int NOT NULL,
  bits bit varying,
  docs int[],
  name_bits bit varying,
  name_docs int[],
  terms smallint[]
);
CREATE INDEX mhpss_word_trgm ON mhpss_word USING gin (word gin_trgm_ops);
${POSITIONS}
${BITS}
${WORD_BITS}
${SEARCH}
`,
  },
  {
    version: 2,
    name: 'label groups as the engine files them; "not stated" and countries as facet terms',
    sql: `
CREATE TABLE mhpss_group (
  num int PRIMARY KEY,
  words text[] NOT NULL,
  docs bit varying NOT NULL
);
ALTER TABLE mhpss_group ALTER COLUMN docs SET STORAGE EXTERNAL;
ALTER TABLE mhpss_org ADD COLUMN groups int[] NOT NULL DEFAULT '{}';
ALTER TABLE mhpss_word RENAME COLUMN terms TO groups;
ALTER TABLE mhpss_word ALTER COLUMN groups TYPE int[];
-- Typo candidates come from the vocabulary each process reads (vocabulary.ts), not trigrams.
DROP INDEX mhpss_word_trgm;
-- Facet terms that are no taxonomy's: "not stated" (id '-') per facet, and the countries facet.
ALTER TABLE mhpss_term DROP CONSTRAINT mhpss_term_facet_fkey;
ALTER TABLE mhpss_term ADD COLUMN kind text NOT NULL DEFAULT 'term'
  CHECK (kind IN ('term', 'none', 'country'));
ALTER TABLE mhpss_term ALTER COLUMN uuid DROP NOT NULL;
ALTER TABLE mhpss_term ALTER COLUMN code DROP NOT NULL;
ALTER TABLE mhpss_term ALTER COLUMN hsds DROP NOT NULL;
-- The organizations of the completions of prefixes that have many (load.ts): what a search
-- for a word being typed would otherwise OR together word by word.
CREATE TABLE mhpss_prefix (
  prefix text COLLATE "C" PRIMARY KEY,
  words int[] NOT NULL,
  bits bit varying NOT NULL,
  name_bits bit varying NOT NULL
);
-- Sparse bitmaps are mostly zeros: lz4 unpacks them fastest, where the server has it.
DO $do$ BEGIN
  ALTER TABLE mhpss_word ALTER COLUMN bits SET COMPRESSION lz4;
  ALTER TABLE mhpss_word ALTER COLUMN name_bits SET COMPRESSION lz4;
  ALTER TABLE mhpss_prefix ALTER COLUMN bits SET COMPRESSION lz4;
  ALTER TABLE mhpss_prefix ALTER COLUMN name_bits SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN NULL;
END $do$;
${WORD_BITS_2}
${PREFIX_BITS}
DROP FUNCTION mhpss_search(int[], int[], int[], int[], int, boolean[], float8[], int[], int[],
  int[], int[], boolean, boolean, int, int, int);
${SEARCH_2}
`,
  },
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** An arbitrary, fixed key for the advisory lock that serializes migrations and imports. */
export const LOCK_KEY = 4_711_017;

/** The schema version of a database (0: none yet). */
export async function schemaVersion(db: Queryable): Promise<number> {
  const [exists] = await db.query<{ ok: boolean }>(
    `SELECT to_regclass('mhpss_migrations') IS NOT NULL AS ok`,
  );
  if (!exists?.ok) return 0;
  const [row] = await db.query<{ v: number | null }>(
    'SELECT max(version)::int AS v FROM mhpss_migrations',
  );
  return row?.v ?? 0;
}

/**
 * Brings the schema up to SCHEMA_VERSION: runs each missing migration in its own transaction.
 * Returns the versions applied. Throws a ServerSetupError for a database newer than this code.
 */
export async function migrate(db: Database): Promise<number[]> {
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS mhpss_migrations (
      version int PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  for (const migration of MIGRATIONS) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const [done] = await tx.query('SELECT 1 FROM mhpss_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO mhpss_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    });
  }
  const version = await schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new ServerSetupError('newer-schema', serverMessages.newerSchema(version, SCHEMA_VERSION));
  }
  return applied;
}
