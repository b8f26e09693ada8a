// Name order per language: every record's rank under Intl.Collator, computed once per language
// and kept for a few languages, so sorting by name or breaking relevance ties is an array lookup.
import { DEFAULTS } from './defaults.js';
import { fold } from './normalize.js';

const roughKey = (name: string): string => {
  const folded = fold(name);
  return /\d/.test(folded) ? folded.replace(/\d+/g, (digits) => digits.padStart(12, '0')) : folded;
};

export interface NameOrder {
  /** The locale the collator resolved to. */
  locale: string;
  /** Record numbers in name order. */
  order: Uint32Array;
  /** Record number → its position in name order. */
  rank: Uint32Array;
}

/** A collator for `lang`; an invalid language tag falls back to English instead of throwing. */
export function nameCollator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator(DEFAULTS.lang, { sensitivity: 'base', numeric: true });
  }
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
    // First a cheap order (folded text, digit runs padded) that agrees with the collator on
    // most names, then the collator itself: the engine's merge sort finishes a nearly sorted
    // list in about n comparisons, and the result is exactly the collator's order.
    const keys = names.map(roughKey);
    const idx = Array.from({ length: names.length }, (_, i) => i);
    idx.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    idx.sort((a, b) => compare(names[a]!, names[b]!) || a - b);
    const order = Uint32Array.from(idx);
    const rank = new Uint32Array(names.length);
    for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
    return { locale, order, rank };
  }
}
