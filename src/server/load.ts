// Imports a directory into the database: organizations in name order, each taxonomy term's
// organizations as a bitmap, and the vocabulary of every searchable field with its postings —
// built by the core's own indexes (FacetIndex, TextIndex), so the server tokenizes, folds and
// files words exactly as the in-browser engine does. One transaction replaces the whole
// directory; importing the same data again (same digest) does nothing.
import { createHash } from 'node:crypto';
import {
  CORE_DEFAULTS,
  NameOrders,
  FacetIndex,
  FIELD_SHIFT,
  NAME_FIELDS,
  RECORD_MASK,
  searchLabels,
  TextIndex,
} from './engine.js';
import { directoryIdentity, directoryNamespace, recordUuid } from '../core/formats/ids.js';
import { directoryToHsds, type HsdsTaxonomy, type HsdsTaxonomyTerm } from '../core/formats/hsds.js';
import type { DirectoryData, Organization } from '../core/model/schema.js';
import type { Database, Queryable } from './database.js';
import { LOCK_KEY, SCHEMA_VERSION } from './migrations.js';
import { facetTerms } from './facet-terms.js';
import { prefixUnions } from './prefixes.js';

export interface ImportOptions {
  /** What the HSDS UUIDs derive from (default: the directory's title), as `export --identity`. */
  identity?: string;
  /** Language of the name order (default `en`). */
  lang?: string;
  /** Progress lines (the bench prints them). */
  log?: (line: string) => void;
}

export interface ImportResult {
  /** False when the database already held exactly this directory. */
  imported: boolean;
  size: number;
  generation: number;
}

/**
 * A word reached by at most this many organizations is stored as a sorted array of their
 * numbers, and turned into a bitmap when searched; more common words are stored as bitmaps
 * (roaring bitmaps' rule of thumb, with a cap that keeps the search-time conversion cheap).
 */
export const sparseLimit = (size: number): number => Math.max(1, Math.min(2048, size >>> 5));

/** Bumped when what an import writes changes, so that the same data is imported again. */
const IMPORT_FORMAT = 2;

/** Reverses the bits of a byte: bitsets number bits from the low end, PostgreSQL from the high. */
const REVERSED = Uint8Array.from({ length: 256 }, (_, b) => {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 0x80 >> i;
  return r;
});

/** The hex text of a PostgreSQL bit string from a core bitset (bit d: record d). */
export function bitsetHex(bits: Uint32Array, size: number): string {
  const bytes = Buffer.alloc(Math.max(1, (size + 7) >>> 3));
  for (let k = 0; k < bytes.length; k++) {
    bytes[k] = REVERSED[(bits[k >>> 2]! >>> ((k & 3) * 8)) & 0xff]!;
  }
  return bytes.toString('hex');
}

/** The hex text of a PostgreSQL bit string with the listed bits set. */
function listHex(docs: ArrayLike<number>, size: number): string {
  const bytes = Buffer.alloc(Math.max(1, (size + 7) >>> 3));
  for (let i = 0; i < docs.length; i++) bytes[docs[i]! >>> 3]! |= 0x80 >>> (docs[i]! & 7);
  return bytes.toString('hex');
}

const pgArray = (values: ArrayLike<number>) => `{${Array.prototype.join.call(values, ',')}}`;
/** A PostgreSQL text[] literal: every element quoted, `"` and `\\` escaped. */
const pgTextArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Calls `visit` with every set bit of a core bitset, ascending. */
function forEachBit(bits: Uint32Array, visit: (d: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    for (let rest = bits[w]!; rest !== 0; rest &= rest - 1) {
      visit((w << 5) | (31 - Math.clz32(rest & -rest)));
    }
  }
}

/**
 * What identifies an import: the data, the options and the format it is written in (hashed one
 * organization at a time: a million of them are more text than one string can hold).
 */
function digestOf(data: DirectoryData, identity: string, lang: string): string {
  const hash = createHash('sha256').update(
    JSON.stringify([SCHEMA_VERSION, IMPORT_FORMAT, identity, lang]),
  );
  const { organizations, ...rest } = data;
  hash.update(JSON.stringify(rest));
  for (const org of organizations) hash.update(JSON.stringify(org));
  return hash.digest('hex');
}

/**
 * Every taxonomy and term as the HSDS exporter writes them (ids, codes, names): the exporter
 * is given one organization filed under every term, and its attributes are read back.
 */
