// The spreadsheet form of the data format: one row per organization, the JSON field names as
// column names, multi-valued cells joined with `|`, an optional HXL hashtag row under the header.
// Read from CSV text or from the rows of any spreadsheet (the CLI reads .xlsx into rows), and
// written as CSV that Excel opens correctly and safely (UTF-8 byte-order mark, formula guard).
import {
  FACETS_AFTER,
  ORGANIZATION_FIELDS,
  TYPE_AFTER,
  organizationField,
} from '../model/fields.js';
import {
  DirectoryLoadError,
  describeIssue,
  rejectUnreadableText,
  type ParseResult,
} from '../model/load.js';
import { messages, whereRow } from '../model/messages.js';
import { COUNTRY_CODES, isCountryCode } from '../model/countries.js';
import { isId, isLanguageTag } from '../model/patterns.js';
import { validateDirectory, type RawIssue } from '../model/validate.js';
import {
  type DirectoryData,
  type DirectoryDocument,
  type Source,
  type Taxonomy,
  type Term,
} from '../model/schema.js';

/** Facet columns recognised without a taxonomy: the Collaborative's own facets. */
export const DEFAULT_FACET_COLUMNS = [
  'regions',
  'approaches',
  'populations',
  'settings',
  'disorders',
  'layers',
  'type',
] as const;

export interface CsvOptions {
  /** Taxonomies to file the rows under; cells may hold term ids or term labels. */
  taxonomies?: Record<string, Taxonomy>;
  /** Columns to treat as facets when no taxonomies are given (default: DEFAULT_FACET_COLUMNS). */
  facets?: readonly string[];
  /**
   * Document-level fields a sheet of organizations has no place for — `title`, `description`,
   * `publisher`, `submit`, `updated` — validated like the JSON form's.
   */
  metadata?: Pick<DirectoryDocument, 'title' | 'description' | 'publisher' | 'submit' | 'updated'>;
}

/** Options for rows that come from a sheet of a workbook rather than CSV text. */
export interface TableOptions extends CsvOptions {
  /** The sheet's name, used in issue sentences ("row 4 of sheet 'Members'"). */
  sheet?: string;
}

/** One row of a spreadsheet as a reader returns it: text, numbers, booleans, dates or blanks. */
export type TableRow = readonly unknown[];

// --- Reading ---------------------------------------------------------------------------------

