// A part's strings with its own English under them: for the keys whose English comes with the
// part's chunk (en-detail.ts, en-filters.ts, en-summary.ts, en-take-away.ts), merged once per
// catalogue, not on every render.
import type { Strings } from './en.js';

const merged = new WeakMap<object, WeakMap<Strings, Strings>>();

/** `t` (the strings in effect) over `english` (the part's own English). */
export function complete<E extends Partial<Strings>>(t: Strings, english: E): Strings & E {
  let byCatalogue = merged.get(english);
  if (!byCatalogue) merged.set(english, (byCatalogue = new WeakMap()));
  let out = byCatalogue.get(t);
  if (!out) byCatalogue.set(t, (out = { ...english, ...t }));
  return out as Strings & E;
}
