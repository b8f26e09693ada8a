// Every sentence a data maintainer or developer reads about bad data lives here (and the few
// load errors in load-errors.ts), so the CLI, the widget and the tests say exactly the same
// thing.
import { kindOf, loadErrors, show } from './load-errors.js';
import { isObject } from './patterns.js';

/** How bad an issue is: `error` means data was skipped or dropped; `warning` means it was kept. */
export type IssueSeverity = 'error' | 'warning';

/**
 * What kind of problem an issue is, for code to branch on (the message says it in a sentence).
 * Every code the validation reports is listed here, and only here.
 */
export type DataIssueCode =
  // The document: its version, publisher, facets and their terms.
  | 'missing-version'
  | 'invalid-publisher'
  | 'invalid-facet'
  | 'reserved-facet'
  | 'invalid-term'
  | 'duplicate-term'
  // A record that is skipped.
  | 'invalid-record'
  | 'missing-id'
  | 'invalid-id'
  | 'missing-name'
  | 'invalid-name'
  | 'duplicate-id'
  // A value that is dropped or read another way (also document-level: title, submit, updated).
  | 'invalid-type'
  | 'invalid-url'
  | 'invalid-email'
  | 'invalid-date'
  | 'invalid-country'
  | 'country-case'
  | 'invalid-language'
  | 'invalid-reference'
  | 'invalid-commitment'
  | 'invalid-source'
  | 'missing-title'
  | 'invalid-fact'
  | 'unstated-fact'
  | 'unknown-term'
  | 'duplicate-value'
  // A spreadsheet cell that listed its values with ';' or ',' instead of '|'.
  | 'list-separator'
  // A spreadsheet cell that named a country instead of giving its code.
  | 'country-name'
  // References between records.
  | 'unknown-organization'
  | 'self-reference'
  // Evidence (checkEvidence, `validate --evidence`): a page and a quote for every fact.
  | 'evidence-unreadable'
  | 'evidence-missing'
  | 'evidence-bad-item'
  | 'evidence-not-a-source'
  | 'evidence-empty-quote'
  | 'evidence-long-quote'
  | 'evidence-bad-date'
  | 'evidence-not-a-fact'
  | 'evidence-unknown-record';

