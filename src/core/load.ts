// Reads a directory document: keeps every valid organization and reports every problem as an
// issue a data maintainer can act on. Only an unreadable document throws.
import type * as z from 'zod/mini';
import { kindOf, messages, where } from './messages.js';
import {
  CommitmentSchema,
  CountryCodeSchema,
  DateSchema,
  EmailSchema,
  FACET_KEY_PATTERN,
  HttpUrlSchema,
  IdSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  NonEmptyTextSchema,
  RESERVED_FIELDS,
  type Commitment,
  type DirectoryData,
  type LocalizedText,
  type Organization,
  type Taxonomy,
  type Term,
} from './schema.js';

/** How bad an issue is: `error` means data was skipped or dropped; `warning` means it was kept. */
export type IssueSeverity = 'error' | 'warning';

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
  code: string;
  /** One plain sentence, e.g. "record 12 (unicef): website: 'ftp://x' is not an http(s) URL…". */
  message: string;
}

export interface ParseResult {
  data: DirectoryData;
  issues: DataIssue[];
}

/**
 * Thrown when the document as a whole cannot be read (not JSON, wrong shape, wrong version).
 * `code` says which case it is (e.g. `not-json`, `table-missing-columns`) for callers that branch.
 */
export class DirectoryLoadError extends Error {
  override name = 'DirectoryLoadError';
  /** A machine-readable kind; `unreadable` when nothing more specific applies. */
  readonly code: string;
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options);
    this.code = options?.code ?? 'unreadable';
  }
}

const RESERVED = new Set<string>(RESERVED_FIELDS);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const valid = (schema: z.ZodMiniType, value: unknown): boolean => schema.safeParse(value).success;

/** Collects issues for one record (or the document) with a shared prefix. */
class Reporter {
  constructor(
    private readonly issues: DataIssue[],
    private readonly index?: number,
    public id?: string,
  ) {}

  add(severity: IssueSeverity, code: string, path: string, sentence: string): void {
    const issue: DataIssue = { severity, path, code, message: '' };
    if (this.index !== undefined) issue.index = this.index;
    if (this.id !== undefined) issue.id = this.id;
    issue.message = `${where(this.index, this.id)}: ${sentence}`;
    this.issues.push(issue);
  }
}

/** Throws on text that cannot be a directory in any form: empty, or an HTML/XML page. */
export function rejectUnreadableText(text: string): void {
  const start = text.trimStart();
  if (start === '') throw new DirectoryLoadError(messages.emptyInput(), { code: 'empty' });
  // Many servers answer a wrong address with an HTML page (a CMS's "not found", a login wall).
  if (start[0] === '<') throw new DirectoryLoadError(messages.htmlInput(), { code: 'html' });
}

function readInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  rejectUnreadableText(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DirectoryLoadError(messages.notJson((error as Error).message), {
      cause: error,
      code: 'not-json',
    });
  }
}

/**
 * Parses and validates a directory document (an object, or JSON text).
 * Never throws on bad records; throws {@link DirectoryLoadError} on an unreadable document.
 */
export function parseDirectory(input: unknown): ParseResult {
  try {
    return parseDocument(readInput(input));
  } catch (error) {
    if (error instanceof DirectoryLoadError) throw error;
    // Hostile objects (throwing getters, proxies) must still surface as a load error.
    throw new DirectoryLoadError(`the input could not be read (${String(error)})`, {
      cause: error,
    });
  }
}

