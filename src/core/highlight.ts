// Highlight ranges for the hits of one results page: which parts of the original name, acronym
// and description a query matched, and the description excerpt worth showing.
import { DEFAULTS, STOP_WORDS } from './defaults.js';
import { tokenizeWithOffsets, type OffsetToken } from './normalize.js';

/** UTF-16 offsets into the original string, end exclusive. */
export type MatchRange = [start: number, end: number];

/** A description excerpt, word-bounded with '…' where cut, and ranges relative to its text. */
export interface Snippet {
  text: string;
  ranges: MatchRange[];
}

const JOINERS = new Set(['-', '.', '‐', '‑']);
const POSSESSIVE = /['’]s$/u;

/** Sorts ranges and merges the ones that overlap. */
export function mergeRanges(ranges: MatchRange[]): MatchRange[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: MatchRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function tokenRange(t: OffsetToken, typed: number): MatchRange {
  if (typed <= 0 || typed >= t.ends.length) return [t.start, t.end];
  return [t.start, t.ends[typed - 1]!];
}

/**
 * Ranges of `text` whose words the query matched. With `phrases`, also words joined by
 * hyphens or dots ("MHPSS.net"), all the words together, and the name's initials ("unhcr").
 */
export function matchRanges(
  text: string,
  highlight: ReadonlyMap<string, number>,
  phrases = false,
): MatchRange[] {
  const tokens = tokenizeWithOffsets(text);
  const ranges: MatchRange[] = [];
  for (const t of tokens) {
    const typed = highlight.get(t.token);
    if (typed !== undefined) ranges.push(tokenRange(t, typed));
    else if (phrases && POSSESSIVE.test(text.slice(t.start, t.end))) {
      // "Children's" is indexed as "children" too.
      const base = highlight.get(t.token.slice(0, -1));
      if (base !== undefined) ranges.push(tokenRange(t, base || t.token.length - 1));
    }
  }
  if (phrases && tokens.length > 1) {
    // Runs of words joined by a hyphen or a dot.
    let runStart = 0;
    for (let i = 1; i <= tokens.length; i++) {
      const joined =
        i < tokens.length && JOINERS.has(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
      if (joined) continue;
      if (i - runStart > 1) {
        const run = tokens.slice(runStart, i);
        if (highlight.has(run.map((t) => t.token).join('')))
          ranges.push([run[0]!.start, run[run.length - 1]!.end]);
      }
      runStart = i;
    }
    if (highlight.has(tokens.map((t) => t.token).join(''))) {
      ranges.push([tokens[0]!.start, tokens[tokens.length - 1]!.end]);
    }
    // Initials, without stop words ("unhcr") or else with them; one reading only.
    for (const withStops of [false, true]) {
      const used = withStops ? tokens : tokens.filter((t) => !STOP_WORDS.has(t.token));
      if (used.length < 3) continue;
      const initials = used.map((t) => String.fromCodePoint(t.token.codePointAt(0)!)).join('');
      if (highlight.get(initials) === 0) {
        for (const t of used) ranges.push([t.start, t.ends[0]!]);
        break;
      }
    }
  }
  return mergeRanges(ranges);
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * The part of a description to show under a hit: the window of about `length` characters that
 * holds the most different matched words, cut at word boundaries, with its highlight ranges.
 */
export function snippet(
  text: string,
  highlight: ReadonlyMap<string, number>,
  length: number = DEFAULTS.snippetLength,
  lead: number = DEFAULTS.snippetLead,
): Snippet {
  const ranges = highlight.size ? matchRanges(text, highlight) : [];
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
