// Reads a directory document: keeps every valid organization and records every problem with
// the record, the field and which sentence of messages.ts describes it. The sentences are
// written out by parseDirectory (load.ts); the widget writes them only when there are issues,
// from a chunk of its own. Only an unreadable document throws. An organization's fields are
// read by their kind, as the table in fields.ts describes them.
import { ORGANIZATION_FIELDS, PLACE_PARTS, organizationField, type FieldKind } from './fields.js';
import { DirectoryLoadError, loadErrors } from './load-errors.js';
import type { DataIssue, DataIssueCode, IssueSeverity, messages } from './messages.js';
import { isCountryCode } from './countries.js';
import { statedFacts } from './facts.js';
import {
  FACET_KEY_PATTERN,
  LANGUAGE_PATTERN,
  isDate,
  isEmail,
  isFact,
  isHttpUrlText,
  isId,
  isLanguageTag,
  isLocalizedText,
  isNonEmptyText,
  isObject,
  isPartialDate,
  isSubmitUrl,
  type ValueCheck,
} from './patterns.js';
import type {
  Commitment,
  DirectoryData,
  LocalizedText,
  Organization,
  Publisher,
  Source,
  Taxonomy,
  Term,
} from './schema.js';

type Messages = typeof messages;
/** The sentences of messages.ts that describe an issue in a record or the document. */
export type IssueSentence = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];

/** An issue before its sentence is written (a DataIssue has the same fields and its message). */
export interface RawIssue extends Omit<DataIssue, 'message'> {
  /** Which sentence of messages.ts describes it, and its arguments. */
  sentence: [IssueSentence, unknown[]];
}

export interface RawParseResult {
  data: DirectoryData;
  issues: RawIssue[];
}

/** Collects issues for one record (or the document): what, where, and which sentence says it. */
class Reporter {
  constructor(
    private readonly issues: RawIssue[],
    private readonly index?: number,
    public id?: string,
  ) {}

  /** Records an issue. Returns undefined: what a reader returns for a value it drops. */
  add<K extends IssueSentence>(
    severity: IssueSeverity,
    code: DataIssueCode,
    path: string,
    sentence: K,
    ...args: Parameters<Messages[K]>
  ): undefined {
    const issue: RawIssue = { severity, path, code, sentence: [sentence, args] };
    if (this.index !== undefined) issue.index = this.index;
    if (this.id !== undefined) issue.id = this.id;
    this.issues.push(issue);
    return undefined;
  }
}

/** Throws on text that cannot be a directory in any form: empty, or an HTML/XML page. */
export function rejectUnreadableText(text: string): void {
  const start = text.trimStart();
  if (start === '') throw new DirectoryLoadError(loadErrors.emptyInput(), { code: 'empty' });
  // Many servers answer a wrong address with an HTML page (a CMS's "not found", a login wall).
  if (start[0] === '<') throw new DirectoryLoadError(loadErrors.htmlInput(), { code: 'html' });
}

function readInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  rejectUnreadableText(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DirectoryLoadError(loadErrors.notJson((error as Error).message), {
      code: 'not-json',
      cause: error,
    });
  }
}

/**
 * parseDirectory (load.ts) without the sentences written out: each issue names its sentence in
 * messages.ts instead, so that the widget loads the sentences only when there are issues.
 * Never throws on bad records; throws {@link DirectoryLoadError} only when the document as a
 * whole is unreadable.
 */
export function validateDirectory(input: unknown): RawParseResult {
  try {
    return parseDocument(readInput(input));
  } catch (error) {
    if (error instanceof DirectoryLoadError) throw error;
    // Hostile objects (throwing getters, proxies) must still surface as a load error.
    throw new DirectoryLoadError(`the input could not be read (${String(error)})`, {
      code: 'unreadable',
      cause: error,
    });
  }
}

