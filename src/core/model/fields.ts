// The organization fields of the data format, described once: what each holds, whether it is a
// list, how a spreadsheet cell holds it and where the detail view shows it. The zod schema and
// RESERVED_FIELDS (schema.ts), the checks of each value (validate.ts), the CSV reader and writer
// (formats/csv.ts) and the detail view all read this table: adding a field is one entry here,
// plus its label in the UI strings (named by its key) when the detail view shows it. Keys a
// record has beyond these (facets, newer fields) are handled generically by every reader and
// writer, so a field added to the format still flows through older code.

/** What a field holds: it decides how the value is checked, written to a cell and shown. */
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
  /**
   * Where the facts come from: `{ title, url?, date?, supports? }` objects (SourceSchema), each
   * naming the record's facts it states (`supports`: `regions:africa`, `countries:UG`,
   * `headquarters`); a JSON list in a cell (`Title <https://…>` items `|`-joined are read too).
   */
  | 'sources'
  /** Plain texts, a `|`-joined cell. */
  | 'texts';

/** How a spreadsheet cell holds a field (from its kind). */
export type CsvForm =
  /** The cell as written, even when it looks like JSON. */
  | 'cell'
  /** Values joined with ` | ` (a literal bar is written `\|`). */
  | 'multi'
  /** One column per part: `headquarters.address`, `headquarters.city`, … */
  | 'parts'
  /** A JSON list; `|`-joined texts are read as objects with that `text`. */
  | 'objects'
  /** `Title <https://…>` items `|`-joined, a title or an address alone; or a JSON list. */
  | 'sources';

/**
 * Where the detail view shows a field. Its label there is the UI string named by the key
 * (`website` → "Website").
 */
export type DetailPlace =
  /** Not shown (the id). */
  | 'none'
  /** In the heading: name, acronym, logo, the parent organization. */
  | 'head'
  /** Paragraphs under the heading (the description). */
  | 'text'
  /** A labelled row of the details list, in the order of this table; facets follow `languages`. */
  | 'row'
  /** A section with a heading of its own, after the details list. */
  | 'section';

/** One built-in organization field. */
export interface FieldDescription {
  readonly key: string;
  readonly kind: FieldKind;
  /** True when the field holds a list. */
  readonly list: boolean;
  /** True for `id` and `name`: a record without them is skipped; a required text is not empty. */
  readonly required: boolean;
  /** For `place` fields: the parts, in column order. */
  readonly parts?: readonly string[];
  /** How a spreadsheet cell holds it. */
  readonly csv: CsvForm;
  /** Where the detail view shows it. */
  readonly detail: DetailPlace;
}

const LIST_KINDS: readonly FieldKind[] = [
  'countries',
  'languages',
  'refs',
  'commitments',
  'sources',
  'texts',
];

/** How a cell holds a value of each kind (the comments of FieldKind say it in words). */
const csvForm = (kind: FieldKind): CsvForm =>
  kind === 'place'
    ? 'parts'
    : kind === 'commitments'
      ? 'objects'
      : kind === 'sources'
        ? 'sources'
        : LIST_KINDS.includes(kind)
          ? 'multi'
          : 'cell';

/** The parts of a `place`, in column order: `country` is an ISO code, the others are text. */
export const PLACE_PARTS = Object.freeze(['address', 'city', 'country'] as const);

/** One entry of the table: what the field holds and where the detail view shows it. */
function field<const K extends string, const T extends FieldKind, const R extends boolean = false>(
  key: K,
  kind: T,
  detail: DetailPlace,
  required = false as R,
): FieldDescription & { key: K; kind: T; required: R } {
  return Object.freeze({
    key,
    kind,
    list: LIST_KINDS.includes(kind),
    required,
    ...(kind === 'place' ? { parts: PLACE_PARTS } : {}),
    csv: csvForm(kind),
    detail,
  });
}

/**
 * The built-in organization fields, in the order a spreadsheet's columns, the checks of a
 * record and the detail view's rows follow them. The `type` facet's column goes after `acronym`
 * and the other facets' columns and rows after `languages` (see {@link FACETS_AFTER}).
 */
export const ORGANIZATION_FIELDS = Object.freeze([
  field('id', 'id', 'none', true),
  field('name', 'text', 'head', true),
  field('acronym', 'text', 'head'),
  field('description', 'text', 'text'),
  field('website', 'url', 'row'),
  field('email', 'email', 'row'),
  field('logo', 'url', 'head'),
  field('headquarters', 'place', 'row'),
  field('countries', 'countries', 'row'),
  field('languages', 'languages', 'row'),
  field('partners', 'refs', 'row'),
  field('funders', 'refs', 'row'),
  field('parent', 'ref', 'head'),
  field('commitments', 'commitments', 'section'),
  /** Whom the organization seeks to collaborate with, in the words of its profile. */
  field('seeking', 'texts', 'row'),
  /** Where this record's facts come from, shown in the detail view under "Sources". */
  field('sources', 'sources', 'section'),
] as const);

/** A built-in field's key: `'id' | 'name' | …`. */
export type FieldKey = (typeof ORGANIZATION_FIELDS)[number]['key'];

/** The facets' columns (and detail rows) follow this field; the `type` facet's, {@link TYPE_AFTER}. */
export const FACETS_AFTER: FieldKey = 'languages';
export const TYPE_AFTER: FieldKey = 'acronym';

type KeysOf<T extends readonly FieldDescription[]> = {
  readonly [I in keyof T]: T[I] extends { key: infer K } ? K : never;
};
const keysOf = <T extends readonly FieldDescription[]>(fields: T) =>
  Object.freeze(fields.map((f) => f.key)) as unknown as KeysOf<T>;

/** Built-in organization fields: these names cannot be facet keys. */
export const RESERVED_FIELDS = /* @__PURE__ */ keysOf(ORGANIZATION_FIELDS);

const BY_KEY = new Map<string, FieldDescription>(ORGANIZATION_FIELDS.map((f) => [f.key, f]));

/** The description of a built-in field; undefined for facets and keys the format does not know. */
export function organizationField(key: string): FieldDescription | undefined {
  return BY_KEY.get(key);
}
