// The in-memory directory as the element's DirectorySource. Filters, facets, name order and
// paging answer at once; text search is a chunk of its own, loaded after the first results (or
// at the first word typed). Until it is there a question with words is answered with a promise
// — the element keeps the last answer on screen meanwhile — and every other answer is synchronous.
import {
  DirectoryCore,
  hasWords,
  type DirectoryOptions,
  type QueryResult,
  type QueryState,
} from '../../core/search/directory-core.js';
import type { DirectoryData } from '../../core/model/schema.js';
import type { DirectorySource, QueryOptions } from '../../core/source.js';
import { bounded, lazy } from '../shared/lazy.js';

/** The chunks the source loads, replaceable by tests (a chunk that never arrives). */
export const chunks = { textEngine: lazy(() => import('../../core/search/text-engine.js')) };

/** Work for when the browser has nothing better to do (and soon, at the latest). */
export const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 2000 })
    : setTimeout(work, 200);

// The core itself, whose `query` may answer with a promise: typed without the core's `query`
// (which never does), so that this one can say so. `answer` is the core's query.
const Core = DirectoryCore as new (
  data: DirectoryData,
  options?: DirectoryOptions,
) => Omit<DirectoryCore, 'query'>;

export class MemorySource extends Core implements DirectorySource {
  private ready?: Promise<void>;

  query(state: QueryState, options?: QueryOptions): QueryResult | Promise<QueryResult> {
    if (this.searchable || !hasWords(state.text ?? '')) return this.answer(state, false);
    return this.search().then(() => {
      options?.signal?.throwIfAborted();
      return this.answer(state, false);
    });
  }

  /** Loads text search (once; again after a failure, or a chunk that did not arrive in time). */
  search(): Promise<void> {
    const core = this as unknown as DirectoryCore;
    return (this.ready ??= bounded(chunks.textEngine()).then(
      ({ createTextEngine, warmUp }) => {
        if (this.searchable) return;
        this.attachTextEngine(createTextEngine(core));
        whenIdle(() => warmUp(core));
      },
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    ));
  }
}