function parseDocument(doc: unknown): RawParseResult {
  if (!isObject(doc)) {
    throw new DirectoryLoadError(loadErrors.notObject(doc), { code: 'not-object' });
  }
  const issues: RawIssue[] = [];
  const top = new Reporter(issues);

  if (!('version' in doc) || doc.version === undefined) {
    top.add('warning', 'missing-version', 'version', 'missingVersion');
  } else if (doc.version !== 1) {
    throw new DirectoryLoadError(loadErrors.badVersion(doc.version), {
      code: 'unsupported-version',
    });
  }
  if (!Array.isArray(doc.organizations)) {
    throw new DirectoryLoadError(loadErrors.noOrganizations(doc.organizations), {
      code: 'no-organizations',
    });
  }

  const data: DirectoryData = { ...doc, version: 1, taxonomies: {}, organizations: [] };
  if (doc.title !== undefined && typeof doc.title !== 'string') {
    top.add('warning', 'invalid-type', 'title', 'badTitle', doc.title);
    delete data.title;
  }
  if (doc.description !== undefined && typeof doc.description !== 'string') {
    top.add('warning', 'invalid-type', 'description', 'badDescription', doc.description);
    delete data.description;
  }
  if (doc.publisher !== undefined) {
    const publisher = readPublisher(doc.publisher, top);
    if (publisher) data.publisher = publisher;
    else delete data.publisher;
  }
  if (doc.submit !== undefined) {
    if (typeof doc.submit === 'string' && isSubmitUrl(doc.submit.trim())) {
      data.submit = doc.submit.trim();
    } else {
      top.add('warning', 'invalid-url', 'submit', 'badSubmit', doc.submit);
      delete data.submit;
    }
  }
  if (doc.updated !== undefined && !isDate(doc.updated)) {
    top.add('warning', 'invalid-date', 'updated', 'badUpdated', doc.updated);
    delete data.updated;
  }
  data.taxonomies = readTaxonomies(doc.taxonomies, top);

  const firstIndex = new Map<string, number>();
  const facets = Object.entries(data.taxonomies).map(
    ([facet, taxonomy]) => [facet, new Set(taxonomy.terms.map((t) => t.id))] as const,
  );
  doc.organizations.forEach((record: unknown, index: number) => {
    const org = readOrganization(record, index, facets, issues, firstIndex);
    if (org) data.organizations.push(org);
  });
  checkReferences(data.organizations, firstIndex, issues);
  // Report in document order: document-level issues first, then record by record.
  const order = (issue: RawIssue) => (issue.index === undefined ? -1 : issue.index);
  issues.sort((a, b) => order(a) - order(b));
  return { data, issues };
}

function readLocalized(value: unknown): LocalizedText | undefined {
  if (!isLocalizedText(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value as Record<string, string>)) {
    if (lang === 'en' || LANGUAGE_PATTERN.test(lang)) out[lang] = text;
  }
  return out as LocalizedText;
}

/** A term or a taxonomy with its `description` read as a localized text, or without one. */
function withDescription<T extends { description?: unknown }>(clean: T): T {
  if (clean.description === undefined) return clean;
  const description = readLocalized(clean.description);
  if (description) clean.description = description;
  else delete clean.description;
  return clean;
}

function readTaxonomies(value: unknown, top: Reporter): Record<string, Taxonomy> {
  const result: Record<string, Taxonomy> = {};
  if (value === undefined) return result;
  if (!isObject(value)) {
    top.add('error', 'invalid-type', 'taxonomies', 'badTaxonomies', value);
    return result;
  }
  for (const [key, tax] of Object.entries(value)) {
    if (!FACET_KEY_PATTERN.test(key) || key === '__proto__') {
      top.add('error', 'invalid-facet', `taxonomies`, 'badTaxonomyKey', key);
      continue;
    }
    if (organizationField(key)) {
      top.add('error', 'reserved-facet', `taxonomies.${key}`, 'reservedTaxonomy', key);
      continue;
    }
    if (!isObject(tax)) {
      top.add('error', 'invalid-facet', `taxonomies.${key}`, 'badTaxonomy', key, 'object', tax);
      continue;
    }
    const label = readLocalized(tax.label);
    if (!label) {
      top.add('error', 'invalid-facet', `taxonomies.${key}.label`, 'badTaxonomy', key, 'label');
      continue;
    }
    if (!Array.isArray(tax.terms)) {
      top.add('error', 'invalid-facet', `taxonomies.${key}.terms`, 'badTaxonomy', key, 'terms');
      continue;
    }
    const terms: Term[] = [];
    const seen = new Set<string>();
    tax.terms.forEach((term: unknown, i: number) => {
      const path = `taxonomies.${key}.terms[${i}]`;
      if (!isObject(term)) {
        top.add('error', 'invalid-term', path, 'badTerm', key, i, 'object');
        return;
      }
      if (!isId(term.id)) {
        top.add('error', 'invalid-term', `${path}.id`, 'badTerm', key, i, 'id', term.id);
        return;
      }
      const termLabel = readLocalized(term.label);
      if (!termLabel) {
        top.add('error', 'invalid-term', `${path}.label`, 'badTerm', key, i, 'label');
        return;
      }
      const id = term.id as string;
      if (seen.has(id)) {
        top.add('warning', 'duplicate-term', `${path}.id`, 'duplicateTerm', key, i, id);
        return;
      }
      seen.add(id);
      terms.push(withDescription<Term>({ ...term, id, label: termLabel }));
    });
    result[key] = withDescription<Taxonomy>({ ...tax, label, terms });
  }
  return result;
}

