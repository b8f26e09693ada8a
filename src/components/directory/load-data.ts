// Fetches and reads a directory file (JSON or CSV), and knows where the shipped member list is.
import {
  DirectoryLoadError,
  parseDirectory,
  parseDirectoryCsv,
  type ParseResult,
} from '../../core/index.js';
import { looksLikeCsv } from '../../core/csv.js';

let defaultSrc: string | undefined;

/**
 * The shipped member list, resolved next to this module: in the npm package
 * `dist/components/directory/` → `data/members.json` (bundlers that understand
 * `new URL(…, import.meta.url)` copy the file along). The CDN builds call `setDefaultSrc`
 * with the path next to their own script instead.
 */
export function getDefaultSrc(): string {
  return defaultSrc ?? new URL('../../../data/members.json', import.meta.url).href;
}

export function setDefaultSrc(url: string): void {
  defaultSrc = url;
}

/** Fetches a directory file and reads it as CSV or JSON, by URL, media type or content. */
export async function fetchDirectory(url: string, signal?: AbortSignal): Promise<ParseResult> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  // Relative to the document's base URL, as fetch() resolved it. An HTML page is never CSV:
  // parseDirectory then says a web page came back.
  const csv =
    looksLikeCsv(new URL(response.url || url, document.baseURI).pathname) ||
    looksLikeCsv(type, text);
  try {
    return csv ? parseDirectoryCsv(text) : parseDirectory(text);
  } catch (error) {
    if (error instanceof DirectoryLoadError)
      throw new DirectoryLoadError(`${url}: ${error.message}`);
    throw error;
  }
}