function parseDocument(doc: unknown): ParseResult {
  if (!isObject(doc)) {
    throw new DirectoryLoadError(messages.notObject(doc), { code: 'not-object' });
  }
  const issues: DataIssue[] = [];
  const top = new Reporter(issues);

  if (!('version' in doc) || doc.version === undefined) {
    top.add('warning', 'missing-version', 'version', messages.missingVersion());
  } else if (doc.version !== 1) {
    throw new DirectoryLoadError(messages.badVersion(doc.version), { code: 'unsupported-version' });
  }
  if (!Array.isArray(doc.organizations)) {
    throw new DirectoryLoadError(messages.noOrganizations(doc.organizations), {
      code: 'no-organizations',
    });
  }

  const data: DirectoryData = { ...doc, version: 1, taxonomies: {}, organizations: [] };
  if (doc.title !== undefined && typeof doc.title !== 'string') {
    top.add('warning', 'invalid-type', 'title', messages.badTitle(doc.title));
    delete data.title;
  }
  if (doc.updated !== undefined && !valid(DateSchema, doc.updated)) {
    top.add('warning', 'invalid-date', 'updated', messages.badUpdated(doc.updated));
    delete data.updated;
  }
  data.taxonomies = readTaxonomies(doc.taxonomies, top);

  const firstIndex = new Map<string, number>();
  doc.organizations.forEach((record: unknown, index: number) => {
    const org = readOrganization(record, index, data.taxonomies, issues, firstIndex);
    if (org) data.organizations.push(org);
  });
  checkReferences(data.organizations, firstIndex, issues);
  // Report in document order: document-level issues first, then record by record.
  const order = (issue: DataIssue) => (issue.index === undefined ? -1 : issue.index);
  issues.sort((a, b) => order(a) - order(b));
  return { data, issues };
}

function readLocalized(value: unknown): LocalizedText | undefined {
  if (!valid(LocalizedTextSchema, value)) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value as Record<string, string>)) {
    if (lang === 'en' || /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(lang)) out[lang] = text;
  }
  return out as LocalizedText;
}

function readTaxonomies(value: unknown, top: Reporter): Record<string, Taxonomy> {
  const result: Record<string, Taxonomy> = {};
  if (value === undefined) return result;
  if (!isObject(value)) {
    top.add('error', 'invalid-type', 'taxonomies', messages.badTaxonomies(value));
    return result;
  }
  for (const [key, tax] of Object.entries(value)) {
    if (!FACET_KEY_PATTERN.test(key) || key === '__proto__') {
      top.add('error', 'invalid-facet', `taxonomies`, messages.badTaxonomyKey(key));
      continue;
    }
    if (RESERVED.has(key)) {
      top.add('error', 'reserved-facet', `taxonomies.${key}`, messages.reservedTaxonomy(key));
      continue;
    }
    if (!isObject(tax)) {
      const detail = `expected an object with "label" and "terms", got ${kindOf(tax)}`;
      top.add('error', 'invalid-facet', `taxonomies.${key}`, messages.badTaxonomy(key, detail));
      continue;
    }
    const label = readLocalized(tax.label);
    if (!label) {
      const detail = 'its "label" needs at least an English ("en") text';
      top.add(
        'error',
        'invalid-facet',
        `taxonomies.${key}.label`,
        messages.badTaxonomy(key, detail),
      );
      continue;
    }
    if (!Array.isArray(tax.terms)) {
      const detail = '"terms" must be a list of terms';
      top.add(
        'error',
        'invalid-facet',
        `taxonomies.${key}.terms`,
        messages.badTaxonomy(key, detail),
      );
      continue;
    }
    const terms: Term[] = [];
    const seen = new Set<string>();
    tax.terms.forEach((term: unknown, i: number) => {
      const path = `taxonomies.${key}.terms[${i}]`;
      if (!isObject(term)) {
        top.add(
          'error',
          'invalid-term',
          path,
          messages.badTerm(key, i, 'expected an object with "id" and "label"'),
        );
        return;
      }
      if (!valid(IdSchema, term.id)) {
        const detail = `${term.id === undefined ? 'missing id' : `id ${JSON.stringify(term.id)} is not a valid id (lowercase letters, digits and hyphens)`}`;
        top.add('error', 'invalid-term', `${path}.id`, messages.badTerm(key, i, detail));
        return;
      }
      const termLabel = readLocalized(term.label);
      if (!termLabel) {
        top.add(
          'error',
          'invalid-term',
          `${path}.label`,
          messages.badTerm(key, i, 'its "label" needs at least an English ("en") text'),
        );
        return;
      }
      const id = term.id as string;
      if (seen.has(id)) {
        top.add('warning', 'duplicate-term', `${path}.id`, messages.duplicateTerm(key, i, id));
        return;
      }
      seen.add(id);
      const clean: Term = { ...term, id, label: termLabel };
      if (term.description !== undefined) {
        const description = readLocalized(term.description);
        if (description) clean.description = description;
        else delete clean.description;
      }
      terms.push(clean);
    });
    const clean: Taxonomy = { ...tax, label, terms };
    if (tax.description !== undefined) {
      const description = readLocalized(tax.description);
      if (description) clean.description = description;
      else delete clean.description;
    }
    result[key] = clean;
  }
  return result;
}