function readOrganization(
  record: unknown,
  index: number,
  facets: readonly (readonly [string, Set<string>])[],
  issues: RawIssue[],
  firstIndex: Map<string, number>,
): Organization | undefined {
  const report = new Reporter(issues, index);
  if (!isObject(record)) return report.add('error', 'invalid-record', '', 'notRecord', record);
  // The required fields, id and name, decide whether there is a record at all.
  if (record.id === undefined) return report.add('error', 'missing-id', 'id', 'missingId');
  if (!isId(record.id)) {
    return report.add('error', 'invalid-id', 'id', 'badId', record.id);
  }
  const id = (report.id = record.id as string);
  if (record.name === undefined) {
    return report.add('error', 'missing-name', 'name', 'missingName');
  }
  if (!isNonEmptyText(record.name)) {
    return report.add('error', 'invalid-name', 'name', 'badName', record.name);
  }
  const first = firstIndex.get(id);
  if (first !== undefined) {
    return report.add('error', 'duplicate-id', 'id', 'duplicateId', id, first);
  }
  firstIndex.set(id, index);

  const org: Record<string, unknown> = { ...record, id, name: (record.name as string).trim() };
  // The other fields by their kind, in the table's order: a bad value (or list item) is dropped.
  for (const { key, kind, list, required } of ORGANIZATION_FIELDS) {
    if (required) continue;
    if (list) readList(org, record, key, report, READ[kind]);
    else readPart(org, record, key, '', report, READ[kind]);
  }

  for (const [facet, known] of facets) {
    const value = record[facet];
    if (value === undefined) continue;
    const check = (term: unknown, path: string): string | undefined => {
      if (typeof term !== 'string') {
        return report.add('error', 'invalid-term', path, 'badTermRef', path, term);
      }
      if (!known.has(term)) {
        return report.add('error', 'unknown-term', path, 'unknownTerm', path, facet, term);
      }
      return term;
    };
    if (typeof value === 'string') {
      // A single term (as `type` is usually written) is kept as written when it is known.
      if (check(value, facet) === undefined) delete org[facet];
    } else {
      readList(org, record, facet, report, check);
    }
  }
  checkSupports(
    org as Organization,
    record,
    facets.map(([facet]) => facet),
    report,
  );
  return org as Organization;
}

/**
 * Each fact a source `supports` is one the record states (once its values are read): one it
 * does not state is kept, and reported, since no fact of the record points at it. Paths are the
 * document's, before bad items were dropped.
 */
function checkSupports(
  org: Organization,
  record: Record<string, unknown>,
  facetKeys: readonly string[],
  report: Reporter,
): void {
  const sources = record.sources;
  if (!Array.isArray(sources) || !org.sources?.length) return;
  let stated: Set<string> | undefined;
  sources.forEach((source: unknown, i: number) => {
    // A source readSource dropped (neither a title nor an address) has its own issue.
    if (!isObject(source) || !Array.isArray(source.supports)) return;
    const url = typeof source.url === 'string' ? source.url.trim() : source.url;
    if (!isNonEmptyText(source.title) && !isHttpUrlText(url)) return;
    source.supports.forEach((fact: unknown, j: number) => {
      if (!isFact(fact)) return;
      stated ??= new Set(statedFacts(org, facetKeys));
      if (stated.has(fact as string)) return;
      const path = `sources[${i}].supports[${j}]`;
      report.add('warning', 'unstated-fact', path, 'unstatedFact', path, fact as string);
    });
  });
}

