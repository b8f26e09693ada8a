// Open Referral HSDS 3.0 back into the data format: what the HSDS exporter (formats/hsds.ts)
// writes comes back as it was, and organizations from any other HSDS source come back as far as
// the data format can hold them. Used by HsdsSource (a page of an API's organizations) and by
// `serve` when it imports an HSDS tabular export. Pure TypeScript, no DOM.
import { HSDS_SLUG_IDENTIFIER_TYPE } from '../formats/hsds.js';
import type { LocalizedText, Organization, Taxonomy } from '../model/schema.js';

/** An HSDS organization as an API or a tabular export gives it (only what is read here). */
export interface HsdsOrganizationInput {
  id: string;
  name?: string;
  alternate_name?: string | null;
  description?: string | null;
  email?: string | null;
  website?: string | null;
  logo?: string | null;
  parent_organization_id?: string | null;
  organization_identifiers?:
    { identifier_type?: string | null; identifier?: string | null }[] | null;
  attributes?:
    | {
        taxonomy_term_id?: string | null;
        link_type?: string | null;
        taxonomy_term?: HsdsTermInput | null;
      }[]
    | null;
  locations?:
    | {
        location_type?: string | null;
        name?: string | null;
        addresses?:
          { address_1?: string | null; city?: string | null; country?: string | null }[] | null;
      }[]
    | null;
  funding?: { source?: string | null }[] | null;
}

export interface HsdsTaxonomyInput {
  id: string;
  name?: string | null;
  description?: string | null;
}

export interface HsdsTermInput {
  id: string;
  code?: string | null;
  name?: string | null;
  description?: string | null;
  taxonomy_id?: string | null;
  taxonomy?: string | null;
  language?: string | null;
  taxonomy_detail?: HsdsTaxonomyInput | null;
}

/** Where a term lives in the data format: its facet key and term id. */
export interface TermRef {
  key: string;
  id: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FACET_KEY = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;

/** A slug for a name: lower case ASCII letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const text = (value: string | null | undefined) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * Facets from HSDS taxonomies and terms: the facet key is the taxonomy's slug (or the key an
 * attribute's `link_type` names, as our exporter writes it); a term's id is its code (without a
 * `facet:` prefix) when that is a slug, else its name's slug, else its UUID.
 */
export function taxonomiesFromHsds(
  taxonomies: readonly HsdsTaxonomyInput[],
  terms: readonly HsdsTermInput[],
  keyOf: (taxonomy: HsdsTaxonomyInput) => string | undefined = () => undefined,
): { taxonomies: Record<string, Taxonomy>; termByUuid: Map<string, TermRef> } {
  const out: Record<string, Taxonomy> = {};
  const keyByUuid = new Map<string, string>();
  for (const tax of taxonomies) {
    let key = keyOf(tax);
    if (!key || !FACET_KEY.test(key)) key = slugify(tax.name ?? '') || `taxonomy-${tax.id}`;
    if (!FACET_KEY.test(key)) key = `t-${key}`;
    while (Object.hasOwn(out, key)) key = `${key}-2`;
    const label: LocalizedText = { en: text(tax.name) ?? key };
    out[key] = { label, terms: [] };
    const description = text(tax.description);
    if (description && description !== label.en) out[key]!.description = { en: description };
    keyByUuid.set(tax.id.toLowerCase(), key);
  }
  const termByUuid = new Map<string, TermRef>();
  for (const term of terms) {
    const key = keyByUuid.get((term.taxonomy_id ?? '').toLowerCase());
    if (!key) continue;
    const code = text(term.code)?.replace(/^[^:]+:/, '');
    let id = code && ID.test(code) ? code : slugify(term.name ?? '') || term.id.toLowerCase();
    const list = out[key]!.terms;
    if (list.some((t) => t.id === id)) id = term.id.toLowerCase();
    const lang = text(term.language)?.toLowerCase() ?? 'en';
    const name = text(term.name) ?? id;
    const label: LocalizedText = lang === 'en' ? { en: name } : { en: name, [lang]: name };
    list.push({ id, label });
    termByUuid.set(term.id.toLowerCase(), { key, id });
  }
  return { taxonomies: out, termByUuid };
}

/**
 * One HSDS organization in the data format. `termByUuid` files its attributes under facets;
 * `slugByUuid` turns its parent's UUID into an id (unknown parents are left out). Its id is the
 * directory's own (`organization_identifiers`, as our exporter writes it), else its UUID.
 */
export function organizationFromHsds(
  org: HsdsOrganizationInput,
  termByUuid: ReadonlyMap<string, TermRef>,
  slugByUuid: ReadonlyMap<string, string> = new Map(),
): Organization {
  const own = org.organization_identifiers?.find(
    (i) => i?.identifier_type === HSDS_SLUG_IDENTIFIER_TYPE && ID.test(i.identifier ?? ''),
  )?.identifier;
  const out: Organization = {
    id: own ?? slugByUuid.get(org.id.toLowerCase()) ?? org.id.toLowerCase(),
    name: text(org.name) ?? org.id,
  };
  const acronym = text(org.alternate_name);
  if (acronym) out.acronym = acronym;
  const description = text(org.description);
  if (description) out.description = description;
  const email = text(org.email);
  if (email) out.email = email;
  const website = text(org.website);
  if (website) out.website = website;
  const logo = text(org.logo);
  if (logo) out.logo = logo;
  const parent = org.parent_organization_id
    ? slugByUuid.get(org.parent_organization_id.toLowerCase())
    : undefined;
  if (parent && parent !== out.id) out.parent = parent;

  const physical = org.locations?.find((l) => l?.location_type !== 'virtual');
  const address = physical?.addresses?.[0];
  if (address) {
    const hq: NonNullable<Organization['headquarters']> = {};
    const street = text(address.address_1);
    const city = text(address.city);
    const country = text(address.country)?.toUpperCase();
    if (street) hq.address = street;
    if (city) hq.city = city;
    if (country && /^[A-Z]{2}$/.test(country)) hq.country = country;
    if (Object.keys(hq).length) out.headquarters = hq;
  }

  for (const attribute of org.attributes ?? []) {
    const uuid = (attribute?.taxonomy_term_id ?? attribute?.taxonomy_term?.id ?? '').toLowerCase();
    const ref = termByUuid.get(uuid);
    if (!ref) continue;
    const list = (out[ref.key] as string[] | undefined) ?? [];
    if (!list.includes(ref.id)) list.push(ref.id);
    out[ref.key] = list;
  }
  return out;
}
