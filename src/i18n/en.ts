// English UI strings: the reference every other language follows key for key.
import { writeNumber } from '../core/model/numbers.js';

/** Every piece of UI text the elements show or announce. Data labels come from the data. */
export interface Strings {
  /** `ltr` or `rtl`: written on the shadow root's wrapper so logical CSS flips with it. */
  dir: 'ltr' | 'rtl';
  search: string;
  placeholder: string;
  sort: string;
  relevance: string;
  byName: string;
  filters: string;
  selected?: string;
  clearAll?: string;
  remove?: (label: string) => string;
  count: (n: number) => string;
  /** The heading of the results (for assistive technology; a pre-rendered page shows it). */
  results: string;
  loading: string;
  empty: string;
  emptyHint: string;
  clearSearch: string;
  error: string;
  retry: string;
  pages: string;
  prev: string;
  next: string;
  page: (page: number, count: number) => string;
  close?: string;
  website?: string;
  email?: string;
  headquarters?: string;
  countries?: string;
  languages?: string;
  partners?: string;
  funders?: string;
  parent?: string;
  commitments?: string;
  source?: string;
  /** Heading of the list of documents a record's facts come from. */
  sources?: string;
  /** The accessible name of a fact's mark pointing at the `n`th source ("source 2", not "2"). */
  sourceMark?: (n: number) => string;
  /** Label of whom an organization seeks to collaborate with. */
  seeking?: string;
  more?: string;
  issues: (n: number) => string;
  dismiss: string;
  suggest: string;
  // Facets fit
  /** How many of a facet's terms are ticked, on its disclosure button (n ≥ 1). */
  picked?: (n: number) => string;
  /** The accessible name of a facet's button with `n` ≥ 1 terms ticked. */
  pickedName?: (label: string, n: number) => string;
  /** Reveals the `n` terms a long facet keeps folded. */
  showMore?: (n: number) => string;
  /** Folds a long facet back to its top terms. */
  showFewer?: string;
  // Summary
  /** Name of the overview of the organizations shown (per region, approach, population). */
  summary?: string;
  /** The overview's toggle between its chart and its table. */
  summaryTable?: string;
  /** The overview table's count column. */
  summaryColumn?: string;
  // Search narrows
  /** Shown and announced with the results when no organization matches every word of `query`. */
  closeMatches: (query: string) => string;
  // Take it away: optional here because English comes with the toolbar's chunk
  // (en-take-away.ts), so a first screen does not carry it; every other catalogue has them.
  /** The button that opens the download choices. */
  download?: string;
  downloadCsv?: string;
  downloadJson?: string;
  print?: string;
  copyLink?: string;
  /** "Copy link" in the detail view: a link to the open organization. */
  copyOrganizationLink?: string;
  /** Announced (and shown) once the link is on the clipboard. */
  linkCopied?: string;
  /** Label of the field showing the link when the clipboard cannot be written. */
  copyManually?: string;
  /** The printed list's note of the search text. */
  searched?: (text: string) => string;
  /** Why "Download" and "Print" do not take `n` organizations from a server (at most `max`). */
  tooMany?: (n: number, max: number) => string;
  // A directory on a server
  /** The one line a plain HSDS server's directory shows: what it cannot do. */
  reduced: string;
}

/** Every string, those of the parts that load later included: what a full catalogue has. */
export type AllStrings = Required<Strings>;

/**
 * Optional above, and not in `en`, because their English comes with the chunk of the part that
 * shows them (en-detail.ts, en-filters.ts, en-summary.ts), not with the first screen; every other
 * catalogue has them. The take-away keys' English is in en-take-away.ts.
 */
export type DetailKey =
  | 'close'
  | 'website'
  | 'email'
  | 'headquarters'
  | 'countries'
  | 'languages'
  | 'partners'
  | 'funders'
  | 'parent'
  | 'commitments'
  | 'source'
  | 'sources'
  | 'sourceMark'
  | 'seeking'
  | 'more';
export type FilterKey =
  'selected' | 'clearAll' | 'remove' | 'picked' | 'pickedName' | 'showMore' | 'showFewer';
export type SummaryKey = 'summary' | 'summaryTable' | 'summaryColumn';

const num = (n: number) => writeNumber(n, 'en');

export const en: Strings = {
  dir: 'ltr',
  search: 'Search organizations',
  placeholder: 'Name or keyword',
  sort: 'Sort by',
  relevance: 'Relevance',
  byName: 'Name (A–Z)',
  filters: 'Filters',
  count: (n) =>
    n === 0 ? 'No organizations found' : n === 1 ? '1 organization' : `${num(n)} organizations`,
  results: 'Organizations',
  loading: 'Loading organizations…',
  empty: 'No organizations match your search.',
  emptyHint: 'Try fewer filters or a different spelling.',
  clearSearch: 'Clear search',
  error: 'The directory could not be loaded.',
  retry: 'Retry',
  pages: 'Result pages',
  prev: 'Previous',
  next: 'Next',
  page: (page, count) => `Page ${num(page)} of ${num(count)}`,
  issues: (n) =>
    `${n === 1 ? 'One problem was' : `${num(n)} problems were`} found in the directory data; some entries may be incomplete or missing. Details are in the browser console.`,
  dismiss: 'Dismiss',
  suggest: 'Suggest an organization',
  // Summary
  // Search narrows
  closeMatches: (q) => `No organization matches all of “${q}” — showing close matches.`,
  reduced: 'This directory’s server offers search and pages only: no filters, counts or sorting.',
};
