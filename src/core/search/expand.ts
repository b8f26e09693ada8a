// Expands one query word into the indexed words it may mean: itself, its completions (the
// vocabulary words it begins) and its typo neighbours. Fuse.js scores the typo candidates —
// approximate matching of short strings is what it is good at — but only the few hundred words
// that share enough letter pairs with the query, found with a bigram index of the vocabulary,
// so its cost no longer grows with the number of organizations.
import Fuse from 'fuse.js/basic';
import { SEARCH_DEFAULTS as DEFAULTS } from './search-defaults.js';
import type { TextIndex } from './text-index.js';

/** One indexed word a query word matches, and how well (1 = the same word). */
export interface Expansion {
  token: number;
  quality: number;
  /** Folded characters to highlight when the word was completed from a prefix; 0 = all. */
  typed: number;
  /** Reached through a typo (weighed with DEFAULTS.typoFieldWeights). */
  typo: boolean;
}

/** Words longer than this are matched exactly or by prefix only (Fuse's bitap stops at 32). */
const MAX_FUZZY_LENGTH = 32;
const START = 1;
const END = 2;
/**
 * A letter pair as a number. Pairs of ASCII characters (and the word edges START and END) —
 * nearly all of them, as words are folded — number below ASCII_PAIRS and find their gram in a
 * flat table; other pairs go to a map.
 */
const ASCII_PAIRS = 128 * 128;
const pairKey = (a: number, b: number): number =>
  a < 128 && b < 128 ? a * 128 + b : ASCII_PAIRS + a * 65536 + b;

/** Distinct padded letter pairs of a word ("chld" → ^c ch hl ld d$), as pair keys. */
function gramsOf(word: string, out: number[]): number[] {
  out.length = 0;
  let prev = START;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : END;
    const key = pairKey(prev, c);
    if (!out.includes(key)) out.push(key);
    prev = c;
  }
  return out;
}

/** True when every character of `a` appears in `b` in order ("chld" in "child"). */
function isSubsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return j === a.length;
}