/** Splits CSV text (RFC 4180; `,`, `;` or tab, detected from the header) into rows of cells. */
export function parseCsvRows(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      line++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (quoted) {
    throw new DirectoryLoadError(messages.unclosedQuote(quoteLine), { code: 'csv-unclosed-quote' });
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Picks the delimiter used most in the header row, outside quoted cells. */
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

/** Splits a multi-valued cell on `|` (a literal bar is written `\|`). */
export function splitMulti(cell: string): string[] {
  return cell
    .split(/(?<!\\)\|/)
    .map((part) => part.replace(/\\\|/g, '|').trim())
    .filter((part) => part !== '');
}

/** Makes a term id out of a label, e.g. "Middle East" → "middle-east". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The text of a spreadsheet cell: numbers and booleans as written, dates as ISO 8601
 * (`2026-11-24`, or with the time when there is one), blanks as the empty string.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return '';
    // Workbooks store times as fractions of a day; round off the float noise (09:29:59.999).
    const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  return String(value);
}

const isHxlRow = (row: readonly string[]) =>
  row.some((c) => c.trim() !== '') && row.every((c) => c.trim() === '' || c.trim().startsWith('#'));

/**
 * Converts spreadsheet rows to a data-format document (not yet validated). Throws
 * DirectoryLoadError when there is no usable header. `rows[i]` is the sheet row of organization i.
 */
export function tableToDocument(
  table: readonly TableRow[],
  options: TableOptions = {},
): { document: Record<string, unknown>; rows: number[]; notes: RawIssue[] } {
  const cells = (row: TableRow | undefined) => (row ?? []).map((c) => unguardCell(cellText(c)));
  const headerIndex = table.findIndex((row) => row.some((cell) => cellText(cell).trim() !== ''));
  if (headerIndex < 0) {
    throw new DirectoryLoadError(messages.emptyTable(options.sheet), { code: 'table-empty' });
  }
  const header = cells(table[headerIndex]).map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') continue;
    if (seen.has(name)) {
      throw new DirectoryLoadError(messages.duplicateColumn(name, options.sheet), {
        code: 'table-duplicate-column',
      });
    }
    seen.add(name);
  }
  // 'Name', 'ID' or 'Headquarters.Country' as a spreadsheet capitalises them: the field or facet
  // of that name, unless the sheet also has the column as written.
  const facetNames = new Set(
    options.taxonomies
      ? Object.keys(options.taxonomies)
      : (options.facets ?? DEFAULT_FACET_COLUMNS),
  );
  header.forEach((name, c) => {
    const lower = name.toLowerCase();
    const known = organizationField(lower.split('.')[0]!) !== undefined || facetNames.has(lower);
    if (lower !== name && known && !seen.has(lower)) {
      header[c] = lower;
      seen.delete(name);
      seen.add(lower);
    }
  });
  if (!seen.has('name') || !seen.has('id')) {
    const missing = ['id', 'name'].filter((c) => !seen.has(c));
    throw new DirectoryLoadError(messages.missingColumns(missing, options.sheet), {
      code: 'table-missing-columns',
    });
  }
  let first = headerIndex + 1;
  if (table[first] && isHxlRow(cells(table[first]))) first++;

  const facetKeys = options.taxonomies
    ? Object.keys(options.taxonomies)
    : (options.facets ?? DEFAULT_FACET_COLUMNS).filter((f) => seen.has(f));
  const facets = new Set(facetKeys);
  const taxonomies = options.taxonomies
    ? structuredClone(options.taxonomies)
    : Object.fromEntries(facetKeys.map((key) => [key, inferredTaxonomy(key)]));
  const lookup = termLookup(taxonomies);

  const organizations: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const notes: RawIssue[] = [];
  const reading = { facets, taxonomies, lookup, infer: options.taxonomies === undefined };
  for (let r = first; r < table.length; r++) {
    const row = cells(table[r]);
    if (row.every((c) => c.trim() === '')) continue;
    const org: Record<string, unknown> = {};
    const said: [column: string, note: Note][] = [];
    header.forEach((column, c) => {
      const cell = (row[c] ?? '').trim();
      if (column === '' || cell === '' || column === '__proto__') return;
      setCell(org, column, cell, reading, (note) => said.push([column, note]));
    });
    const index = organizations.length;
    const id = typeof org.id === 'string' ? org.id.trim() : undefined;
    for (const [column, [code, sentence, ...args]] of said) {
      notes.push({
        severity: 'warning',
        code,
        index,
        ...(id ? { id } : {}),
        path: column,
        sentence: [sentence, [column, ...args]],
      });
    }
    organizations.push(org);
    rows.push(r + 1);
  }
  for (const [key, tax] of Object.entries(taxonomies)) {
    if (!options.taxonomies) {
      tax.terms.sort((a, b) => a.label.en.localeCompare(b.label.en, 'en'));
      if (tax.terms.length === 0) delete taxonomies[key];
    }
  }
  const metadata = Object.fromEntries(
    Object.entries(options.metadata ?? {}).filter(([key]) => key !== '__proto__'),
  );
  return { document: { ...metadata, version: 1, taxonomies, organizations }, rows, notes };
}

function inferredTaxonomy(key: string): Taxonomy {
  const words = key.replace(/[-_]+/g, ' ');
  return { label: { en: words.charAt(0).toUpperCase() + words.slice(1) }, terms: [] };
}

/**
 * Maps every label (any language, case-insensitive) and every term id to the term id. Ids win
 * over labels, so a cell holding a term's id always means that term, whatever the other labels.
 */
function termLookup(taxonomies: Record<string, Taxonomy>): Map<string, Map<string, string>> {
  const byFacet = new Map<string, Map<string, string>>();
  for (const [key, tax] of Object.entries(taxonomies)) {
    const map = new Map<string, string>();
    for (const term of tax.terms) {
      for (const label of Object.values(term.label)) map.set(label.trim().toLowerCase(), term.id);
    }
    for (const term of tax.terms) map.set(term.id, term.id);
    byFacet.set(key, map);
  }
  return byFacet;
}

/**
 * The values of a multi-valued cell: joined with `|`, as the format says; a part that is not a
 * value but several joined with `;` or `,` (as spreadsheets often list them) or, where values
 * have no spaces, with spaces, is read as those values when every one of them is valid on its
 * own (`note` hears of it). Nothing valid is lost, and nothing is split that was one value.
 */
function splitValues(
  cell: string,
  valid: (value: string) => boolean,
  separators: RegExp,
  note: (note: Note) => void,
  thenSpaces = false,
): string[] {
  return splitMulti(cell).flatMap((part) => {
    if (valid(part)) return [part];
    // `;` or `,` first: "South Sudan; Uganda"; then spaces, where asked: "UG KE".
    for (const by of thenSpaces ? [separators, /\s+/] : [separators]) {
      const parts = part.split(by).filter((p) => p !== '');
      if (parts.length < 2 || !parts.every(valid)) continue;
      note(['list-separator', 'looseList', part, parts]);
      return parts;
    }
    return [part];
  });
}

/** How a cell was read, said as a warning with its record: the code, the sentence, its values. */
type Note =
  | ['list-separator', 'looseList', value: string, parts: string[]]
  | ['country-name', 'countryName', value: string, codes: string[]];

/** Names a sheet may give a country by, other than Intl's own: the UN's and common short ones. */
const COUNTRY_ALIASES: Record<string, string> = {
  CD: 'Democratic Republic of the Congo|DR Congo|DRC|Congo, Democratic Republic of the',
  CG: 'Republic of the Congo|Congo',
  PS: 'Palestine|State of Palestine|Occupied Palestinian Territory|oPt|Palestinian territories',
  MM: 'Myanmar|Burma',
  TR: 'Turkey',
  CI: 'Ivory Coast',
  SY: 'Syrian Arab Republic',
  US: 'United States of America|USA',
  GB: 'UK|Great Britain',
  IR: 'Iran (Islamic Republic of)',
  VE: 'Venezuela (Bolivarian Republic of)',
  LA: "Lao PDR|Lao People's Democratic Republic",
  TZ: 'United Republic of Tanzania',
  BO: 'Bolivia (Plurinational State of)',
  MD: 'Republic of Moldova',
  VN: 'Viet Nam',
  CZ: 'Czech Republic',
  SZ: 'Swaziland',
  MK: 'Macedonia',
  KR: 'Republic of Korea',
  KP: "Democratic People's Republic of Korea",
  RU: 'Russian Federation',
  HK: 'Hong Kong',
  MO: 'Macao|Macau',
};

const foldName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

let countryNames: Map<string, string> | undefined;

/**
 * The ISO code of a country a sheet names instead ("Uganda", "Ouganda", "أوغندا", "DRC"): its
 * name in English, French, Spanish or Arabic as Intl gives it (with and without what it adds in
 * brackets: "Myanmar (Burma)"), or a common other name. Made once, on the first name met.
 */
export function countryByName(name: string): string | undefined {
  if (!countryNames) {
    const names = new Map<string, string>();
    const add = (text: string, code: string) => {
      const key = foldName(text);
      if (key && !names.has(key)) names.set(key, code);
    };
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      let display: Intl.DisplayNames;
      try {
        display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        continue;
      }
      for (const code of COUNTRY_CODES) {
        const text = display.of(code);
        if (!text) continue;
        add(text, code);
        const bracket = /^(.*?)\s*\((.*)\)$/.exec(text);
        if (bracket) add(bracket[1]!, code);
      }
    }
    for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
      for (const alias of aliases.split('|')) add(alias, code);
    }
    countryNames = names;
  }
  return countryNames.get(foldName(name));
}

