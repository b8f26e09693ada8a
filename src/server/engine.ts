// The core's engine internals the server builds on, in one place: the tokenizer, the indexes,
// the Expander, the ranking constants and the highlighter. The server reuses them rather than
// copying them, so it folds, files, expands and ranks words exactly as the in-browser engine;
// when the core's rooms move, this file is the one to follow them.
export { CORE_DEFAULTS } from '../core/defaults.js';
export { count } from '../core/search/bitset.js';
export { NameOrders } from '../core/search/collation.js';
export type { Hit, SortOrder } from '../core/search/directory-core.js';
export { Expander, type Expansion } from '../core/search/expand.js';
export { FacetIndex } from '../core/search/facets.js';
export { matchRanges } from '../core/search/highlight.js';
export { compounds, tokenize } from '../core/search/tokenizer.js';
export { SEARCH_DEFAULTS, STOP_WORDS } from '../core/search/search-defaults.js';
export { cutSnippet } from '../core/search/snippet.js';
export { searchLabels } from '../core/search/text-engine.js';
export {
  FIELD,
  FIELD_SHIFT,
  NAME_FIELDS,
  PrefixBuckets,
  RECORD_MASK,
  TextIndex,
  initialsOf,
} from '../core/search/text-index.js';
