// Exports a directory as Open Referral's Human Services Data Specification (HSDS) 3.0: the JSON
// an HSDS API returns for `GET /organizations?full=true` (a page of fully nested organizations),
// and the tabular form (one CSV file per table, described by a datapackage.json).
//
// How the data format maps onto HSDS:
// - every id is a UUIDv5 from the directory's identity and the record's slug (see ids.ts);
// - `acronym` → `alternate_name`, `parent` → `parent_organization_id`, `funders` → `funding`
//   (the funder's name as the `source`), `headquarters` → a physical location with one address,
//   the slug → an `organization_identifiers` entry, so records can be matched back;
// - each facet is a taxonomy and each term a taxonomy term, linked by `attributes`;
// - absent values are left out, never `null`. Text the spec requires but the data does not hold
//   (an organization's description, an address's street, state and postal code) is written as
//   the empty string: the data format has no state or postal code.
import { formatCsv } from './csv.js';
import { directoryIdentity, directoryNamespace, recordUuid } from './ids.js';
import { localize, termIds } from '../model/labels.js';
import type {
  DirectoryData,
  LocalizedText,
  Organization,
  Taxonomy,
  Term,
} from '../model/schema.js';

export interface HsdsOptions {
  /**
   * What identifies the directory for its UUIDs (default: its title). Keep it the same from one
   * export to the next so that the ids stay the same; the address the list is published at is
   * a good choice. See {@link directoryIdentity}.
   */
  identity?: string;
  /** Language of names and descriptions (default `en`); missing texts fall back to English. */
  lang?: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  taxonomy_detail?: HsdsTaxonomy;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'organization';
  taxonomy_term_id: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  addresses?: HsdsAddress[];
}

export interface HsdsFunding {
  id: string;
  organization_id: string;
  source: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  logo?: string;
  parent_organization_id?: string;
  funding?: HsdsFunding[];
  locations?: HsdsLocation[];
  organization_identifiers?: HsdsOrganizationIdentifier[];
  attributes?: HsdsAttribute[];
}

/** One page of the HSDS API's `/organizations` list, holding every organization. */
export interface HsdsDocument {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsOrganization[];
}

/** What an `organization_identifiers` entry calls the directory's own slug. */
export const HSDS_SLUG_IDENTIFIER_TYPE = 'mhpss-directory id';

/** Characters an RFC 3986 URI may hold. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

/**
 * A link as an RFC 3986 URI, as HSDS's `uri` format requires: kept exactly when it is one
 * already, else normalized (`https://exemple.org/café` → `https://exemple.org/caf%C3%A9`,
 * an international domain name in punycode).
 */
function uri(link: string): string {
  if (URI_CHARS.test(link)) return link;
  try {
    return new URL(link).href.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (c) =>
      encodeURIComponent(c),
    );
  } catch {
    return link;
  }
}

interface Tables {
  organizations: HsdsOrganization[];
  taxonomies: HsdsTaxonomy[];
  terms: HsdsTaxonomyTerm[];
  attributes: HsdsAttribute[];
  locations: HsdsLocation[];
  addresses: HsdsAddress[];
  funding: HsdsFunding[];
  identifiers: HsdsOrganizationIdentifier[];
}

