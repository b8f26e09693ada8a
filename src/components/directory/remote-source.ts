// A directory that lives on a server: `<mhpss-directory endpoint="https://…/hsds/">`. A chunk of
// its own, loaded only when `endpoint` is set, so that HsdsSource never weighs on the script
// every other partner loads. The element asks it as it asks any DirectorySource: HsdsSource
// aborts, caches and retries; what the element adds for a server is here — a fast typist's
// keystrokes are not each a request.
import type { QueryResult, QueryState } from '../../core/search/directory-core.js';
import type { DirectorySource, QueryOptions } from '../../core/source.js';
import { HsdsSource } from '../../core/sources/hsds-source.js';

/**
 * Keystrokes closer than this (ms) are a typing burst: the server is asked about the words once
 * the burst pauses this long. The first keystroke after a pause, slower typing, filters, sort
 * and pages are asked at once.
 */
export const TYPING_PAUSE = 100;

/** True when `next` differs from `last` only by its text (and the page typing resets). */
function typing(last: QueryState | undefined, next: QueryState): boolean {
  if (!last || last.text === next.text) return false;
  const rest = ({ text: _t, page: _p, ...other }: QueryState) => JSON.stringify(other);
  return rest(last) === rest(next);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * A server's directory as the element asks it: a keystroke within TYPING_PAUSE of the last
 * waits until typing pauses (the element aborts it when the next one comes); everything else
 * is the server's source itself.
 */
export class PausingSource implements DirectorySource {
  private last?: QueryState;
  private typedAt = -Infinity;

  constructor(readonly server: DirectorySource) {}

  get data() {
    return this.server.data;
  }
  get size() {
    return this.server.size;
  }
  get facetKeys() {
    return this.server.facetKeys;
  }
  get capabilities() {
    return this.server.capabilities;
  }
  facetLabel(facet: string, lang?: string): string {
    return this.server.facetLabel(facet, lang);
  }
  termLabel(facet: string, term: string, lang?: string): string {
    return this.server.termLabel(facet, term, lang);
  }
  get(id: string) {
    return this.server.get(id);
  }
  organization(id: string, options?: QueryOptions) {
    return this.server.organization?.(id, options) ?? Promise.resolve(this.server.get(id));
  }

  async query(state: QueryState, options: QueryOptions = {}): Promise<QueryResult> {
    const now = performance.now();
    if (typing(this.last, state)) {
      const burst = now - this.typedAt < TYPING_PAUSE;
      this.typedAt = now;
      this.last = state;
      if (burst) await pause(TYPING_PAUSE, options.signal);
    } else this.last = state;
    return this.server.query(state, options);
  }
}

/**
 * Connects to the API whose description is at `root` (its base URL). `early` is the response
 * to that request if the CDN script started it before the element ran.
 */
export async function openRemote(
  root: string,
  lang: string,
  signal: AbortSignal,
  early?: Promise<Response>,
): Promise<DirectorySource> {
  let first = early;
  const server = await HsdsSource.connect(
    root,
    {
      lang,
      // The early response stands for the first request only; a retry asks again.
      fetch: (input, init) => {
        const taken = first;
        first = undefined;
        return taken && String(input) === root ? taken : fetch(input, init);
      },
    },
    signal,
  );
  return new PausingSource(server);
}
