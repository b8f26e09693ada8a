// The directory data format, version 1, as zod/mini schemas: the single source of truth for
// the data's shape. Types are inferred from these, and data/schema.json is generated from them.
// zod is pinned to 4.4.3 (package.json): 4.5.0 and later install schema members with a for…in
// over a table plus getOwnPropertyDescriptor, which throws on any page whose old scripts added an
// enumerable property to Object.prototype, and the widget then shows nothing. Lift the pin once a
// release builds schemas on such a page (test/e2e/hostile.test.ts, "polluted prototypes").
import * as z from 'zod/mini';
import { COUNTRY_CODES } from './countries.js';

/** Organization and term ids: lowercase slugs such as `save-the-children`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Facet (taxonomy) keys: they become organization field names and URL parameter names. */
export const FACET_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
/** A practical BCP 47 check: language, then optional script/region/variant subtags. */
export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
/** ISO 8601 calendar date, optionally with a time. */
export const DATE_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const HTTP_URL_PATTERN = /^https?:\/\/\S+$/i;

/** True for absolute `http:` / `https:` URLs with a host — the only web links ever rendered. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * True for a link visitors may follow to suggest an organization: an http(s) URL, or a
 * `mailto:` link to one or more email addresses (`mailto:a@x.org,b@y.org?subject=…`).
 */
export function isSubmitUrl(value: string): boolean {
  if (isHttpUrl(value)) return true;
  const match = /^mailto:([^?#]+)(?:\?[^#\s]*)?$/i.exec(value);
  if (!match) return false;
  let addresses: string[];
  try {
    addresses = decodeURIComponent(match[1]!).split(',');
  } catch {
    return false;
  }
  return addresses.every((address) => EMAIL_PATTERN.test(address.trim()));
}

/** Built-in organization fields: these names cannot be facet keys. */
export const RESERVED_FIELDS = [
  'id',
  'name',
  'acronym',
  'description',
  'website',
  'email',
  'logo',
  'headquarters',
  'countries',
  'languages',
  'partners',
  'funders',
  'parent',
  'commitments',
  'seeking',
  'sources',
] as const;

export const IdSchema = z.string().check(z.regex(ID_PATTERN));
export const NonEmptyTextSchema = z.string().check(z.minLength(1), z.regex(/\S/));
export const HttpUrlSchema = z
  .string()
  .check(z.regex(HTTP_URL_PATTERN), z.refine(isHttpUrl, 'not an http(s) URL'));
export const EmailSchema = z.string().check(z.regex(EMAIL_PATTERN));
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export const LanguageTagSchema = z.string().check(z.regex(LANGUAGE_PATTERN));
export const DateSchema = z.string().check(z.regex(DATE_PATTERN));
export const SubmitUrlSchema = z
  .string()
  .check(
    z.regex(/^(?:https?:\/\/|mailto:)\S+$/i),
    z.refine(isSubmitUrl, 'not an http(s) or mailto: link'),
  );

/** Text in several languages: `en` is required, other BCP 47 keys are optional. */
export const LocalizedTextSchema = z.catchall(z.object({ en: NonEmptyTextSchema }), z.string());

export const TermSchema = z.looseObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});

export const TaxonomySchema = z.looseObject({
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  terms: z.array(TermSchema),
});

export const HeadquartersSchema = z.looseObject({
  city: z.optional(z.string()),
  country: z.optional(CountryCodeSchema),
  address: z.optional(z.string()),
});

export const CommitmentSchema = z.looseObject({
  text: NonEmptyTextSchema,
  source: z.optional(z.string()),
  url: z.optional(HttpUrlSchema),
  date: z.optional(DateSchema),
});

/**
 * Where a record's facts come from: a document's title and, when it is on the web, its
 * http(s) address. A title alone names a document that has no stable address.
 */
export const SourceSchema = z.looseObject({
  title: NonEmptyTextSchema,
  url: z.optional(HttpUrlSchema),
});

/**
 * One organization. Facet memberships (`regions`, `approaches`, … — one key per taxonomy)
 * are lists of term ids; `type` may also be a single term id. Unknown keys pass through.
 */
export const OrganizationSchema = z.looseObject({
  id: IdSchema,
  name: NonEmptyTextSchema,
  acronym: z.optional(z.string()),
  description: z.optional(z.string()),
  website: z.optional(HttpUrlSchema),
  email: z.optional(EmailSchema),
  logo: z.optional(HttpUrlSchema),
  headquarters: z.optional(HeadquartersSchema),
  countries: z.optional(z.array(CountryCodeSchema)),
  languages: z.optional(z.array(LanguageTagSchema)),
  partners: z.optional(z.array(IdSchema)),
  funders: z.optional(z.array(IdSchema)),
  parent: z.optional(IdSchema),
  commitments: z.optional(z.array(CommitmentSchema)),
  /** Whom the organization seeks to collaborate with, in the words of its profile. */
  seeking: z.optional(z.array(NonEmptyTextSchema)),
  /** Where this record's facts come from, shown in the detail view under "Sources". */
  sources: z.optional(z.array(SourceSchema)),
});

/** Who publishes a directory document: a name and, optionally, a web address. */
export const PublisherSchema = z.looseObject({
  name: NonEmptyTextSchema,
  url: z.optional(HttpUrlSchema),
});

/** The whole document, as a data maintainer writes it. */
export const DirectoryDocumentSchema = z.looseObject({
  version: z.literal(1),
  title: z.optional(z.string()),
  /** What the list is and where it comes from, in plain text. */
  description: z.optional(z.string()),
  /** Who publishes the list. */
  publisher: z.optional(PublisherSchema),
  /** How to suggest an organization: an http(s) or `mailto:` link (the widget's default "Suggest an organization" link). */
  submit: z.optional(SubmitUrlSchema),
  updated: z.optional(DateSchema),
  taxonomies: z.optional(z.record(z.string().check(z.regex(FACET_KEY_PATTERN)), TaxonomySchema)),
  organizations: z.array(OrganizationSchema),
});

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type Headquarters = z.infer<typeof HeadquartersSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Publisher = z.infer<typeof PublisherSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type DirectoryDocument = z.infer<typeof DirectoryDocumentSchema>;

/** A loaded, valid directory: `taxonomies` is always present (possibly empty). */
export interface DirectoryData {
  version: 1;
  title?: string;
  description?: string;
  publisher?: Publisher;
  /** An http(s) or `mailto:` link for suggesting an organization (validated). */
  submit?: string;
  updated?: string;
  taxonomies: Record<string, Taxonomy>;
  organizations: Organization[];
  /** Keys this version does not know are kept. */
  [key: string]: unknown;
}
