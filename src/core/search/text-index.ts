// The inverted index behind text search: every folded word of every searchable field, with the
// records it occurs in and in which fields (a bit mask per posting). Built once, in flat typed
// arrays, so a directory of 100,000 organizations stays a few tens of megabytes.
//
// Labels many records share (a facet term's label, a country's name) are not posted per record:
// their words point to the label's group, and the group to its records.
import { STOP_WORDS } from './search-defaults.js';
import { count } from './bitset.js';
import { compounds } from './tokenizer.js';
import { Vocabulary } from './vocabulary.js';

/** Field bits of a posting. */
export const FIELD = Object.freeze({
  acronym: 1,
  name: 2,
  initials: 4,
  tags: 8,
  description: 16,
});
export const NAME_FIELDS = FIELD.acronym | FIELD.name | FIELD.initials;

/** The searchable text of one record (an Organization is one). */
export interface TextSource {
  name: string;
  acronym?: string | undefined;
  description?: string | undefined;
}

/** A compressed-row table: row r is values[start[r] .. start[r + 1]). */
export interface Rows {
  start: Uint32Array;
  values: Uint32Array;
}

/**
 * Labels many records share — a facet term's label in every language, a country's name — are
 * indexed once: their folded words, and the records that carry each, as a bitset (a facet
 * term's own bitset from the facet index: no copy).
 */
export interface LabelGroups {
  words: readonly (readonly string[])[];
  records: readonly Uint32Array[];
}

/** Tokens longer than this are not words (URLs, hashes); they are skipped. */
const MAX_TOKEN_LENGTH = 48;
/** Marks the end of a record's name tokens and the start of its acronym tokens. */
export const ACRONYM_MARK = 0xffffffff;

/** A posting packs its record number and its field bits: record | fields << FIELD_SHIFT. */
export const FIELD_SHIFT = 27;
export const RECORD_MASK = (1 << FIELD_SHIFT) - 1;
const DESCRIPTION_BITS = FIELD.description << FIELD_SHIFT;

/** Groups rows of (row, value) pairs given in any order; values keep their order per row. */
function rowsOf(count: number, rowOf: Uint32Array, valueOf: Uint32Array, n: number): Rows {
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) start[rowOf[i]! + 1]!++;
  for (let r = 0; r < count; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, count);
  const values = new Uint32Array(n);
  for (let i = 0; i < n; i++) values[fill[rowOf[i]!]!++] = valueOf[i]!;
  return { start, values };
}

/** Key of a token's first two UTF-16 units, for prefix buckets. */
const prefixKey = (token: string): number =>
  token.charCodeAt(0) * 65536 + (token.length > 1 ? token.charCodeAt(1) : 0);

/**
 * Token ids bucketed by their first one and first two characters, for completing a prefix: the
 * engine's index and the server's word list (which must complete exactly as it does) share it.
 */
export class PrefixBuckets {
  private readonly byFirst = new Map<number, number[]>();
  private readonly byFirstTwo = new Map<number, number[]>();

  constructor(private readonly vocab: readonly string[]) {}

  /** Lists token `t` under its beginning (call in id order: completions come in that order). */
  add(t: number): void {
    const token = this.vocab[t]!;
    const first = token.charCodeAt(0) * 65536;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push(t);
    if (token.length > 1) {
      const two = prefixKey(token);
      let pair = this.byFirstTwo.get(two);
      if (!pair) this.byFirstTwo.set(two, (pair = []));
      pair.push(t);
    }
  }

  /** Ids of the listed tokens that start with `prefix`, `prefix` itself included. */
  withPrefix(prefix: string): number[] {
    if (!prefix) return [];
    const bucket =
      prefix.length === 1
        ? this.byFirst.get(prefix.charCodeAt(0) * 65536)
        : this.byFirstTwo.get(prefixKey(prefix));
    if (!bucket) return [];
    if (prefix.length <= 2) return bucket;
    return bucket.filter((t) => this.vocab[t]!.startsWith(prefix));
  }
}

