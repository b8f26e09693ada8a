// Fetches and reads a directory file (JSON or CSV), and knows where the shipped member list is.
import {
  looksLikeCsv,
  parseDirectory,
  parseDirectoryCsv,
  type ParseResult,
} from '../../core/index.js';

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
  // A wrong address on many servers answers 200 with an HTML page (a CMS's "not found" page,
  // a login wall): say so, instead of reading the page as a CSV file with no id column.
  if (/html/i.test(type) || /^\s*<(!doctype|html|head|body|\?xml)\b/i.test(text)) {
    throw new Error(
      `${url}: expected a directory file (JSON or CSV) but got a web page; check the src address`,
    );
  }
  // Relative to the document's base URL, as fetch() resolved it.
  return looksLikeCsv(new URL(response.url || url, document.baseURI).pathname) ||
    looksLikeCsv(type, text)
    ? parseDirectoryCsv(text)
    : parseDirectory(text);
}
