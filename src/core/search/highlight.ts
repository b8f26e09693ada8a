// Highlight ranges for the hits of one results page: which parts of the original name, acronym
// and description a query matched (the excerpt itself is cut by snippet.ts).
import { STOP_WORDS } from './search-defaults.js';
import { JOINERS, isPossessive, tokenizeWithOffsets, type OffsetToken } from './tokenizer.js';
import type { MatchRange } from '../query.js';

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

/**
 * The words of the texts highlighted lately, with their offsets: each keystroke highlights the
 * same names and descriptions again (a page of results changes little from one key to the
 * next), and tokenizing them again was most of the cost. Cleared when it grows past a few pages.
 */
const recentTokens = new Map<string, OffsetToken[]>();
const RECENT_TEXTS = 512;

function tokensOf(text: string): OffsetToken[] {
  let tokens = recentTokens.get(text);
  if (!tokens) {
    if (recentTokens.size >= RECENT_TEXTS) recentTokens.clear();
    tokens = tokenizeWithOffsets(text);
    recentTokens.set(text, tokens);
  }
  return tokens;
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
  const tokens = tokensOf(text);
  const ranges: MatchRange[] = [];
  for (const t of tokens) {
    const typed = highlight.get(t.token);
    if (typed !== undefined) ranges.push(tokenRange(t, typed));
    else if (phrases && isPossessive(text.slice(t.start, t.end))) {
      // "Children's" is indexed as "children" too.
      const base = highlight.get(t.token.slice(0, -1));
      if (base !== undefined) ranges.push(tokenRange(t, base || t.token.length - 1));
    }
  }
  if (phrases && tokens.length > 1) {
    // Runs of words joined by a hyphen or a dot.
    let runStart = 0;
    for (let i = 1; i <= tokens.length; i++) {
      const between = i < tokens.length ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '';
      const joined = between.length === 1 && JOINERS.includes(between);
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
