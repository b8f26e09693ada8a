import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import jsonld from 'jsonld';
import {
  directoryToHsds,
  directoryToJsonLd,
  parseDirectory,
  schemaOrgType,
  type JsonLdDocument,
} from '../../src/core/index.js';
import { fixturePath } from '../helpers/fixtures.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;

// There is no network in the tests: `https://schema.org` is served from a local copy of the
// context (see test/fixtures/schemaorg/README.md), and any other URL is an error.
const context = JSON.parse(readFileSync(fixturePath('schemaorg/jsonldcontext.jsonld'), 'utf8'));
const documentLoader = (async (url: string) => {
  if (/^https?:\/\/schema\.org\/?(?:docs\/jsonldcontext\.jsonld)?$/.test(url)) {
    return { contextUrl: null, document: context, documentUrl: url };
  }
  throw new Error(`the tests have no network: ${url}`);
}) as never;

const S = 'http://schema.org/';
type Expanded = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };
const expand = async (doc: JsonLdDocument) =>
  (await jsonld.expand(doc as never, { documentLoader })) as unknown as Expanded[];
const ids = (node: Expanded, property: string) =>
  ((node[`${S}${property}`] as { '@id': string }[] | undefined) ?? []).map((v) => v['@id']);
const value = (node: Expanded, property: string) =>
  (node[`${S}${property}`] as { '@value': unknown }[] | undefined)?.[0]?.['@value'];

/** The type each `type` term of the shipped list should get. */
const EXPECTED_TYPES: Record<string, string> = {
  'un-agency': 'GovernmentOrganization',
  'international-ngo': 'NGO',
  'national-ngo': 'NGO',
  academic: 'EducationalOrganization',
  'government-donor': 'GovernmentOrganization',
  network: 'Organization',
  'private-sector': 'Corporation',
};

