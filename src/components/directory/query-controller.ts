// Asking a DirectorySource, as a reactive controller in the manner of Lit's Task: it owns the
// answer on screen, the status of the question in flight, its abort signal, and Retry. A
// synchronous answer (the in-memory directory) is taken in the same update; a promise keeps the
// last answer on screen, is aborted by the next question, and is ignored if it comes late.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QueryResult, QueryState } from '../../core/search/directory-core.js';
import type { DirectorySource } from '../../core/source.js';
import { bounded } from '../shared/lazy.js';

export type QueryStatus = 'initial' | 'pending' | 'complete' | 'error';

const same = (a: unknown[] | undefined, b: unknown[]) =>
  a?.length === b.length && a.every((value, i) => value === b[i]);

export class QueryController implements ReactiveController {
  /** `pending` while an answer is on its way, `error` when the last question failed. */
  status: QueryStatus = 'initial';
  /** The last answer: on screen while the next one is on its way. */
  result?: QueryResult;
  /** Why the last question failed. */
  error?: unknown;
  /** Settles when the answer in flight has come, failed or been given up on (bounded). */
  pending?: Promise<void>;
  /** The question the answer on screen, or the one in flight, is for. */
  private asked?: unknown[];
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Takes an answer; returns the question it now answers (the view settled on it). */
    private readonly take: (result: QueryResult) => QueryState,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** Asks `source`, unless that question is the one already answered or on its way. */
  ask(source: DirectorySource, state: QueryState): void {
    const key = [source, ...Object.values(state)];
    if (same(this.asked, key)) return;
    this.asked = key;
    this.inFlight?.abort();
    const abort = (this.inFlight = new AbortController());
    let answer: QueryResult | Promise<QueryResult>;
    try {
      answer = source.query(state, { signal: abort.signal });
    } catch (error) {
      this.settle(abort, undefined, error);
      return;
    }
    if (!(answer instanceof Promise)) {
      this.settle(abort, answer);
      return;
    }
    this.status = 'pending';
    const late = (result?: QueryResult, error?: unknown) => {
      if (this.settle(abort, result, error)) this.host.requestUpdate();
    };
    this.pending = bounded(answer).then(late, (error: unknown) => late(undefined, error));
  }

  /** Asks the last question again (the Retry button). */
  retry(): void {
    this.asked = undefined;
    this.host.requestUpdate();
  }

  /** Drops the answer and aborts the question in flight (a new source, or the host went away). */
  forget(): void {
    this.inFlight?.abort();
    this.inFlight = this.asked = this.result = undefined;
    this.status = 'initial';
  }

  /** Takes an answer or a failure; false when a newer question was asked meanwhile. */
  private settle(abort: AbortController, result?: QueryResult, error?: unknown): boolean {
    if (this.inFlight !== abort) return false;
    this.inFlight = undefined;
    if (result) {
      this.status = 'complete';
      this.result = result;
      this.error = undefined;
      this.asked = [this.asked![0], ...Object.values(this.take(result))];
    } else {
      this.status = 'error';
      this.error = error;
    }
    return true;
  }
}
