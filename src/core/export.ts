// Exports a directory to formats other tools read: schema.org JSON-LD (search engines,
// linked data) and HSDS 3 (Open Referral's Human Services Data Specification).
import { localize, termIds } from './labels.js';
import type { DirectoryData, Organization } from './schema.js';

const termLabels = (data: DirectoryData, org: Organization, key: string): string[] => {
  const ids = termIds(org[key]);
  const terms = data.taxonomies[key]?.terms ?? [];
  return ids.map((id) => localize(terms.find((t) => t.id === id)?.label, 'en') || id);
};

/** schema.org `Organization` nodes in one JSON-LD graph, relations as `@id` links. */
export function directoryToJsonLd(data: DirectoryData, baseUrl = '#'): Record<string, unknown> {
  const ref = (id: string) => ({ '@id': `${baseUrl}${id}` });
  const known = new Set(data.organizations.map((o) => o.id));
  const graph = data.organizations.map((org) => {
    const node: Record<string, unknown> = {
      '@type': 'Organization',
      '@id': `${baseUrl}${org.id}`,
      identifier: org.id,
      name: org.name,
    };
    if (org.acronym) node.alternateName = org.acronym;
    if (org.description) node.description = org.description;
    if (org.website) node.url = org.website;
    if (org.email) node.email = org.email;
    if (org.logo) node.logo = org.logo;
    if (org.headquarters) {
      node.address = {
        '@type': 'PostalAddress',
        ...(org.headquarters.address ? { streetAddress: org.headquarters.address } : {}),
        ...(org.headquarters.city ? { addressLocality: org.headquarters.city } : {}),
        ...(org.headquarters.country ? { addressCountry: org.headquarters.country } : {}),
      };
    }
    if (org.countries?.length) {
      node.areaServed = org.countries.map((c) => ({ '@type': 'Country', identifier: c }));
    }
    if (org.parent && known.has(org.parent)) node.parentOrganization = ref(org.parent);
    const funders = org.funders?.filter((id) => known.has(id));
    if (funders?.length) node.funder = funders.map(ref);
    const keywords = Object.keys(data.taxonomies).flatMap((key) => termLabels(data, org, key));
    if (keywords.length) node.keywords = keywords.join(', ');
    return node;
  });
  return {
    '@context': 'https://schema.org',
    ...(data.title ? { name: data.title } : {}),
    ...(data.updated ? { dateModified: data.updated } : {}),
    '@graph': graph,
  };
}

/** HSDS 3.0 organization objects (Open Referral), with taxonomy terms as attributes. */
export function directoryToHsds(data: DirectoryData): Record<string, unknown>[] {
  return data.organizations.map((org) => ({
    id: org.id,
    name: org.name,
    alternate_name: org.acronym ?? null,
    description: org.description ?? '',
    email: org.email ?? null,
    website: org.website ?? null,
    logo: org.logo ?? null,
    parent_organization_id: org.parent ?? null,
    locations: org.headquarters
      ? [
          {
            id: `${org.id}-headquarters`,
            location_type: 'postal',
            name: 'Headquarters',
            addresses: [
              {
                id: `${org.id}-headquarters-address`,
                address_type: 'postal',
                address_1: org.headquarters.address ?? '',
                city: org.headquarters.city ?? '',
                country: org.headquarters.country ?? '',
              },
            ],
          },
        ]
      : [],
    attributes: Object.keys(data.taxonomies).flatMap((key) => {
      return termIds(org[key]).map((id) => ({
        id: `${org.id}-${key}-${id}`,
        link_type: key,
        link_entity: 'organization',
        taxonomy_term: {
          id,
          code: id,
          name: localize(data.taxonomies[key]!.terms.find((t) => t.id === id)?.label, 'en'),
          taxonomy: key,
        },
      }));
    }),
  }));
}
