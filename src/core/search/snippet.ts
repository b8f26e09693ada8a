// Description excerpts: the window of a description worth showing under a hit, cut at word
// boundaries, with the match ranges that fall inside it. Needs no text index: without ranges it
// is the description's start, so a first screen can show it before search exists.
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';
import type { MatchRange, Snippet } from '../query.js';

export type { MatchRange, Snippet };

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * The part of a description to show under a hit: the window of about `length` characters that
 * holds the most different matched words (`ranges`, sorted), cut at word boundaries.
 */
export function cutSnippet(
  text: string,
  ranges: MatchRange[],
  length: number = DEFAULTS.snippetLength,
  lead: number = DEFAULTS.snippetLead,
): Snippet {
  if (text.length <= length) return { text, ranges };

  // Pick the window: anchored before some match, holding the most distinct matched words.
  let start = 0;
  if (ranges.length) {
    let best = -1;
    const limit = Math.min(ranges.length, 64);
    for (let i = 0; i < limit; i++) {
      const from = Math.max(0, ranges[i]![0] - lead);
      const words = new Set<string>();
      for (let k = i; k < limit && ranges[k]![1] <= from + length; k++) {
        words.add(text.slice(ranges[k]![0], ranges[k]![1]).toLowerCase());
      }
      if (words.size > best) {
        best = words.size;
        start = from;
      }
    }
  }
  start = Math.min(start, Math.max(0, text.length - length));
  // Start at a word boundary, never after the first match in the window.
  if (start > 0 && !isSpace(text[start - 1])) {
    const firstMatch = ranges.find((r) => r[0] >= start)?.[0] ?? text.length;
    let s = start;
    while (s < firstMatch && !isSpace(text[s])) s++;
    if (s < firstMatch) start = s;
  }
  while (start < text.length && isSpace(text[start])) start++;
  let end = Math.min(text.length, start + length);
  if (end < text.length && !isSpace(text[end])) {
    let e = end;
    while (e > start + length / 2 && !isSpace(text[e - 1])) e--;
    if (e > start + length / 2) end = e;
  }
  while (end > start && isSpace(text[end - 1])) end--;
  // Never split a surrogate pair.
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end--;

  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  const inside: MatchRange[] = [];
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    inside.push([Math.max(a, start) + shift, Math.min(b, end) + shift]);
  }
  return { text: before + text.slice(start, end) + after, ranges: inside };
}
