// Sets of record numbers as Uint32Array bitsets: facet memberships and match sets, so that
// intersecting and counting them is a few word operations per 32 records.

export const wordsFor = (size: number): number => (size + 31) >>> 5;

export const has = (bits: Uint32Array, i: number): boolean =>
  ((bits[i >>> 5]! >>> (i & 31)) & 1) === 1;

export const add = (bits: Uint32Array, i: number): void => {
  bits[i >>> 5]! |= 1 << (i & 31);
};

/** Bits set in a 32-bit word (Hacker's Delight). */
export function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Members of a ∩ b, without building it. */
export function countAnd(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i]! & b[i]!;
    if (v !== 0) n += popcount32(v);
  }
  return n;
}

export function count(a: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) n += popcount32(a[i]!);
  return n;
}

/** out = a ∩ b (out may be a or b). */
export function andInto(out: Uint32Array, a: Uint32Array, b: Uint32Array): Uint32Array {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

/** out = a ∪ b (out may be a or b). */
export function orInto(out: Uint32Array, a: Uint32Array, b: Uint32Array): Uint32Array {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

/** A bitset with the first `size` bits set. */
export function full(size: number): Uint32Array {
  const bits = new Uint32Array(wordsFor(size)).fill(0xffffffff);
  const rest = size & 31;
  if (rest && bits.length) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}
