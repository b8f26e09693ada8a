// Exports a directory as schema.org JSON-LD, for search engines and linked data: one default
// graph holding a `Dataset` node for the list, a `DefinedTermSet` per facet and one node per
// organization, typed with the closest schema.org type. HSDS is in hsds.ts, CSV in csv.ts.
import { directoryIdentity, directoryNamespace, recordUuid } from './ids.js';
import { displayName, termIds } from '../model/labels.js';
import { messages } from '../model/messages.js';
import {
  isHttpUrl,
  type DirectoryData,
  type LocalizedText,
  type Organization,
} from '../model/schema.js';

/** The schema.org types an organization can get, from the most specific guess to the fallback. */
export type SchemaOrgOrganizationType =
  'NGO' | 'GovernmentOrganization' | 'EducationalOrganization' | 'Corporation' | 'Organization';

// Red Cross Red Crescent bodies are none of these (the Movement calls them its components, not
// NGOs or governmental bodies): they stay a plain Organization.
const TYPE_WORDS: readonly [SchemaOrgOrganizationType, RegExp][] = [
  ['NGO', /\b(?:i?ngos?|non ?governmental|non ?profits?|charit(?:y|ies)|civil society|cso)\b/],
  [
    'GovernmentOrganization',
    /\b(?:un|united nations|governments?|governmental|intergovernmental|ministry|ministries|public sector)\b/,
  ],
  [
    'EducationalOrganization',
    /\b(?:academic|universit(?:y|ies)|college|schools?|research|education(?:al)?)\b/,
  ],
  [
    'Corporation',
    /\b(?:private|company|companies|business(?:es)?|corporate|corporation|for profit)\b/,
  ],
];

/**
 * The closest schema.org type for a term of the `type` facet, guessed from its id and English
 * label: NGOs and Red Cross/Red Crescent bodies → `NGO`; UN agencies and governments →
 * `GovernmentOrganization`; academic and research institutions → `EducationalOrganization`;
 * the private sector → `Corporation`; anything else (networks, platforms) → `Organization`.
 *
 * @example
 * schemaOrgType('international-ngo', 'International NGO'); // 'NGO'
 * schemaOrgType('un-agency', 'UN agency'); // 'GovernmentOrganization'
 */
export function schemaOrgType(termId: string, label = ''): SchemaOrgOrganizationType {
  const words = `${termId} ${label}`
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  return TYPE_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'Organization';
}

export interface JsonLdOptions {
  /**
   * Where the directory is published, for node ids: organizations become `${baseUrl}${id}`,
   * facets `${baseUrl}taxonomies/${key}`, terms `${baseUrl}taxonomies/${key}/${term}`
   * (e.g. `https://example.org/members#`). Default: `urn:uuid:` ids, the UUIDs of the HSDS
   * export (see {@link directoryNamespace}).
   */
  baseUrl?: string;
  /** What identifies the directory for its UUIDs (default: its title). See directoryIdentity. */
  identity?: string;
  /** The facet whose terms say what kind of organization a record is (default `type`). */
  typeFacet?: string;
  /** schema.org types by term id of the type facet, over the guess of {@link schemaOrgType}. */
  types?: Record<string, string>;
  /**
   * Only for a list of members: the organization (an id in the list, or an absolute IRI) that
   * every other organization is a member of (`memberOf`). Nothing is claimed without it.
   */
  memberOf?: string;
}

/** A JSON-LD node: `@id`, `@type` and schema.org properties. */
export type JsonLdNode = Record<string, unknown>;

/** The JSON-LD document: a schema.org context and one default graph. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:/i;

/** Every language of a label as JSON-LD language-tagged strings, English first. */
function languageValues(label: LocalizedText | undefined): unknown {
  if (!label) return undefined;
  const entries = Object.entries(label).filter(([, text]) => typeof text === 'string' && text);
  entries.sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : 0));
  const values = entries.map(([lang, text]) => ({ '@value': text, '@language': lang }));
  return values.length === 1 ? values[0] : values;
}

