// Text normalization shared by indexing, querying and highlighting: one folding of case,
// diacritics, apostrophes and punctuation, so "King's" finds "kings" and "Médecins" finds "medecins".
//
// Two tokenizers produce the same tokens: a fast one for indexing whole fields, and one that
// keeps the UTF-16 offsets of every token in the original text, used for the few fields that
// are highlighted on a results page.

/** Letters and digits of any script; everything else separates words. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}+/gu;
/** Apostrophes join a word ("king's" → "kings") instead of splitting it. */
const APOSTROPHES = /['’ʼ‘`´]/g;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const NONE: readonly string[] = Object.freeze([]);
/** Characters that join words into a compound or a possessive. */
const JOINED = /[-.‐‑'’]/;

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

/** The words of a text, folded: the tokens the index stores and the query looks up. */
export function tokenize(text: string): string[] {
  return ASCII_ONLY.test(text) ? tokenizeAscii(text) : tokenizeUnicode(text);
}

/** Most text is ASCII: a scan over char codes is several times faster than a Unicode split. */
function tokenizeAscii(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let apostrophe = false;
  for (let i = 0, n = lower.length; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (c === 39 || c === 96) {
      if (start >= 0) apostrophe = true;
    } else if (start >= 0) {
      const token = lower.slice(start, i);
      out.push(apostrophe ? token.replace(APOSTROPHES, '') : token);
      start = -1;
      apostrophe = false;
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

/**
 * Extra forms of a name's words: words joined by a hyphen or a dot ("MHPSS.net" → "mhpssnet",
 * "psycho-social" → "psychosocial"), so either spelling finds the other, and possessives.
 */
export function compounds(text: string): readonly string[] {
  if (!JOINED.test(text)) return NONE;
  const out: string[] = [];
  const re = /[\p{L}\p{N}'’]+(?:[-.‐‑][\p{L}\p{N}'’]+)+/gu;
  for (const m of text.matchAll(re)) {
    const joined = tokenize(m[0]).join('');
    if (joined) out.push(joined);
  }
  // Possessives also stand for their word: "Children's" → "childrens" and "children".
  for (const m of text.matchAll(/([\p{L}\p{N}]+)['’]s(?![\p{L}\p{N}])/gu)) {
    out.push(...tokenize(m[1]!));
  }
  return out;
}

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
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
    return ch === "'" || ch === '`' ? '' : ch.toLowerCase();
  }
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
    const code = i < n ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      ends.push(i + 1);
    } else if (code === 39 || code === 96) {
      if (start >= 0) ends[ends.length - 1] = i + 1;
    } else if (start >= 0) {
      const token = text.slice(start, i).toLowerCase().replace(APOSTROPHES, '');
      out.push({ token, start, end: ends[ends.length - 1]!, ends });
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