/** True when `b` is `a` with two adjacent letters swapped ("hais" / "hias"). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  );
}

export class Expander {
  private grams?: GramIndex;

  constructor(private readonly index: TextIndex) {}

  /**
   * The expansions of a folded query word, best first. `last` marks the word being typed: it
   * is completed from a prefix even when short, and typos in its typed part are forgiven.
   */
  expand(word: string, last: boolean): Expansion[] {
    const { index } = this;
    const found = new Map<number, Expansion>();
    const offer = (token: number, quality: number, typed: number, typo = false) => {
      const seen = found.get(token);
      if (!seen || seen.quality < quality) found.set(token, { token, quality, typed, typo });
    };
    const exact = index.idOf(word);
    if (exact !== undefined) offer(exact, DEFAULTS.quality.exact, 0);

    const { quality: q } = DEFAULTS;
    const minPrefix = last ? DEFAULTS.minPrefixLast : DEFAULTS.minPrefixOther;
    if (word.length >= minPrefix) {
      const base = last ? q.prefixLast : q.prefixOther;
      for (const token of this.completions(word)) {
        const ratio = word.length / index.vocab[token]!.length;
        offer(token, base + 0.2 * ratio, word.length);
      }
    }
    // A word that exists as typed was most likely meant: its typo neighbours count less.
    const doubt = exact !== undefined && index.df(exact) > 0 ? DEFAULTS.typoOfRealWord : 1;
    if (word.length >= DEFAULTS.minFuzzyLength && word.length <= MAX_FUZZY_LENGTH) {
      for (const e of this.typos(word, last)) offer(e.token, e.quality * doubt, e.typed, true);
    } else if (word.length === DEFAULTS.minFuzzyLength - 1) {
      for (const e of this.omissions(word)) offer(e.token, e.quality * doubt, 0, true);
    }
    return [...found.values()].sort((a, b) => b.quality - a.quality);
  }

  /**
   * Indexed words that start with `prefix` (not the word itself), the commonest
   * `maxPrefixExpansions`. The server stores the organizations of some sets of them at once.
   */
  completions(prefix: string): number[] {
    const { index } = this;
    const out = index.withPrefix(prefix).filter((t) => index.vocab[t]!.length > prefix.length);
    if (out.length > DEFAULTS.maxPrefixExpansions) {
      out.sort((a, b) => index.df(b) - index.df(a));
      out.length = DEFAULTS.maxPrefixExpansions;
    }
    return out;
  }

  /**
   * A short word is too ambiguous for general typos, but one missing letter is the commonest
   * slip ("has" for "HIAS"): words one letter longer that hold it in order.
   */
  private omissions(word: string): Expansion[] {
    const { index } = this;
    const grams = (this.grams ??= new GramIndex(index));
    const { gramStart, gramTokens } = grams;
    const seen = new Set<number>();
    const out: Expansion[] = [];
    for (const key of gramsOf(word, [])) {
      const g = grams.idOf(key);
      if (g < 0) continue;
      for (let i = gramStart[g]!; i < gramStart[g + 1]!; i++) {
        const t = gramTokens[i]!;
        const token = index.vocab[t]!;
        if (token.length !== word.length + 1 || seen.has(t)) continue;
        seen.add(t);
        if (!isSubsequence(word, token)) continue;
        const firstLetter = token[0] === word[0] ? 1.05 : 1;
        out.push({
          token: t,
          quality: DEFAULTS.quality.fuzzy * 0.75 * firstLetter,
          typed: 0,
          typo: true,
        });
      }
    }
    out.sort((a, b) => index.df(b.token) - index.df(a.token));
    return out.slice(0, DEFAULTS.maxFuzzyExpansions);
  }

  /** Typo neighbours: bigram-index candidates, scored by Fuse. */
  private typos(word: string, last: boolean): Expansion[] {
    const { index } = this;
    const edits = word.length >= DEFAULTS.twoTypoLength ? 2 : 1;
    const candidates = this.candidates(word, last, edits);
    if (candidates.length === 0) return [];
    const isWhole = (token: string) => Math.abs(token.length - word.length) <= edits;

    // A completion is compared on its beginning only: "psycosoc" against "psychosoc(ial)".
    const texts = candidates.map((t) => {
      const token = index.vocab[t]!;
      return isWhole(token) ? token : token.slice(0, word.length + edits);
    });
    const fuse = new Fuse(texts, {
      includeScore: true,
      isCaseSensitive: true,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      shouldSort: false,
      threshold: Math.min(0.6, (edits + 0.5) / word.length),
    });
    const closeness = new Map<number, number>();
    for (const r of fuse.search(word)) closeness.set(r.refIndex, 1 - (r.score ?? 1));
    // Bitap counts two swapped letters as two errors; a typist makes them as one.
    candidates.forEach((t, i) => {
      const token = index.vocab[t]!;
      if (isTransposition(word, isWhole(token) ? token : token.slice(0, word.length))) {
        closeness.set(i, Math.max(closeness.get(i) ?? 0, 1 - 1 / word.length));
      }
    });

    const out: Expansion[] = [];
    const { quality: q } = DEFAULTS;
    for (const [i, close] of closeness) {
      const t = candidates[i]!;
      const token = index.vocab[t]!;
      if (token === word) continue;
      // Typos are rarer in the first letter, and a dropped letter is the commonest typo.
      const firstLetter = token[0] === word[0] ? 1.05 : 1;
      if (isWhole(token)) {
        const lengthDiff = Math.abs(token.length - word.length);
        const dropped = isSubsequence(word, token) ? 1.08 : 1 - 0.08 * lengthDiff;
        out.push({
          token: t,
          quality: q.fuzzy * close * dropped * firstLetter,
          typed: 0,
          typo: true,
        });
      } else {
        // A completion's beginning is short: two typos in it only when much is typed.
        const errors = Math.round((1 - close) * word.length);
        if (errors > (word.length >= DEFAULTS.twoTypoPrefixLength ? 2 : 1)) continue;
        const typedShare = 0.7 + 0.3 * Math.min(1, word.length / token.length);
        const quality = q.fuzzyPrefix * close * typedShare * firstLetter;
        out.push({ token: t, quality, typed: word.length, typo: true });
      }
    }
    out.sort((a, b) => b.quality - a.quality);
    if (out.length > DEFAULTS.maxFuzzyExpansions) out.length = DEFAULTS.maxFuzzyExpansions;
    return out;
  }

  /**
   * Vocabulary words that share enough letter pairs with `word` to be within `edits` typos of
   * it (or of its beginning, for the word being typed), the ones sharing most first.
   */
  private candidates(word: string, last: boolean, edits: number): number[] {
    // Built on the first typo search: a directory that is only browsed never needs it.
    const grams = (this.grams ??= new GramIndex(this.index));
    const { counts, touched, gramStart, gramTokens, lengths } = grams;
    const keys = gramsOf(word, []);
    let n = 0;
    for (const key of keys) {
      const g = grams.idOf(key);
      if (g < 0) continue;
      for (let i = gramStart[g]!, end = gramStart[g + 1]!; i < end; i++) {
        const t = gramTokens[i]!;
        if (counts[t] === 0) touched[n++] = t;
        if (counts[t]! < 255) counts[t]!++;
      }
    }
    // An edit changes at most three pairs (a transposition), so a word within `edits` edits
    // shares at least this many; a completion being typed lacks the final one.
    const needWhole = Math.max(1, keys.length - 3 * edits);
    const needPrefix = Math.max(1, keys.length - 1 - 3 * edits);
    const need = last ? Math.min(needWhole, needPrefix) : needWhole;
    const byShared: number[][] = [];
    for (let i = 0; i < n; i++) {
      const t = touched[i]!;
      const shared = counts[t]!;
      counts[t] = 0;
      if (shared < need) continue;
      const len = lengths[t]!;
      const whole = Math.abs(len - word.length) <= edits && shared >= needWhole;
      const partial = last && len > word.length && shared >= needPrefix;
      if (whole || partial) (byShared[shared] ??= []).push(t);
    }
    // Most of the places go to the words sharing the most pairs; the rest to the commonest
    // of the others, so that a frequent word is not crowded out by rare look-alikes.
    const all: number[] = [];
    for (let k = byShared.length - 1; k >= 0; k--) for (const t of byShared[k] ?? []) all.push(t);
    const max = DEFAULTS.maxFuzzyCandidates;
    if (all.length <= max) return all;
    const closest = Math.round(max * 0.6);
    return [...all.slice(0, closest), ...commonest(all, closest, max - closest, this.index)];
  }
}