/** The parts of a `publisher` given as text or `{ name, url }`, whatever the version says. */
function publisherNode(value: unknown, ref: (id: string) => JsonLdNode | undefined) {
  if (typeof value === 'string' && value.trim()) {
    return ref(value) ?? { '@type': 'Organization', name: value.trim() };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, url } = value as Record<string, unknown>;
  if (typeof id === 'string' && ref(id)) return ref(id);
  if (typeof name !== 'string' || !name.trim()) return undefined;
  return {
    '@type': 'Organization',
    name: name.trim(),
    ...(typeof url === 'string' && isHttpUrl(url) ? { url } : {}),
  };
}

/** `sources` (`[{ title, url }]`) as the creative works the record's facts come from. */
function sourceNodes(value: unknown): JsonLdNode[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((source: unknown) => {
    if (typeof source !== 'object' || source === null) return [];
    const { title, url } = source as Record<string, unknown>;
    const node: JsonLdNode = { '@type': 'CreativeWork' };
    if (typeof title === 'string' && title.trim()) node.name = title.trim();
    if (typeof url === 'string' && isHttpUrl(url)) node.url = url;
    return Object.keys(node).length > 1 ? [node] : [];
  });
}

/**
 * The directory as schema.org JSON-LD. The document's `@graph` is the default graph; it holds a
 * `Dataset` node for the list (name, dateModified, publisher, `about` every organization), a
 * `DefinedTermSet` per facet with its terms (labels in every language), and one node per
 * organization: its closest schema.org type (see {@link schemaOrgType}), `identifier` (the id),
 * `name`, `alternateName`, `description`, `url`, `email`, `logo`, `address`, `areaServed`,
 * `knowsLanguage`, `parentOrganization`, `funder`, `memberOf` (see the option), `keywords` (its
 * facet terms, as DefinedTerms with their English name) and `subjectOf` (its sources).
 * Relations are `@id` links; links to ids that are not in the list are left out.
 *
 * @example
 * const ld = directoryToJsonLd(data, { baseUrl: 'https://example.org/members#' });
 * `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
 */