function hsdsVocabulary(
  data: DirectoryData,
  identity: string,
): { taxonomies: HsdsTaxonomy[]; terms: Map<string, HsdsTaxonomyTerm> } {
  const everything: Organization = { id: 'all', name: 'all' };
  for (const [key, tax] of Object.entries(data.taxonomies))
    everything[key] = tax.terms.map((t) => t.id);
  const doc = directoryToHsds(
    { version: 1, taxonomies: data.taxonomies, organizations: [everything] },
    { identity },
  );
  const ns = directoryNamespace(identity);
  const terms = new Map<string, HsdsTaxonomyTerm>();
  const taxonomies = new Map<string, HsdsTaxonomy>();
  for (const attribute of doc.contents[0]?.attributes ?? []) {
    const { taxonomy_detail: detail, ...term } = attribute.taxonomy_term!;
    terms.set(term.id, term);
    if (detail) taxonomies.set(detail.id, detail);
  }
  // A taxonomy without terms has no attribute: written as the exporter would.
  const ordered = Object.entries(data.taxonomies).map(([key, tax]) => {
    const id = recordUuid(ns, 'taxonomy', key);
    return (
      taxonomies.get(id) ?? {
        id,
        name: tax.label.en,
        description: tax.description?.en || tax.label.en,
      }
    );
  });
  return { taxonomies: ordered, terms };
}

/** Inserts rows in batches: one statement per batch, every value a bound parameter. */
async function insertBatches(
  tx: Queryable,
  sql: string,
  columns: unknown[][],
  batch: number,
): Promise<void> {
  const rows = columns[0]?.length ?? 0;
  for (let from = 0; from < rows; from += batch) {
    await tx.query(
      sql,
      columns.map((c) => c.slice(from, from + batch)),
    );
  }
}

/**
 * Imports `data` into a migrated database, replacing what it held. Concurrent imports (several
 * server processes starting together) take turns; the second finds the data there already.
 */
