// Reads a directory document: keeps every valid organization and reports every problem as an
// issue a data maintainer can act on. Only an unreadable document throws.
import { DirectoryLoadError, type DirectoryLoadErrorCode } from './load-errors.js';
import {
  messages,
  where,
  type DataIssue,
  type DataIssueCode,
  type IssueSeverity,
} from './messages.js';
import type { DirectoryData } from './schema.js';
import { validateDirectory, type RawIssue, type RawParseResult } from './validate.js';

export {
  DirectoryLoadError,
  type DataIssue,
  type DataIssueCode,
  type DirectoryLoadErrorCode,
  type IssueSeverity,
};
export { rejectUnreadableText } from './validate.js';

export interface ParseResult {
  data: DirectoryData;
  issues: DataIssue[];
}

/** An issue with its sentence written out, e.g. "record 12 (unicef): website: …". */
export function describeIssue(raw: RawIssue, place = where(raw.index, raw.id)): DataIssue {
  const { sentence, ...issue } = raw;
  const [key, args] = sentence;
  const text = (messages[key] as (...a: unknown[]) => string)(...args);
  return { ...issue, message: `${place}: ${text}` };
}

/** A validated document with every issue's sentence written out. */
export function describeIssues(result: RawParseResult): ParseResult {
  return { data: result.data, issues: result.issues.map((issue) => describeIssue(issue)) };
}

/**
 * Parses and validates a directory document (an object, or JSON text, with or without a BOM).
 * Never throws on bad records: invalid records are skipped, bad values dropped, and each
 * problem is listed in `issues` with the record, the field and a sentence. Throws
 * {@link DirectoryLoadError} only when the document as a whole is unreadable.
 *
 * @example
 * ```ts
 * import { parseDirectory } from 'mhpss-directory/core';
 *
 * const { data, issues } = parseDirectory(await (await fetch(url)).text());
 * for (const issue of issues) console.warn(issue.message);
 * // "record 12 (unicef): website: 'ftp://x' is not an http(s) URL; it is not shown as a link"
 * data.organizations.length; // the valid records, in document order
 * ```
 */
export function parseDirectory(input: unknown): ParseResult {
  return describeIssues(validateDirectory(input));
}

export type { DirectoryData };