describe('JSON-LD export: schema.org that linked-data tools read as intended', () => {
  it('puts every organization in the default graph, with the closest schema.org type', async () => {
    const doc = directoryToJsonLd(members);
    assert.deepEqual(Object.keys(doc), ['@context', '@graph'], 'nothing beside @graph');
    const expanded = await expand(doc);
    // A top-level @graph with no @id beside it is the default graph: expansion returns its
    // nodes directly, and none of them is a named graph.
    assert.ok(expanded.every((node) => !('@graph' in node)));
    const quads = (await jsonld.toRDF(doc as never, { documentLoader })) as unknown as {
      graph: { termType: string };
    }[];
    assert.ok(quads.length > 500);
    assert.ok(quads.every((q) => q.graph.termType === 'DefaultGraph'));

    const hsdsIds = directoryToHsds(members).contents.map((o) => `urn:uuid:${o.id}`);
    for (const org of members.organizations) {
      const index = members.organizations.indexOf(org);
      const node = expanded.find((n) => n['@id'] === hsdsIds[index]);
      assert.ok(node, `${org.id} is a node, with the UUID of the HSDS export`);
      // A type term the table does not know yet still gets one of the schema.org types.
      const expected = EXPECTED_TYPES[org.type as string];
      if (expected) assert.deepEqual(node['@type'], [`${S}${expected}`], org.id);
      else
        assert.match(
          node['@type']![0]!,
          /^http:\/\/schema\.org\/(NGO|GovernmentOrganization|EducationalOrganization|Corporation|Organization)$/,
        );
      assert.equal(value(node, 'name'), org.name);
      assert.equal(value(node, 'identifier'), org.id);
    }
    const dataset = expanded.find((n) => n['@type']?.includes(`${S}Dataset`))!;
    assert.equal(value(dataset, 'name'), members.title);
    assert.deepEqual(dataset[`${S}dateModified`], [
      { '@value': members.updated, '@type': `${S}Date` },
    ]);
    assert.equal(ids(dataset, 'about').length, members.organizations.length);
  });

  it('links url, email, address, parent organization and funders as schema.org intends', async () => {
    const expanded = await expand(directoryToJsonLd(members));
    const byIdentifier = (id: string) => expanded.find((n) => value(n, 'identifier') === id)!;
    const collaborative = byIdentifier('mhpss-collaborative');
    assert.deepEqual(ids(collaborative, 'url'), ['https://mhpsscollaborative.org']);
    assert.equal(value(collaborative, 'email'), 'info@mhpsscollaborative.org');
    assert.deepEqual(ids(collaborative, 'parentOrganization'), [
      byIdentifier('save-the-children-denmark')['@id'],
    ]);
    assert.deepEqual(ids(collaborative, 'funder'), [
      byIdentifier('danida')['@id'],
      byIdentifier('education-cannot-wait')['@id'],
    ]);
    const [address] = collaborative[`${S}address`] as Expanded[];
    assert.deepEqual(address!['@type'], [`${S}PostalAddress`]);
    assert.equal(value(address!, 'addressLocality'), 'Copenhagen');
    assert.equal(value(address!, 'addressCountry'), 'DK');
    // Facet terms are DefinedTerms of a DefinedTermSet, labelled in every language.
    const keyword = ids(collaborative, 'keywords')[0]!;
    const africa = expanded
      .flatMap((n) => (n[`${S}hasDefinedTerm`] as Expanded[] | undefined) ?? [])
      .find((t) => t['@id'] === keyword)!;
    assert.equal(value(africa, 'termCode'), 'africa');
    assert.deepEqual(
      (africa[`${S}name`] as { '@value': string; '@language': string }[]).map(
        (v) => v['@language'],
      ),
      ['en', 'fr', 'es', 'ar'],
    );
  });

  it('uses only terms the schema.org context defines (none slips through on @vocab alone)', () => {
    const defined = new Set(Object.keys(context['@context']));
    const used = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (typeof v === 'object' && v !== null) {
        for (const [k, x] of Object.entries(v)) {
          if (!k.startsWith('@')) used.add(k);
          if (k === '@type') [x].flat().forEach((t) => used.add(t as string));
          walk(x);
        }
      }
    };
    const data = structuredClone(members);
    data.publisher = { name: 'Publisher', url: 'https://p.org' };
    data.organizations[0]!.sources = [{ title: 'A page', url: 'https://a.org' }];
    data.organizations[0]!.languages = ['en'];
    data.organizations[0]!.logo = 'https://a.org/logo.png';
    walk(directoryToJsonLd(data, { memberOf: 'mhpss-collaborative' }));
    assert.deepEqual(
      [...used].filter((t) => !defined.has(t)),
      [],
    );
  });

  it('takes a base URL for node ids, and states membership only when asked', async () => {
    const base = 'https://example.org/members#';
    const doc = directoryToJsonLd(members, { baseUrl: base, memberOf: 'mhpss-collaborative' });
    const expanded = await expand(doc);
    const unicef = expanded.find((n) => n['@id'] === `${base}unicef`)!;
    assert.deepEqual(ids(unicef, 'memberOf'), [`${base}mhpss-collaborative`]);
    const self = expanded.find((n) => n['@id'] === `${base}mhpss-collaborative`)!;
    assert.deepEqual(ids(self, 'memberOf'), []);
    assert.ok(expanded.some((n) => n['@id'] === 'https://example.org/members'));
    assert.ok(
      directoryToJsonLd(members)['@graph'].every((n) => !('memberOf' in n)),
      'no membership is claimed by default',
    );
    assert.throws(() => directoryToJsonLd(members, { memberOf: 'nobody' }), /memberOf: 'nobody'/);
  });

  it('lists the sources of a record as the creative works it is the subject of', async () => {
    const data = structuredClone(members);
    data.organizations[0]!.sources = [
      { title: 'Annual report', url: 'https://a.org/report' },
      { title: 'A printed leaflet' },
      { url: 'javascript:alert(1)' } as never,
    ];
    const expanded = await expand(directoryToJsonLd(data));
    const node = expanded.find((n) => value(n, 'identifier') === data.organizations[0]!.id)!;
    const works = node[`${S}subjectOf`] as Expanded[];
    assert.deepEqual(
      works.map((w) => [value(w, 'name'), ids(w, 'url')[0]]),
      [
        ['Annual report', 'https://a.org/report'],
        ['A printed leaflet', undefined],
      ],
    );
  });
});

describe('schemaOrgType: the closest schema.org type of an organization type term', () => {
  it('reads the term id and its English label', () => {
    const cases: [string, string, string][] = [
      ['international-ngo', 'International NGO', 'NGO'],
      ['national-ngo', 'National NGO', 'NGO'],
      ['red-cross-red-crescent', 'Red Cross Red Crescent Movement', 'Organization'],
      ['un-agency', 'UN agency', 'GovernmentOrganization'],
      ['government-donor', 'Government or donor', 'GovernmentOrganization'],
      ['academic', 'Academic or research institution', 'EducationalOrganization'],
      ['university', '', 'EducationalOrganization'],
      ['private-sector', 'Private sector', 'Corporation'],
      ['network', 'Network or platform', 'Organization'],
      ['funder', 'Funder', 'Organization'],
    ];
    for (const [id, label, type] of cases) assert.equal(schemaOrgType(id, label), type, id);
  });

  it('can be told the type of a term', () => {
    const doc = directoryToJsonLd(members, { types: { network: 'Consortium' } });
    const node = doc['@graph'].find((n) => n.identifier === 'mhpss-collaborative')!;
    assert.equal(node['@type'], 'Consortium');
  });
});