/** What the record pass produces: every record's tokens (with their fields) and name tokens. */
interface Forward {
  /** token | fields << FIELD_SHIFT */
  tokens: Uint32Array;
  /** Record d's pairs are [docStart[d], docStart[d + 1]). */
  docStart: Uint32Array;
  nameStart: Uint32Array;
  nameTokens: Uint32Array;
}

const NO_LABELS: LabelGroups = { words: [], records: [] };

export class TextIndex {
  /** Number of records. */
  readonly size: number;
  /** Token id → token. */
  readonly vocab: string[];
  /**
   * Postings of token t: postings[postStart[t] .. postStart[t + 1]), records ascending, each
   * `record | fields << FIELD_SHIFT` (one array: half the memory reads of two).
   */
  readonly postStart: Uint32Array;
  readonly postings: Uint32Array;
  /** Token → the label groups it is a word of; group → its records (a bitset). */
  readonly tokenGroups: Rows;
  readonly groupRecords: readonly Uint32Array[];
  /** Records each token reaches, through postings and groups. */
  readonly docFreq: Uint32Array;
  /** Token ids of each record's name, then ACRONYM_MARK, then its acronym's (phrase bonuses). */
  readonly nameStart: Uint32Array;
  readonly nameTokens: Uint32Array;
  /** 1 for token ids that are stop words. */
  readonly stop: Uint8Array;
  private readonly words: Vocabulary;
  /** Token ids by their beginning, for completing a prefix. */
  private readonly prefixes: PrefixBuckets;

  /**
   * `labels` are the records' shared labels (facet terms, countries); `tags` a record's own
   * short labels, already folded (its city), or undefined. Each phase is its own function:
   * one hot loop per function is what the JIT compiles best.
   */
  constructor(
    docs: readonly TextSource[],
    labels: LabelGroups = NO_LABELS,
    tags: readonly (readonly string[] | undefined)[] = [],
  ) {
    this.size = docs.length;
    let chars = 0;
    for (const d of docs) chars += typeof d.description === 'string' ? d.description.length : 0;
    // Vocabularies grow about as the square root of the text (Heaps' law).
    const words = (this.words = new Vocabulary(Math.min(1 << 20, 12 * Math.sqrt(chars))));
    // Stop words get the first ids, so `id < stops` tells one; descriptions skip them.
    for (const w of STOP_WORDS) words.idOf(w);
    const stops = words.size;

    const forward = readRecords(docs, tags, words, stops, 1024 + 8 * docs.length + (chars >>> 3));
    this.nameStart = forward.nameStart;
    this.nameTokens = forward.nameTokens;
    this.tokenGroups = labelWords(labels.words, words);
    this.groupRecords = labels.records;
    this.vocab = words.tokens;
    this.prefixes = new PrefixBuckets(this.vocab);
    [this.postStart, this.postings] = invert(forward, this.vocab.length);
    this.docFreq = this.countAndBucket();
    this.stop = new Uint8Array(this.vocab.length).fill(1, 0, stops);
  }

  /** Records per token (postings and label groups); buckets the tokens by their beginning. */
  private countAndBucket(): Uint32Array {
    const { vocab, postStart, tokenGroups } = this;
    const groupSizes = this.groupRecords.map(count);
    const docFreq = new Uint32Array(vocab.length);
    for (let t = 0; t < vocab.length; t++) {
      let f = postStart[t + 1]! - postStart[t]!;
      for (let k = tokenGroups.start[t]!; k < tokenGroups.start[t + 1]!; k++) {
        f += groupSizes[tokenGroups.values[k]!] ?? 0;
      }
      docFreq[t] = Math.min(f, this.size);
      if (f !== 0) this.prefixes.add(t);
    }
    return docFreq;
  }

