// A directory's view in the URL: the one module that reads and writes it, makes links to it and
// follows the fragment when it changes. Two forms, with the same prefixed parameters (`mhpss-q`,
// `mhpss-f-regions`, `mhpss-page`, `mhpss-sort`, `mhpss-org`; which ones are ours is
// `isOwnParam`'s answer, exact):
// - url-state mirrors the view in the page's query string (`history.replaceState`), keeping the
//   page's own parameters; typing is coalesced;
// - a shared link ("Copy link") carries it in the fragment (`#mhpss-q=child&…`), which every page
//   keeps and no server sees, so it works on pages without url-state. A page whose fragment is its
//   own (`#members`, a hash router's `#/members`) keeps it: the view follows a `?`. A link is read
//   once, on load or when the fragment changes; it wins over url-state's parameters.
// A chunk of its own, loaded beside the data.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CORE_DEFAULTS as DEFAULTS } from '../../core/defaults.js';
import type { QueryState } from '../../core/search/directory-core.js';
import {
  isOwnParam,
  mergeSearchParams,
  ORG_PARAM,
  stateFromSearchParams,
  stateToSearchParams,
} from '../../core/state/url.js';

/** What a URL holds for one directory: its search state and the open organization. */
export interface UrlSnapshot {
  state: QueryState;
  org?: string;
}

/** Writes at most once per this many milliseconds while the view changes, then once more. */
export const URL_WRITE_INTERVAL = 300;

/** A directory, as URL state sees it: it renders again when a link is followed on the page. */
export type UrlHost = ReactiveControllerHost & {
  scrollIntoView?(options: ScrollIntoViewOptions): void;
};

function snapshot(params: URLSearchParams, prefix: string, facetKeys: readonly string[]) {
  const state = stateFromSearchParams(params, prefix, facetKeys);
  return { state, org: params.get(prefix + ORG_PARAM) ?? undefined };
}

/** A fragment as its page's part (an anchor, a route) and its parameters (after `?`, or all). */
function splitFragment(hash: string): { page: string; params: URLSearchParams } {
  const text = hash.replace(/^#/, '');
  const at = text.indexOf('?');
  const page = at >= 0 ? text.slice(0, at) : text.includes('=') ? '' : text;
  return { page, params: new URLSearchParams(page === text ? '' : text.slice(at + 1)) };
}

/** The fragment's parameters without this prefix's. */
function otherParams(params: URLSearchParams, prefix: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of params) if (!isOwnParam(name, prefix)) out.append(name, value);
  return out;
}

const joinFragment = (page: string, params: URLSearchParams) => {
  const query = params.toString();
  return page && query ? `#${page}?${query}` : query ? `#${query}` : page ? `#${page}` : '';
};

/** The page URL with this prefix's view in its query string (what url-state writes). */
function stateUrl(prefix: string, state: QueryState, org?: string): URL {
  const url = new URL(location.href);
  url.search = mergeSearchParams(url.searchParams, state, prefix, org).toString();
  return url;
}

/**
 * A link to this view for pages that do not mirror it: the page URL with the view in its
 * fragment, the fragment's own anchor or route and other parameters kept.
 */
function linkUrl(prefix: string, state: QueryState, org?: string): string {
  const url = new URL(location.href);
  const { page, params } = splitFragment(url.hash);
  const view = otherParams(params, prefix);
  for (const [name, value] of stateToSearchParams(state, prefix)) view.append(name, value);
  if (org) view.append(prefix + ORG_PARAM, org);
  url.hash = joinFragment(page, view);
  return url.href;
}

/** url-state's prefix from its attribute or property, or undefined when the URL is left alone. */
export function prefixOf(value: string | boolean | null | undefined): string | undefined {
  if (value === undefined || value === null || value === false || value === 'false') return;
  return typeof value === 'string' && value !== '' && value !== 'true' ? value : DEFAULTS.urlPrefix;
}

export class UrlState implements ReactiveController {
  /** The prefix whose parameters were read into the view: only that prefix is written. */
  private restored?: string;
  private readonly writer = new UrlWriter();
  /** The fragment whose link was read into the view: a link is read once, not on every load. */
  private readHash = '';