/**
 * A country cell's values: codes, or names read as their codes; a cell read another way than
 * `|`-joined codes is said in one warning.
 */
function countryValues(cell: string, note: (note: Note) => void): string[] {
  const shaped = (v: string) => /^[A-Za-z]{2}$/.test(v);
  // A code as written ('ug' is the validation's to report), else a name ('UK' names GB).
  const isCode = (v: string) => shaped(v) && isCountryCode(v.toUpperCase());
  // A whole part that names a country is one country, even with a comma in its name.
  const valid = (v: string) => shaped(v) || countryByName(v) !== undefined;
  let split = false;
  const values = splitValues(cell, valid, /\s*[;,]\s*/, () => (split = true), true);
  const codes = values.map((v) => (isCode(v) ? v : (countryByName(v) ?? v)));
  if (codes.some((code, i) => code !== values[i])) {
    note(['country-name', 'countryName', cell, codes]);
  } else if (split) {
    note(['list-separator', 'looseList', cell, values]);
  }
  return codes;
}

/** What a list value of each kind must look like, and what may join two in one part. */
const LOOSE_LISTS: Partial<
  Record<string, [valid: (value: string) => boolean, separators: RegExp]>
> = {
  languages: [(v) => isLanguageTag(v), /[\s;,]+/],
  refs: [(v) => isId(v), /[\s;,]+/],
};

