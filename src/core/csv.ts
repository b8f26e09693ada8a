// The CSV form of the data format: one row per organization, the JSON field names as column
// names, multi-valued cells joined with `|`, an optional HXL hashtag row under the header.
import {
  DirectoryLoadError,
  parseDirectory,
  rejectUnreadableText,
  type ParseResult,
} from './load.js';
import {
  type DirectoryData,
  type DirectoryDocument,
  type Source,
  type Taxonomy,
  type Term,
} from './schema.js';

/** Fields that hold lists; facet columns are lists too (except a single-valued `type`). */
const LIST_FIELDS = new Set(['countries', 'languages', 'partners', 'funders', 'commitments']);
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
    throw new DirectoryLoadError(
      `the CSV has a quoted cell that is never closed (it starts on line ${quoteLine})`,
      { code: 'csv' },
    );
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

const isHxlRow = (row: string[]) =>
  row.some((c) => c.trim() !== '') && row.every((c) => c.trim() === '' || c.trim().startsWith('#'));

/**
 * Converts CSV text to a data-format document (not yet validated). Throws DirectoryLoadError
 * when the text has no usable header. `rows[i]` is the spreadsheet row of organization i.
 */
export function csvToDocument(
  text: string,
  options: CsvOptions = {},
): { document: Record<string, unknown>; rows: number[] } {
  const table = parseCsvRows(text);
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw new DirectoryLoadError('the CSV is empty', { code: 'empty' });
  const header = table[headerIndex]!.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') continue;
    if (seen.has(name))
      throw new DirectoryLoadError(`the CSV has two columns named '${name}'`, { code: 'csv' });
    seen.add(name);
  }
  if (!seen.has('name') || !seen.has('id')) {
    const missing = ['id', 'name'].filter((c) => !seen.has(c)).join("' and '");
    throw new DirectoryLoadError(
      `the CSV has no '${missing}' column; the first row must name the columns (id, name, …)`,
      { code: 'csv' },
    );
  }
  let first = headerIndex + 1;
  if (table[first] && isHxlRow(table[first]!)) first++;

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
  for (let r = first; r < table.length; r++) {
    const cells = table[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const org: Record<string, unknown> = {};
    header.forEach((column, c) => {
      const cell = (cells[c] ?? '').trim();
      if (column === '' || cell === '' || column === '__proto__') return;
      setCell(org, column, cell, facets, taxonomies, lookup, options.taxonomies === undefined);
    });
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
  return { document: { ...metadata, version: 1, taxonomies, organizations }, rows };
}

function inferredTaxonomy(key: string): Taxonomy {
  const words = key.replace(/[-_]+/g, ' ');
  return { label: { en: words.charAt(0).toUpperCase() + words.slice(1) }, terms: [] };
}

/** Maps term ids and every label (any language, case-insensitive) to the term id. */
function termLookup(taxonomies: Record<string, Taxonomy>): Map<string, Map<string, string>> {
  const byFacet = new Map<string, Map<string, string>>();
  for (const [key, tax] of Object.entries(taxonomies)) {
    const map = new Map<string, string>();
    for (const term of tax.terms) {
      for (const label of Object.values(term.label)) map.set(label.trim().toLowerCase(), term.id);
      map.set(term.id, term.id);
    }
    byFacet.set(key, map);
  }
  return byFacet;
}

function setCell(
  org: Record<string, unknown>,
  column: string,
  cell: string,
  facets: Set<string>,
  taxonomies: Record<string, Taxonomy>,
  lookup: Map<string, Map<string, string>>,
  infer: boolean,
): void {
  if (facets.has(column)) {
    const map = lookup.get(column)!;
    const ids = splitMulti(cell).map((value) => {
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
    if (typeof obj === 'object' && obj !== null) obj[child] = cell;
    return;
  }
  const objectList = column === 'commitments' || column === 'sources';
  if (cell.startsWith('[') || (cell.startsWith('{') && objectList)) {
    try {
      const parsed = JSON.parse(cell) as unknown;
      org[column] = objectList && !Array.isArray(parsed) ? [parsed] : parsed;
      return;
    } catch {
      // Not JSON after all: fall through and read it as text.
    }
  }
  if (column === 'commitments') {
    org[column] = splitMulti(cell).map((text) => ({ text }));
  } else if (column === 'sources') {
    org[column] = parseSourcesCell(cell);
  } else if (LIST_FIELDS.has(column) || column === 'seeking') {
    org[column] = splitMulti(cell);
  } else {
    org[column] = cell;
  }
}

/**
 * Parses a CSV directory: the same `{ data, issues }` contract as parseDirectory, with
 * spreadsheet row numbers in the issue sentences. Throws DirectoryLoadError on unusable CSV.
 */
export function parseDirectoryCsv(text: string, options: CsvOptions = {}): ParseResult {
  if (typeof text !== 'string')
    throw new DirectoryLoadError('the CSV input must be text', { code: 'unreadable' });
  rejectUnreadableText(text.replace(/^\ufeff/, ''));
  const { document, rows } = csvToDocument(text, options);
  const result = parseDirectory(document);
  for (const issue of result.issues) {
    if (issue.index === undefined) continue;
    const row = rows[issue.index];
    issue.row = row;
    issue.message = issue.message.replace(/^record \d+( \([^)]*\))?/, (prefix) =>
      prefix.endsWith(')') ? `${prefix.slice(0, -1)}, row ${row})` : `${prefix} (row ${row})`,
    );
  }
  return result;
}

/** True when a file name, URL or media type looks like CSV rather than JSON. */
export function looksLikeCsv(nameOrType: string, text?: string): boolean {
  if (/\bcsv\b|\.csv(?:$|[?#])/i.test(nameOrType)) return true;
  if (/json|html|xml/i.test(nameOrType)) return false;
  if (text === undefined) return false;
  const start = text.replace(/^\ufeff/, '').trimStart();
  // JSON starts with { or [; an HTML or XML page (a CMS error page, say) starts with <.
  return start !== '' && !'{[<'.includes(start[0]!);
}

// --- Writing CSV ---------------------------------------------------------------------------

const quoteCell = (value: string) =>
  /[",;\r\n\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const joinMulti = (values: readonly unknown[]) =>
  values.map((v) => String(v).replace(/\|/g, '\\|')).join(' | ');

/** Writes a directory as CSV that parseDirectoryCsv reads back to the same organizations. */
export function directoryToCsv(data: DirectoryData): string {
  const facetKeys = new Set(Object.keys(data.taxonomies));
  // Every field some organization has, in first-seen order, with the usual first four leading.
  const seen = new Set<string>();
  for (const org of data.organizations) {
    for (const [key, value] of Object.entries(org)) {
      if (value === undefined) continue;
      if (key === 'headquarters' && typeof value === 'object' && value) {
        for (const sub of Object.keys(value)) seen.add(`headquarters.${sub}`);
      } else seen.add(key);
    }
  }
  const leading = ['id', 'name', 'acronym', 'type'].filter((c) => seen.has(c));
  const columns = [...leading, ...[...seen].filter((c) => !leading.includes(c))];
  const lines = [columns.map(quoteCell).join(',')];
  for (const org of data.organizations) {
    const cells = columns.map((column) => {
      let value: unknown;
      if (column.startsWith('headquarters.')) {
        value = (org.headquarters as Record<string, unknown> | undefined)?.[column.slice(13)];
      } else value = org[column];
      if (value === undefined || value === null) return '';
      if (
        column === 'commitments' ||
        (!facetKeys.has(column) && !LIST_FIELDS.has(column) && typeof value === 'object')
      ) {
        return quoteCell(JSON.stringify(value));
      }
      if (Array.isArray(value)) return quoteCell(joinMulti(value));
      return quoteCell(String(value));
    });
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