/** Reads one value (an item, in a list): the clean value, or undefined (reported) to drop it. */
type ReadValue = (value: unknown, path: string, report: Reporter) => unknown;

/**
 * Reads `key` of `value` into `out` (a copy of it being cleaned), when it is there: the clean
 * value replaces it, or it is dropped. `path` is where `value` is (`''` for a record's fields).
 */
function readPart(
  out: Record<string, unknown>,
  value: Record<string, unknown>,
  key: string,
  path: string,
  report: Reporter,
  read: ReadValue,
): void {
  if (value[key] === undefined) return;
  const clean = read(value[key], path ? `${path}.${key}` : key, report);
  if (clean === undefined) delete out[key];
  else out[key] = clean;
}

/**
 * Validates a list field item by item: bad items are dropped and reported, repeats removed. `at`
 * is where the list is (a record's field: its key).
 */
function readList(
  org: Record<string, unknown>,
  record: Record<string, unknown>,
  key: string,
  report: Reporter,
  readItem: ReadValue,
  at = key,
): void {
  const value = record[key];
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    report.add('error', 'invalid-type', at, 'notList', at, value);
    delete org[key];
    return;
  }
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  value.forEach((item: unknown, i: number) => {
    const path = `${at}[${i}]`;
    const clean = readItem(item, path, report);
    if (clean === undefined) return;
    if (typeof clean === 'string') {
      if (seen.has(clean)) {
        report.add('warning', 'duplicate-value', path, 'duplicateValue', path, clean);
        return;
      }
      seen.add(clean);
    }
    out.push(clean);
  });
  org[key] = out;
}

/** A value `check` accepts, kept as it is; anything else is reported with `sentence`. */
const checked =
  (
    check: ValueCheck,
    code: DataIssueCode,
    sentence: 'badUrl' | 'badDate' | 'badPartialDate' | 'badLanguage' | 'badRef' | 'badFact',
    severity: IssueSeverity = 'error',
  ): ReadValue =>
  (value, path, report) =>
    check(value) ? value : report.add(severity, code, path, sentence, path, value);

/** Text, kept as written. */
const readText: ReadValue = (value, path, report) =>
  typeof value === 'string'
    ? value
    : report.add('error', 'invalid-type', path, 'notText', path, value);

/** A web or email address: text that `check` accepts once trimmed, kept trimmed. */
const readAddress =
  (check: ValueCheck, code: DataIssueCode, sentence: 'badUrl' | 'badEmail'): ReadValue =>
  (value, path, report) => {
    if (typeof value !== 'string') return readText(value, path, report);
    if (check(value.trim())) return value.trim();
    return report.add('error', code, path, sentence, path, value);
  };

function readCountry(value: unknown, path: string, report: Reporter): string | undefined {
  if (isCountryCode(value)) return value as string;
  if (typeof value === 'string' && isCountryCode(value.trim().toUpperCase())) {
    report.add('warning', 'country-case', path, 'lowercaseCountry', path, value.trim());
    return value.trim().toUpperCase();
  }
  return report.add('error', 'invalid-country', path, 'badCountry', path, value);
}

const readRef = checked(isId, 'invalid-reference', 'badRef');

/** A source's date, as the page gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const readPartialDate = checked(isPartialDate, 'invalid-date', 'badPartialDate');

/** A fact a source supports: `field:value` or `headquarters`. */
const readFact = checked(isFact, 'invalid-fact', 'badFact');

/** A place (headquarters): an object whose `country` is a country code, its other parts text. */
function readPlace(value: unknown, path: string, report: Reporter): unknown {
  if (!isObject(value)) {
    return report.add('error', 'invalid-type', path, 'notObjectField', path, value);
  }
  const place: Record<string, unknown> = { ...value };
  for (const part of PLACE_PARTS) {
    readPart(place, value, part, path, report, part === 'country' ? readCountry : readText);
  }
  return place;
}

