// URL state as a reactive controller: it owns whether the page URL mirrors this directory (and
// under which prefix), reads a shared link before it ever writes, and coalesces writes while a
// visitor types. A link made with "Copy link" (`#mhpss-q=…`) is read with or without url-state,
// on load and when the fragment changes. The code that reads and writes parameters loads only
// for pages that opt in or are opened from such a link.
import type { ReactiveController, ReactiveElement } from 'lit';
import { CORE_DEFAULTS as DEFAULTS } from '../../core/defaults.js';
import type { QueryState } from '../../core/search/directory-core.js';

type UrlModule = typeof import('./url-state.js');

/** What a URL holds for one directory: its search state and the open organization. */
export interface UrlSnapshot {
  state: QueryState;
  org?: string;
}

/** Writes at most once per this many milliseconds while the view changes, then once more. */
export const URL_WRITE_INTERVAL = 300;

export class UrlStateController implements ReactiveController {
  private module?: UrlModule;
  private loading?: Promise<UrlModule>;
  /** The prefix whose parameters were read into the view: only that prefix is written. */
  private restored?: string;
  /** Schedules the writes (with the URL code: only pages that mirror the URL load it). */
  private writer?: InstanceType<UrlModule['UrlWriter']>;
  /**
   * The fragment whose link was read into the view: a link is read once, not on every load; a
   * new one (followed on the same page) is read on the next update.
   */
  private readHash?: string;

  constructor(
    private readonly host: ReactiveElement,
    /** The prefix in effect (from the host's `url-state`), or undefined when the URL is left alone. */
    private readonly prefix: () => string | undefined,
  ) {
    host.addController(this);
  }

  private readonly handlePageHide = () => this.writer?.flush();

  /**
   * The prefix of a link for this directory the fragment may hold, not read yet: links use
   * url-state's prefix, else the default (`CORE_DEFAULTS.urlPrefix`).
   */
  private get link(): string | undefined {
    const prefix = this.prefix() ?? DEFAULTS.urlPrefix;
    const hash = location.hash;
    return hash !== this.readHash && hash.includes(prefix) ? prefix : undefined;
  }

  hostConnected(): void {
    // A visitor who follows a link right after typing still finds their search on Back.
    addEventListener('pagehide', this.handlePageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.handlePageHide);
    // A view that goes away still leaves its last state in the URL.
    this.writer?.flush();
  }

  /** Loads the URL code if the host mirrors the URL or has a link to read (else resolves at once). */
  async prepare(): Promise<void> {
    if (this.module || !(this.prefix() || this.link)) return;
    this.loading ??= import('./url-state.js');
    this.module = await this.loading;
    this.writer = new this.module.UrlWriter();
  }

  /**
   * The view the URL holds, after `prepare()`: an unread link's, else the query string's under
   * the current prefix; from then on the view is mirrored under that prefix. Undefined when
   * there is no unread link and the URL is not mirrored.
   */
  restore(facetKeys: readonly string[]): UrlSnapshot | undefined {
    const prefix = this.prefix();
    if (!this.module) return undefined;
    if (prefix) {
      if (this.restored !== prefix) this.writer?.forget();
      this.restored = prefix;
    }
    const link = this.link;
    this.readHash = location.hash;
    return this.module.readUrlState(prefix, link, facetKeys, this.host);
  }

  /** True when the URL has something the view has not read: an unread link, or url-state's parameters (turned on, or its prefix changed). */
  get needsRestore(): boolean {
    const prefix = this.prefix();
    return (prefix !== undefined && prefix !== this.restored) || !!this.link;
  }

  /**
   * Mirrors the view in the URL (see `UrlWriter`): typing is coalesced, any other change is
   * written at once, once the frame that shows it is drawn.
   */
  mirror(state: QueryState, org: string | undefined): void {
    const prefix = this.prefix();
    if (prefix && prefix === this.restored) this.writer?.mirror(prefix, state, org);
  }
}
