// The inverted index behind text search: every folded word of every searchable field, with the
// records it occurs in and in which fields (a bit mask per posting). Built once, in flat typed
// arrays, so a directory of 100,000 organizations stays a few tens of megabytes.
//
// Labels many records share (a facet term's label, a country's name) are not posted per record:
// their words point to the label's group, and the group to its records.
import { STOP_WORDS } from './defaults.js';
import { compounds, tokenize } from './normalize.js';
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
 * Labels many records share — a facet term's label in every language, a country's name —
 * are indexed once: their folded words, and which records carry each label.
 */
export interface LabelGroups {
  words: readonly (readonly string[])[];
  /** Record d carries the groups members.values[members.start[d] .. members.start[d + 1]). */
  members: Rows;
}

/** Tokens longer than this are not words (URLs, hashes); they are skipped. */
const MAX_TOKEN_LENGTH = 48;
/** Marks the end of a record's name tokens and the start of its acronym tokens. */
export const ACRONYM_MARK = 0xffffffff;

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

export class TextIndex {
  /** Number of records. */
  readonly size: number;
  /** Token id → token. */
  readonly vocab: string[];
  /** Postings of token t: postDoc/postMask[postStart[t] .. postStart[t + 1]), docs ascending. */
  readonly postStart: Uint32Array;
  readonly postDoc: Uint32Array;
  readonly postMask: Uint8Array;
  /** Token → the label groups it is a word of; group → its records. */
  readonly tokenGroups: Rows;
  readonly groupDocs: Rows;
  /** Records each token reaches, through postings and groups. */
  readonly docFreq: Uint32Array;
  /** Token ids of each record's name, then ACRONYM_MARK, then its acronym's (phrase bonuses). */
  readonly nameStart: Uint32Array;
  readonly nameTokens: Uint32Array;
  /** 1 for token ids that are stop words. */
  readonly stop: Uint8Array;
  private readonly words: Vocabulary;
  /** Token ids by their first one and first two characters, for completing a prefix. */
  private readonly byFirst = new Map<number, number[]>();
  private readonly byFirstTwo = new Map<number, number[]>();

