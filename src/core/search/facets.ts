// Facet memberships as bitsets, selections (OR within a facet, AND across facets) and
// disjunctive counts: each facet's counts apply every *other* facet's selection, so a visitor
// sees how many results ticking a term would give. The "not stated" term of a facet and the
// facets besides the taxonomies (countries) are terms and facets like the others here, so that
// filters, scope and counts need no special case.
import { andInto, count, countAnd, full, has, orInto, wordsFor } from './bitset.js';
import { NOT_STATED } from '../model/built-in-facets.js';
import { termIds } from '../model/labels.js';
import type { Organization, Taxonomy } from '../model/schema.js';

/** What a facet index holds besides the taxonomies' own terms. */
export interface FacetIndexOptions {
  /**
   * Facets after the taxonomies, by key, with their term ids; records are filed under them by
   * their field of that name (`countries`: the ISO codes in the data).
   */
  extra?: Readonly<Record<string, readonly string[]>>;
  /** Gives every facet a last term, NOT_STATED, under which the records with none of its terms are filed. */
  notStated?: boolean;
}

/** A selection resolved against the taxonomies: only known facets and terms. */
export interface ResolvedSelection {
  /** Facet index → term indexes selected (each list non-empty, in taxonomy order). */
  terms: Map<number, number[]>;
  /** Facet index → union of the selected terms' records. */
  bits: Map<number, Uint32Array>;
  /** Facet key → the ids asked for that the data does not have (unknown facet or term). */
  dropped: Record<string, string[]>;
}

export class FacetIndex {
  readonly keys: string[];
  /** Per facet: its term ids, in index order (NOT_STATED last, with `notStated`). */
  readonly termIds: (readonly string[])[];
  readonly size: number;
  /** Per facet: term id → term index. */
  private readonly termIndex: Map<string, number>[];
  /** Per facet, per term: the records filed under it. */
  readonly termBits: Uint32Array[][];
  /**
   * Every record's terms as global term numbers (record d: recTerms[recStart[d] ..
   * recStart[d + 1])), for counting small result sets and for searching term labels.
   */
  readonly recStart: Uint32Array;
  readonly recTerms: Uint32Array;
  /** Global term number → facet index, and first global number of each facet. */
  private readonly termFacet: Uint16Array;
  readonly facetBase: Uint32Array;
  private readonly all: Uint32Array;
  /** Per facet, per term: whether no record is filed under it (its counts are 0, uncounted). */
  private readonly empty: boolean[][];

  /**
   * Files `organizations` under the terms of `taxonomies`, then those of `options.extra`; with
   * `options.notStated`, each facet ends with a NOT_STATED term.
   */
  constructor(
    taxonomies: Record<string, Taxonomy>,
    organizations: readonly Organization[],
    options: FacetIndexOptions = {},
  ) {
    const facets: [string, string[]][] = [
      ...Object.keys(taxonomies).map((key): [string, string[]] => [
        key,
        taxonomies[key]!.terms.map((term) => term.id),
      ]),
      ...Object.entries(options.extra ?? {}).map(([key, ids]): [string, string[]] => [
        key,
        [...ids],
      ]),
    ];
    if (options.notStated) for (const [, ids] of facets) ids.push(NOT_STATED);
    this.keys = facets.map(([key]) => key);
    this.termIds = facets.map(([, ids]) => ids);
    this.size = organizations.length;
    const words = wordsFor(this.size);
    this.all = full(this.size);
    this.termIndex = this.termIds.map((ids) => new Map(ids.map((id, i) => [id, i])));
    this.termBits = this.termIds.map((ids) => ids.map(() => new Uint32Array(words)));
    this.facetBase = new Uint32Array(this.keys.length + 1);
    this.termIds.forEach((ids, f) => {
      this.facetBase[f + 1] = this.facetBase[f]! + ids.length;
    });
    this.termFacet = new Uint16Array(this.facetBase[this.keys.length]!);
    this.keys.forEach((_, f) => this.termFacet.fill(f, this.facetBase[f]!, this.facetBase[f + 1]!));

    const filed = fileRecords(
      organizations,
      this.keys,
      this.termIndex,
      this.termBits,
      this.facetBase,
      !!options.notStated,
    );
    this.recStart = filed.start;
    this.recTerms = filed.values;
    this.empty = this.termBits.map((bits) => bits.map((b) => count(b) === 0));
  }

  /** Keeps the known facets and term ids of a selection; the rest is ignored and listed. */
  resolve(selection: Record<string, readonly string[]> | undefined): ResolvedSelection {
    const terms = new Map<number, number[]>();
    const bits = new Map<number, Uint32Array>();
    const dropped: Record<string, string[]> = {};
    if (!selection || typeof selection !== 'object') return { terms, bits, dropped };
    for (const key of Object.keys(selection)) {
      if (this.keys.includes(key)) continue;
      const ids = termIds(selection[key]);
      if (ids.length) Object.defineProperty(dropped, key, { value: ids, enumerable: true });
    }
    this.keys.forEach((key, f) => {
      if (!Object.hasOwn(selection, key)) return;
      const index = this.termIndex[f]!;
      const ids = [...new Set(termIds(selection[key]))];
      const unknown = ids.filter((id) => !index.has(id));
      if (unknown.length) dropped[key] = unknown;
      const picked = ids
        .map((id) => index.get(id))
        .filter((t): t is number => t !== undefined)
        .sort((a, b) => a - b);
      if (picked.length === 0) return;
      terms.set(f, picked);
      const union = new Uint32Array(this.all.length);
      for (const t of picked) orInto(union, union, this.termBits[f]![t]!);
      bits.set(f, union);
    });
    return { terms, bits, dropped };
  }

