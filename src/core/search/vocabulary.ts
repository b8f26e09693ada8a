// The vocabulary while an index is built: token → id in an open-addressing hash table that
// looks a word up straight from the text it occurs in. Most text is ASCII, and scanning it this
// way allocates a string only for a word never seen before — indexing 100,000 descriptions would
// otherwise create and throw away millions of short strings.
//
// A scanned word is identified by two different 32-bit hashes (×33 xor, ×31 add: shifts and
// adds, cheap even before the JIT has compiled the loop) and its length, rather than by
// comparing characters, which doubled the scan time. Two words agreeing on all three is
// vanishingly unlikely for a vocabulary of this size; lookups by string still compare strings.
//
// The words are the tokenizer's (tokenizer.ts): ASCII characters are read through its
// ASCII_CLASS, and any other text goes through its `tokenize`.
import { ASCII_CLASS, JOINS, fold, tokenize } from './tokenizer.js';

const EMPTY = -1;
const H1 = 0x811c9dc5;
const H2 = 0x2545f491;

function grow32(a: Int32Array<ArrayBuffer>, min: number): Int32Array<ArrayBuffer> {
  if (min < a.length) return a;
  const b = new Int32Array(Math.max(min + 1, a.length * 2));
  b.set(a);
  return b;
}

const growU32 = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
};

export class Vocabulary {
  /** Token id → token. */
  readonly tokens: string[] = [];
  private h1: Int32Array<ArrayBuffer>;
  private h2: Int32Array<ArrayBuffer>;
  private lens: Int32Array<ArrayBuffer>;
  /** The ids `scan` found, in its first `n` slots. */
  scanned = new Uint32Array(4096);
  private table: Int32Array<ArrayBuffer>;
  private mask: number;

  /**
   * `expected` words, roughly: sized right, the arrays rarely grow, and code compiled for
   * them is not thrown away when they do (a large part of a cold build on a small machine).
   */
  constructor(expected = 4096) {
    let size = 1 << 12;
    while (size < expected) size *= 2;
    this.h1 = new Int32Array(size);
    this.h2 = new Int32Array(size);
    this.lens = new Int32Array(size);
    this.table = new Int32Array(size * 2).fill(EMPTY);
    this.mask = size * 2 - 1;
  }

  get size(): number {
    return this.tokens.length;
  }

  /** Words it holds before its arrays grow. */
  get capacity(): number {
    return this.h1.length;
  }

  /** The id of a token (lower case, letters and digits), added if new. */
  idOf(token: string): number {
    return this.lookup(token, true)!;
  }

  /** The id of a token, or undefined if it is not in the vocabulary. */
  get(token: string): number | undefined {
    return this.lookup(token, false);
  }

  private lookup(token: string, add: boolean): number | undefined {
    let h = H1;
    let g = H2;
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      h = ((h << 5) + h) ^ c;
      g = ((g << 5) - g + c) | 0;
    }
    let slot = h & this.mask;
    for (;;) {
      const id = this.table[slot]!;
      if (id === EMPTY) return add ? this.insert(token, h, g, slot) : undefined;
      if (this.h1[id] === h && this.tokens[id] === token) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Writes the id of every word of `text` no longer than `maxLength` to `scanned` (grown if
   * needed), in order — the words `tokenize` gives — and returns how many. ASCII text is
   * scanned in place; at the first other character the text goes through `tokenize` instead.
   */
  scan(text: string, maxLength: number): number {
    let out = this.scanned;
    let count = 0;
    let start = -1;
    let h = H1;
    let g = H2;
    let joined = false;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      const code = i < n ? text.charCodeAt(i) : 32;
      // Not ASCII: start over on the Unicode path (words already added are real words).
      if (code > 127) return this.scanUnicode(text, maxLength);
      const c = ASCII_CLASS[code]!;
      if (c > JOINS) {
        if (start < 0) {
          start = i;
          h = H1;
          g = H2;
        }
        h = ((h << 5) + h) ^ c;
        g = ((g << 5) - g + c) | 0;
      } else if (start < 0) {
        continue;
      } else if (c === JOINS) {
        // An apostrophe joins the word: "king's" is "kings".
        joined = true;
      } else {
        const len = i - start;
        let id = EMPTY;
        if (joined) {
          const w = fold(text.slice(start, i));
          if (w.length <= maxLength) id = this.idOf(w);
        } else if (len <= maxLength) {
          // Inlined lookup: passing the hashes to a helper would box them.
          let slot = h & this.mask;
          for (;;) {
            const at = this.table[slot]!;
            if (at === EMPTY) {
              id = this.insert(text.slice(start, i).toLowerCase(), h, g, slot);
              break;
            }
            if (this.h1[at] === h && this.h2[at] === g && this.lens[at] === len) {
              id = at;
              break;
            }
            slot = (slot + 1) & this.mask;
          }
        }
        if (id !== EMPTY) {
          if (count === out.length) out = this.scanned = growU32(out);
          out[count++] = id;
        }
        start = -1;
        joined = false;
      }
    }
    return count;
  }

  private scanUnicode(text: string, maxLength: number): number {
    let n = 0;
    for (const w of tokenize(text)) {
      if (w.length > maxLength) continue;
      const id = this.idOf(w);
      if (n === this.scanned.length) this.scanned = growU32(this.scanned);
      this.scanned[n++] = id;
    }
    return n;
  }

  private insert(token: string, h: number, g: number, slot: number): number {
    const id = this.tokens.length;
    this.tokens.push(token);
    this.h1 = grow32(this.h1, id);
    this.h2 = grow32(this.h2, id);
    this.lens = grow32(this.lens, id);
    this.h1[id] = h;
    this.h2[id] = g;
    this.lens[id] = token.length;
    this.table[slot] = id;
    if (this.tokens.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let slot = this.h1[id]! & this.mask;
      while (this.table[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.table[slot] = id;
    }
  }
}