type FieldKind = 'text' | 'url' | 'email';
const SCALAR_FIELDS: Record<string, FieldKind> = {
  acronym: 'text',
  description: 'text',
  website: 'url',
  email: 'email',
  logo: 'url',
};

function readOrganization(
  record: unknown,
  index: number,
  taxonomies: Record<string, Taxonomy>,
  issues: DataIssue[],
  firstIndex: Map<string, number>,
): Organization | undefined {
  const report = new Reporter(issues, index);
  if (!isObject(record)) {
    report.add('error', 'invalid-record', '', messages.notRecord(record));
    return undefined;
  }
  if (typeof record.id === 'string' && valid(IdSchema, record.id)) report.id = record.id;
  if (record.id === undefined) {
    report.add('error', 'missing-id', 'id', messages.missingId());
    return undefined;
  }
  if (!valid(IdSchema, record.id)) {
    report.add('error', 'invalid-id', 'id', messages.badId(record.id));
    return undefined;
  }
  if (record.name === undefined) {
    report.add('error', 'missing-name', 'name', messages.missingName());
    return undefined;
  }
  if (!valid(NonEmptyTextSchema, record.name)) {
    report.add('error', 'invalid-name', 'name', messages.badName(record.name));
    return undefined;
  }
  const id = record.id as string;
  const first = firstIndex.get(id);
  if (first !== undefined) {
    report.add('error', 'duplicate-id', 'id', messages.duplicateId(id, first));
    return undefined;
  }
  firstIndex.set(id, index);

  const org: Record<string, unknown> = { ...record, id, name: (record.name as string).trim() };
  const drop = (key: string) => delete org[key];

  for (const [key, kind] of Object.entries(SCALAR_FIELDS)) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      report.add('error', 'invalid-type', key, messages.notText(key, value));
      drop(key);
    } else if (kind === 'url' && !valid(HttpUrlSchema, value.trim())) {
      report.add('error', 'invalid-url', key, messages.badUrl(key, value));
      drop(key);
    } else if (kind === 'email' && !valid(EmailSchema, value.trim())) {
      report.add('error', 'invalid-email', key, messages.badEmail(key, value));
      drop(key);
    } else if (kind !== 'text') {
      org[key] = value.trim();
    }
  }

  if (record.headquarters !== undefined) {
    const hq = readHeadquarters(record.headquarters, report);
    if (hq) org.headquarters = hq;
    else drop('headquarters');
  }
  readList(org, record, 'countries', report, (value, path) => readCountry(value, path, report));
  readList(org, record, 'languages', report, (value, path) => {
    if (valid(LanguageTagSchema, value)) return value as string;
    report.add('error', 'invalid-language', path, messages.badLanguage(path, value));
    return undefined;
  });
  for (const key of ['partners', 'funders'] as const) {
    readList(org, record, key, report, (value, path) => readRef(value, path, report));
  }
  if (record.parent !== undefined) {
    const parent = readRef(record.parent, 'parent', report);
    if (parent === undefined) drop('parent');
  }
  readList(org, record, 'commitments', report, (value, path) =>
    readCommitment(value, path, report),
  );

  for (const [facet, taxonomy] of Object.entries(taxonomies)) {
    const value = record[facet];
    if (value === undefined) continue;
    const known = new Set(taxonomy.terms.map((t) => t.id));
    const check = (term: unknown, path: string): string | undefined => {
      if (typeof term !== 'string') {
        report.add('error', 'invalid-term', path, messages.badTermRef(path, term));
        return undefined;
      }
      if (!known.has(term)) {
        report.add('error', 'unknown-term', path, messages.unknownTerm(path, facet, term));
        return undefined;
      }
      return term;
    };
    if (typeof value === 'string') {
      // A single term (as `type` is usually written) is kept as written when it is known.
      if (check(value, facet) === undefined) drop(facet);
    } else {
      readList(org, record, facet, report, check);
    }
  }
  return org as Organization;
}

