// The in-memory directory as the element's DirectorySource. Filters, facets, name order and
// paging answer at once; text search is a chunk of its own, loaded after the first results (or
// at the first word typed). Until it is there a question with words is answered with a promise
// — the element keeps the last answer on screen meanwhile — and every other answer is synchronous.
// A list read from JSON text comes in two stages (core/model/validate.ts): the first answer needs
// only its records' ids, names and facet terms, and the records it shows read whole; the rest
// are read a slice at a time after it (`finish`), before text search or anything that needs them.
import {
  DirectoryCore,
  hasWords,
  type DirectoryOptions,
  type QueryResult,
  type QueryState,
} from '../../core/search/directory-core.js';
import { nameCollator } from '../../core/search/collation.js';
import { displayName } from '../../core/model/labels.js';
import type { DirectoryData, Organization } from '../../core/model/schema.js';
import type { RawParseResult, StagedDirectory } from '../../core/model/validate.js';
import type { DirectorySource, QueryOptions } from '../../core/source.js';
import { bounded, lazy } from '../shared/lazy.js';

/** The chunks the source loads, replaceable by tests (a chunk that never arrives). */
export const chunks = { textEngine: lazy(() => import('../../core/search/text-engine.js')) };

/** Work for when the browser has nothing better to do (and soon, at the latest). */
export const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 2000 })
    : setTimeout(work, 200);

/** Work in a task of its own, as soon as the tasks already waiting have run (no timer clamp). */
export function nextTask(work: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => work();
  port2.postMessage(null);
}

/** Resolves in a task of its own: what comes after it does not lengthen the current task. */
export const yieldTask = () => new Promise<void>((resolve) => nextTask(resolve));

/**
 * What a first answer in `lang` will need and that the data does not change — its collator and
 * its country names, tens of milliseconds each on a slow phone the first time — made while the
 * data is on its way, each in a task of its own.
 */
export function prepareLanguage(lang: string): void {
  nextTask(() => nameCollator(lang));
  nextTask(() => displayName('ZZ', lang, 'region'));
}

// The core itself, whose `query` may answer with a promise: typed without the core's `query`
// (which never does), so that this one can say so. `answer` is the core's query.
const Core = DirectoryCore as new (
  data: DirectoryData,
  options?: DirectoryOptions,
) => Omit<DirectoryCore, 'query'>;

/** How long a slice of `finish` may take before it lets other work in, in milliseconds. */
const SLICE_MS = 8;

export class MemorySource extends Core implements DirectorySource {
  private ready?: Promise<void>;
  /** A question with words waits for text search: build it without yielding to other tasks. */
  private waited = false;
  private finishing?: Promise<RawParseResult | undefined>;

  constructor(
    data: DirectoryData,
    options?: DirectoryOptions,
    /** The list's second stage, when it is read in two: `data` holds provisional records. */
    private readonly staged?: StagedDirectory,
  ) {
    super(data, options);
  }

  query(state: QueryState, options?: QueryOptions): QueryResult | Promise<QueryResult> {
    if (this.searchable || !hasWords(state.text ?? '')) return this.answer(state, false);
    this.waited = true;
    return this.search().then(() => {
      options?.signal?.throwIfAborted();
      return this.answer(state, false);
    });
  }

  /** A record is read whole before it is shown (see `DirectoryCore.record`). */
  protected record(d: number): Organization {
    return this.staged ? this.staged.complete(d) : this.data.organizations[d]!;
  }

  /**
   * Reads the records not read yet, a slice at a time between other tasks; resolves with every
   * record and issue (undefined for a list read in one go, whose issues came with it).
   */
  finish(): Promise<RawParseResult | undefined> {
    const { staged } = this;
    return (this.finishing ??= new Promise((resolve) => {
      if (!staged) return resolve(undefined);
      let i = 0;
      const slice = () => {
        const end = performance.now() + SLICE_MS;
        while (i < this.size && performance.now() < end) staged.complete(i++);
        if (i < this.size) nextTask(slice);
        else resolve(staged.finish());
      };
      nextTask(slice);
    }));
  }

  /** Loads text search (once; again after a failure, or a chunk that did not arrive in time). */
  search(): Promise<void> {
    const core = this as unknown as DirectoryCore;
    return (this.ready ??= Promise.all([bounded(chunks.textEngine()), this.finish()]).then(
      async ([{ createTextEngine, searchLabels, warmUpSteps }]) => {
        if (this.searchable) return;
        // Built while the visitor reads, in tasks none of them long on a slow phone: the label
        // groups (countries named in four languages), the index, then each warm-up search when
        // the browser is idle. A visitor already waiting for it gets it at once.
        const labels = searchLabels(core);
        if (!this.waited) await yieldTask();
        if (this.searchable) return;
        this.attachTextEngine(createTextEngine(core, labels));
        const steps = warmUpSteps(core);
        const next = (): void => {
          const step = steps.shift();
          if (!step) return;
          whenIdle(() => {
            step();
            next();
          });
        };
        next();
      },
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    ));
  }
}
