// URL state as a reactive controller: it owns whether the page URL mirrors this directory (and
// under which prefix), reads a shared link before it ever writes, and coalesces writes while a
// visitor types. The code that reads and writes parameters loads only for pages that opt in.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
  private afterFrame = false;
  private pending?: () => void;
  /** The pending change without its text. */
  private pendingRest = '';

  constructor(
    host: ReactiveControllerHost,
    /** The prefix in effect (from the host's `url-state`), or undefined when the URL is left alone. */
    private readonly prefix: () => string | undefined,
  ) {
    host.addController(this);
  }

  private readonly handlePageHide = () => this.flush();

  hostConnected(): void {
    // A visitor who follows a link right after typing still finds their search on Back.
    addEventListener('pagehide', this.handlePageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.handlePageHide);
    // A view that goes away still leaves its last state in the URL.
    this.flush();
  }

  /** Loads the URL code if the host mirrors the URL (resolves at once otherwise). */
  async prepare(): Promise<void> {
    if (!this.prefix() || this.module) return;
    this.loading ??= import('./url-state.js');
    this.module = await this.loading;
  }

  /**
   * The URL's state under the current prefix, after `prepare()`; from then on the view is
   * mirrored under that prefix. Undefined when the URL is not mirrored.
   */
  restore(facetKeys: readonly string[]): UrlSnapshot | undefined {
    const prefix = this.prefix();
    if (!prefix || !this.module) return undefined;
    if (this.restored !== prefix) this.written = '';
    this.restored = prefix;
    return this.module.readUrlState(prefix, facetKeys);
  }

  /** True when the current prefix has not been read yet (url-state turned on, or changed). */
  get needsRestore(): boolean {
    const prefix = this.prefix();
    return prefix !== undefined && prefix !== this.restored;
  }

  /**
   * Mirrors the view in the URL. Typing is coalesced: its first change is written at once,
   * later ones at most once per URL_WRITE_INTERVAL, and the last one always. Any other change
   * (a filter, the sort, a page, the open organization) is written at once — once the frame
   * that shows it is drawn: history.replaceState lays the page out (to keep its scroll
   * position), and here, in the host's `updated()`, the results' own elements have not
   * rendered yet, so the visitor's frame would wait for a layout that is then thrown away.
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

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const write = this.pending;
    this.pending = undefined;
    write?.();
  }
}
