// The text engine's one tokenizer: how text becomes the words the index stores, the query looks
// up and the highlighter marks. Folding (case, diacritics, apostrophes, the letters written
// several ways) and word boundaries are defined here once, so "King's" finds "kings" and
// "Médecins" finds "medecins" the same way everywhere. The fast paths for ASCII text read the
// same rules through ASCII_CLASS, which is computed from them: changing how text folds is one
// edit here.
//
// The same words come out three ways: `tokenize` (the folded words), `tokenizeWithOffsets` (each
// word's place in the original text, for highlighting) and the vocabulary's scan, which hashes
// ASCII words in place through ASCII_CLASS and hands any other text to `tokenize`.

/** Letters and digits of any script; everything else separates words. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;
const MARKS = /\p{M}+/gu;
/** Apostrophes join a word ("king's" → "kings") instead of splitting it. */
const APOSTROPHES = /['’ʼ‘`´]/g;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const NONE: readonly string[] = Object.freeze([]);

/** Characters that join two words into a compound: "MHPSS.net", "psycho-social". */
export const JOINERS = '-.‐‑';
const JOINER = `[${JOINERS.replace('-', '\\-')}]`;
/** Text that may hold a compound or a possessive (a joiner or an apostrophe). */
const JOINED = new RegExp(`${JOINER}|['’]`, 'u');
const COMPOUND = new RegExp(`[\\p{L}\\p{N}'’]+(?:${JOINER}[\\p{L}\\p{N}'’]+)+`, 'gu');
/** A possessive "'s", which also stands for its word ("Children's" → "children"). */
const POSSESSIVE = "['’]s";
const POSSESSIVE_OF = new RegExp(`([\\p{L}\\p{N}]+)${POSSESSIVE}(?![\\p{L}\\p{N}])`, 'gu');
const POSSESSIVE_END = new RegExp(`${POSSESSIVE}$`, 'u');

/**
 * Letters NFKD does not decompose, and Arabic letters written several ways: alef maqsura and
 * ya, ta marbuta and ha, alef wasla; tatweel (a stretching stroke) is dropped.
 */
const FOLD_MAP: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ŧ: 't',
  ς: 'σ',
  ى: 'ي',
  ة: 'ه',
  ٱ: 'ا',
  ـ: '',
};
const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD_MAP).join('')}]`, 'gu');

/** Folds text for matching: lower case, no diacritics, no apostrophes. Punctuation is kept. */
export function fold(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(APOSTROPHES, '');
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS, '')
    .replace(FOLD_CHARS, (ch) => FOLD_MAP[ch]!)
    .replace(APOSTROPHES, '');
}

/** ASCII_CLASS value of a character that separates words. */
export const SEPARATES = 0;
/** ASCII_CLASS value of a character that folds away inside a word (an apostrophe). */
export const JOINS = 1;

/**
 * What each ASCII character is to a word, by its code: the code of its folded letter or digit,
 * JOINS or SEPARATES. Computed from `fold` and the word characters, so the ASCII fast paths
 * below and the vocabulary's scan follow the same rules as the Unicode path.
 */
export const ASCII_CLASS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const folded = fold(String.fromCharCode(code));
    table[code] = folded === '' ? JOINS : WORD_CHAR.test(folded) ? folded.charCodeAt(0) : SEPARATES;
  }
  return table;
})();

/** The words of a text, folded: the tokens the index stores and the query looks up. */
export function tokenize(text: string): string[] {
  return ASCII_ONLY.test(text) ? tokenizeAscii(text) : tokenizeUnicode(text);
}

/** Most text is ASCII: a scan over char codes is several times faster than a Unicode split. */
function tokenizeAscii(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let joined = false;
  for (let i = 0, n = text.length; i <= n; i++) {
    const c = i < n ? ASCII_CLASS[text.charCodeAt(i)]! : SEPARATES;
    if (c > JOINS) {
      if (start < 0) start = i;
    } else if (c === JOINS) {
      if (start >= 0) joined = true;
    } else if (start >= 0) {
      out.push(joined ? fold(text.slice(start, i)) : lower.slice(start, i));
      start = -1;
      joined = false;
    }
  }
  return out;
}

function tokenizeUnicode(text: string): string[] {
  const words = fold(text).split(NON_WORD);
  if (words.length && words[0] === '') words.shift();
  if (words.length && words[words.length - 1] === '') words.pop();
  return words;
}

/** True when the text ends in a letter or digit: its last word is still being typed. */
export const endsInWord = (text: string): boolean => WORD_END.test(text);

/**
 * Extra forms of a name's words: words joined by a hyphen or a dot ("MHPSS.net" → "mhpssnet",
 * "psycho-social" → "psychosocial"), so either spelling finds the other, and possessives.
 */
export function compounds(text: string): readonly string[] {
  if (!JOINED.test(text)) return NONE;
  const out: string[] = [];
  for (const m of text.matchAll(COMPOUND)) {
    const joined = tokenize(m[0]).join('');
    if (joined) out.push(joined);
  }
  // Possessives also stand for their word: "Children's" → "childrens" and "children".
  for (const m of text.matchAll(POSSESSIVE_OF)) out.push(...tokenize(m[1]!));
  return out;
}

/** True for a word written as a possessive ("Children's"), which also stands for its word. */
export const isPossessive = (word: string): boolean => POSSESSIVE_END.test(word);

/** A token with where it is in the original text: [start, end) in UTF-16 code units. */
export interface OffsetToken {
  token: string;
  start: number;
  end: number;
  /** Original offset just after each folded character, for highlighting a typed prefix. */
  ends: number[];
}

const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return ASCII_CLASS[code] === JOINS ? '' : ch.toLowerCase();
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = fold(ch);
    if (foldCache.size < 4096) foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * Tokenizes keeping offsets into the original string. Produces the same tokens as `tokenize`
 * (characters that fold to nothing — marks, apostrophes — continue the current word).
 */
export function tokenizeWithOffsets(text: string): OffsetToken[] {
  return ASCII_ONLY.test(text) ? offsetsAscii(text) : offsetsUnicode(text);
}

function offsetsAscii(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  let start = -1;
  let ends: number[] = [];
  for (let i = 0, n = text.length; i <= n; i++) {
    const c = i < n ? ASCII_CLASS[text.charCodeAt(i)]! : SEPARATES;
    if (c > JOINS) {
      if (start < 0) start = i;
      ends.push(i + 1);
    } else if (c === JOINS) {
      if (start >= 0) ends[ends.length - 1] = i + 1;
    } else if (start >= 0) {
      out.push({ token: fold(text.slice(start, i)), start, end: ends[ends.length - 1]!, ends });
      start = -1;
      ends = [];
    }
  }
  return out;
}

function offsetsUnicode(text: string): OffsetToken[] {
  const out: OffsetToken[] = [];
  let token = '';
  let start = -1;
  let ends: number[] = [];
  const flush = (end: number) => {
    if (token) out.push({ token, start, end, ends });
    token = '';
    start = -1;
    ends = [];
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const folded = foldChar(text.slice(i, next));
    if (folded === '') {
      if (token) ends[ends.length - 1] = next;
    } else {
      for (const ch of folded) {
        if (WORD_CHAR.test(ch)) {
          if (!token) start = i;
          token += ch;
          ends.push(next);
        } else {
          flush(i);
        }
      }
    }
    i = next;
  }
  flush(text.length);
  // A token's end is the end of its last character (including trailing marks).
  for (const t of out) t.end = t.ends[t.ends.length - 1] ?? t.end;
  return out;
}