interface Reading {
  facets: Set<string>;
  taxonomies: Record<string, Taxonomy>;
  lookup: Map<string, Map<string, string>>;
  /** No taxonomies given: the sheet's own words become the terms. */
  infer: boolean;
}

function setCell(
  org: Record<string, unknown>,
  column: string,
  cell: string,
  { facets, taxonomies, lookup, infer }: Reading,
  note: (note: Note) => void,
): void {
  if (facets.has(column)) {
    const map = lookup.get(column)!;
    // Known terms: a part is split when each piece is a term. The sheet's own words: any text is
    // a term, so only ';' splits (labels have commas: "Treatment, care and rehabilitation").
    const known = (value: string) => map.has(value) || map.has(value.toLowerCase());
    const values = infer
      ? splitValues(cell, (v) => !v.includes(';'), /\s*;\s*/, note)
      : splitValues(cell, known, /\s*[;,]\s*/, note);
    const ids = values.map((value) => {
      const known = map.get(value) ?? map.get(value.toLowerCase());
      if (known !== undefined || !infer) return known ?? value;
      // Without a taxonomy, a spreadsheet's own words become the terms.
      const id = slugify(value) || value;
      const term: Term = { id, label: { en: value } };
      taxonomies[column]!.terms.push(term);
      map.set(value.toLowerCase(), id);
      map.set(id, id);
      return id;
    });
    org[column] = column === 'type' && ids.length === 1 ? ids[0] : ids;
    return;
  }
  const dot = column.indexOf('.');
  if (dot > 0) {
    // Nested objects: `headquarters.city`, `headquarters.country`.
    const parent = column.slice(0, dot);
    const child = column.slice(dot + 1);
    if (parent === '__proto__' || child === '__proto__') return;
    const obj = (org[parent] ??= {}) as Record<string, unknown>;
    if (typeof obj !== 'object' || obj === null) return;
    const code =
      child === 'country' && !isCountryCode(cell.toUpperCase()) ? countryByName(cell) : undefined;
    if (code !== undefined) note(['country-name', 'countryName', cell, [code]]);
    obj[child] = code ?? cell;
    return;
  }
  const field = organizationField(column);
  if (field === undefined) {
    // A column the format does not know: JSON when it reads as JSON (how lists and objects
    // are written), text otherwise.
    org[column] = cell.startsWith('[') || cell.startsWith('{') ? (readJson(cell) ?? cell) : cell;
  } else if (field.csv === 'objects' || field.csv === 'sources') {
    const parsed = cell.startsWith('[') || cell.startsWith('{') ? readJson(cell) : undefined;
    if (parsed !== undefined) org[column] = Array.isArray(parsed) ? parsed : [parsed];
    else if (field.csv === 'sources') org[column] = parseSourcesCell(cell);
    else org[column] = splitMulti(cell).map((text) => ({ text }));
  } else if (field.csv === 'multi') {
    const rule = LOOSE_LISTS[field.kind];
    org[column] =
      field.kind === 'countries'
        ? countryValues(cell, note)
        : rule
          ? splitValues(cell, rule[0], rule[1], note)
          : splitMulti(cell);
  } else {
    // Text, links, ids: exactly what the cell says, even when it looks like JSON.
    org[column] = cell;
  }
}

