// Reads and writes a view of the directory in a URL. Two forms, with the same prefixed
// parameters (`mhpss-q`, `mhpss-f-regions`, `mhpss-page`, `mhpss-sort`, `mhpss-org`):
// - url-state mirrors the view in the page's query string (`history.replaceState`), keeping the
//   page's own parameters;
// - a shared link ("Copy link") carries it in the fragment (`#mhpss-q=child&…`), which every page
//   keeps and no server sees, so it works on pages without url-state. A page whose fragment is
//   its own (`#members`, a hash router's `#/members`) keeps it: the view follows a `?`.
// Loaded only by directories with url-state, or opened from a link.
import type { QueryState } from '../../core/search/directory-core.js';
import {
  mergeSearchParams,
  stateFromSearchParams,
  stateToSearchParams,
} from '../../core/state/url.js';
import { URL_WRITE_INTERVAL, type UrlSnapshot } from './url-state-controller.js';

/** The open organization is a widget concern, so it gets its own parameter: `<prefix>org`. */
const ORG = 'org';

function snapshot(params: URLSearchParams, prefix: string, facetKeys: readonly string[]) {
  const state = stateFromSearchParams(params, prefix, facetKeys);
  return { state, org: params.get(prefix + ORG) ?? undefined };
}

/** A fragment as its page's part (an anchor, a route) and its parameters (after `?`, or all). */
function splitFragment(hash: string): { page: string; params: URLSearchParams } {
  const text = hash.replace(/^#/, '');
  const at = text.indexOf('?');
  const page = at >= 0 ? text.slice(0, at) : text.includes('=') ? '' : text;
  return { page, params: new URLSearchParams(page === text ? '' : text.slice(at + 1)) };
}

/** Whether a parameter name is one this prefix's view writes. */
const ours = (name: string, prefix: string) => name.startsWith(prefix);

/** The fragment's parameters without this prefix's. */
function otherParams(params: URLSearchParams, prefix: string): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of params) if (!ours(name, prefix)) out.append(name, value);
  return out;
}

const joinFragment = (page: string, params: URLSearchParams) => {
  const query = params.toString();
  return page && query ? `#${page}?${query}` : query ? `#${query}` : page ? `#${page}` : '';
};

/**
 * The view the URL holds: a link's fragment under `linkPrefix` first (a visitor followed a
 * shared link), else the query string under `prefix` (url-state). With url-state the link's
 * parameters then leave the fragment, since the query string holds the view from now on.
 */
export function readUrlState(
  prefix: string | undefined,
  linkPrefix: string | undefined,
  facetKeys: readonly string[],
  host?: HTMLElement & { updateComplete: Promise<unknown> },
): UrlSnapshot | undefined {
  if (linkPrefix) {
    const { page, params } = splitFragment(location.hash);
    if ([...params.keys()].some((name) => ours(name, linkPrefix))) {
      if (prefix) {
        const url = new URL(location.href);
        url.hash = joinFragment(page, otherParams(params, linkPrefix));
        history.replaceState(history.state, '', url);
      }
      // The link is to the directory: bring it into view once it shows what the link holds.
      void host?.updateComplete.then(() => host.scrollIntoView({ block: 'start' }));
      // A link is a whole view: what it does not say is the default, whatever was shown (no
      // sort: the default order, relevance once there are words, as for a fresh directory).
      const link = snapshot(params, linkPrefix, facetKeys);
      const { text = '', filters = {}, page: at = 0, sort } = link.state;
      link.state = { text, filters, page: at, sort };
      return link;
    }
  }
  return prefix ? snapshot(new URLSearchParams(location.search), prefix, facetKeys) : undefined;
}

/** The page URL with this prefix's view in its query string (what url-state writes). */
export function stateUrl(prefix: string, state: QueryState, org?: string): URL {
  const url = new URL(location.href);
  const params = mergeSearchParams(url.searchParams, state, prefix);
  if (org) params.set(prefix + ORG, org);
  else params.delete(prefix + ORG);
  url.search = params.toString();
  return url;
}

export function writeUrlState(prefix: string, state: QueryState, org?: string): void {
  const url = stateUrl(prefix, state, org);
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/**
 * A link to this view for pages that do not mirror it: the page URL with the view in its
 * fragment, the fragment's own anchor or route and other parameters kept.
 */
export function linkUrl(prefix: string, state: QueryState, org?: string): string {
  const url = new URL(location.href);
  const { page, params } = splitFragment(url.hash);
  const view = otherParams(params, prefix);
  for (const [name, value] of stateToSearchParams(state, prefix)) view.append(name, value);
  if (org) view.append(prefix + ORG, org);
  url.hash = joinFragment(page, view);
  return url.href;
}

/**
 * Writes a directory's view to the page URL. Typing is coalesced: its first change is written
 * at once, later ones at most once per URL_WRITE_INTERVAL, and the last one always. Any other
 * change (a filter, the sort, a page, the open organization) is written at once — once the
 * frame that shows it is drawn: history.replaceState lays the page out (to keep its scroll
 * position), and in the host's `updated()` the results' own elements have not rendered yet, so
 * the visitor's frame would wait for a layout that is then thrown away.
 */
export class UrlWriter {
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
      writeUrlState(prefix, state, org);
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
