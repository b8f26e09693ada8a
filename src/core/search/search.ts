// Text search: scores records from the postings of each query word's expansions. A word found
// in a name or acronym counts far more than in a description; a query that reads like the name
// gets bonuses. Every meaningful query word must match: when no record does, the records that
// match the most words answer instead, and the result says how many that is.
import { add, has, wordsFor } from './bitset.js';
import type { TextMatches } from './directory-core.js';
import { SEARCH_DEFAULTS as DEFAULTS, STOP_WORDS } from './search-defaults.js';
import { Expander, type Expansion } from './expand.js';
import { endsInWord, tokenize } from './tokenizer.js';
import {
  ACRONYM_MARK,
  FIELD,
  FIELD_SHIFT,
  NAME_FIELDS,
  RECORD_MASK,
  TextIndex,
  type LabelGroups,
  type TextSource,
} from './text-index.js';

/** One word of a query with what it expanded to. */
export interface QueryWord {
  word: string;
  stop: boolean;
  expansions: Expansion[];
}

/** The records a text matches, unordered, with what ranking and highlighting need. */
export interface SearchMatches extends TextMatches {
  /** Folded token → folded characters to highlight (0 = the whole token). */
  highlight: Map<string, number>;
  /** The same without stop words, for descriptions, where "the" and "of" are everywhere. */
  highlightText: Map<string, number>;
}

/** Weight of a posting by its field mask: the best field, plus a share of the others. */
function fieldWeightTable(w: Record<keyof typeof FIELD, number>): Float64Array {
  const byBit: [number, number][] = [
    [FIELD.acronym, w.acronym],
    [FIELD.name, w.name],
    [FIELD.initials, w.initials],
    [FIELD.tags, w.tags],
    [FIELD.description, w.description],
  ];
  const table = new Float64Array(32);
  for (let mask = 1; mask < 32; mask++) {
    const present = byBit.filter(([bit]) => mask & bit).map(([, weight]) => weight);
    const best = Math.max(...present);
    const rest = present.reduce((s, x) => s + x, 0) - best;
    table[mask] = best + DEFAULTS.extraFieldShare * rest;
  }
  return table;
}

export class TextSearch {
  readonly index: TextIndex;
  private readonly expander: Expander;
  private readonly fieldWeight = fieldWeightTable(DEFAULTS.fieldWeights);
  private readonly typoFieldWeight = fieldWeightTable({
    ...DEFAULTS.fieldWeights,
    ...DEFAULTS.typoFieldWeights,
  });
  private scratch?: Scratch;
  private stamp = 0;
  private wstamp = 0;

  constructor(
    docs: readonly TextSource[],
    labels?: LabelGroups,
    tags?: readonly (readonly string[] | undefined)[],
  ) {
    this.index = new TextIndex(docs, labels, tags);
    this.expander = new Expander(this.index);
  }

  /** The query's words, folded, without repeats; the last one is being typed unless followed by a space. */
  parse(text: string): { words: string[]; lastTyped: boolean } {
    const words = [...new Set(tokenize(text))].slice(0, DEFAULTS.maxQueryWords);
    const lastTyped = words.length > 0 && endsInWord(text);
    return { words, lastTyped };
  }

