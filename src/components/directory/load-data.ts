// Fetches and reads a directory file (JSON or CSV), and knows where the shipped list is.
// The CSV reader is a chunk of its own: most partners load JSON and never download it. So are
// the sentences that describe data issues: they are written only when a file has issues, after
// the first results are on screen; and the client of a directory on a server (`endpoint`).
import { looksLikeCsv } from '../../core/formats/sniff.js';
import { DirectoryLoadError, type DirectoryLoadErrorCode } from '../../core/model/load-errors.js';
import type { DataIssue } from '../../core/model/load.js';
import type { DirectoryData } from '../../core/model/schema.js';
import {
  stageDirectory,
  validateDirectory,
  type RawParseResult,
  type StagedDirectory,
} from '../../core/model/validate.js';
import type { DirectorySource } from '../../core/source.js';
import { MemorySource, yieldTask } from './memory-source.js';

/** A directory file as read: the valid data, how many issues it has, and their sentences. */
export interface ReadResult {
  data: DirectoryData;
  /** How many issues (undefined while a list read in two stages is not read whole). */
  issueCount?: number;
  /** The issues with their sentences (loaded when there are any). */
  issues?: Promise<DataIssue[]>;
  /** A list read in two stages: `data` holds provisional records until they are completed. */
  staged?: StagedDirectory;
}

/** The issues' sentences, from their own chunk, only when there are issues. */
const sentences = (raw: RawParseResult): Promise<DataIssue[]> =>
  raw.issues.length
    ? import('./issue-sentences.js').then((m) => m.describeIssues(raw).issues)
    : Promise.resolve([]);

/**
 * Validates a directory document (object or JSON text); throws DirectoryLoadError if unreadable.
 * JSON text is read in two stages (a first answer needs only part of it); objects from code are
 * read whole at once, so that whatever they throw when read is a load error.
 */
export function readDirectory(input: unknown): ReadResult {
  if (typeof input === 'string') {
    const staged = stageDirectory(input);
    return { data: staged.data, staged };
  }
  const raw = validateDirectory(input);
  return { data: raw.data, issueCount: raw.issues.length, issues: sentences(raw) };
}

let defaultSrc: string | undefined;

/**
 * The shipped list, resolved next to this module: in the npm package
 * `dist/components/directory/` → `data/members.json`. Keep the literal `new URL('…',
 * import.meta.url)` form: Vite, webpack 5, Parcel and Rollup's import-meta-assets plugin read it
 * and copy the file into the app's build. esbuild leaves it as it is (the README says what its
 * users add). The CDN builds call `setDefaultSrc` with the path next to their own script.
 */
export function getDefaultSrc(): string {
  return defaultSrc ?? new URL('../../../data/members.json', import.meta.url).href;
}

export function setDefaultSrc(url: string): void {
  defaultSrc = url;
}

/** Responses to requests started before the element ran (the CDN module's first statements). */
type EarlyResponses = (url: string, signal?: AbortSignal) => Promise<Response> | undefined;
let earlyResponses: EarlyResponses | undefined;

export function setEarlyResponses(take: EarlyResponses): void {
  earlyResponses = take;
}

/** Fetches a directory file and reads it as CSV or JSON, by URL, media type or content. */
export async function fetchDirectory(url: string, signal?: AbortSignal): Promise<ReadResult> {
  let response: Response;
  try {
    const early = earlyResponses?.(new URL(url, document.baseURI).href, signal);
    response = await (early ?? fetch(url, { signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DirectoryLoadError(`${url}: the server could not be reached (${error})`, {
      code: 'network',
      cause: error,
    });
  }
  if (!response.ok) {
    const status = `${url}: HTTP ${response.status} ${response.statusText}`.trim();
    // A bundled app whose bundler did not copy the shipped list is told what to do about it.
    const hint =
      response.status === 404 && url === getDefaultSrc()
        ? `: ${(await import('./issue-sentences.js')).messages.missingDefaultList()}`
        : '';
    throw new DirectoryLoadError(status + hint, { code: 'http' });
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  // Relative to the document's base URL, as fetch() resolved it.
  const pathname = new URL(response.url || url, document.baseURI).pathname;
  try {
    if (!looksLikeCsv(pathname, text, type)) return readDirectory(text);
    const { parseDirectoryCsv } = await import('./csv-reader.js');
    const { data, issues } = parseDirectoryCsv(text);
    return { data, issueCount: issues.length, issues: Promise.resolve(issues) };
  } catch (error) {
    if (error instanceof DirectoryLoadError) {
      throw new DirectoryLoadError(`${url}: ${error.message}`, { code: error.code, cause: error });
    }
    throw error;
  }
}

/** The sentence and code of a failure, whatever was thrown. */
export function describeError(error: unknown): { message: string; code: DirectoryLoadErrorCode } {
  if (error instanceof DirectoryLoadError) return { message: error.message, code: error.code };
  const message = error instanceof Error ? error.message : String(error);
  // A directory server's failure (HsdsSourceError) says which: no answer, or an error status.
  const code = (error as { code?: unknown } | null)?.code;
  return { message, code: code === 'network' || code === 'http' ? code : 'unreadable' };
}

/** What a completed load holds: the source and its data issues. */
export interface Loaded {
  source: DirectorySource;
  /** How many data issues; 0 until they are known (a list read in two stages, once read whole). */
  issueCount: number;
  /** The data issues with their sentences, once known. */
  issues: Promise<DataIssue[]>;
}

/** The address of a directory server's description (`/` of the API at `endpoint`). */
export const endpointRoot = (endpoint: string): string =>
  new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`, document.baseURI).href;

/**
 * The directory to show: the given source, else the server at `endpoint` (an HSDS 3.0 API, its
 * client a chunk of its own), else an in-memory one over `.data`, else over the file at `src`
 * (the shipped list by default), labelled and ordered in `lang`.
 */
export async function openSource(
  from: { source?: DirectorySource; endpoint?: string; data?: unknown; src?: string },
  lang: string,
  signal: AbortSignal,
): Promise<Loaded> {
  const { source, endpoint, data, src } = from;
  if (source) return { source, issueCount: 0, issues: Promise.resolve([]) };
  if (endpoint) {
    // Taken now: a request started early is dropped at the end of the task.
    const root = endpointRoot(endpoint);
    const early = earlyResponses?.(root, signal);
    const { openRemote } = await import('./remote-source.js');
    const remote = await openRemote(root, lang, signal, early);
    return { source: remote, issueCount: 0, issues: Promise.resolve([]) };
  }
  const read =
    data !== undefined && data !== null
      ? readDirectory(data)
      : await fetchDirectory(src || getDefaultSrc(), signal);
  // The indexes (facets, name order) in a task of their own, not the reading's.
  await yieldTask();
  const memory = new MemorySource(read.data, { lang }, read.staged);
  await yieldTask();
  const loaded: Loaded = {
    source: memory,
    issueCount: read.issueCount ?? 0,
    issues:
      read.issues ??
      memory.finish().then((raw) => {
        const issues = raw ? sentences(raw) : Promise.resolve([]);
        void issues.then((list) => (loaded.issueCount = list.length));
        return issues;
      }),
  };
  return loaded;
}