/** Builds every HSDS table once, flat; the JSON form nests them, the tabular form writes them. */
function hsdsTables(data: DirectoryData, options: HsdsOptions): Tables {
  const lang = options.lang ?? 'en';
  const ns = directoryNamespace(directoryIdentity(data, options.identity));
  const text = (label: LocalizedText | undefined) => localize(label, lang);
  // The language a label is actually in: `lang` when the label has it, else English.
  const languageOf = (label: LocalizedText) =>
    label[lang] || label[lang.split('-')[0]!.toLowerCase()] ? lang : 'en';
  const orgUuid = (slug: string) => recordUuid(ns, 'organization', slug);
  const byId = new Map(data.organizations.map((o) => [o.id, o]));

  // Term codes are unique across the whole table (the spec's datapackage says so): a term id
  // used by two facets is written `facet:id`.
  const codeCount = new Map<string, number>();
  for (const tax of Object.values(data.taxonomies)) {
    for (const term of tax.terms) codeCount.set(term.id, (codeCount.get(term.id) ?? 0) + 1);
  }

  const taxonomies: HsdsTaxonomy[] = [];
  const terms: HsdsTaxonomyTerm[] = [];
  const termByKey = new Map<string, HsdsTaxonomyTerm>();
  const taxonomyByKey = new Map<string, HsdsTaxonomy>();
  for (const [key, tax] of Object.entries(data.taxonomies) as [string, Taxonomy][]) {
    const taxonomy: HsdsTaxonomy = {
      id: recordUuid(ns, 'taxonomy', key),
      name: text(tax.label),
      description: text(tax.description) || text(tax.label),
    };
    taxonomies.push(taxonomy);
    taxonomyByKey.set(key, taxonomy);
    for (const term of tax.terms as Term[]) {
      const row: HsdsTaxonomyTerm = {
        id: recordUuid(ns, 'taxonomy_term', key, term.id),
        code: codeCount.get(term.id)! > 1 ? `${key}:${term.id}` : term.id,
        name: text(term.label),
        description: text(term.description) || text(term.label),
        taxonomy: taxonomy.name,
        taxonomy_id: taxonomy.id,
        language: languageOf(term.label),
      };
      terms.push(row);
      termByKey.set(`${key}\u0000${term.id}`, row);
    }
  }

  const tables: Tables = {
    organizations: [],
    taxonomies,
    terms,
    attributes: [],
    locations: [],
    addresses: [],
    funding: [],
    identifiers: [],
  };
  for (const org of data.organizations as Organization[]) {
    const id = orgUuid(org.id);
    const out: HsdsOrganization = { id, name: org.name, description: org.description ?? '' };
    if (org.acronym) out.alternate_name = org.acronym;
    if (org.email) out.email = org.email;
    if (org.website) out.website = uri(org.website);
    if (org.logo) out.logo = uri(org.logo);
    if (org.parent && org.parent !== org.id && byId.has(org.parent)) {
      out.parent_organization_id = orgUuid(org.parent);
    }
    tables.organizations.push(out);

    tables.identifiers.push({
      id: recordUuid(ns, 'organization_identifier', org.id),
      organization_id: id,
      identifier_type: HSDS_SLUG_IDENTIFIER_TYPE,
      identifier: org.id,
    });

    for (const funder of org.funders ?? []) {
      tables.funding.push({
        id: recordUuid(ns, 'funding', org.id, funder),
        organization_id: id,
        source: byId.get(funder)?.name ?? funder,
      });
    }

    const hq = org.headquarters;
    if (hq && (hq.address || hq.city || hq.country)) {
      const location: HsdsLocation = {
        id: recordUuid(ns, 'location', org.id, 'headquarters'),
        location_type: 'physical',
        organization_id: id,
        name: 'Headquarters',
      };
      tables.locations.push(location);
      tables.addresses.push({
        id: recordUuid(ns, 'address', org.id, 'headquarters'),
        location_id: location.id,
        address_1: hq.address ?? '',
        city: hq.city ?? '',
        state_province: '',
        postal_code: '',
        country: hq.country ?? '',
        address_type: 'physical',
      });
    }

    for (const key of Object.keys(data.taxonomies)) {
      for (const termId of termIds(org[key])) {
        const term = termByKey.get(`${key}\u0000${termId}`);
        if (!term) continue;
        tables.attributes.push({
          id: recordUuid(ns, 'attribute', org.id, key, termId),
          link_id: id,
          link_type: key,
          link_entity: 'organization',
          taxonomy_term_id: term.id,
        });
      }
    }
  }
  return tables;
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

/**
 * The directory as HSDS 3.0 JSON: one page of the API's `/organizations` list (`total_items`,
 * …, `contents`) holding every organization fully nested — its locations and addresses,
 * funding, identifiers and attributes, each attribute with its taxonomy term and taxonomy.
 * Every organization validates against the specification's `compiled/organization.json`.
 *
 * @example
 * const hsds = directoryToHsds(data, { identity: 'https://example.org/members.json' });
 * hsds.contents[0].id; // a UUID, the same on every export with that identity
 */
export function directoryToHsds(data: DirectoryData, options: HsdsOptions = {}): HsdsDocument {
  const t = hsdsTables(data, options);
  const taxonomyById = new Map(t.taxonomies.map((x) => [x.id, x]));
  const termById = new Map(t.terms.map((x) => [x.id, x]));
  const locations = groupBy(t.locations, (l) => l.organization_id);
  const addresses = groupBy(t.addresses, (a) => a.location_id);
  const funding = groupBy(t.funding, (f) => f.organization_id);
  const identifiers = groupBy(t.identifiers, (i) => i.organization_id);
  const attributes = groupBy(t.attributes, (a) => a.link_id);
  const contents = t.organizations.map((org) => {
    const out: HsdsOrganization = { ...org };
    const orgFunding = funding.get(org.id);
    if (orgFunding) out.funding = orgFunding;
    const orgLocations = locations.get(org.id);
    if (orgLocations) {
      out.locations = orgLocations.map((l) => {
        const a = addresses.get(l.id);
        return a ? { ...l, addresses: a } : l;
      });
    }
    out.organization_identifiers = identifiers.get(org.id) ?? [];
    const orgAttributes = attributes.get(org.id);
    if (orgAttributes) {
      out.attributes = orgAttributes.map((a) => {
        const term = termById.get(a.taxonomy_term_id)!;
        return {
          ...a,
          taxonomy_term: { ...term, taxonomy_detail: taxonomyById.get(term.taxonomy_id)! },
        };
      });
    }
    return out;
  });
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// --- The tabular form ------------------------------------------------------------------------

type FieldType = 'string' | 'number';
/** name, type, format, required, unique — as the specification's datapackage.json has them. */
type FieldRow = readonly [string, FieldType, string | undefined, boolean, boolean];

interface ResourceSpec {
  name: string;
  path: string;
  fields: readonly FieldRow[];
  foreignKeys: readonly (readonly [field: string, resource: string])[];
}

const s = (name: string, required = false, format?: string, unique = false): FieldRow => [
  name,
  'string',
  format,
  required,
  unique,
];
const id = s('id', true, 'uuid', true);

/**
 * The HSDS 3.0 tables this export writes, field by field as in the specification's tabular
 * datapackage.json (test/core/hsds.test.ts compares them). Tables the data has nothing for
 * (services, phones, schedules, …) are left out.
 */
export const HSDS_TABLES: readonly ResourceSpec[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: [
      id,
      s('name', true),
      s('alternate_name'),
      s('description', true),
      s('email', false, 'email'),
      s('website', false, 'uri'),
      s('tax_status'),
      s('tax_id'),
      ['year_incorporated', 'number', undefined, false, false],
      s('legal_status'),
      s('logo'),
      s('uri', false, 'uri'),
      s('parent_organization_id', false, 'uuid'),
    ],
    foreignKeys: [],
  },
  {
    name: 'organization_identifier',
    path: 'organization_identifiers.csv',
    fields: [
      id,
      s('organization_id', true, 'uuid'),
      s('identifier_scheme'),
      s('identifier_type', true),
      s('identifier', true),
    ],
    foreignKeys: [['organization_id', 'organization']],
  },
  {
    name: 'funding',
    path: 'funding.csv',
    fields: [id, s('organization_id', false, 'uuid'), s('service_id', false, 'uuid'), s('source')],
    foreignKeys: [['organization_id', 'organization']],
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: [
      id,
      s('location_type', true),
      s('url', false, 'uri'),
      s('organization_id', false, 'uuid'),
      s('name'),
      s('alternate_name'),
      s('description'),
      s('transportation'),
      ['latitude', 'number', undefined, false, false],
      ['longitude', 'number', undefined, false, false],
      s('external_identifier'),
      s('external_identifier_type'),
    ],
    foreignKeys: [['organization_id', 'organization']],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    fields: [
      id,
      s('location_id', false, 'uuid'),
      s('attention'),
      s('address_1', true),
      s('address_2'),
      s('city', true),
      s('region'),
      s('state_province', true),
      s('postal_code', true),
      s('country', true),
      s('address_type', true),
    ],
    foreignKeys: [['location_id', 'location']],
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: [id, s('name', true), s('description', true), s('uri', false, 'uri'), s('version')],
    foreignKeys: [],
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: [
      id,
      s('code', false, undefined, true),
      s('name', true),
      s('description', true),
      s('parent_id', false, 'uuid'),
      s('taxonomy'),
      s('language'),
      s('taxonomy_id', false, 'uuid'),
      s('term_uri', false, 'uri'),
    ],
    foreignKeys: [['taxonomy_id', 'taxonomy']],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: [
      id,
      s('link_id', true, 'uuid'),
      s('taxonomy_term_id', true, 'uuid'),
      s('link_type'),
      s('link_entity', true),
      s('value'),
    ],
    foreignKeys: [['taxonomy_term_id', 'taxonomy_term']],
  },
];

const ENUMS: Record<string, readonly string[]> = {
  'location.location_type': ['physical', 'postal', 'virtual'],
  'address.address_type': ['physical', 'postal', 'virtual'],
};

/** The datapackage.json of a tabular export: the tables written, described as the spec does. */
function datapackage(data: DirectoryData): Record<string, unknown> {
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : '';
  return {
    profile: 'tabular-data-package',
    name: (title
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'directory') as string,
    ...(title ? { title } : {}),
    description: 'An Open Referral Human Services Data Specification (HSDS) 3.0 tabular export.',
    resources: HSDS_TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: table.fields.map(([name, type, format, required, unique]) => ({
          name,
          type,
          ...(format ? { format } : {}),
          constraints: {
            required,
            unique,
            ...(ENUMS[`${table.name}.${name}`] ? { enum: ENUMS[`${table.name}.${name}`] } : {}),
          },
        })),
        ...(table.foreignKeys.length
          ? {
              foreignKeys: table.foreignKeys.map(([field, resource]) => ({
                fields: field,
                reference: { resource, fields: 'id' },
              })),
            }
          : {}),
      },
    })),
  };
}

