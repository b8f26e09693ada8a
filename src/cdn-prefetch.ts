// The CDN module's first statements: the data of the directories already on the page is
// requested before the rest of the module — the elements, Lit, the data model, a tenth of a
// second of evaluation on a slow phone — has even run. Each element takes its response when
// it starts loading (load-data.ts); one that no element took by the end of the task is dropped.
// The lazy parts every first screen shows are requested here too.
import { chunks } from './components/directory/parts.js';

/** The member list shipped next to this script (`…/dist/cdn/` → `…/data/members.json`). */
export const shippedList = new URL('../../data/members.json', import.meta.url).href;

const early = new Map<string, { response: Promise<Response>; abort: AbortController }>();

// A second copy of the script, or a page that registered the element itself: the directories
// are already loading.
if (!customElements.get('mhpss-directory')) {
  for (const el of document.querySelectorAll('mhpss-directory')) {
    // Data set from code (before the element upgraded) needs no request.
    if (Object.hasOwn(el, 'data') || Object.hasOwn(el, 'source')) continue;
    // A directory on a server: its description (`/` of the API) is the first request.
    const endpoint = el.getAttribute('endpoint');
    const url = endpoint
      ? new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, document.baseURI).href
      : new URL(el.getAttribute('src') || shippedList, document.baseURI).href;
    if (early.has(url)) continue;
    // The same request the element makes (mode cors, credentials same-origin), so that a
    // preload of the page serves either.
    const abort = new AbortController();
    const response = fetch(url, {
      signal: abort.signal,
      ...(endpoint ? { headers: { accept: 'application/json' } } : {}),
    });
    response.catch(() => {});
    early.set(url, { response, abort });
  }
  // The parts of a first screen, beside the data: the filter column and the toolbar, and the
  // overview unless every directory turned it off.
  const directories = [...document.querySelectorAll('mhpss-directory')];
  if (directories.length) chunks.extras().catch(() => {});
  if (directories.some((el) => el.getAttribute('summary') !== 'none')) {
    chunks.summary().catch(() => {});
  }
  if (early.size) {
    setTimeout(() => {
      for (const { abort } of early.values()) abort.abort();
      early.clear();
    });
  }
}

/**
 * The response to a request started early for `url` (absolute), once; undefined if none.
 * From then on it is the caller's: `signal` aborts it.
 */
export function takeEarlyResponse(
  url: string,
  signal?: AbortSignal,
): Promise<Response> | undefined {
  const entry = early.get(url);
  if (!entry) return undefined;
  early.delete(url);
  signal?.addEventListener('abort', () => entry.abort.abort(), { once: true });
  return entry.response;
}