export function directoryToJsonLd(
  data: DirectoryData,
  options: JsonLdOptions | string = {},
): JsonLdDocument {
  const opts: JsonLdOptions = typeof options === 'string' ? { baseUrl: options } : options;
  const ns = directoryNamespace(directoryIdentity(data, opts.identity));
  const base = opts.baseUrl;
  const orgIri = (slug: string) =>
    base === undefined ? `urn:uuid:${recordUuid(ns, 'organization', slug)}` : `${base}${slug}`;
  const taxonomyIri = (key: string) =>
    base === undefined ? `urn:uuid:${recordUuid(ns, 'taxonomy', key)}` : `${base}taxonomies/${key}`;
  const termIri = (key: string, term: string) =>
    base === undefined
      ? `urn:uuid:${recordUuid(ns, 'taxonomy_term', key, term)}`
      : `${base}taxonomies/${key}/${term}`;

  const known = new Set(data.organizations.map((o) => o.id));
  const ref = (id: string) => (known.has(id) ? { '@id': orgIri(id) } : undefined);
  let memberOf: JsonLdNode | undefined;
  if (opts.memberOf !== undefined) {
    memberOf = ref(opts.memberOf);
    if (!memberOf && ABSOLUTE_IRI.test(opts.memberOf)) memberOf = { '@id': opts.memberOf };
    if (!memberOf) throw new RangeError(messages.badMemberOf(opts.memberOf));
  }

  const typeFacet = opts.typeFacet ?? 'type';
  const typeTerms = new Map((data.taxonomies[typeFacet]?.terms ?? []).map((t) => [t.id, t]));
  const typesOf = (org: Organization): string | string[] => {
    const types = termIds(org[typeFacet]).flatMap((id) => {
      const term = typeTerms.get(id);
      if (!term) return [];
      return [opts.types?.[id] ?? schemaOrgType(id, term.label.en)];
    });
    const unique = [...new Set(types)];
    return unique.length === 0 ? 'Organization' : unique.length === 1 ? unique[0]! : unique;
  };

  const facetTerms = Object.entries(data.taxonomies).map(
    ([key, tax]) => [key, new Map(tax.terms.map((t) => [t.id, t]))] as const,
  );
  const organizations = data.organizations.map((org) => {
    const node: JsonLdNode = {
      '@type': typesOf(org),
      '@id': orgIri(org.id),
      identifier: org.id,
      name: org.name,
    };
    if (org.acronym) node.alternateName = org.acronym;
    if (org.description) node.description = org.description;
    if (org.website) node.url = org.website;
    if (org.email) node.email = org.email;
    if (org.logo) node.logo = org.logo;
    const hq = org.headquarters;
    if (hq && (hq.address || hq.city || hq.country)) {
      node.address = {
        '@type': 'PostalAddress',
        ...(hq.address ? { streetAddress: hq.address } : {}),
        ...(hq.city ? { addressLocality: hq.city } : {}),
        ...(hq.country ? { addressCountry: hq.country } : {}),
      };
    }
    if (org.countries?.length) {
      node.areaServed = org.countries.map((code) => ({
        '@type': 'Country',
        name: displayName(code, 'en', 'region'),
        identifier: code,
      }));
    }
    if (org.languages?.length) node.knowsLanguage = org.languages;
    const parent = org.parent !== undefined && org.parent !== org.id ? ref(org.parent) : undefined;
    if (parent) node.parentOrganization = parent;
    const funders = (org.funders ?? []).flatMap((id) => ref(id) ?? []);
    if (funders.length) node.funder = funders;
    if (memberOf && memberOf['@id'] !== node['@id']) node.memberOf = memberOf;
    // Each term inline with its English name, so a reader that follows no links still has
    // the words; its other languages are in the facet's DefinedTermSet.
    const keywords = facetTerms.flatMap(([key, terms]) => {
      return termIds(org[key]).flatMap((id) => {
        const term = terms.get(id);
        if (!term) return [];
        return [
          {
            '@type': 'DefinedTerm',
            '@id': termIri(key, id),
            name: term.label.en,
            inDefinedTermSet: taxonomyIri(key),
          },
        ];
      });
    });
    if (keywords.length) node.keywords = keywords;
    const sources = sourceNodes(org.sources);
    if (sources.length) node.subjectOf = sources;
    return node;
  });

  const termSets = Object.entries(data.taxonomies).map(([key, tax]) => ({
    '@type': 'DefinedTermSet',
    '@id': taxonomyIri(key),
    identifier: key,
    name: languageValues(tax.label),
    ...(tax.description ? { description: languageValues(tax.description) } : {}),
    hasDefinedTerm: tax.terms.map((term) => ({
      '@type': 'DefinedTerm',
      '@id': termIri(key, term.id),
      termCode: term.id,
      name: languageValues(term.label),
      ...(term.description ? { description: languageValues(term.description) } : {}),
      inDefinedTermSet: taxonomyIri(key),
    })),
  }));

  const datasetId = base === undefined ? `urn:uuid:${ns}` : base.replace(/#$/, '');
  const publisher = publisherNode(data.publisher, ref);
  const dataset: JsonLdNode = {
    '@type': 'Dataset',
    ...(datasetId ? { '@id': datasetId } : {}),
    ...(typeof data.title === 'string' && data.title ? { name: data.title } : {}),
    ...(typeof data.updated === 'string' ? { dateModified: data.updated } : {}),
    ...(publisher ? { publisher } : {}),
    about: organizations.map((o) => ({ '@id': o['@id'] })),
  };

  return { '@context': 'https://schema.org', '@graph': [dataset, ...termSets, ...organizations] };
}