  /**
   * `labels` are the records' shared labels (facet terms, countries); `tags` a record's own
   * short labels, already folded (its city), or undefined.
   */
  constructor(
    docs: readonly TextSource[],
    labels: LabelGroups = { words: [], members: { start: new Uint32Array(docs.length + 1), values: new Uint32Array(0) } },
    tags: readonly (readonly string[] | undefined)[] = [],
  ) {
    this.size = docs.length;
    const words = (this.words = new Vocabulary());
    const vocab = (this.vocab = words.tokens);
    // Stop words get the first ids, so `id < stops` tells one; descriptions skip them.
    for (const w of STOP_WORDS) words.idOf(w);
    const stops = words.size;

    // Forward lists (record → token, fields) sized from the text, grown if the guess is short.
    let capacity = 1024;
    for (const d of docs) {
      capacity += 8 + (typeof d.description === 'string' ? d.description.length >>> 3 : 0);
    }
    let fwdTok = new Uint32Array(capacity);
    let fwdMask = new Uint8Array(capacity);
    let n = 0;
    const docStart = new Uint32Array(docs.length + 1);
    let seenDoc = new Int32Array(1 << 14).fill(-1);
    let seenAt = new Uint32Array(1 << 14);
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
        fwdMask[seenAt[id]!]! |= field;
        return;
      }
      if (n === fwdTok.length) {
        const t = new Uint32Array(n * 2);
        t.set(fwdTok);
        fwdTok = t;
        const m = new Uint8Array(n * 2);
        m.set(fwdMask);
        fwdMask = m;
      }
      seenDoc[id] = doc;
      seenAt[id] = n;
      fwdTok[n] = id;
      fwdMask[n++] = field;
    };
    const post = (token: string, field: number): void => {
      if (token.length <= MAX_TOKEN_LENGTH) postId(words.idOf(token), field);
    };
    const scan = (text: string): void => {
      found = words.scan(text, MAX_TOKEN_LENGTH, tokenize);
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
        for (const w of initialsOf(vocab, nameTokens.subarray(nameStart[doc]!, names))) {
          post(w, FIELD.initials);
        }
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
        for (let k = 0; k < found; k++) {
          const id = ids[k]!;
          if (id >= stops) postId(id, FIELD.description);
        }
      }
    }
    docStart[doc] = n;
    nameStart[doc] = names;
    this.nameStart = nameStart;
    this.nameTokens = nameTokens.slice(0, names);

    // Label groups: their words join the vocabulary; records are listed per group.
    const groups = labels.words;
    const tokenRow: number[] = [];
    const tokenGroup: number[] = [];
    groups.forEach((group, gi) => {
      for (const w of new Set(group)) {
        if (w.length > MAX_TOKEN_LENGTH || STOP_WORDS.has(w)) continue;
        tokenRow.push(words.idOf(w));
        tokenGroup.push(gi);
      }
    });
    this.tokenGroups = rowsOf(vocab.length, Uint32Array.from(tokenRow), Uint32Array.from(tokenGroup), tokenRow.length);
    const { start: memberStart, values: memberGroups } = labels.members;
    const groupCount = memberStart[docs.length] ?? 0;
    const groupDoc = new Uint32Array(groupCount);
    for (let d = 0; d < docs.length; d++) groupDoc.fill(d, memberStart[d]!, memberStart[d + 1]!);
    this.groupDocs = rowsOf(groups.length, memberGroups, groupDoc, groupCount);

    // Invert the forward lists: a counting sort by token keeps each token's docs ascending.
    const postStart = new Uint32Array(vocab.length + 1);
    for (let i = 0; i < n; i++) postStart[fwdTok[i]! + 1]!++;
    for (let t = 0; t < vocab.length; t++) postStart[t + 1]! += postStart[t]!;
    const fill = postStart.slice(0, vocab.length);
    const postDoc = new Uint32Array(n);
    const postMask = new Uint8Array(n);
    for (let d = 0; d < docs.length; d++) {
      for (let i = docStart[d]!, end = docStart[d + 1]!; i < end; i++) {
        const at = fill[fwdTok[i]!]!++;
        postDoc[at] = d;
        postMask[at] = fwdMask[i]!;
      }
    }
    this.postStart = postStart;
    this.postDoc = postDoc;
    this.postMask = postMask;

    const docFreq = (this.docFreq = new Uint32Array(vocab.length));
    const { tokenGroups, groupDocs } = this;
    for (let t = 0; t < vocab.length; t++) {
      let f = postStart[t + 1]! - postStart[t]!;
      for (let k = tokenGroups.start[t]!; k < tokenGroups.start[t + 1]!; k++) {
        const g = tokenGroups.values[k]!;
        f += groupDocs.start[g + 1]! - groupDocs.start[g]!;
      }
      docFreq[t] = Math.min(f, this.size);
      if (f === 0) continue;
      const token = vocab[t]!;
      const first = token.charCodeAt(0) * 65536;
      const two = prefixKey(token);
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push(t);
      if (token.length > 1) {
        let pair = this.byFirstTwo.get(two);
        if (!pair) this.byFirstTwo.set(two, (pair = []));
        pair.push(t);
      }
    }
    this.stop = new Uint8Array(vocab.length).fill(1, 0, stops);
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

/**
 * The initials of a name, with and without its stop words: "United Nations High Commissioner
 * for Refugees" → "unhcfr", "unhcr". Only three letters or more: two are too ambiguous.
 */
export function initialsOf(vocab: readonly string[], ids: ArrayLike<number>): string[] {
  if (ids.length < 3) return [];
  let all = '';
  let content = '';
  for (let i = 0; i < ids.length; i++) {
    const w = vocab[ids[i]!]!;
    const first = firstChar(w);
    all += first;
    if (!STOP_WORDS.has(w)) content += first;
  }
  const out: string[] = [];
  if (all.length >= 3) out.push(all);
  if (content !== all && content.length >= 3) out.push(content);
  return out;
}

const firstChar = (word: string): string =>
  word.charCodeAt(0) < 0xd800 || word.charCodeAt(0) > 0xdbff ? word[0]! : word.slice(0, 2);