export async function importDirectory(
  db: Database,
  data: DirectoryData,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const lang = options.lang ?? CORE_DEFAULTS.lang;
  const identity = directoryIdentity(data, options.identity);
  const digest = digestOf(data, identity, lang);
  const log = options.log ?? (() => {});
  const current = async (q: Queryable) =>
    (
      await q.query<{ digest: string; generation: number; size: number }>(
        'SELECT digest, generation, size FROM mhpss_meta',
      )
    )[0];
  const before = await current(db);
  if (before?.digest === digest) {
    return { imported: false, size: before.size, generation: before.generation };
  }

  // Organizations in name order: a bitmap's bit i is the i-th name, so listing by name is
  // reading a bitmap from the start. `numOf[d]`: the number of the d-th organization of the data.
  const names = data.organizations.map((o) => o.name);
  const order = new NameOrders(names).get(lang).order;
  const orgs = Array.from(order, (i) => data.organizations[i]!);
  const size = orgs.length;
  const numOf = new Uint32Array(size);
  order.forEach((d, num) => (numOf[d] = num));
  const t0 = Date.now();
  const terms = facetTerms(data, orgs);
  // The text index exactly as the in-browser engine builds it (text-engine.ts): the records in
  // the data's order, the same label groups, cities as tags. Its words, their order and their
  // document frequencies are then the engine's, so the engine's Expander reads the same
  // vocabulary on both sides (vocabulary.ts) and a query word expands to the same words.
  const { labels, tags } = searchLabels({
    data,
    facetKeys: Object.keys(data.taxonomies),
    facetIndex: new FacetIndex(data.taxonomies, data.organizations),
    lang,
    size,
  });
  const text = new TextIndex(data.organizations, labels, tags);
  log(`indexed ${size} organizations in ${Date.now() - t0} ms`);

  const ns = directoryNamespace(identity);
  const hsds = hsdsVocabulary(data, identity);
  const facetKeys = Object.keys(data.taxonomies);
  const { organizations: _all, ...info } = data;

  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const now = await current(tx);
    if (now?.digest === digest) {
      return { imported: false, size: now.size, generation: now.generation };
    }
    const generation = (now?.generation ?? 0) + 1;
    await tx.exec(
      'DELETE FROM mhpss_meta; DELETE FROM mhpss_word; DELETE FROM mhpss_prefix; ' +
        'DELETE FROM mhpss_group; DELETE FROM mhpss_org; ' +
        'DELETE FROM mhpss_term; DELETE FROM mhpss_taxonomy;',
    );

    const all = new Uint32Array((size + 31) >>> 5).fill(0xffffffff);
    if (size & 31) all[all.length - 1] = (1 << (size & 31)) - 1;
    await tx.query(
      `INSERT INTO mhpss_meta (digest, generation, size, lang, identity, info, all_bits)
       VALUES ($1, $2, $3, $4, $5, $6::json, ('x' || $7)::bit varying)`,
      [digest, generation, size, lang, identity, JSON.stringify(info), bitsetHex(all, size)],
    );

    await insertBatches(
      tx,
      `INSERT INTO mhpss_taxonomy (num, key, uuid, hsds)
       SELECT * FROM unnest($1::smallint[], $2::text[], $3::uuid[], $4::json[])`,
      [
        facetKeys.map((_, f) => f),
        facetKeys,
        hsds.taxonomies.map((t) => t.id),
        hsds.taxonomies.map((t) => JSON.stringify(t)),
      ],
      1000,
    );

    // Every facet term, taxonomies' own with their HSDS ids; "not stated" and countries without.
    const termColumns: unknown[][] = [[], [], [], [], [], [], [], []];
    terms.list.forEach((term, num) => {
      const uuid =
        term.kind === 'term' ? recordUuid(ns, 'taxonomy_term', term.key, term.term) : null;
      const row = uuid ? hsds.terms.get(uuid)! : null;
      const values = [
        num,
        term.facet,
        term.term,
        uuid,
        row?.code ?? null,
        row ? JSON.stringify(row) : null,
        bitsetHex(term.bits, size),
        term.kind,
      ];
      values.forEach((v, c) => termColumns[c]!.push(v));
    });
    await insertBatches(
      tx,
      `INSERT INTO mhpss_term (num, facet, term, uuid, code, hsds, docs, kind)
       SELECT n, f, t, u, c, h::json, ('x' || d)::bit varying, k
       FROM unnest($1::smallint[], $2::smallint[], $3::text[], $4::uuid[], $5::text[],
                   $6::text[], $7::text[], $8::text[]) AS r(n, f, t, u, c, h, d, k)`,
      termColumns,
      size > 100_000 ? 20 : 500,
    );

    // The label groups, in name order, and each organization's.
    const orgGroups: number[][] = Array.from({ length: size }, () => []);
    const groupBits = labels.records.map((bits, g) => {
      const renumbered = new Uint32Array(bits.length);
      forEachBit(bits, (d) => {
        const num = numOf[d]!;
        renumbered[num >>> 5]! |= 1 << (num & 31);
        orgGroups[num]!.push(g);
      });
      return renumbered;
    });
    await insertBatches(
      tx,
      `INSERT INTO mhpss_group (num, words, docs)
       SELECT n, w::text[], ('x' || d)::bit varying
       FROM unnest($1::int[], $2::text[], $3::text[]) AS r(n, w, d)`,
      [
        labels.words.map((_, g) => g),
        labels.words.map(pgTextArray),
        groupBits.map((bits) => bitsetHex(bits, size)),
      ],
      size > 100_000 ? 20 : 500,
    );

    // Organizations, with their terms as term numbers.
    const orgColumns: unknown[][] = [[], [], [], [], [], []];
    orgs.forEach((org, num) => {
      orgColumns[0]!.push(num);
      orgColumns[1]!.push(org.id);
      orgColumns[2]!.push(recordUuid(ns, 'organization', org.id));
      orgColumns[3]!.push(pgArray(terms.ofRecord[num]!));
      orgColumns[4]!.push(pgArray(orgGroups[num]!));
      orgColumns[5]!.push(JSON.stringify(org));
    });
    await insertBatches(
      tx,
      `INSERT INTO mhpss_org (num, id, uuid, terms, groups, record)
       SELECT n, i, u, t::smallint[], g::int[], r::json
       FROM unnest($1::int[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[])
         AS x(n, i, u, t, g, r)`,
      orgColumns,
      2000,
    );
    log(`wrote ${size} organizations in ${Date.now() - t0} ms`);

    const tokenNum = await writeWords(tx, text, numOf, size);
    log(`wrote the vocabulary in ${Date.now() - t0} ms`);
    await writePrefixes(tx, text, numOf, groupBits, tokenNum, size);
    log(`wrote the completions of prefixes in ${Date.now() - t0} ms`);
    await tx.exec(
      'ANALYZE mhpss_word; ANALYZE mhpss_org; ANALYZE mhpss_term; ANALYZE mhpss_prefix;',
    );
    return { imported: true, size, generation };
  });
}