  constructor(
    private readonly host: UrlHost,
    /** The prefix in effect (from the host's `url-state`), or undefined when the URL is left alone. */
    private readonly prefix: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** A visitor who follows a link right after typing still finds their search on Back. */
  private readonly handlePageHide = () => this.writer.flush();
  /** A link to a view followed on this page changes only the fragment: the view follows it. */
  private readonly handleHashChange = () => this.host.requestUpdate();

  hostConnected(): void {
    addEventListener('pagehide', this.handlePageHide);
    addEventListener('hashchange', this.handleHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.handlePageHide);
    removeEventListener('hashchange', this.handleHashChange);
    // A view that goes away still leaves its last state in the URL.
    this.writer.flush();
  }

  /**
   * The prefix of an unread link for this directory in the fragment: links use url-state's
   * prefix, else the default (`CORE_DEFAULTS.urlPrefix`).
   */
  private get link(): string | undefined {
    const prefix = this.prefix() ?? DEFAULTS.urlPrefix;
    const hash = location.hash;
    if (hash === this.readHash) return undefined;
    const { params } = splitFragment(hash);
    return [...params.keys()].some((name) => isOwnParam(name, prefix)) ? prefix : undefined;
  }

  /** True when the URL has something the view has not read: an unread link, or url-state's parameters (turned on, or its prefix changed). */
  get needsRestore(): boolean {
    const prefix = this.prefix();
    return (prefix !== undefined && prefix !== this.restored) || !!this.link;
  }

  /**
   * The view the URL holds: an unread link's first (with url-state its parameters then leave
   * the fragment, since the query string holds the view from now on), else the query string's
   * under the current prefix; from then on the view is mirrored under that prefix. Undefined
   * when there is no unread link and the URL is not mirrored.
   */
  restore(facetKeys: readonly string[]): UrlSnapshot | undefined {
    const prefix = this.prefix();
    if (prefix) {
      if (this.restored !== prefix) this.writer.forget();
      this.restored = prefix;
    }
    const linkPrefix = this.link;
    this.readHash = location.hash;
    if (linkPrefix) {
      const { page, params } = splitFragment(location.hash);
      if (prefix) {
        const url = new URL(location.href);
        url.hash = joinFragment(page, otherParams(params, linkPrefix));
        history.replaceState(history.state, '', url);
        this.readHash = location.hash;
      }
      // The link is to the directory: bring it into view once it shows what the link holds.
      void this.host.updateComplete.then(() => this.host.scrollIntoView?.({ block: 'start' }));
      // A link is a whole view: what it does not say is the default, whatever was shown (no
      // sort: the default order, relevance once there are words, as for a fresh directory).
      const link = snapshot(params, linkPrefix, facetKeys);
      const { text = '', filters = {}, page: at = 0, sort } = link.state;
      link.state = { text, filters, page: at, sort };
      return link;
    }
    return prefix ? snapshot(new URLSearchParams(location.search), prefix, facetKeys) : undefined;
  }

  /**
   * Mirrors the view in the URL (see `UrlWriter`): typing is coalesced, any other change is
   * written at once, once the frame that shows it is drawn.
   */
  mirror(state: QueryState, org: string | undefined): void {
    const prefix = this.prefix();
    if (prefix && prefix === this.restored) this.writer.mirror(prefix, state, org);
  }

  /**
   * The link that opens a view again: in the query string under url-state's prefix (when the
   * page mirrors the view), else in the fragment, which every page keeps.
   */
  linkTo(state: QueryState, org?: string): string {
    const { text, filters, sort, page } = state;
    const shown: QueryState = { text, filters, sort, page };
    const prefix = this.prefix();
    return prefix ? stateUrl(prefix, shown, org).href : linkUrl(DEFAULTS.urlPrefix, shown, org);
  }
}

/**
 * Writes a directory's view to the page URL. Typing is coalesced: its first change is written
 * at once, later ones at most once per URL_WRITE_INTERVAL, and the last one always. Any other
 * change (a filter, the sort, a page, the open organization) is written at once — once the
 * frame that shows it is drawn: history.replaceState lays the page out (to keep its scroll
 * position), and in the host's `updated()` the results' own elements have not rendered yet, so
 * the visitor's frame would wait for a layout that is then thrown away.
 */
class UrlWriter {
  private written = '';
  /** The written state without its text: a change there (a filter, a page) is written at once. */
  private writtenRest = '';
  private lastWrite = -Infinity;
  private timer?: ReturnType<typeof setTimeout>;
  private afterFrame = false;
  private pending?: () => void;
  /** The pending change without its text. */
  private pendingRest = '';

  /** The URL may no longer hold what was written last (another prefix is mirrored now). */
  forget(): void {
    this.written = '';
  }

  mirror(prefix: string, state: QueryState, org: string | undefined): void {
    const rest = `${prefix}\u0000${JSON.stringify({ ...state, text: undefined })}\u0000${org ?? ''}`;
    const key = `${rest}\u0000${state.text ?? ''}`;
    if (key === this.written) {
      this.pending = undefined;
      return;
    }
    this.pending = () => {
      this.written = key;
      this.writtenRest = rest;
      this.lastWrite = performance.now();
      const url = stateUrl(prefix, state, org);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    };
    this.pendingRest = rest;
    if (this.afterFrame) return;
    this.afterFrame = true;
    const check = () => {
      this.afterFrame = false;
      this.writeWhenDue();
    };
    // A hidden page draws no frames.
    if (document.visibilityState === 'hidden') setTimeout(check);
    else requestAnimationFrame(() => setTimeout(check));
  }

  /** The pending change: written now, unless it is typing within the interval (then later). */
  private writeWhenDue(): void {
    if (!this.pending) return;
    const wait = this.lastWrite + URL_WRITE_INTERVAL - performance.now();
    if (this.pendingRest !== this.writtenRest || wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  /** Writes the pending change now (the page is hidden, the directory goes away). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const write = this.pending;
    this.pending = undefined;
    write?.();
  }
}
