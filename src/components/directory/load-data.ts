// Fetches and reads a directory file (JSON or CSV), and knows where the shipped member list is.
import {
  DirectoryLoadError,
  looksLikeCsv,
  parseDirectory,
  parseDirectoryCsv,
  type ParseResult,
} from '../../core/index.js';

let defaultSrc: string | undefined;

/**
 * The shipped member list, resolved next to this module: in the npm package
 * `dist/components/directory/` → `data/members.json`. Keep the literal `new URL('…',
 * import.meta.url)` form: Vite, webpack 5, Parcel and Rollup's import-meta-assets plugin read it
 * and copy the file into the app's build. esbuild leaves it as it is (the README says what its
 * users add). The CDN builds call `setDefaultSrc` with the path next to their own script.
 */
export function getDefaultSrc(): string {
  return defaultSrc ?? new URL('../../../data/members.json', import.meta.url).href;
}

/** What an app whose bundler did not copy the shipped list can do about it. */
const MISSING_DEFAULT =
  'the member list shipped with mhpss-directory is not there: this bundler did not copy ' +
  "mhpss-directory/data/members.json; serve that file and set the element's `src` (or " +
  '`MhpssDirectory.defaultSrc`) to its URL';

export function setDefaultSrc(url: string): void {
  defaultSrc = url;
}

/** Fetches a directory file and reads it as CSV or JSON, by URL, media type or content. */
export async function fetchDirectory(url: string, signal?: AbortSignal): Promise<ParseResult> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    const status = `${url}: HTTP ${response.status} ${response.statusText}`.trim();
    const missingDefault = response.status === 404 && url === getDefaultSrc();
    throw new Error(missingDefault ? `${status}: ${MISSING_DEFAULT}` : status);
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
