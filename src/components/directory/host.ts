// What the directory's parts (extras.ts, customize.ts, take-away.ts, url-state.ts) need from it:
// a small interface each, never the element class, so that the element and its parts never
// import each other in a circle, and each part can be tested on a bare host.
import type { ReactiveControllerHost } from 'lit';
import type { Organization } from '../../core/model/schema.js';
import type { QueryResult, QueryState } from '../../core/search/directory-core.js';
import type { DirectorySource } from '../../core/source.js';
import type { PartnerStrings } from '../../i18n/custom.js';
import type { Provided } from '../shared/localize.js';

/** Content a partner adds to each card: a Node, or text (shown as text); nothing for none. */
export type CardContent = (organization: Organization) => Node | string | null | undefined;

/** An element with controllers and a shadow root: what a part renders in. */
export interface PartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The directory as its partner's strings and cards see it. */
export interface CustomHost extends PartHost {
  /** The `url-state` attribute or property. */
  readonly urlState?: string | boolean | null;
  /** The `summary` attribute: `none` turns the overview off. */
  readonly summary?: string;
  readonly strings?: PartnerStrings;
  readonly cardContent?: CardContent;
  /** Gives every element the directory renders what the parts provide (again: it changed). */
  provide(value: Provided): void;
}

/** What the toolbar reads of the directory's state (directory-state.ts) to make its view. */
export interface ShownState {
  readonly loaded?: { readonly source: DirectorySource };
  readonly answers: { readonly result?: QueryResult };
  readonly selected?: Organization;
  /** What the directory asks its source now. */
  readonly question: QueryState;
  readonly parts: { readonly url?: { linkTo(state: QueryState, org?: string): string } };
}

/** The view as the directory shows it now: what "Download", "Print" and "Copy link" take away. */
export interface TakeAwayView {
  source: DirectorySource;
  /** What the directory asks its source: search, filters, scope, sort, page, language. */
  state: QueryState;
  /** Matches on every page. */
  total: number;
  /** The filters the answer applied, in taxonomy order. */
  filters: Record<string, string[]>;
  /** The open organization's id. */
  org?: string;
  /** A link that opens the view again (with `org`, the open organization), once URL state is there. */
  link?(org?: string): string;
}