/**
 * Reads a `sources` cell: sources joined with `|`, each `Title <https://…>`, a title alone (a
 * document without a web address) or a bare address. A JSON list is read by the caller.
 */
function parseSourcesCell(cell: string): Partial<Source>[] {
  return splitMulti(cell).map((part) => {
    const linked = /^(.*?)\s*<([^<>\s]+)>$/.exec(part);
    if (linked) {
      const title = linked[1]!.trim();
      // An untitled address is kept for the loader, which reports it and lists it by address.
      return title ? { title, url: linked[2]! } : { url: linked[2]! };
    }
    return /^https?:\/\/\S+$/i.test(part) ? { title: part, url: part } : { title: part };
  });
}

function readJson(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

/** The issues that mean a record is skipped. */
const SKIPS = new Set<string>([
  'invalid-record',
  'missing-id',
  'invalid-id',
  'missing-name',
  'invalid-name',
  'duplicate-id',
]);

/**
 * Parses spreadsheet rows (from CSV text or a workbook's sheet): the same `{ data, issues }`
 * contract as parseDirectory, with the sheet row of each record in `issue.row` and in the
 * sentence. Throws DirectoryLoadError when the rows have no usable header.
 */
export function parseDirectoryTable(
  table: readonly TableRow[],
  options: TableOptions = {},
): ParseResult {
  const { document, rows, notes } = tableToDocument(table, options);
  const { data, issues } = validateDirectory(document);
  // A note on how a cell was read goes with its record's issues, unless the record is skipped.
  const skipped = new Set(issues.filter((i) => SKIPS.has(i.code)).map((i) => i.index));
  const pending = notes.filter((note) => !skipped.has(note.index));
  const ordered: RawIssue[] = [];
  for (const issue of issues) {
    while (issue.index !== undefined && pending.length && pending[0]!.index! <= issue.index) {
      ordered.push(pending.shift()!);
    }
    ordered.push(issue);
  }
  ordered.push(...pending);
  return {
    data,
    issues: ordered.map((raw) => {
      if (raw.index === undefined) return describeIssue(raw);
      const row = rows[raw.index]!;
      return { ...describeIssue(raw, whereRow(raw.index, raw.id, row, options.sheet)), row };
    }),
  };
}

/**
 * Parses a CSV directory: the same `{ data, issues }` contract as parseDirectory, with
 * spreadsheet row numbers in the issue sentences. Throws DirectoryLoadError on unusable CSV.
 *
 * @example
 * ```ts
 * import { parseDirectory, parseDirectoryCsv } from 'mhpss-directory/core';
 *
 * // File the rows under the shipped list's facets (cells may hold term ids or labels).
 * const { taxonomies } = parseDirectory(shippedJson).data;
 * const { data, issues } = parseDirectoryCsv(csvText, { taxonomies });
 * issues[0]?.message; // "record 2 (who, row 4): countries[0]: 'XX' is not an ISO 3166-1 …"
 * issues[0]?.row;     // 4: the spreadsheet row (the header is row 1)
 * ```
 */
export function parseDirectoryCsv(text: string, options: CsvOptions = {}): ParseResult {
  if (typeof text !== 'string') {
    throw new DirectoryLoadError(messages.csvNotText(), { code: 'not-text' });
  }
  rejectUnreadableText(text);
  return parseDirectoryTable(parseCsvRows(text), { ...options, sheet: undefined });
}

// --- Writing ---------------------------------------------------------------------------------

/** Characters that make a spreadsheet read a cell as a formula (or DDE) when they lead it. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Guards a cell against spreadsheet formula injection: a value that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return (after any apostrophes) gets one more leading apostrophe, so
 * Excel, LibreOffice and Google Sheets show it as text. {@link unguardCell} undoes it exactly.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Removes the apostrophe {@link guardCell} added; other cells are returned as they are. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

export interface CsvWriteOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 (default true). */
  bom?: boolean;
  /** Guard formula-leading cells with an apostrophe (default true). See {@link guardCell}. */
  guard?: boolean;
}

