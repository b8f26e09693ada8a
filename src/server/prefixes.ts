// The organizations of a prefix's completions, made once at import: a word being typed expands
// to its commonest completions (up to SEARCH_DEFAULTS.maxPrefixExpansions, Expander.completions),
// and OR-ing dozens of words' organizations at every keystroke was the slowest part of a search.
// Stored for the prefixes whose completions reach many organizations (mhpss_prefix), with the
// completions' word numbers, so that a search uses a union only for exactly the words the
// Expander chose.
import {
  count,
  FIELD_SHIFT,
  NAME_FIELDS,
  RECORD_MASK,
  SEARCH_DEFAULTS,
  type TextIndex,
} from './engine.js';

/** A prefix is stored when its completions are at least this many words… */
export const PREFIX_MIN_WORDS = 4;
/** …reaching at least this many organizations, counted word by word. */
export const PREFIX_MIN_DOCS = 256;
/** Longer prefixes have few completions: not looked at. */
const MAX_PREFIX_LENGTH = 24;

export interface PrefixUnion {
  prefix: string;
  /** The completions, as token ids of the index (ascending). */
  tokens: number[];
  /** Their organizations anywhere, and in the name or acronym (bit i: organization i). */
  bits: Uint32Array;
  nameBits: Uint32Array;
}

/**
 * The completions the Expander offers for `prefix` (Expander.completions) as a set: the words
 * of `sorted[from, to)` longer than the prefix, the commonest first, ties to the earlier word.
 */
function completionSet(
  index: TextIndex,
  sorted: readonly number[],
  from: number,
  to: number,
  prefix: string,
): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (index.vocab[sorted[i]!]!.length > prefix.length) out.push(sorted[i]!);
  }
  if (out.length > SEARCH_DEFAULTS.maxPrefixExpansions) {
    out.sort((a, b) => index.df(b) - index.df(a) || a - b);
    out.length = SEARCH_DEFAULTS.maxPrefixExpansions;
  }
  return out.sort((a, b) => a - b);
}

/**
 * Every prefix worth storing, with its completions' organizations. `numOf` renumbers the
 * index's records (the data's order) into name order; `groupBits` are the label groups' records
 * in name order.
 */
export function* prefixUnions(
  index: TextIndex,
  numOf: Uint32Array,
  groupBits: readonly Uint32Array[],
): Generator<PrefixUnion> {
  const { vocab, postStart, postings, tokenGroups } = index;
  const words = (numOf.length + 31) >>> 5;
  // The words the engine completes from (some organization has them), in code-unit order: the
  // words a prefix begins are a run.
  const sorted: number[] = [];
  for (let t = 0; t < vocab.length; t++) if (index.df(t) > 0) sorted.push(t);
  sorted.sort((a, b) => (vocab[a]! < vocab[b]! ? -1 : vocab[a]! > vocab[b]! ? 1 : 0));
  const groupSizes = groupBits.map(count);
  const docs = (t: number) => {
    let n = postStart[t + 1]! - postStart[t]!;
    for (let k = tokenGroups.start[t]!; k < tokenGroups.start[t + 1]!; k++) {
      n += groupSizes[tokenGroups.values[k]!]!;
    }
    return n;
  };
  for (let length = 1; length <= MAX_PREFIX_LENGTH; length++) {
    let any = false;
    for (let from = 0; from < sorted.length;) {
      const word = vocab[sorted[from]!]!;
      if (word.length < length) {
        from++;
        continue;
      }
      any = true;
      const prefix = word.slice(0, length);
      let to = from + 1;
      while (to < sorted.length && vocab[sorted[to]!]!.startsWith(prefix)) to++;
      if (to - from >= PREFIX_MIN_WORDS) {
        const tokens = completionSet(index, sorted, from, to, prefix);
        if (
          tokens.length >= PREFIX_MIN_WORDS &&
          tokens.reduce((n, t) => n + docs(t), 0) >= PREFIX_MIN_DOCS
        ) {
          const bits = new Uint32Array(words);
          const nameBits = new Uint32Array(words);
          for (const t of tokens) {
            for (let p = postStart[t]!; p < postStart[t + 1]!; p++) {
              const posting = postings[p]!;
              const num = numOf[posting & RECORD_MASK]!;
              bits[num >>> 5]! |= 1 << (num & 31);
              if ((posting >>> FIELD_SHIFT) & NAME_FIELDS) nameBits[num >>> 5]! |= 1 << (num & 31);
            }
            for (let k = tokenGroups.start[t]!; k < tokenGroups.start[t + 1]!; k++) {
              const group = groupBits[tokenGroups.values[k]!]!;
              for (let w = 0; w < words; w++) bits[w]! |= group[w]!;
            }
          }
          yield { prefix, tokens, bits, nameBits };
        }
      }
      from = to;
    }
    if (!any) break;
  }
}