/**
 * The directory as HSDS 3.0 tabular data: file name → file text, one CSV file per table
 * (headers exactly as the specification's datapackage.json lists the fields, empty cells for
 * absent values) and `datapackage.json` describing them. The CSV files are plain UTF-8 with no
 * byte-order mark and no formula guard: they are for HSDS tools, not for opening in Excel.
 *
 * @example
 * for (const [name, text] of Object.entries(directoryToHsdsTabular(data))) {
 *   writeFileSync(join(dir, name), text);
 * }
 */
export function directoryToHsdsTabular(
  data: DirectoryData,
  options: HsdsOptions = {},
): Record<string, string> {
  const t = hsdsTables(data, options);
  const rowsOf: Record<string, readonly object[]> = {
    organization: t.organizations,
    organization_identifier: t.identifiers,
    funding: t.funding,
    location: t.locations,
    address: t.addresses,
    taxonomy: t.taxonomies,
    taxonomy_term: t.terms,
    attribute: t.attributes,
  };
  const files: Record<string, string> = {};
  for (const table of HSDS_TABLES) {
    const names = table.fields.map(([name]) => name);
    const rows = rowsOf[table.name]!.map((row) =>
      names.map((name) => {
        const value = (row as Record<string, unknown>)[name];
        return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      }),
    );
    files[table.path] = formatCsv([names, ...rows], { bom: false, guard: false });
  }
  files['datapackage.json'] = `${JSON.stringify(datapackage(data), null, 2)}\n`;
  return files;
}