  /** The id of a folded token, or undefined when no record has it. */
  idOf(token: string): number | undefined {
    return this.words.get(token);
  }

  /** Number of records a token occurs in (at most; a label and a posting may overlap). */
  df(token: number): number {
    return this.docFreq[token]!;
  }

  /** Ids of the tokens that start with `prefix` and occur somewhere, `prefix` itself included. */
  withPrefix(prefix: string): number[] {
    return this.prefixes.withPrefix(prefix);
  }
}

/**
 * The record pass: every word of every name, acronym, city and description, as (token,
 * fields) pairs per record — a word in several fields of a record is one pair.
 */
function readRecords(
  docs: readonly TextSource[],
  tags: readonly (readonly string[] | undefined)[],
  words: Vocabulary,
  stops: number,
  capacity: number,
): Forward {
  const vocab = words.tokens;
  let fwd = new Uint32Array(capacity);
  let n = 0;
  const docStart = new Uint32Array(docs.length + 1);
  let seenDoc = new Int32Array(words.capacity).fill(-1);
  let seenAt = new Uint32Array(seenDoc.length);
  const nameStart = new Uint32Array(docs.length + 1);
  let nameTokens = new Uint32Array(docs.length * 6 + 16);
  let names = 0;
  let found = 0;
  let doc = 0;

  /** Posts token `id` in `field` for the current record (once per record; fields add up). */
  const postId = (id: number, field: number): void => {
    if (id >= seenDoc.length) {
      const grown = new Int32Array(Math.max(id + 1, seenDoc.length * 2)).fill(-1);
      grown.set(seenDoc);
      seenDoc = grown;
      const at = new Uint32Array(grown.length);
      at.set(seenAt);
      seenAt = at;
    }
    if (seenDoc[id] === doc) {
      fwd[seenAt[id]!]! |= field << FIELD_SHIFT;
      return;
    }
    if (n === fwd.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(fwd);
      fwd = grown;
    }
    seenDoc[id] = doc;
    seenAt[id] = n;
    fwd[n++] = id | (field << FIELD_SHIFT);
  };
  const post = (token: string, field: number): void => {
    if (token.length <= MAX_TOKEN_LENGTH) postId(words.idOf(token), field);
  };
  const postInitials = (token: string): void => post(token, FIELD.initials);
  const scan = (text: string): void => {
    found = words.scan(text, MAX_TOKEN_LENGTH);
  };
  /** Posts the scanned words as the name or the acronym, in order, for phrase bonuses. */
  const postNamePart = (field: number): void => {
    if (names + found + 1 >= nameTokens.length) {
      const grown = new Uint32Array((names + found + 1) * 2);
      grown.set(nameTokens);
      nameTokens = grown;
    }
    if (field === FIELD.acronym) nameTokens[names++] = ACRONYM_MARK;
    const ids = words.scanned;
    for (let k = 0; k < found; k++) {
      postId(ids[k]!, field);
      nameTokens[names++] = ids[k]!;
    }
  };

  for (; doc < docs.length; doc++) {
    const d = docs[doc]!;
    docStart[doc] = n;
    nameStart[doc] = names;
    scan(typeof d.name === 'string' ? d.name : '');
    postNamePart(FIELD.name);
    if (found >= 3) {
      initialsOf(vocab, nameTokens, nameStart[doc]!, names, postInitials);
    }
    if (typeof d.name === 'string') for (const w of compounds(d.name)) post(w, FIELD.name);
    if (typeof d.acronym === 'string' && d.acronym) {
      scan(d.acronym);
      postNamePart(FIELD.acronym);
      for (const w of compounds(d.acronym)) post(w, FIELD.acronym);
      if (found > 1) {
        let joined = '';
        for (let k = 0; k < found; k++) joined += vocab[words.scanned[k]!];
        post(joined, FIELD.acronym);
      }
    }
    const own = tags[doc];
    if (own) for (const w of own) if (!STOP_WORDS.has(w)) post(w, FIELD.tags);
    if (typeof d.description === 'string' && d.description) {
      scan(d.description);
      const ids = words.scanned;
      // postId, inlined for the common cases: most of the build's postings are made here.
      for (let k = 0; k < found; k++) {
        const id = ids[k]!;
        if (id < stops) continue;
        if (id < seenDoc.length && seenDoc[id] === doc) {
          fwd[seenAt[id]!]! |= DESCRIPTION_BITS;
        } else if (id < seenDoc.length && n < fwd.length) {
          seenDoc[id] = doc;
          seenAt[id] = n;
          fwd[n++] = id | DESCRIPTION_BITS;
        } else {
          postId(id, FIELD.description);
        }
      }
    }
  }
  docStart[doc] = n;
  nameStart[doc] = names;
  return {
    tokens: fwd.subarray(0, n),
    docStart,
    nameStart,
    nameTokens: nameTokens.slice(0, names),
  };
}