  /**
   * The records matching every meaningful word of `text` (by any of its expansions, in any
   * field), scored; when none does, those matching the most words. Stop words never decide
   * which (unless the text is nothing else). With `within`, only records in it are considered,
   * and which records match the most words is decided among them.
   */
  search(text: string, within?: Uint32Array): SearchMatches {
    const { index } = this;
    const { words, lastTyped } = this.parse(text);
    const onlyStops = words.every((w) => STOP_WORDS.has(w));
    const qwords: QueryWord[] = words.map((word, i) => ({
      word,
      stop: !onlyStops && STOP_WORDS.has(word),
      expansions: this.expander.expand(word, lastTyped && i === words.length - 1),
    }));

    // Allocated at the first search: a directory that is only browsed never needs it.
    const scratch = (this.scratch ??= new Scratch(index.size));
    // Stamps only grow; start again long before they would wrap.
    if (this.stamp > 0xfffffff0 || this.wstamp > 0xfffffff0) this.resetStamps();
    const stamp = ++this.stamp;
    const { docStamp, wordStamp, wordBest, score, cover, nameWords, touched, matched } = scratch;
    const { fieldWeight } = this;
    const { postStart, postings, tokenGroups, groupRecords } = index;
    let m = 0;
    let weightSum = 0;
    qwords.forEach((qw, j) => {
      const ws = ++this.wstamp;
      let n = 0;
      const nameBit = 1 << j;
      // A short word that exists as typed is taken as typed when deciding which records match
      // it: its typo expansions go last, and the records only they reach (from `literalEnd`
      // on in `touched`) add to the score but do not count the word as matched.
      const literal =
        !qw.stop &&
        qw.word.length < DEFAULTS.literalWordLength &&
        qw.expansions.some((e) => !e.typo && e.typed === 0 && index.df(e.token) > 0);
      const expansions = literal
        ? [...qw.expansions.filter((e) => !e.typo), ...qw.expansions.filter((e) => e.typo)]
        : qw.expansions;
      let literalEnd = -1;
      // One visit of a record: its best match for this word so far, first visit registers it.
      const visit = (d: number, v: number) => {
        if (wordStamp[d] !== ws) {
          wordStamp[d] = ws;
          wordBest[d] = v;
          touched[n++] = d;
          if (docStamp[d] !== stamp) {
            docStamp[d] = stamp;
            score[d] = 0;
            cover[d] = 0;
            nameWords[d] = 0;
            matched[m++] = d;
          }
        } else if (v > wordBest[d]!) {
          wordBest[d] = v;
        }
      };
      for (const e of expansions) {
        if (literal && e.typo && literalEnd < 0) literalEnd = n;
        const quality = e.quality;
        const weights = e.typo ? this.typoFieldWeight : fieldWeight;
        const tagWeight = weights[FIELD.tags]!;
        for (let p = postStart[e.token]!, end = postStart[e.token + 1]!; p < end; p++) {
          const posting = postings[p]!;
          const d = posting & RECORD_MASK;
          const mask = posting >>> FIELD_SHIFT;
          visit(d, quality * weights[mask]!);
          if (mask & NAME_FIELDS) nameWords[d]! |= nameBit;
        }
        for (let k = tokenGroups.start[e.token]!; k < tokenGroups.start[e.token + 1]!; k++) {
          const bits = groupRecords[tokenGroups.values[k]!]!;
          const v = quality * tagWeight;
          for (let w = 0; w < bits.length; w++) {
            for (let rest = bits[w]!; rest !== 0; rest &= rest - 1) {
              visit((w << 5) | (31 - Math.clz32(rest & -rest)), v);
            }
          }
        }
      }
      // Rare words tell records apart; words in every record do not.
      const weight =
        (qw.stop ? DEFAULTS.stopWordWeight : 1) * Math.log(1 + index.size / Math.max(1, n));
      if (!qw.stop) weightSum += weight;
      for (let i = 0; i < n; i++) {
        const d = touched[i]!;
        score[d]! += weight * wordBest[d]!;
        if (!qw.stop && (literalEnd < 0 || i < literalEnd)) cover[d]!++;
      }
    });

    // Every meaningful word must match; failing that, the most of them. Records that only
    // matched stop words ("the", "of") are not matches: their cover is 0.
    const meaningful = qwords.map((qw, j) => (qw.stop ? -1 : j)).filter((j) => j >= 0);
    const wanted = meaningful.length;
    let best = 0;
    let kept = 0;
    for (let i = 0; i < m; i++) {
      const d = matched[i]!;
      const c = cover[d]!;
      if (c === 0 || c < best || (within && !has(within, d))) continue;
      if (c > best) {
        best = c;
        kept = 0;
      }
      matched[kept++] = d;
    }
    const docs = matched.slice(0, kept);
    const scores = new Float64Array(kept);
    const bits = new Uint32Array(wordsFor(index.size));
    const tokenWords = this.tokenWords(qwords);
    const norm = weightSum > 0 ? 1 / weightSum : 1;
    for (let i = 0; i < kept; i++) {
      const d = docs[i]!;
      let s = score[d]! * norm;
      if (nameWords[d] !== 0) s += this.nameBonus(d, meaningful, tokenWords);
      scores[i] = s;
      add(bits, d);
    }

    const highlight = new Map<string, number>();
    for (const qw of qwords) {
      for (const e of qw.expansions) {
        const token = index.vocab[e.token]!;
        const prev = highlight.get(token);
        if (prev === undefined || (prev !== 0 && (e.typed === 0 || e.typed > prev))) {
          highlight.set(token, e.typed);
        }
      }
    }
    const highlightText = new Map(
      [...highlight].filter(([token]) => onlyStops || !STOP_WORDS.has(token)),
    );
    return {
      docs,
      scores,
      bits,
      words: wanted,
      // Nothing matched: no words were left out either.
      matched: kept ? best : wanted,
      highlight,
      highlightText,
    };
  }