/** One problem found in a directory document. */
export interface DataIssue {
  severity: IssueSeverity;
  /** Index of the organization in `organizations` (0-based); absent for document-level issues. */
  index?: number;
  /** The organization's id, when it has a usable one. */
  id?: string;
  /** The spreadsheet row of the record, when the input was CSV (the header is row 1). */
  row?: number;
  /** The field path inside the record (or document), e.g. `website`, `countries[2]`. */
  path: string;
  /** A machine-readable kind, e.g. `invalid-url`, `unknown-term`, `duplicate-id`. */
  code: DataIssueCode;
  /** One plain sentence, e.g. "record 12 (unicef): website: 'ftp://x' is not an http(s) URL…". */
  message: string;
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

const ENGLISH_LABEL = 'its "label" needs at least an English ("en") text';

export const messages = {
  // Load errors (the whole document is unreadable): see load-errors.ts.
  ...loadErrors,
  csvNotText: () => 'the CSV input must be text',

  /** What an app whose bundler did not copy the shipped list can do about it. */
  missingDefaultList: () =>
    'the list shipped with mhpss-directory is not there: this bundler did not copy ' +
    "mhpss-directory/data/members.json; serve that file and set the element's `src` (or " +
    '`MhpssDirectory.defaultSrc`) to its URL',

  // Document-level issues.
  missingVersion: () => 'no "version" given; reading it as version 1',
  badTitle: (value: unknown) => `title: expected text, got ${kindOf(value)}; it is ignored`,
  badDescription: (value: unknown) =>
    `description: expected text, got ${kindOf(value)}; it is ignored`,
  badPublisher: (value: unknown) =>
    isObject(value)
      ? 'publisher.name: missing; a publisher needs a name, so it is ignored'
      : `publisher: expected an object with a "name" (and an optional "url"), got ${kindOf(value)}; it is ignored`,
  badSubmit: (value: unknown) =>
    `submit: ${show(value)} is not an http(s) or mailto: link; the widget shows no "Suggest an organization" link from it`,
  badUpdated: (value: unknown) =>
    `updated: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badTaxonomies: (value: unknown) =>
    `taxonomies: expected an object of facets, got ${kindOf(value)}; no facets are available`,
  reservedTaxonomy: (key: string) =>
    `taxonomies.${key}: '${key}' is a built-in organization field and cannot be a facet; it is ignored`,
  badTaxonomyKey: (key: string) =>
    `taxonomies: ${show(key)} is not a usable facet name (use letters, digits, '-' or '_'); it is ignored`,
  badTaxonomy: (key: string, problem: 'object' | 'label' | 'terms', value?: unknown) =>
    `taxonomies.${key}: ${
      problem === 'object'
        ? `expected an object with "label" and "terms", got ${kindOf(value)}`
        : problem === 'label'
          ? ENGLISH_LABEL
          : '"terms" must be a list of terms'
    }; this facet is ignored`,
  badTerm: (key: string, i: number, problem: 'object' | 'id' | 'label', value?: unknown) =>
    `taxonomies.${key}.terms[${i}]: ${
      problem === 'object'
        ? 'expected an object with "id" and "label"'
        : problem === 'label'
          ? ENGLISH_LABEL
          : value === undefined
            ? 'missing id'
            : `id ${JSON.stringify(value)} is not a valid id (lowercase letters, digits and hyphens)`
    }; this term is ignored`,
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
  looseList: (path: string, value: string, parts: readonly string[]) =>
    `${path}: a cell lists its values joined with '|'; read ${show(value)} as ${parts.map((p) => show(p)).join(', ')}`,
  countryName: (path: string, value: string, codes: readonly string[]) =>
    `${path}: countries are given by their ISO ${codes.length > 1 ? "codes, joined with '|'" : 'code'}; read ${show(value)} as ${codes.map((c) => `'${c}'`).join(', ')}`,
  lowercaseCountry: (path: string, value: string) =>
    `${path}: country codes are upper case; read ${show(value)} as '${value.toUpperCase()}'`,
  badLanguage: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a BCP 47 language tag (e.g. 'en', 'fr', 'ar'); it is ignored`,
  badDate: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badPartialDate: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a date as a page gives it (YYYY, YYYY-MM or YYYY-MM-DD); it is ignored`,
  badFact: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a fact; name one as field:value ('regions:africa', 'countries:UG', 'partners:who') or 'headquarters'; it is ignored`,
  unstatedFact: (path: string, fact: string) =>
    `${path}: the source supports '${fact}', which this record does not state; add the fact to the record or remove it from "supports"`,
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
  badSource: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a source; give a title (the document's name) and, if it is on the web, an http(s) "url"; it is ignored`,
  untitledSource: (path: string) =>
    `${path}.title: missing; the source is listed under its web address until it has a title`,

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
  unknownCommand: (command: string, near?: string) =>
    `unknown command '${command}'${near ? `; did you mean '${near}'?` : ''}`,
  unknownOption: (command: string, option: string, near?: string) =>
    `${command} does not take ${option}${near ? `; did you mean ${near}?` : ''}`,
  unknownGlobalOption: (option: string, near?: string) =>
    `unknown option ${option}${near ? `; did you mean ${near}?` : ''}`,
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
  evidenceNotJson: (path: string, reason: string) =>
    `${path}: the evidence file is not JSON (${reason})`,
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

/** Quotes are short: a sentence or two of the page, not the page. */
export const MAX_QUOTE_LENGTH = 320;

/**
 * The sentences of evidence issues (after `record N (id): `). Apart from `messages`, so that
 * the widget, which never checks evidence, carries none of them.
 */
export const evidenceMessages = {
  unreadable: () =>
    'the evidence file must be a JSON object with "version": 1 and "organizations": { id: [ { "fact", "url", "quote" } ] }',
  missing: (field: string, value: string | undefined) =>
    `${field}: ${value === undefined ? 'the headquarters' : `'${value}'`} has no evidence: add the page that states it, with a short quote from it`,
  badItem: (at: string) =>
    `${at}: each evidence item needs "fact" (field:value) and "quote" (text), and a "url" or "title" naming one of the record's sources`,
  notASource: (at: string, fact: string, page: string) =>
    `${at}: the evidence for '${fact}' cites ${page}, which is not among the record's sources; add it to "sources" or cite a source the record has`,
  emptyQuote: (at: string, fact: string) =>
    `${at}: the evidence for '${fact}' has an empty quote; copy the words of the page that state it`,
  longQuote: (at: string, fact: string, length: number) =>
    `${at}: the quote for '${fact}' is ${length} characters; keep it to the words that state the fact (at most ${MAX_QUOTE_LENGTH})`,
  badDate: (at: string, date: unknown) =>
    `${at}: date ${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD`,
  notAFact: (at: string, fact: string) =>
    `${at}: '${fact}' is not a fact of this record (the record no longer states it?); remove the evidence or restore the fact`,
  unknownRecord: (id: string) =>
    `evidence for '${id}', which is not an organization of the directory; remove it or fix the id`,
} as const;
