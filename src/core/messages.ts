// Every sentence a data maintainer or developer reads about bad data lives here, so the
// CLI, the widget and the tests say exactly the same thing.

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

/** Where an issue was found, as written at the start of every issue sentence. */
export function where(index: number | undefined, id: string | undefined): string {
  if (index === undefined) return 'document';
  return id ? `record ${index + 1} (${id})` : `record ${index + 1}`;
}

/**
 * Where an issue was found in a spreadsheet: the record, then its row (the header is row 1),
 * e.g. `record 2 (who, row 4)` or `record 3 (row 5 of sheet 'Members')`.
 */
export function whereRow(
  index: number,
  id: string | undefined,
  row: number,
  sheet?: string,
): string {
  const place = sheet === undefined ? `row ${row}` : `row ${row} of sheet ${show(sheet)}`;
  return `record ${index + 1} (${id ? `${id}, ` : ''}${place})`;
}

/** What a table is called in messages: `the CSV` or `sheet 'Members'`. */
const tableName = (sheet?: string) => (sheet === undefined ? 'the CSV' : `sheet ${show(sheet)}`);

export const messages = {
  // Load errors: the whole document is unreadable.
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
  csvNotText: () => 'the CSV input must be text',
  htmlInput: () =>
    'the input is a web page (HTML), not a directory file (JSON or CSV); check the address or file',

  // Document-level issues.
  missingVersion: () => 'no "version" given; reading it as version 1',
  badTitle: (value: unknown) => `title: expected text, got ${kindOf(value)}; it is ignored`,
  badUpdated: (value: unknown) =>
    `updated: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badTaxonomies: (value: unknown) =>
    `taxonomies: expected an object of facets, got ${kindOf(value)}; no facets are available`,
  reservedTaxonomy: (key: string) =>
    `taxonomies.${key}: '${key}' is a built-in organization field and cannot be a facet; it is ignored`,
  badTaxonomyKey: (key: string) =>
    `taxonomies: ${show(key)} is not a usable facet name (use letters, digits, '-' or '_'); it is ignored`,
  badTaxonomy: (key: string, detail: string) =>
    `taxonomies.${key}: ${detail}; this facet is ignored`,
  badTerm: (key: string, i: number, detail: string) =>
    `taxonomies.${key}.terms[${i}]: ${detail}; this term is ignored`,
  duplicateTerm: (key: string, i: number, id: string) =>
    `taxonomies.${key}.terms[${i}]: the term id '${id}' is listed twice; the first is kept`,

  // Record-level issues.
  notRecord: (value: unknown) =>
    `expected an organization object, got ${kindOf(value)}; the record is skipped`,
  missingId: () => 'id: missing; every organization needs an id, so the record is skipped',
  badId: (value: unknown) =>
    typeof value === 'string'
      ? `id: ${show(value)} is not a valid id (use lowercase letters, digits and single hyphens, e.g. 'save-the-children'); the record is skipped`
      : `id: expected text, got ${kindOf(value)}; the record is skipped`,
  missingName: () => 'name: missing; every organization needs a name, so the record is skipped',
  badName: (value: unknown) =>
    typeof value === 'string'
      ? 'name: is empty; every organization needs a name, so the record is skipped'
      : `name: expected text, got ${kindOf(value)}; the record is skipped`,
  duplicateId: (id: string, firstIndex: number) =>
    `id: '${id}' is already used by record ${firstIndex + 1}; this duplicate is skipped`,
  notText: (path: string, value: unknown) =>
    `${path}: expected text, got ${kindOf(value)}; it is ignored`,
  notList: (path: string, value: unknown) =>
    `${path}: expected a list, got ${kindOf(value)}; it is ignored`,
  notObjectField: (path: string, value: unknown) =>
    `${path}: expected an object, got ${kindOf(value)}; it is ignored`,
  badUrl: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an http(s) URL; it is not shown as a link`,
  badEmail: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an email address; it is ignored`,
  badCountry: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an ISO 3166-1 alpha-2 country code (e.g. 'JO', 'LB'); it is ignored`,
  lowercaseCountry: (path: string, value: string) =>
    `${path}: country codes are upper case; read ${show(value)} as '${value.toUpperCase()}'`,
  badLanguage: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a BCP 47 language tag (e.g. 'en', 'fr', 'ar'); it is ignored`,
  badDate: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badRef: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a valid organization id; it is ignored`,
  unknownTerm: (path: string, facet: string, value: unknown) =>
    `${path}: ${show(value)} is not a term of the '${facet}' facet; it is ignored`,
  badTermRef: (path: string, value: unknown) =>
    `${path}: expected a term id, got ${show(value)}; it is ignored`,
  duplicateValue: (path: string, value: unknown) =>
    `${path}: ${show(value)} is listed twice; the repeat is ignored`,
  unknownOrg: (path: string, value: string) =>
    `${path}: '${value}' is not the id of an organization in this file; it is shown as plain text`,
  selfRef: (path: string, value: string) => `${path}: '${value}' refers to the organization itself`,
  missingCommitmentText: (path: string) => `${path}.text: missing; the commitment is ignored`,
  invalid: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not valid here; it is ignored`,

  // Spreadsheets (CSV text or a sheet of a workbook) that cannot be read as a directory.
  emptyTable: (sheet?: string) => `${tableName(sheet)} is empty`,
  duplicateColumn: (name: string, sheet?: string) =>
    `${tableName(sheet)} has two columns named '${name}'`,
  missingColumns: (missing: readonly string[], sheet?: string) =>
    `${tableName(sheet)} has no '${missing.join("' and '")}' column; the first row must name the columns (id, name, …)`,
  unclosedQuote: (line: number) =>
    `the CSV has a quoted cell that is never closed (it starts on line ${line})`,

  // Export options.
  badMemberOf: (value: string) =>
    `memberOf: ${show(value)} is neither the id of an organization in this directory nor an absolute IRI`,
} as const;

/**
 * The command line's sentences: usage mistakes, files it cannot read or write. Printed after
 * `mhpss-directory:` or a path, so they start in lower case.
 */
export const cliMessages = {
  noCommand: () => 'no command given',
  unknownCommand: (command: string) => `unknown command '${command}'`,
  unknownOption: (command: string, option: string) => `${command} does not take ${option}`,
  unknownGlobalOption: (option: string) => `unknown option ${option}`,
  optionNeedsValue: (option: string) => `${option} needs a value`,
  optionTakesNoValue: (option: string) => `${option} takes no value`,
  needsFiles: (command: string) => `${command} needs at least one FILE (or - for standard input)`,
  needsOneFile: (command: string) => `${command} needs exactly one FILE (or - for standard input)`,
  stdinTwice: () => 'standard input (-) can be read only once',
  unknownFormat: (option: string, value: string, allowed: readonly string[]) =>
    `${option} ${show(value)} is not one of ${allowed.join(', ')}`,
  exportFormatAsInput: (command: string, value: string) =>
    `${command} reads json, csv or xlsx; ${show(value)} is an output format (mhpss-directory export --format ${value})`,
  needsFolder: (format: string) =>
    `--format ${format} writes several files: give a folder with -o DIR`,
  optionOnlyFor: (option: string, format: string) => `${option} applies only to --format ${format}`,
  sheetOnlyForXlsx: () => '--sheet applies only to Excel (.xlsx) input',
  taxonomiesOnlyForSheets: () =>
    '--taxonomies applies only to a sheet (CSV or Excel); a JSON directory has its own',

  cannotRead: (path: string, reason: string) => `${path}: cannot read the file: ${reason}`,
  cannotWrite: (path: string, reason: string) => `${path}: cannot write the file: ${reason}`,
  cannotMakeFolder: (path: string, reason: string) => `${path}: cannot make the folder: ${reason}`,
  missingFolder: (folder: string) => `the folder ${show(folder)} does not exist`,
  notUtf8: (path: string) =>
    `${path}: warning: the text is not UTF-8; read it as Windows-1252 (in Excel, save as "CSV UTF-8" to avoid this)`,
  sheetNotFound: (path: string, sheet: string, sheets: readonly string[]) =>
    `${path}: the workbook has no sheet ${show(sheet)} (its sheets: ${sheets.map((s) => show(s)).join(', ')})`,
  notXlsx: (path: string) => `${path}: not an Excel workbook (.xlsx) that can be read`,
  noSheets: (path: string) => `${path}: the workbook has no sheets`,
  oldXls: (path: string) =>
    `${path}: an Excel 97–2003 (.xls) workbook; open it in Excel and save it as .xlsx or CSV UTF-8`,
  wrote: (path: string, what: string, target: string, errors: string) =>
    `${path}: wrote ${what} to ${target}${errors}`,
  fileSummary: (path: string, organizations: string, errors: string, warnings: string) =>
    `${path}: ${organizations} valid, ${errors}, ${warnings}`,
  filesSummary: (files: string, bad: number) => `${files} checked, ${bad} with errors`,
} as const;

/** The reason a file system call failed, in words, from its error code. */
export function fileErrorReason(code: string | undefined, fallback: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EEXIST':
      return 'a file of that name is in the way';
    default:
      return fallback;
  }
}