/**
 * The `take` commonest words of `list` from `from` on, commonest first, words as common in the
 * order of the list: what a stable sort by document frequency would put first, without sorting
 * the thousands of words a short word being typed shares a letter pair with.
 */
export function commonest(
  list: readonly number[],
  from: number,
  take: number,
  index: Pick<TextIndex, 'df'>,
): number[] {
  // A min-heap of the best so far: the least common at the top, the later one among equals.
  const heap: number[] = [];
  const worse = (a: number, b: number) => {
    const d = index.df(list[a]!) - index.df(list[b]!);
    return d < 0 || (d === 0 && a > b);
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = from; i < list.length; i++) {
    if (heap.length < take) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0;) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((i) => list[i]!);
}

/**
 * Vocabulary words by their letter pairs: the typo candidates of a word share most of its.
 * Built in one pass over the vocabulary (each word's pairs are kept in a flat array for the
 * second, filling pass), looking pairs up in a flat table rather than a map: on a slow phone
 * with 10,000 organizations its build is the first typo search's longest step.
 */
class GramIndex {
  /** Gram id of each ASCII pair (-1: none); ids of the other pairs. */
  private readonly asciiIds = new Int32Array(ASCII_PAIRS).fill(-1);
  private readonly otherIds = new Map<number, number>();
  readonly gramStart: Uint32Array;
  readonly gramTokens: Uint32Array;
  /** Scratch space for counting shared pairs per word. */
  readonly counts: Uint8Array;
  readonly touched: Uint32Array;
  /** Length of every vocabulary word (capped at 255), without touching the strings. */
  readonly lengths: Uint8Array;

  constructor(index: TextIndex) {
    const { vocab } = index;
    const scratch: number[] = [];
    const sizes: number[] = [];
    // Every fuzzy word's gram ids, one word after another.
    let ids = new Uint32Array(Math.max(1024, vocab.length * 8));
    const wordStart = new Uint32Array(vocab.length + 1);
    let n = 0;
    for (let t = 0; t < vocab.length; t++) {
      wordStart[t] = n;
      const word = vocab[t]!;
      if (word.length < 3 || word.length > MAX_FUZZY_LENGTH || index.df(t) === 0) continue;
      gramsOf(word, scratch);
      if (n + scratch.length > ids.length) {
        const grown = new Uint32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      for (const key of scratch) {
        let id = this.idOf(key);
        if (id < 0) {
          id = sizes.length;
          if (key < ASCII_PAIRS) this.asciiIds[key] = id;
          else this.otherIds.set(key, id);
          sizes.push(0);
        }
        sizes[id]!++;
        ids[n++] = id;
      }
    }
    wordStart[vocab.length] = n;
    this.gramStart = new Uint32Array(sizes.length + 1);
    for (let g = 0; g < sizes.length; g++) this.gramStart[g + 1] = this.gramStart[g]! + sizes[g]!;
    this.gramTokens = new Uint32Array(n);
    const fill = this.gramStart.slice(0, sizes.length);
    for (let t = 0; t < vocab.length; t++) {
      for (let i = wordStart[t]!; i < wordStart[t + 1]!; i++) this.gramTokens[fill[ids[i]!]!++] = t;
    }
    this.counts = new Uint8Array(vocab.length);
    this.touched = new Uint32Array(vocab.length);
    this.lengths = Uint8Array.from(vocab, (t) => Math.min(255, t.length));
  }

  /** The gram id of a pair key, or -1 when no word has that pair. */
  idOf(key: number): number {
    return key < ASCII_PAIRS ? this.asciiIds[key]! : (this.otherIds.get(key) ?? -1);
  }
}
