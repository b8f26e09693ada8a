// URL state as a reactive controller: it owns whether the page URL mirrors this directory (and
// under which prefix), reads a shared link before it ever writes, and coalesces writes while a
// visitor types. A link made with "Copy link" (`#mhpss-q=…`) is read with or without url-state,
// on load and when the fragment changes. The code that reads and writes parameters loads only
// for pages that opt in or are opened from such a link.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { QueryState } from '../../core/directory-core.js';

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
  private written = '';
  /** The written state without its text: a change there (a filter, a page) is written at once. */
  private writtenRest = '';
  private lastWrite = -Infinity;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: () => void;
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

  private readonly handlePageHide = () => this.flush();

  /**
   * The prefix of a link for this directory the fragment may hold, not read yet: links use
   * url-state's prefix, else the default (`CORE_DEFAULTS.urlPrefix`).
   */
  private get link(): string | undefined {
    const prefix = this.prefix() ?? 'mhpss-';
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
    this.flush();
  }

  /** Loads the URL code if the host mirrors the URL or has a link to read (else resolves at once). */
  async prepare(): Promise<void> {
    if (this.module || !(this.prefix() || this.link)) return;
    this.loading ??= import('./url-state.js');
    this.module = await this.loading;
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
      if (this.restored !== prefix) this.written = '';
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
   * Mirrors the view in the URL. Typing is coalesced: its first change is written at once,
   * later ones at most once per URL_WRITE_INTERVAL, and the last one always. Any other change
   * (a filter, the sort, a page, the open organization) is written at once.
   */
  mirror(state: QueryState, org: string | undefined): void {
    const prefix = this.prefix();
    const module = this.module;
    if (!prefix || prefix !== this.restored || !module) return;
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
      module.writeUrlState(prefix, state, org);
    };
    const wait = this.lastWrite + URL_WRITE_INTERVAL - performance.now();
    if (rest !== this.writtenRest || wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const write = this.pending;
    this.pending = undefined;
    write?.();
  }
}
