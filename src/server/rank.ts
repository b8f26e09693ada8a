// Exact relevance for the few hundred best candidates PostgreSQL hands back: the in-browser
// engine's score (core/search/search.ts), computed from each candidate's own fields — field
// weights, match qualities, word weights from how many organizations each query word reaches,
// and the bonuses for reading like the name.
import {
  SEARCH_DEFAULTS as DEFAULTS,
  STOP_WORDS,
  type Expansion,
  compounds,
  tokenize,
  FIELD,
  initialsOf,
} from './engine.js';
import type { Organization } from '../core/model/schema.js';

/** One query word, with what it expanded to (tokens as text). */
export interface RankWord {
  stop: boolean;
  expansions: readonly (Expansion & { text: string })[];
  /** Organizations the word reaches, in the whole directory (its weight). */
  reach: number;
}

/**
 * A candidate's searchable fields: token → field bits; the words of the labels it shares with
 * others (its terms, its countries), which count as tags on their own; its name then acronym
 * tokens.
 */
export interface Fields {
  tokens: Map<string, number>;
  labels: ReadonlySet<string>;
  /** Name tokens, then null, then acronym tokens (the phrases of the name bonuses). */
  phrase: (string | null)[];
}

const MAX_TOKEN_LENGTH = 48;

/** A candidate's fields, as the in-browser index files them (text-index.ts, readRecords). */
export function fieldsOf(
  org: Organization,
  city: readonly string[],
  labels: ReadonlySet<string>,
): Fields {
  const tokens = new Map<string, number>();
  const post = (token: string, field: number) => {
    if (token.length <= MAX_TOKEN_LENGTH) tokens.set(token, (tokens.get(token) ?? 0) | field);
  };
  const name = typeof org.name === 'string' ? tokenize(org.name) : [];
  const phrase: (string | null)[] = [];
  for (const t of name) {
    post(t, FIELD.name);
    phrase.push(t);
  }
  if (name.length >= 3)
    initialsOf(name, indexes(name.length), 0, name.length, (i) => post(i, FIELD.initials));
  if (typeof org.name === 'string') for (const w of compounds(org.name)) post(w, FIELD.name);
  if (typeof org.acronym === 'string' && org.acronym) {
    const acronym = tokenize(org.acronym);
    phrase.push(null);
    for (const t of acronym) {
      post(t, FIELD.acronym);
      phrase.push(t);
    }
    for (const w of compounds(org.acronym)) post(w, FIELD.acronym);
    if (acronym.length > 1) post(acronym.join(''), FIELD.acronym);
  }
  for (const w of city) if (!STOP_WORDS.has(w)) post(w, FIELD.tags);
  if (typeof org.description === 'string') {
    for (const t of tokenize(org.description)) if (!STOP_WORDS.has(t)) post(t, FIELD.description);
  }
  return { tokens, labels, phrase };
}

const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Weight of a field mask: the best field, plus a share of the others (search.ts). */
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
    table[mask] = best + DEFAULTS.extraFieldShare * (present.reduce((s, x) => s + x, 0) - best);
  }
  return table;
}
const FIELD_WEIGHT = fieldWeightTable(DEFAULTS.fieldWeights);
const TYPO_FIELD_WEIGHT = fieldWeightTable({
  ...DEFAULTS.fieldWeights,
  ...DEFAULTS.typoFieldWeights,
});
const NAME_FIELDS = FIELD.acronym | FIELD.name | FIELD.initials;

/**
 * The relevance of one candidate for the query `words`, in a directory of `size` organizations:
 * the in-browser engine's formula, so that the same directory ranks the same in both.
 */
export function score(fields: Fields, words: readonly RankWord[], size: number): number {
  let total = 0;
  let weightSum = 0;
  let nameWords = 0;
  words.forEach((w, j) => {
    let best = 0;
    for (const e of w.expansions) {
      const weights = e.typo ? TYPO_FIELD_WEIGHT : FIELD_WEIGHT;
      if (fields.labels.has(e.text) && !STOP_WORDS.has(e.text)) {
        best = Math.max(best, e.quality * weights[FIELD.tags]!);
      }
      const mask = fields.tokens.get(e.text);
      if (!mask) continue;
      best = Math.max(best, e.quality * weights[mask]!);
      if (mask & NAME_FIELDS) nameWords |= 1 << j;
    }
    const weight =
      (w.stop ? DEFAULTS.stopWordWeight : 1) * Math.log(1 + size / Math.max(1, w.reach));
    if (!w.stop) weightSum += weight;
    total += weight * best;
  });
  let s = total * (weightSum > 0 ? 1 / weightSum : 1);
  if (nameWords !== 0) s += nameBonus(fields, words);
  return s;
}

/** Bonuses for reading like the name: the whole name, its first word, words in order. */
function nameBonus(fields: Fields, words: readonly RankWord[]): number {
  const { bonus } = DEFAULTS;
  const meaningful = words.flatMap((w, j) => (w.stop ? [] : [j]));
  const tokenWords = new Map<string, number>();
  words.forEach((w, j) => {
    for (const e of w.expansions) tokenWords.set(e.text, (tokenWords.get(e.text) ?? 0) | (1 << j));
  });
  const firstWord = meaningful[0] ?? 0;
  const { phrase } = fields;
  let bestWhole = 0;
  let bestStart = 0;
  let bestPhrase = 0;
  let partStart = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i < phrase.length && phrase[i] !== null) continue;
    let allCovered = partStart < i;
    let usedWords = 0;
    let count = 0;
    let prevPos = -1;
    let prevWords = 0;
    for (let k = partStart; k < i; k++) {
      const t = phrase[k]!;
      const w = tokenWords.get(t) ?? 0;
      if (w === 0) {
        if (!STOP_WORDS.has(t)) allCovered = false;
        continue;
      }
      usedWords |= w;
      if (prevPos >= 0 && k - prevPos <= 3) {
        for (let a = 0; a < meaningful.length - 1; a++) {
          if (prevWords & (1 << meaningful[a]!) && w & (1 << meaningful[a + 1]!)) {
            count++;
            break;
          }
        }
      }
      prevPos = k;
      prevWords = w;
    }
    const queryCovered = meaningful.every((j) => usedWords & (1 << j));
    if (allCovered && queryCovered) bestWhole = 1;
    else if (allCovered) bestWhole = Math.max(bestWhole, 0.5);
    const first = phrase[partStart];
    if (partStart < i && first && (tokenWords.get(first) ?? 0) & (1 << firstWord)) bestStart = 1;
    bestPhrase = Math.max(bestPhrase, count);
    partStart = i + 1;
  }
  return bestWhole * bonus.wholeName + bestStart * bonus.nameStart + bestPhrase * bonus.namePhrase;
}