const quoteCell = (value: string) =>
  /[",;\r\n\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes rows of cells as CSV (RFC 4180, CRLF line ends), quoting where needed. */
export function formatCsv(
  rows: readonly (readonly string[])[],
  options: CsvWriteOptions = {},
): string {
  const guard = options.guard ?? true;
  const lines = rows.map((row) =>
    row.map((cell) => quoteCell(guard ? guardCell(cell) : cell)).join(','),
  );
  return `${options.bom === false ? '' : '\ufeff'}${lines.map((l) => `${l}\r\n`).join('')}`;
}

const joinMulti = (values: readonly unknown[]) =>
  values.map((v) => String(v).replace(/\|/g, '\\|')).join(' | ');

/**
 * The columns a CSV export of `data` has: every field some organization holds, built-in fields
 * in the order of ORGANIZATION_FIELDS (places split into `headquarters.city` and the like), the
 * `type` facet after TYPE_AFTER (`acronym`) and the other facets in taxonomy order after
 * FACETS_AFTER (`languages`), then keys the format does not know, in the order they first appear.
 */
export function csvColumns(data: DirectoryData): string[] {
  const present = new Set<string>();
  const subKeys = new Map<string, Set<string>>();
  const extra: string[] = [];
  const facetKeys = Object.keys(data.taxonomies);
  for (const org of data.organizations) {
    for (const [key, value] of Object.entries(org)) {
      if (value === undefined || value === null) continue;
      if (organizationField(key)?.csv === 'parts') {
        if (typeof value !== 'object') continue;
        const subs = subKeys.get(key) ?? new Set<string>();
        for (const [sub, v] of Object.entries(value)) if (v !== undefined) subs.add(sub);
        subKeys.set(key, subs);
      } else if (!present.has(key)) {
        present.add(key);
        if (!organizationField(key) && !facetKeys.includes(key)) extra.push(key);
      }
    }
  }
  const columns: string[] = [];
  const facetColumns = facetKeys.filter((k) => k !== 'type' && present.has(k));
  for (const field of ORGANIZATION_FIELDS) {
    if (field.csv === 'parts') {
      const subs = subKeys.get(field.key);
      const parts = field.parts ?? [];
      if (subs) {
        const others = [...subs].filter((p) => !parts.includes(p));
        columns.push(
          ...[...parts.filter((p) => subs.has(p)), ...others].map((p) => `${field.key}.${p}`),
        );
      }
    } else if (present.has(field.key)) columns.push(field.key);
    if (field.key === TYPE_AFTER && facetKeys.includes('type') && present.has('type')) {
      columns.push('type');
    }
    if (field.key === FACETS_AFTER) columns.push(...facetColumns);
  }
  return [...columns, ...extra];
}

/** The text of one organization's cell in a CSV export (before quoting and guarding). */
function csvCell(data: DirectoryData, org: Record<string, unknown>, column: string): string {
  const dot = column.indexOf('.');
  const value =
    dot > 0 && organizationField(column.slice(0, dot))?.csv === 'parts'
      ? (org[column.slice(0, dot)] as Record<string, unknown> | undefined)?.[column.slice(dot + 1)]
      : org[column];
  if (value === undefined || value === null) return '';
  const field = organizationField(column);
  if (column in data.taxonomies || field?.list) {
    if (field?.csv === 'objects' || field?.csv === 'sources' || !Array.isArray(value)) {
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
    return joinMulti(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Writes a directory as CSV that parseDirectoryCsv reads back to the same organizations (given
 * the same taxonomies). By default it starts with a UTF-8 byte-order mark, so Excel shows
 * accents and Arabic correctly, and guards formula-leading cells (see {@link guardCell}).
 *
 * @example
 * writeFileSync('members.csv', directoryToCsv(data));            // for Excel
 * directoryToCsv(data, { bom: false, guard: false });             // for other programs
 */
export function directoryToCsv(data: DirectoryData, options: CsvWriteOptions = {}): string {
  const columns = csvColumns(data);
  const rows = [
    columns,
    ...data.organizations.map((org) => columns.map((c) => csvCell(data, org, c))),
  ];
  return formatCsv(rows, options);
}
