// Mirrors the visitor's search in the page URL (prefixed parameters, `history.replaceState`)
// without touching the page's own parameters, and reads it back. Loaded only by directories
// with `url-state`.
import type { QueryState } from '../../core/directory-core.js';
import { mergeSearchParams, stateFromSearchParams } from '../../core/state.js';
import type { UrlSnapshot } from './url-state-controller.js';

/** The open organization is a widget concern, so it gets its own parameter: `<prefix>org`. */
const ORG = 'org';

export function readUrlState(prefix: string, facetKeys: readonly string[]): UrlSnapshot {
  const params = new URLSearchParams(location.search);
  const state = stateFromSearchParams(params, prefix, facetKeys);
  return { state, org: params.get(prefix + ORG) ?? undefined };
}

export function writeUrlState(prefix: string, state: QueryState, org?: string): void {
  const url = new URL(location.href);
  const params = mergeSearchParams(url.searchParams, state, prefix);
  if (org) params.set(prefix + ORG, org);
  else params.delete(prefix + ORG);
  url.search = params.toString();
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
