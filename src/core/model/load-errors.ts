// Load errors: the document as a whole cannot be read. Their sentences are few and must be at
// hand at once (they are thrown while reading), so they live here, apart from the issue
// sentences in messages.ts, which a first screen does not need. So does the sentence of the
// TypeError a Directory throws when it is handed something else than directory data.

/** Quotes a value the way messages show it: strings in single quotes, the rest as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `'${s}'`;
  }
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return typeof value;
    return json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    return typeof value;
  }
}

/** A plain-English name for the JSON type of a value. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * Why a document could not be read at all, for code to branch on (the message is for people):
 * `empty`, `html` (a web page came back), `not-json`, `not-object`, `not-text` (CSV input that
 * is not a string), `unsupported-version`, `no-organizations`; a sheet that is not a table:
 * `csv-unclosed-quote`, `table-empty`, `table-duplicate-column`, `table-missing-columns`;
 * `unreadable` (a hostile or broken object), `http` (the server answered with an error status),
 * `network` (no answer), `file` (a file that cannot be read, in the CLI).
 */
export type DirectoryLoadErrorCode =
  | 'empty'
  | 'html'
  | 'not-json'
  | 'not-object'
  | 'not-text'
  | 'unsupported-version'
  | 'no-organizations'
  | 'csv-unclosed-quote'
  | 'table-empty'
  | 'table-duplicate-column'
  | 'table-missing-columns'
  | 'unreadable'
  | 'http'
  | 'network'
  | 'file';

/**
 * Thrown when the document as a whole cannot be read (not JSON, wrong shape, wrong version).
 *
 * @example
 * ```ts
 * try {
 *   parseDirectory(text);
 * } catch (error) {
 *   if (error instanceof DirectoryLoadError && error.code === 'not-json') showHint();
 *   else throw error;
 * }
 * ```
 */
export class DirectoryLoadError extends Error {
  override name = 'DirectoryLoadError';
  /** What kind of failure this is; the message says it in a sentence. */
  readonly code: DirectoryLoadErrorCode;
  constructor(message: string, options: { code?: DirectoryLoadErrorCode; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? 'unreadable';
  }
}

/** The sentences of load errors. */
export const loadErrors = {
  notJson: (detail: string) => `the input is not valid JSON (${detail})`,
  notObject: (value: unknown) =>
    `the input must be a JSON object with "version" and "organizations", but it is ${kindOf(value)}`,
  badVersion: (value: unknown) =>
    `unsupported data format version ${show(value)}: this version of mhpss-directory reads version 1`,
  noOrganizations: (value: unknown) =>
    value === undefined
      ? 'the input has no "organizations" list'
      : `"organizations" must be a list, but it is ${kindOf(value)}`,
  emptyInput: () => 'the input is empty',
  htmlInput: () =>
    'the input is a web page (HTML), not a directory file (JSON or CSV); check the address or file',
};

/**
 * The sentence of the TypeError a Directory throws when it is built from something else than
 * directory data. Not one of `loadErrors`, whose every sentence the first screen carries.
 */
export const notDirectoryData = (path: string, expected: string, value: unknown): string =>
  `mhpss-directory: new Directory(data): ${path} must be ${expected}, but it is ${
    value === undefined ? 'missing' : kindOf(value)
  }; build it from parseDirectory(input).data`;
