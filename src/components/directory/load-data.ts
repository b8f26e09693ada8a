// Fetches and reads a directory file (JSON or CSV), and knows where the shipped member list is.
// The CSV reader is a chunk of its own: most partners load JSON and never download it.
import { DirectoryLoadError, parseDirectory, type ParseResult } from '../../core/load.js';

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

/** CSV by the address's extension or the media type, else by content: JSON and HTML start with `{ [ <`. */
function isCsv(pathname: string, type: string, text: string): boolean {
  if (/\.csv$/i.test(pathname) || /\bcsv\b/i.test(type)) return true;
  if (/json|html|xml/i.test(type) || /\.json$/i.test(pathname)) return false;
  const start = text.replace(/^\ufeff/, '').trimStart();
  return start !== '' && !'{[<'.includes(start[0]!);
}

/** Fetches a directory file and reads it as CSV or JSON, by URL, media type or content. */
export async function fetchDirectory(url: string, signal?: AbortSignal): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DirectoryLoadError(`${url}: the server could not be reached (${error})`, {
      code: 'network',
      cause: error,
    });
  }
  if (!response.ok) {
    throw new DirectoryLoadError(`${url}: HTTP ${response.status} ${response.statusText}`.trim(), {
      code: 'http',
    });
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  // Relative to the document's base URL, as fetch() resolved it.
  const pathname = new URL(response.url || url, document.baseURI).pathname;
  try {
    if (!isCsv(pathname, type, text)) return parseDirectory(text);
    const { parseDirectoryCsv } = await import('./csv-reader.js');
    return parseDirectoryCsv(text);
  } catch (error) {
    if (error instanceof DirectoryLoadError) {
      throw new DirectoryLoadError(`${url}: ${error.message}`, { code: error.code, cause: error });
    }
    throw error;
  }
}
