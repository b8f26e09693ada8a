// Loading, in the manner of Lit's Task: it owns the status, the value or error, the abort signal
// of the run in flight, and what happens after a run settles (callbacks once the host has
// rendered the outcome).
import type { ReactiveControllerHost } from 'lit';

export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface LoadOptions<T> {
  /** The work: resolves to the value, or throws. `signal` aborts when a newer run starts. */
  task: (signal: AbortSignal) => Promise<T>;
  /** After the host rendered a completed run. */
  onComplete?: (value: T) => void;
  /** After the host rendered a failed run. */
  onError?: (error: unknown) => void;
}

export class LoadController<T> {
  /** `initial` before the first run, `pending` while one is in flight, then its outcome. */
  status: LoadStatus = 'initial';
  /** The last completed run's value (cleared when a run starts or fails). */
  value?: T;
  /** The last failed run's error. */
  error?: unknown;
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<T>,
  ) {}

  /**
   * Starts a run; the one in flight, if any, is aborted and its outcome ignored. Resolves once
   * the host has rendered the outcome and the callbacks ran.
   */
  async run(): Promise<void> {
    this.inFlight?.abort();
    const abort = (this.inFlight = new AbortController());
    this.status = 'pending';
    this.value = undefined;
    this.error = undefined;
    this.host.requestUpdate();
    let value: T | undefined;
    let failed = false;
    let error: unknown;
    try {
      value = await this.options.task(abort.signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (abort.signal.aborted) return;
    if (failed) {
      this.status = 'error';
      this.error = error;
    } else {
      this.status = 'complete';
      this.value = value;
    }
    this.host.requestUpdate();
    // Events and focus follow what the visitor sees: after the render, not in the middle of it.
    await this.host.updateComplete;
    if (abort.signal.aborted) return;
    if (failed) this.options.onError?.(error);
    else this.options.onComplete?.(value as T);
  }
}