  /** Records in every facet of a selection (the scope, or the filters), as one bitset. */
  intersect(selection: ResolvedSelection, base?: Uint32Array): Uint32Array {
    const out = base ? base.slice() : this.all.slice();
    for (const b of selection.bits.values()) andInto(out, out, b);
    return out;
  }

  /**
   * Disjunctive counts of every term over `base` (text matches within the scope) under the
   * visitor's `filters`: facet f's counts apply every filter except f's own. `members`, the
   * records of `base` as a list, allows counting small sets record by record.
   */
  counts(base: Uint32Array, filters: ResolvedSelection, members?: ArrayLike<number>): Int32Array[] {
    const out = this.keys.map((_, f) => new Int32Array(this.termBits[f]!.length));
    const active = [...filters.bits.keys()];
    const totalTerms = this.termFacet.length;
    const sparse =
      members !== undefined &&
      active.length < 31 &&
      members.length * (this.recTerms.length / Math.max(1, this.size) + active.length) <
        totalTerms * base.length;
    if (sparse) this.countSparse(out, members, filters, active);
    else this.countDense(out, base, filters, active);
    return out;
  }

  /** Record by record: a record failing no filter counts everywhere, failing one counts there. */
  private countSparse(
    out: Int32Array[],
    members: ArrayLike<number>,
    filters: ResolvedSelection,
    active: number[],
  ): void {
    const activeBits = active.map((f) => filters.bits.get(f)!);
    const flat = new Int32Array(this.termFacet.length);
    for (let i = 0; i < members.length; i++) {
      const d = members[i]!;
      let failed = -1;
      let fails = 0;
      for (let a = 0; a < active.length; a++) {
        if (!has(activeBits[a]!, d)) {
          failed = active[a]!;
          if (++fails > 1) break;
        }
      }
      if (fails > 1) continue;
      for (let k = this.recStart[d]!, end = this.recStart[d + 1]!; k < end; k++) {
        const t = this.recTerms[k]!;
        if (fails === 0 || this.termFacet[t] === failed) flat[t]!++;
      }
    }
    this.keys.forEach((_, f) =>
      out[f]!.set(flat.subarray(this.facetBase[f]!, this.facetBase[f + 1]!)),
    );
  }

  /** Bitset by bitset: one intersection per facet with a filter, one more for the others. */
  private countDense(
    out: Int32Array[],
    base: Uint32Array,
    filters: ResolvedSelection,
    active: number[],
  ): void {
    const withAll = this.intersectExcept(base, filters, -1, active);
    this.keys.forEach((_, f) => {
      const set = filters.bits.has(f) ? this.intersectExcept(base, filters, f, active) : withAll;
      const terms = this.termBits[f]!;
      const empty = this.empty[f]!;
      for (let t = 0; t < terms.length; t++) out[f]![t] = empty[t] ? 0 : countAnd(set, terms[t]!);
    });
  }

  private intersectExcept(
    base: Uint32Array,
    filters: ResolvedSelection,
    except: number,
    active: number[],
  ): Uint32Array {
    const out = base.slice();
    for (const f of active) if (f !== except) andInto(out, out, filters.bits.get(f)!);
    return out;
  }
}

/**
 * Files every record under its terms: sets its bit in each term's bitset and lists its terms'
 * global numbers. One function with one hot loop and no `this`, which the JIT compiles early.
 */
function fileRecords(
  organizations: readonly Organization[],
  keys: readonly string[],
  termIndex: readonly Map<string, number>[],
  termBits: readonly Uint32Array[][],
  facetBase: Uint32Array,
  notStated: boolean,
): { start: Uint32Array; values: Uint32Array } {
  const size = organizations.length;
  const start = new Uint32Array(size + 1);
  // Two terms per facet per record is plenty for real data; the buffer grows if not.
  let buffer = new Uint32Array(64 + size * keys.length * 2);
  let n = 0;
  for (let d = 0; d < size; d++) {
    start[d] = n;
    const org = organizations[d]!;
    const word = d >>> 5;
    const bit = 1 << (d & 31);
    for (let f = 0; f < keys.length; f++) {
      const value = org[keys[f]!];
      const many = Array.isArray(value);
      const count = value === undefined ? 0 : many ? value.length : 1;
      const index = termIndex[f]!;
      const before = n;
      // With `notStated`, a record with none of the facet's terms is filed under its last.
      for (let k = 0; k <= count; k++) {
        let t: number | undefined;
        if (k < count) {
          const id: unknown = many ? value[k] : value;
          // NOT_STATED is no term a record can list: it is what a record without terms gets.
          t = typeof id === 'string' && id !== NOT_STATED ? index.get(id) : undefined;
        } else if (notStated && n === before) t = termBits[f]!.length - 1;
        if (t === undefined) continue;
        const bits = termBits[f]![t]!;
        if (bits[word]! & bit) continue; // listed twice
        bits[word]! |= bit;
        if (n === buffer.length) {
          const grown = new Uint32Array(n * 2);
          grown.set(buffer);
          buffer = grown;
        }
        buffer[n++] = facetBase[f]! + t;
      }
    }
  }
  start[size] = n;
  // Kept as a view when nearly full, rather than copied.
  return { start, values: n * 4 > buffer.length * 3 ? buffer.subarray(0, n) : buffer.slice(0, n) };
}