function readCommitment(value: unknown, path: string, report: Reporter): Commitment | undefined {
  if (typeof value === 'string' && isNonEmptyText(value)) return { text: value };
  if (!isObject(value)) {
    return report.add('error', 'invalid-type', path, 'notObjectField', path, value);
  }
  if (!isNonEmptyText(value.text)) {
    return report.add('error', 'invalid-commitment', `${path}.text`, 'missingCommitmentText', path);
  }
  const out: Record<string, unknown> = { ...value };
  readPart(out, value, 'source', path, report, readText);
  readPart(out, value, 'url', path, report, checked(isHttpUrlText, 'invalid-url', 'badUrl'));
  readPart(out, value, 'date', path, report, checked(isDate, 'invalid-date', 'badDate'));
  return out as Commitment;
}

/**
 * A source is `{ title, url?, date?, supports? }`, or its title alone as text. A source with a
 * good address but no title is kept (listed under its address) and reported; one with neither is
 * dropped. A bad date or fact is dropped; whether the record states each fact is checked once its
 * facets are read (checkSupports).
 */
function readSource(value: unknown, path: string, report: Reporter): Source | undefined {
  if (typeof value === 'string' && isNonEmptyText(value)) return { title: value.trim() };
  if (!isObject(value))
    return report.add('error', 'invalid-source', path, 'badSource', path, value);
  const out: Record<string, unknown> = { ...value };
  if (value.url !== undefined) {
    const url = typeof value.url === 'string' ? value.url.trim() : value.url;
    if (isHttpUrlText(url)) out.url = url;
    else {
      report.add('error', 'invalid-url', `${path}.url`, 'badUrl', `${path}.url`, value.url);
      delete out.url;
    }
  }
  if (isNonEmptyText(value.title)) {
    out.title = (value.title as string).trim();
  } else if (typeof out.url === 'string') {
    report.add('warning', 'missing-title', `${path}.title`, 'untitledSource', path);
    out.title = out.url;
  } else {
    return report.add('error', 'invalid-source', path, 'badSource', path, value);
  }
  readPart(out, value, 'date', path, report, readPartialDate);
  readList(out, value, 'supports', report, readFact, `${path}.supports`);
  return out as Source;
}

/** How each kind of field is read (item by item for a list: ORGANIZATION_FIELDS says which). */
const READ: Record<FieldKind, ReadValue> = {
  id: readRef,
  text: readText,
  url: readAddress(isHttpUrlText, 'invalid-url', 'badUrl'),
  email: readAddress(isEmail, 'invalid-email', 'badEmail'),
  place: readPlace,
  countries: readCountry,
  languages: checked(isLanguageTag, 'invalid-language', 'badLanguage'),
  ref: readRef,
  refs: readRef,
  commitments: readCommitment,
  texts: (value, path, report) =>
    isNonEmptyText(value)
      ? (value as string).trim()
      : report.add('error', 'invalid-type', path, 'notText', path, value),
  sources: readSource,
};

/** The publisher is `{ name, url? }`, or its name alone as text; a bad address is dropped. */
function readPublisher(value: unknown, top: Reporter): Publisher | undefined {
  if (typeof value === 'string' && isNonEmptyText(value)) return { name: value.trim() };
  if (!isObject(value) || !isNonEmptyText(value.name)) {
    return top.add('warning', 'invalid-publisher', 'publisher', 'badPublisher', value);
  }
  const out: Record<string, unknown> = { ...value, name: (value.name as string).trim() };
  readPart(
    out,
    value,
    'url',
    'publisher',
    top,
    checked(isHttpUrlText, 'invalid-url', 'badUrl', 'warning'),
  );
  return out as Publisher;
}

/** References (`ref` and `refs` fields: parent, partners, funders) name organizations in the file. */
function checkReferences(
  organizations: Organization[],
  firstIndex: Map<string, number>,
  issues: RawIssue[],
): void {
  for (const org of organizations) {
    const report = new Reporter(issues, firstIndex.get(org.id), org.id);
    const refs: [string, string][] = [];
    for (const { key, kind } of ORGANIZATION_FIELDS) {
      const value: unknown = org[key];
      if (kind === 'refs' && Array.isArray(value)) {
        value.forEach((ref: string, i) => refs.push([`${key}[${i}]`, ref]));
      } else if (kind === 'ref' && typeof value === 'string') refs.push([key, value]);
    }
    for (const [path, ref] of refs) {
      if (ref === org.id) report.add('warning', 'self-reference', path, 'selfRef', path, ref);
      else if (!firstIndex.has(ref))
        report.add('warning', 'unknown-organization', path, 'unknownOrg', path, ref);
    }
  }
}
