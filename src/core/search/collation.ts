// Name order per language: every record's rank under Intl.Collator, computed once per language
// and kept for a few languages, so sorting by name or breaking relevance ties is an array lookup.
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';

const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const MARKS = /\p{M}+/gu;

/** Six characters of `text` from `at` as a number below 37^6 < 2^32: digits, then letters. */
function chunk(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 6; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 65 && c <= 90) c += 32;
    n = n * 37 + (c >= 97 && c <= 122 ? c - 86 : c >= 48 && c <= 57 ? c - 47 : 0);
  }
  return n;
}

/**
 * Record numbers in an order close to the collator's, cheaply: a stable radix sort on the
 * names' first eighteen characters (without accents when not ASCII), least significant part
 * first; the collator then settles the exact order.
 * Its loops are small functions of their own, so the JIT compiles each once.
 */
function roughOrder(names: readonly string[]): Uint32Array {
  const size = names.length;
  const texts = names.map((n) => (ASCII_ONLY.test(n) ? n : n.normalize('NFD').replace(MARKS, '')));
  let order = identity(size);
  let next = new Uint32Array(size);
  const keys = new Uint32Array(size);
  const counts = new Uint32Array(65537);
  for (let at = 12; at >= 0; at -= 6) {
    chunks(texts, at, keys);
    for (const shift of [0, 16]) {
      radixPass(order, next, keys, shift, counts);
      [order, next] = [next, order];
    }
  }
  return order;
}

function identity(size: number): Uint32Array<ArrayBuffer> {
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  return order;
}

function chunks(texts: readonly string[], at: number, keys: Uint32Array): void {
  for (let i = 0; i < texts.length; i++) keys[i] = chunk(texts[i]!, at);
}

/** One stable counting-sort pass of `order` into `next` on 16 bits of each record's key. */
function radixPass(
  order: Uint32Array,
  next: Uint32Array,
  keys: Uint32Array,
  shift: number,
  counts: Uint32Array,
): void {
  counts.fill(0);
  for (let i = 0; i < order.length; i++) counts[((keys[order[i]!]! >>> shift) & 0xffff) + 1]!++;
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  for (let i = 0; i < order.length; i++) {
    next[counts[(keys[order[i]!]! >>> shift) & 0xffff]!++] = order[i]!;
  }
}

/**
 * Below this many names the collator sorts them directly: the radix pre-pass costs the same
 * at any size (its counting tables), which a short list — the shipped one, a partner's — pays
 * on the way to its first results, on a slow phone tens of milliseconds.
 */
const ROUGH_ORDER_MIN = 2048;

export interface NameOrder {
  /** The locale the collator resolved to. */
  locale: string;
  /** Record numbers in name order. */
  order: Uint32Array;
  /** Record number → its position in name order. */
  rank: Uint32Array;
}

const collators = new Map<string, Intl.Collator>();

/**
 * A collator for `lang`; an invalid language tag falls back to English instead of throwing.
 * Made once per tag: the first one of a language costs tens of milliseconds on a slow phone (its
 * collation data is loaded), which a page can pay while its data is on its way.
 */
export function nameCollator(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    try {
      collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    } catch {
      collator = new Intl.Collator(DEFAULTS.lang, { sensitivity: 'base', numeric: true });
    }
    collators.set(lang, collator);
  }
  return collator;
}

export class NameOrders {
  private readonly cache = new Map<string, NameOrder>();

  constructor(private readonly names: readonly string[]) {}

  get(lang: string): NameOrder {
    const hit = this.cache.get(lang);
    if (hit) return hit;
    const collator = nameCollator(lang);
    const locale = collator.resolvedOptions().locale;
    // Several tags (en, en-GB, junk) resolve to the same collation: share it.
    let order = [...this.cache.values()].find((o) => o.locale === locale);
    if (!order) order = this.build(collator, locale);
    if (this.cache.size >= DEFAULTS.maxCollations) {
      this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(lang, order);
    return order;
  }

  private build(collator: Intl.Collator, locale: string): NameOrder {
    const { names } = this;
    const compare = collator.compare;
    // First a cheap order that agrees with the collator on most names, then the collator
    // itself: the engine's merge sort finishes a nearly sorted list in about n comparisons,
    // and the result is exactly the collator's order (ties by record number either way).
    const idx = Array.from(
      names.length < ROUGH_ORDER_MIN ? identity(names.length) : roughOrder(names),
    );
    idx.sort((a, b) => compare(names[a]!, names[b]!) || a - b);
    const order = Uint32Array.from(idx);
    const rank = new Uint32Array(names.length);
    for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
    return { locale, order, rank };
  }
}
