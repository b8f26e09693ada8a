// Response bodies: HSDS 3.0 pages and objects, made by the core's HSDS exporter (so a served
// organization is exactly what `export --format hsds` writes), plus the profile's additions.
import { directoryToHsds, type HsdsOrganization } from '../core/formats/hsds.js';
import { termIds } from '../core/model/labels.js';
import type { Organization } from '../core/model/schema.js';
import type { Queryable } from './database.js';
import type { Meta } from './meta.js';

/** Where the profile is described; `/` names it, and HsdsSource recognises the server by it. */
export const PROFILE_URL =
  'https://github.com/mhpss-directory/mhpss-directory#serving-a-large-directory';
/** The version of the profile extension (parameters and response additions). */
export const PROFILE_VERSION = 1;

/** HSDS 3.0's paging fields (components.schemas.Page) around `contents`. */
export function page<T>(
  contents: T[],
  total: number,
  pageNumber: number,
  perPage: number,
): {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
} {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The fields of `compiled/organization_list.json`: an organization without nested tables. */
const LIST_FIELDS = [
  'id',
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'uri',
  'parent_organization_id',
] as const;

/**
 * Organizations as HSDS: fully nested (`full`) or as list entries. The exporter is given the
 * organizations their parent and funders name too, so that links and funders' names resolve
 * as in a whole export.
 */
export async function hsdsOrganizations(
  db: Queryable,
  meta: Meta,
  orgs: readonly Organization[],
  full: boolean,
  lang: string,
): Promise<HsdsOrganization[]> {
  if (orgs.length === 0) return [];
  const have = new Set(orgs.map((o) => o.id));
  const wanted = new Set<string>();
  for (const org of orgs) {
    for (const id of [...termIds(org.parent), ...termIds(org.funders)]) {
      if (!have.has(id)) wanted.add(id);
    }
  }
  const linked = wanted.size
    ? (
        await db.query<{ record: Organization }>(
          'SELECT record FROM mhpss_org WHERE id = ANY($1::text[])',
          [[...wanted]],
        )
      ).map((r) => r.record)
    : [];
  // List entries hold no attributes: without taxonomies the exporter makes none (the costly
  // part, a UUID per attribute, term and taxonomy).
  const doc = directoryToHsds(
    {
      version: 1,
      taxonomies: full ? meta.info.taxonomies : {},
      organizations: [...orgs, ...linked],
    },
    { identity: meta.identity, lang },
  );
  const out = doc.contents.slice(0, orgs.length);
  if (full) return out;
  return out.map((org) => {
    const entry: Record<string, unknown> = {};
    for (const field of LIST_FIELDS) {
      const value = (org as unknown as Record<string, unknown>)[field];
      if (value !== undefined) entry[field] = value;
    }
    return entry as unknown as HsdsOrganization;
  });
}
