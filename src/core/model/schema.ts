// The directory data format, version 1, as zod/mini schemas: the single source of truth for
// the data's shape (an organization's fields come from the table in fields.ts). Types are
// inferred from these, and data/schema.json is generated from them.
// zod is pinned to 4.4.3 (package.json): 4.5.0 and later install schema members with a for…in
// over a table plus getOwnPropertyDescriptor, which throws on any page whose old scripts added an
// enumerable property to Object.prototype, and the widget then shows nothing. Lift the pin once a
// release builds schemas on such a page (test/e2e/hostile.test.ts, "polluted prototypes").
import * as z from 'zod/mini';
import { COUNTRY_CODES } from './countries.js';
import { ORGANIZATION_FIELDS, type FieldKind } from './fields.js';
import {
  DATE_PATTERN,
  EMAIL_PATTERN,
  FACET_KEY_PATTERN,
  FACT_PATTERN,
  HTTP_URL_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  PARTIAL_DATE_PATTERN,
  isHttpUrl,
  isSubmitUrl,
} from './patterns.js';

export {
  DATE_PATTERN,
  FACET_KEY_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  isHttpUrl,
  isSubmitUrl,
} from './patterns.js';
export { RESERVED_FIELDS } from './fields.js';

// Every zod call below is marked pure, so that bundlers drop the schemas a program does not use:
// the widget validates field by field (validate.ts), so the whole-document schemas, which the
// JSON Schema and the types come from, stay out of the browser's critical path (about 1 KB).
export const IdSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(ID_PATTERN));
export const NonEmptyTextSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.regex(/\S/));
export const HttpUrlSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(HTTP_URL_PATTERN),
    /* @__PURE__ */ z.refine(isHttpUrl, 'not an http(s) URL'),
  );
export const EmailSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(EMAIL_PATTERN));
export const CountryCodeSchema = /* @__PURE__ */ z.enum(COUNTRY_CODES);
export const LanguageTagSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(LANGUAGE_PATTERN));
export const DateSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(DATE_PATTERN));
/** A date as a page gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.regex(PARTIAL_DATE_PATTERN));
/** A fact a record states: `field:value` (`regions:africa`, `countries:UG`) or `headquarters`. */
export const FactSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(FACT_PATTERN));
export const SubmitUrlSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(/^(?:https?:\/\/|mailto:)\S+$/i),
    /* @__PURE__ */ z.refine(isSubmitUrl, 'not an http(s) or mailto: link'),
  );

/** Text in several languages: `en` is required, other BCP 47 keys are optional. */
export const LocalizedTextSchema = /* @__PURE__ */ z.catchall(
  /* @__PURE__ */ z.object({ en: NonEmptyTextSchema }),
  /* @__PURE__ */ z.string(),
);

export const TermSchema = /* @__PURE__ */ z.looseObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  description: /* @__PURE__ */ z.optional(LocalizedTextSchema),
});

export const TaxonomySchema = /* @__PURE__ */ z.looseObject({
  label: LocalizedTextSchema,
  description: /* @__PURE__ */ z.optional(LocalizedTextSchema),
  terms: /* @__PURE__ */ z.array(TermSchema),
});

export const HeadquartersSchema = /* @__PURE__ */ z.looseObject({
  city: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  country: /* @__PURE__ */ z.optional(CountryCodeSchema),
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

export const CommitmentSchema = /* @__PURE__ */ z.looseObject({
  text: NonEmptyTextSchema,
  source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  url: /* @__PURE__ */ z.optional(HttpUrlSchema),
  date: /* @__PURE__ */ z.optional(DateSchema),
});

/**
 * Where a record's facts come from: a document's title and, when it is on the web, its
 * http(s) address (a title alone names a document that has no stable address); the page's own
 * date, where it shows one; and the facts of the record it states (`supports`), so that the
 * detail view can point every fact at its sources.
 */
export const SourceSchema = /* @__PURE__ */ z.looseObject({
  title: NonEmptyTextSchema,
  url: /* @__PURE__ */ z.optional(HttpUrlSchema),
  /** The page's own date, where it shows one: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: /* @__PURE__ */ z.optional(PartialDateSchema),
  /** The record's facts this source states, as `field:value` (`regions:africa`) or `headquarters`. */
  supports: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(FactSchema)),
});

/** The schema of a value of each kind of field (the items' schema, in a list). */
const KIND_SCHEMAS = {
  id: IdSchema,
  text: /* @__PURE__ */ z.string(),
  url: HttpUrlSchema,
  email: EmailSchema,
  place: HeadquartersSchema,
  countries: /* @__PURE__ */ z.array(CountryCodeSchema),
  languages: /* @__PURE__ */ z.array(LanguageTagSchema),
  ref: IdSchema,
  refs: /* @__PURE__ */ z.array(IdSchema),
  commitments: /* @__PURE__ */ z.array(CommitmentSchema),
  texts: /* @__PURE__ */ z.array(NonEmptyTextSchema),
  sources: /* @__PURE__ */ z.array(SourceSchema),
} satisfies Record<FieldKind, z.ZodMiniType>;

type Field = (typeof ORGANIZATION_FIELDS)[number];
type OrganizationShape = {
  [F in Field as F['key']]: F['required'] extends true
    ? (typeof KIND_SCHEMAS)[F['kind']]
    : z.ZodMiniOptional<(typeof KIND_SCHEMAS)[F['kind']]>;
};

/** The organization fields as a zod shape, from the table in fields.ts. */
function organizationShape(): OrganizationShape {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const { key, kind, required } of ORGANIZATION_FIELDS) {
    // A required text (the name) must say something.
    const schema = required && kind === 'text' ? NonEmptyTextSchema : KIND_SCHEMAS[kind];
    shape[key] = required ? schema : /* @__PURE__ */ z.optional(schema);
  }
  return shape as OrganizationShape;
}

/**
 * One organization: the fields of ORGANIZATION_FIELDS (fields.ts). Facet memberships
 * (`regions`, `approaches`, … — one key per taxonomy) are lists of term ids; `type` may also be
 * a single term id. Unknown keys pass through.
 */
export const OrganizationSchema = /* @__PURE__ */ z.looseObject(
  /* @__PURE__ */ organizationShape(),
);

/** Who publishes a directory document: a name and, optionally, a web address. */
export const PublisherSchema = /* @__PURE__ */ z.looseObject({
  name: NonEmptyTextSchema,
  url: /* @__PURE__ */ z.optional(HttpUrlSchema),
});

/** The whole document, as a data maintainer writes it. */
export const DirectoryDocumentSchema = /* @__PURE__ */ z.looseObject({
  version: /* @__PURE__ */ z.literal(1),
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** What the list is and where it comes from, in plain text. */
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** Who publishes the list. */
  publisher: /* @__PURE__ */ z.optional(PublisherSchema),
  /** How to suggest an organization: an http(s) or `mailto:` link (the widget's default "Suggest an organization" link). */
  submit: /* @__PURE__ */ z.optional(SubmitUrlSchema),
  updated: /* @__PURE__ */ z.optional(DateSchema),
  taxonomies: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(FACET_KEY_PATTERN)),
      TaxonomySchema,
    ),
  ),
  organizations: /* @__PURE__ */ z.array(OrganizationSchema),
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
