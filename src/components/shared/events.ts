// The events the elements fire, typed in HTMLElementEventMap and GlobalEventHandlersEventMap.
// All bubble and are composed, so a host page can listen on `document`; all are fired on a
// visitor's action (or on load), never because code set a property.
import type {
  DataIssue,
  DirectoryLoadErrorCode,
  Organization,
  SortOrder,
} from '../../core/index.js';

/** `mhpss-state-change`: the visitor changed the search, filters, sort or page. */
export interface StateChangeDetail {
  query: string;
  filters: Record<string, string[]>;
  sort: SortOrder;
  /** 0-based. */
  page: number;
  total: number;
}
/** `mhpss-select`: the visitor opened an organization's detail view. */
export interface SelectDetail {
  organization: Organization;
}
/** `mhpss-load`: a data set finished loading (valid organizations and the issues found). */
export interface LoadDetail {
  count: number;
  issues: DataIssue[];
}
/** `mhpss-error`: the data could not be loaded at all. */
export interface ErrorDetail {
  message: string;
  /** What kind of failure: a `DirectoryLoadError` code (`http`, `network`, `not-json`, …). */
  code: DirectoryLoadErrorCode;
}
/** What an organization's link is: its `website`, an `email` (mailto:), a `source` of its facts, or another `link`. */
export type LinkKind = 'website' | 'email' | 'source' | 'link';
/**
 * `mhpss-link-click`: the visitor followed a link of an organization, from its card (content a
 * partner added) or its detail view; for analytics. Navigation is neither blocked nor delayed.
 */
export interface LinkClickDetail {
  organization: Organization;
  /** The address, as the browser resolved it. */
  url: string;
  kind: LinkKind;
}
/** `mhpss-input` (search box): the visitor typed. */
export interface InputDetail {
  value: string;
}
/** `mhpss-facet-change` (facet group): the visitor ticked or unticked a term. */
export interface FacetChangeDetail {
  facet: string;
  term: string;
  checked: boolean;
  /** Every selected term of the facet after the change. */
  selected: string[];
}
/** `mhpss-facet-toggle` (facet group): the visitor opened or closed the group, or showed more or fewer terms. */
export interface FacetToggleDetail {
  facet: string;
  /** The group is open (its terms are shown). */
  open: boolean;
  /** Every term is shown, not only the top ones. */
  showAll: boolean;
}
/** `mhpss-filter-remove` (filter chips): the visitor removed one filter. */
export interface FilterRemoveDetail {
  facet: string;
  term: string;
}
/** `mhpss-page-change` (result list): the visitor asked for another page. */
export interface PageChangeDetail {
  /** 0-based. */
  page: number;
}
/** `mhpss-open` (card, detail): the visitor asked to see an organization. */
export interface OpenDetail {
  organization: Organization;
}

/** Every event the elements fire, by name. */
export interface MhpssEventMap {
  'mhpss-state-change': CustomEvent<StateChangeDetail>;
  'mhpss-select': CustomEvent<SelectDetail>;
  'mhpss-load': CustomEvent<LoadDetail>;
  'mhpss-error': CustomEvent<ErrorDetail>;
  'mhpss-link-click': CustomEvent<LinkClickDetail>;
  'mhpss-input': CustomEvent<InputDetail>;
  'mhpss-facet-change': CustomEvent<FacetChangeDetail>;
  'mhpss-facet-toggle': CustomEvent<FacetToggleDetail>;
  'mhpss-filter-remove': CustomEvent<FilterRemoveDetail>;
  'mhpss-filter-clear': CustomEvent<Record<string, never>>;
  'mhpss-page-change': CustomEvent<PageChangeDetail>;
  'mhpss-open': CustomEvent<OpenDetail>;
  'mhpss-close': CustomEvent<Record<string, never>>;
}

// On GlobalEventHandlersEventMap, so that a listener on `document` or `window` gets `e.detail`
// typed too (HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend it), and on
// HTMLElementEventMap, which is where element listeners and emit() look them up.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging.
  interface GlobalEventHandlersEventMap extends MhpssEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging.
  interface HTMLElementEventMap extends MhpssEventMap {}
}

type DetailOf<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a public event: bubbling and composed so that it crosses shadow roots. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