/** Token → the label groups it is a word of (label words join the vocabulary). */
function labelWords(groups: readonly (readonly string[])[], words: Vocabulary): Rows {
  const tokenRow: number[] = [];
  const tokenGroup: number[] = [];
  groups.forEach((group, g) => {
    for (const w of new Set(group)) {
      if (w.length > MAX_TOKEN_LENGTH || STOP_WORDS.has(w)) continue;
      tokenRow.push(words.idOf(w));
      tokenGroup.push(g);
    }
  });
  return rowsOf(
    words.size,
    Uint32Array.from(tokenRow),
    Uint32Array.from(tokenGroup),
    tokenRow.length,
  );
}

/**
 * Inverts the record pass with a counting sort: each token's records come out ascending.
 * One loop per function: the JIT compiles each once, instead of recompiling one function
 * each time the next loop is reached.
 */
function invert(forward: Forward, vocabSize: number): [Uint32Array, Uint32Array] {
  const postStart = new Uint32Array(vocabSize + 1);
  countPostings(forward.tokens, postStart);
  prefixSum(postStart);
  return [postStart, fillPostings(forward, postStart)];
}

/** How many records have each token, one place to the right (for the prefix sum). */
function countPostings(tokens: Uint32Array, postStart: Uint32Array): void {
  for (let i = 0; i < tokens.length; i++) postStart[(tokens[i]! & RECORD_MASK) + 1]!++;
}

function prefixSum(a: Uint32Array): void {
  for (let i = 1; i < a.length; i++) a[i]! += a[i - 1]!;
}

function fillPostings(forward: Forward, postStart: Uint32Array): Uint32Array {
  const { tokens, docStart } = forward;
  const fill = postStart.slice(0, postStart.length - 1);
  const postings = new Uint32Array(tokens.length);
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (i >= docStart[d + 1]!) d++;
    const v = tokens[i]!;
    postings[fill[v & RECORD_MASK]!++] = d | (v & ~RECORD_MASK);
  }
  return postings;
}

/**
 * The initials of a name (its token ids in `ids[from, to)`), with and without its stop words:
 * "United Nations High Commissioner for Refugees" → "unhcfr", "unhcr". Three letters or more:
 * two are too ambiguous.
 */
export function initialsOf(
  vocab: readonly string[],
  ids: ArrayLike<number>,
  from: number,
  to: number,
  visit: (initials: string) => void,
): void {
  if (to - from < 3) return;
  let all = '';
  let content = '';
  for (let i = from; i < to; i++) {
    const w = vocab[ids[i]!]!;
    const first = firstChar(w);
    all += first;
    if (!STOP_WORDS.has(w)) content += first;
  }
  visit(all);
  if (content !== all && content.length >= 3) visit(content);
}

const firstChar = (word: string): string =>
  word.charCodeAt(0) < 0xd800 || word.charCodeAt(0) > 0xdbff ? word[0]! : word.slice(0, 2);