/**
 * The vocabulary in the engine's token order: each word with its organizations (anywhere; in
 * the name) by number, its label groups and its document frequency.
 */
async function writeWords(
  tx: Queryable,
  text: TextIndex,
  numOf: Uint32Array,
  size: number,
): Promise<Int32Array> {
  const { vocab, postStart, postings, tokenGroups, docFreq } = text;
  const ascending = (a: number, b: number) => a - b;
  const limit = sparseLimit(size);
  const sparse: unknown[][] = [[], [], [], [], [], []];
  const dense: unknown[][] = [[], [], [], [], [], [], [], []];
  let num = 0;
  const tokenNum = new Int32Array(vocab.length).fill(-1);
  const any: number[] = [];
  const named: number[] = [];
  for (let t = 0; t < vocab.length; t++) {
    const from = postStart[t]!;
    const to = postStart[t + 1]!;
    const groups = tokenGroups.values.subarray(tokenGroups.start[t]!, tokenGroups.start[t + 1]!);
    if (from === to && groups.length === 0) continue;
    tokenNum[t] = num;
    any.length = 0;
    named.length = 0;
    for (let p = from; p < to; p++) {
      const posting = postings[p]!;
      const d = numOf[posting & RECORD_MASK]!;
      any.push(d);
      if ((posting >>> FIELD_SHIFT) & NAME_FIELDS) named.push(d);
    }
    any.sort(ascending);
    named.sort(ascending);
    const termList = groups.length ? pgArray(groups) : null;
    if (any.length <= limit && named.length <= limit) {
      [num++, vocab[t], docFreq[t], pgArray(any), pgArray(named), termList].forEach((v, c) =>
        sparse[c]!.push(v),
      );
    } else {
      const anyDense = any.length > limit;
      const nameDense = named.length > limit;
      [
        num++,
        vocab[t],
        docFreq[t],
        anyDense ? listHex(any, size) : null,
        anyDense ? null : pgArray(any),
        nameDense ? listHex(named, size) : null,
        nameDense ? null : pgArray(named),
        termList,
      ].forEach((v, c) => dense[c]!.push(v));
    }
  }
  await insertBatches(
    tx,
    `INSERT INTO mhpss_word (num, word, df, docs, name_docs, groups)
     SELECT n, w, f, d::int[], nd::int[], t::int[]
     FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])
       AS x(n, w, f, d, nd, t)`,
    sparse,
    5000,
  );
  await insertBatches(
    tx,
    `INSERT INTO mhpss_word (num, word, df, bits, docs, name_bits, name_docs, groups)
     SELECT n, w, f, ('x' || b)::bit varying, d::int[], ('x' || nb)::bit varying, nd::int[],
            t::int[]
     FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::text[]) AS x(n, w, f, b, d, nb, nd, t)`,
    dense,
    size > 100_000 ? 16 : 500,
  );
  return tokenNum;
}

/** The organizations of the completions of prefixes that have many (prefixes.ts). */
async function writePrefixes(
  tx: Queryable,
  text: TextIndex,
  numOf: Uint32Array,
  groupBits: readonly Uint32Array[],
  tokenNum: Int32Array,
  size: number,
): Promise<void> {
  const batch = size > 100_000 ? 16 : 500;
  let rows: unknown[][] = [[], [], [], []];
  const flush = async () => {
    await tx.query(
      `INSERT INTO mhpss_prefix (prefix, words, bits, name_bits)
       SELECT p, w::int[], ('x' || b)::bit varying, ('x' || nb)::bit varying
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(p, w, b, nb)`,
      rows,
    );
    rows = [[], [], [], []];
  };
  for (const union of prefixUnions(text, numOf, groupBits)) {
    const nums = union.tokens.map((t) => tokenNum[t]!).sort((a, b) => a - b);
    rows[0]!.push(union.prefix);
    rows[1]!.push(pgArray(nums));
    rows[2]!.push(bitsetHex(union.bits, size));
    rows[3]!.push(bitsetHex(union.nameBits, size));
    if (rows[0]!.length >= batch) await flush();
  }
  if (rows[0]!.length) await flush();
}
