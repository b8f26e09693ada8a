// The tunables of filtering, paging, name order and URL state. With the text engine's own
// (search-defaults.ts) they make the public DEFAULTS, one frozen object, so the widget, the bench
// and the tests read the same numbers (Fuse.js keeps its defaults the same way). Split in two
// files so that a first screen, which needs no text index, carries only these.

export const CORE_DEFAULTS = Object.freeze({
  /** UI language for labels and name collation. */
  lang: 'en',
  /** Results per page, and the range a requested page size is clamped to. */
  pageSize: 20,
  minPageSize: 1,
  maxPageSize: 1000,
  /** Prefix of the URL parameters a directory writes (`mhpss-q`, `mhpss-f-regions`, …). */
  urlPrefix: 'mhpss-',
  /** Longest search text kept from a URL or a query; the rest is cut off. */
  maxTextLength: 256,
  /** Length of a description snippet, in UTF-16 code units, before the ellipses. */
  snippetLength: 160,
  /** How far before the first match a snippet starts, so a match is read in context. */
  snippetLead: 40,

  /** How many name collations (one per language) are kept. */
  maxCollations: 4,
  /** URL parsing: most facets, most ids per facet and longest id read from the URL. */
  maxUrlFacets: 32,
  maxUrlTermsPerFacet: 100,
  maxIdLength: 100,
  maxUrlPage: 1_000_000,
});