/** Validates a list field item by item: bad items are dropped and reported, repeats removed. */
function readList<T>(
  org: Record<string, unknown>,
  record: Record<string, unknown>,
  key: string,
  report: Reporter,
  readItem: (value: unknown, path: string) => T | undefined,
): void {
  const value = record[key];
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    report.add('error', 'invalid-type', key, messages.notList(key, value));
    delete org[key];
    return;
  }
  const out: T[] = [];
  const seen = new Set<unknown>();
  value.forEach((item: unknown, i: number) => {
    const path = `${key}[${i}]`;
    const clean = readItem(item, path);
    if (clean === undefined) return;
    if (typeof clean === 'string') {
      if (seen.has(clean)) {
        report.add('warning', 'duplicate-value', path, messages.duplicateValue(path, clean));
        return;
      }
      seen.add(clean);
    }
    out.push(clean);
  });
  org[key] = out;
}

function readCountry(value: unknown, path: string, report: Reporter): string | undefined {
  if (valid(CountryCodeSchema, value)) return value as string;
  if (typeof value === 'string' && valid(CountryCodeSchema, value.trim().toUpperCase())) {
    report.add('warning', 'country-case', path, messages.lowercaseCountry(path, value.trim()));
    return value.trim().toUpperCase();
  }
  report.add('error', 'invalid-country', path, messages.badCountry(path, value));
  return undefined;
}

function readRef(value: unknown, path: string, report: Reporter): string | undefined {
  if (valid(IdSchema, value)) return value as string;
  report.add('error', 'invalid-reference', path, messages.badRef(path, value));
  return undefined;
}

function readHeadquarters(value: unknown, report: Reporter): Record<string, unknown> | undefined {
  if (!isObject(value)) {
    report.add(
      'error',
      'invalid-type',
      'headquarters',
      messages.notObjectField('headquarters', value),
    );
    return undefined;
  }
  const hq: Record<string, unknown> = { ...value };
  for (const key of ['city', 'address'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      report.add(
        'error',
        'invalid-type',
        `headquarters.${key}`,
        messages.notText(`headquarters.${key}`, value[key]),
      );
      delete hq[key];
    }
  }
  if (value.country !== undefined) {
    const country = readCountry(value.country, 'headquarters.country', report);
    if (country === undefined) delete hq.country;
    else hq.country = country;
  }
  return hq;
}

function readCommitment(value: unknown, path: string, report: Reporter): Commitment | undefined {
  if (typeof value === 'string' && valid(NonEmptyTextSchema, value)) return { text: value };
  if (!isObject(value)) {
    report.add('error', 'invalid-type', path, messages.notObjectField(path, value));
    return undefined;
  }
  if (!valid(NonEmptyTextSchema, value.text)) {
    report.add('error', 'invalid-commitment', `${path}.text`, messages.missingCommitmentText(path));
    return undefined;
  }
  const out: Record<string, unknown> = { ...value };
  if (value.source !== undefined && typeof value.source !== 'string') {
    report.add(
      'error',
      'invalid-type',
      `${path}.source`,
      messages.notText(`${path}.source`, value.source),
    );
    delete out.source;
  }
  if (value.url !== undefined && !valid(HttpUrlSchema, value.url)) {
    report.add('error', 'invalid-url', `${path}.url`, messages.badUrl(`${path}.url`, value.url));
    delete out.url;
  }
  if (value.date !== undefined && !valid(DateSchema, value.date)) {
    report.add(
      'error',
      'invalid-date',
      `${path}.date`,
      messages.badDate(`${path}.date`, value.date),
    );
    delete out.date;
  }
  return valid(CommitmentSchema, out) ? (out as Commitment) : undefined;
}

/** Partners, funders and parent must name organizations in the same file. */
function checkReferences(
  organizations: Organization[],
  firstIndex: Map<string, number>,
  issues: DataIssue[],
): void {
  for (const org of organizations) {
    const report = new Reporter(issues, firstIndex.get(org.id), org.id);
    const refs: [string, string][] = [];
    for (const key of ['partners', 'funders'] as const) {
      org[key]?.forEach((ref, i) => refs.push([`${key}[${i}]`, ref]));
    }
    if (org.parent !== undefined) refs.push(['parent', org.parent]);
    for (const [path, ref] of refs) {
      if (ref === org.id)
        report.add('warning', 'self-reference', path, messages.selfRef(path, ref));
      else if (!firstIndex.has(ref))
        report.add('warning', 'unknown-organization', path, messages.unknownOrg(path, ref));
    }
  }
}
