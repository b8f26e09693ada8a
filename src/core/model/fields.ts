// The organization fields of the data format, described once. The CSV columns (both ways) and
// the exports read this table instead of keeping lists of their own; the schema and the detail
// view can adopt it too. Keys a record has beyond these (facets, newer fields) are handled
// generically by every reader and writer, so a field added to the format still flows through.

/** What a field holds, which decides how it is written to a spreadsheet cell and read back. */
export type FieldKind =
  /** An organization id (a slug). */
  | 'id'
  /** Free text: one cell, written as it is. */
  | 'text'
  /** An http(s) URL. */
  | 'url'
  | 'email'
  /** An object split over `key.part` columns (`headquarters.city`, …). */
  | 'place'
  /** ISO 3166-1 alpha-2 codes, a `|`-joined cell. */
  | 'countries'
  /** BCP 47 tags, a `|`-joined cell. */
  | 'languages'
  /** The id of another organization in the same file. */
  | 'ref'
  /** Ids of other organizations, a `|`-joined cell. */
  | 'refs'
  /** Objects with a `text`: a JSON list in a cell (`|`-joined texts are read too). */
  | 'commitments'
  /** Where the facts come from: `Title <https://…>` items `|`-joined, or a JSON list. */
  | 'sources'
  /** Plain texts, a `|`-joined cell. */
  | 'texts';

/** One built-in organization field. */
export interface FieldDescription {
  readonly key: string;
  readonly kind: FieldKind;
  /** True when the field holds a list. */
  readonly list: boolean;
  /** For `place` fields: the parts, in column order. */
  readonly parts?: readonly string[];
}

const field = (key: string, kind: FieldKind, parts?: readonly string[]): FieldDescription =>
  Object.freeze({
    key,
    kind,
    list:
      kind !== 'id' &&
      kind !== 'text' &&
      kind !== 'url' &&
      kind !== 'email' &&
      kind !== 'place' &&
      kind !== 'ref',
    ...(parts ? { parts: Object.freeze([...parts]) } : {}),
  });

/**
 * The built-in organization fields, in the order a spreadsheet shows them (facet columns go
 * after `acronym`, see csvColumns in csv.ts). The same names as `RESERVED_FIELDS` in the schema.
 */
export const ORGANIZATION_FIELDS: readonly FieldDescription[] = Object.freeze([
  field('id', 'id'),
  field('name', 'text'),
  field('acronym', 'text'),
  field('description', 'text'),
  field('website', 'url'),
  field('email', 'email'),
  field('logo', 'url'),
  field('headquarters', 'place', ['address', 'city', 'country']),
  field('countries', 'countries'),
  field('languages', 'languages'),
  field('parent', 'ref'),
  field('partners', 'refs'),
  field('funders', 'refs'),
  field('commitments', 'commitments'),
  field('seeking', 'texts'),
  field('sources', 'sources'),
]);

const BY_KEY = new Map(ORGANIZATION_FIELDS.map((f) => [f.key, f]));

/** The description of a built-in field; undefined for facets and keys the format does not know. */
export function organizationField(key: string): FieldDescription | undefined {
  return BY_KEY.get(key);
}
