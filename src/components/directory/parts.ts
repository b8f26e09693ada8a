// The directory's lazy parts, each a chunk loaded when first needed — the filter column and
// toolbar (extras), URL state, the overview, the detail dialog — as one controller over a small
// host interface: it starts them, says what the first results wait for, and tracks the work the
// view waits for. Every wait is bounded (shared/lazy.ts): a part the view needs that never
// arrives becomes `error`, an optional one is left out.
import type { ReactiveController } from 'lit';
import { bounded, lazy } from '../shared/lazy.js';
import type { Extras } from './extras.js';
import type { CustomHost, ShownState } from './host.js';
import type { UrlState } from './url-state.js';

/** The chunks, replaceable by tests (a chunk that never arrives). */
export const chunks = {
  extras: lazy(() => import('./extras.js')),
  url: lazy(() => import('./url-state.js')),
  summary: lazy(() => import('../summary/summary.js')),
  detail: lazy(() => import('../org-detail/org-detail.js')),
};

export class Parts implements ReactiveController {
  /** The toolbar and the partner's strings and cards, once they are there. */
  extras?: Extras;
  /** URL state, once it is there. */
  url?: UrlState;
  /** Why a part the view waits for is not there (an error state with Retry). */
  error?: unknown;
  private extrasReady?: Promise<void>;
  private extrasAwaited = false;
  private urlReady?: Promise<void>;
  /** Work the view waits for. */
  private readonly waiting = new Set<Promise<unknown>>();

  constructor(
    private readonly host: CustomHost,
    /** What "Download", "Print" and "Copy link" take away. */
    private readonly state: ShownState,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host } = this;
    // Beside the data, and smaller, so the filter column and the toolbar are usually there with
    // the first results; the toolbar follows the results, so nothing above it moves when it
    // comes later. A chunk that did not arrive leaves the directory without them, not broken.
    this.extrasReady ??= chunks
      .extras()
      .then((m) => new m.Extras(host, this.state).ready)
      .then(
        (extras) => {
          this.extras = extras;
          host.requestUpdate();
        },
        () => undefined,
      );
    this.urlReady ??= chunks.url().then((m) => {
      this.url = new m.UrlState(host, () => m.prefixOf(host.urlState));
      host.requestUpdate();
    });
    this.urlReady.catch(() => (this.urlReady = undefined));
  }

  /**
   * What the first results wait for: URL state when the page may mirror the view or its fragment
   * has parameters (url-state.ts says exactly), the partner's strings or cards (a `strings`
   * script or a `card` template among the directory's children), and the overview, which sits
   * above the results: coming later, it would push them down (a layout shift). Its chunk is
   * requested with the data (cdn-prefetch.ts, or at connection) and is the smaller of the two;
   * one that does not arrive leaves the directory without an overview.
   */
  beforeResults(): Promise<unknown> {
    const { host } = this;
    return Promise.all([
      (host.urlState != null || location.hash.includes('=')) && this.urlReady,
      (host.strings || host.querySelector(':scope > [slot]')) && this.extrasReady,
      host.summary !== 'none' &&
        !customElements.get('mhpss-summary') &&
        chunks.summary().catch(() => undefined),
    ]);
  }

  /**
   * There are results: updateComplete waits for the filter column and the toolbar from now on
   * (not before, so a directory that is still loading reports its loading state).
   */
  withResults(): void {
    if (this.extrasAwaited || !this.extrasReady) return;
    this.extrasAwaited = true;
    this.track(this.extrasReady);
  }

  // A tag already registered (`define` registers every one) needs no chunk, nor a wait.
  summary(): void {
    if (!customElements.get('mhpss-summary')) this.track(chunks.summary());
  }

  /** Work the view waits for that may fail without harm. */
  track(work: Promise<unknown>): void {
    this.waitFor(work, true);
  }

  detail(): void {
    if (!customElements.get('mhpss-org-detail')) this.waitFor(chunks.detail());
  }

  /** Settles once what the view waits for now has come or failed (each wait is bounded); undefined when it waits for nothing. */
  get settled(): Promise<unknown> | undefined {
    return this.waiting.size ? Promise.allSettled(this.waiting) : undefined;
  }

  /** Renders again once `work` is done; a part the view needs that fails is `error`. */
  private waitFor(work: Promise<unknown>, optional = false): void {
    const tracked = bounded(work).then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        console.error(`mhpss-directory: ${error}`);
        if (!optional) this.error = error;
        this.host.requestUpdate();
      },
    );
    this.waiting.add(tracked);
    void tracked.finally(() => this.waiting.delete(tracked));
  }
}