  /** Token id → bit mask of the query words it is an expansion of. */
  private tokenWords(qwords: QueryWord[]): Map<number, number> {
    const map = new Map<number, number>();
    qwords.forEach((qw, j) => {
      for (const e of qw.expansions) map.set(e.token, (map.get(e.token) ?? 0) | (1 << j));
    });
    return map;
  }

  /**
   * Bonuses for reading like the name: the whole name (or acronym) typed, the name starting
   * with the first word, and query words next to each other in the name, in order.
   */
  private nameBonus(
    d: number,
    meaningful: readonly number[],
    tokenWords: Map<number, number>,
  ): number {
    const { nameStart, nameTokens, stop } = this.index;
    const { bonus } = DEFAULTS;
    const from = nameStart[d]!;
    const to = nameStart[d + 1]!;
    let total = 0;
    // Name and acronym are checked as two phrases.
    let partStart = from;
    const firstWord = meaningful[0] ?? 0;
    let bestWhole = 0;
    let bestStart = 0;
    let bestPhrase = 0;
    for (let i = from; i <= to; i++) {
      if (i < to && nameTokens[i] !== ACRONYM_MARK) continue;
      // [partStart, i) is one phrase.
      let allCovered = partStart < i;
      let usedWords = 0;
      let phrase = 0;
      let prevPos = -1;
      let prevWords = 0;
      for (let k = partStart; k < i; k++) {
        const t = nameTokens[k]!;
        const w = tokenWords.get(t) ?? 0;
        if (w === 0) {
          if (!stop[t]) allCovered = false;
          continue;
        }
        usedWords |= w;
        if (prevPos >= 0 && k - prevPos <= 3) {
          // Adjacent (stop words between are fine) and in query order.
          for (let a = 0; a < meaningful.length - 1; a++) {
            if (prevWords & (1 << meaningful[a]!) && w & (1 << meaningful[a + 1]!)) {
              phrase++;
              break;
            }
          }
        }
        prevPos = k;
        prevWords = w;
      }
      let queryCovered = true;
      for (const j of meaningful) if (!(usedWords & (1 << j))) queryCovered = false;
      if (allCovered && queryCovered) bestWhole = 1;
      else if (allCovered) bestWhole = Math.max(bestWhole, 0.5);
      const first = nameTokens[partStart];
      if (partStart < i && first !== undefined && (tokenWords.get(first) ?? 0) & (1 << firstWord)) {
        bestStart = 1;
      }
      bestPhrase = Math.max(bestPhrase, phrase);
      partStart = i + 1;
    }
    total +=
      bestWhole * bonus.wholeName + bestStart * bonus.nameStart + bestPhrase * bonus.namePhrase;
    return total;
  }

  private resetStamps(): void {
    this.scratch?.docStamp.fill(0);
    this.scratch?.wordStamp.fill(0);
    this.stamp = 0;
    this.wstamp = 0;
  }
}

/** Per-record scratch space reused by every search; stamps say which entries are current. */
class Scratch {
  readonly docStamp: Uint32Array;
  readonly wordStamp: Uint32Array;
  readonly wordBest: Float32Array;
  readonly score: Float64Array;
  readonly cover: Uint8Array;
  /** Bit j: query word j matched the record's name, acronym or initials. */
  readonly nameWords: Uint16Array;
  readonly touched: Uint32Array;
  readonly matched: Uint32Array;

  constructor(n: number) {
    this.docStamp = new Uint32Array(n);
    this.wordStamp = new Uint32Array(n);
    this.wordBest = new Float32Array(n);
    this.score = new Float64Array(n);
    this.cover = new Uint8Array(n);
    this.nameWords = new Uint16Array(n);
    this.touched = new Uint32Array(n);
    this.matched = new Uint32Array(n);
  }
}
