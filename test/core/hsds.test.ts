import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  MHPSS_DIRECTORY_NAMESPACE,
  directoryNamespace,
  directoryToHsds,
  directoryToHsdsTabular,
  parseDirectory,
  recordUuid,
  type DirectoryData,
  type HsdsOrganization,
} from '../../src/core/index.js';
import { parseCsvRows } from '../../src/core/formats/csv.js';
import { HSDS_TABLES } from '../../src/core/formats/hsds.js';
import { v5 as uuidv5, validate as isUuid } from 'uuid';
import { fixture, fixturePath } from '../helpers/fixtures.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;
const spec = (name: string) => JSON.parse(readFileSync(fixturePath(`hsds-3.0/${name}`), 'utf8'));

/** Every value in a JSON tree, with its path. */
function* leaves(value: unknown, path = '$'): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* leaves(v, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  } else yield [path, value];
}

describe('HSDS 3.0 export: what an Open Referral tool imports', () => {
  const validate = new Ajv({ strict: false, allErrors: true });
  addFormats(validate);
  const organizationSchema = validate.compile(spec('compiled/organization.json'));

  it('every organization of the shipped list validates against compiled/organization.json', (t) => {
    const doc = directoryToHsds(members);
    assert.equal(doc.contents.length, members.organizations.length);
    const invalid = doc.contents.flatMap((org) =>
      (organizationSchema(org) as boolean)
        ? []
        : [`${org.name}: ${validate.errorsText(organizationSchema.errors)}`],
    );
    assert.deepEqual(invalid, []);
    assert.ok(doc.contents.length >= 32);
    t.diagnostic(
      `${doc.contents.length - invalid.length}/${doc.contents.length} organizations valid`,
    );
  });

  it('stays valid for generated directories: any text, partial addresses, international links', () => {
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 20 })
      .filter((t) => /\S/.test(t));
    const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,1}$/);
    const terms = ['a', 'b-c', 'd'];
    const directory = fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }).chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: text,
              acronym: text,
              description: fc.string({ unit: 'binary', maxLength: 40 }),
              email: fc.constantFrom('info@example.org', 'a.b+c@sub.example.co'),
              website: fc.constantFrom(
                'https://example.org',
                'https://exemple.org/café?q=é',
                'http://x.y/a|b',
              ),
              logo: fc.constantFrom('https://bücher.example/logo.png', 'https://l.org/x.svg'),
              headquarters: fc.record(
                { city: text, country: fc.constantFrom('JO', 'DK'), address: text },
                { requiredKeys: [] },
              ),
              parent: fc.constantFrom(...ids, 'elsewhere'),
              funders: fc.uniqueArray(fc.constantFrom(...ids, 'elsewhere')),
              regions: fc.uniqueArray(fc.constantFrom(...terms)),
              type: fc.constantFrom(...terms),
            },
            { requiredKeys: ['id', 'name'] },
          ),
        ),
      ),
    );
    const taxonomy = (label: string) => ({
      label: { en: label, fr: `${label} (fr)` },
      terms: terms.map((id) => ({ id, label: { en: id.toUpperCase() } })),
    });
    fc.assert(
      fc.property(directory, fc.constantFrom('en', 'fr', 'ar'), (organizations, lang) => {
        const { data } = parseDirectory(
          JSON.parse(
            JSON.stringify({
              version: 1,
              taxonomies: { regions: taxonomy('Region'), type: taxonomy('Type') },
              organizations,
            }),
          ),
        );
        for (const org of directoryToHsds(data, { lang }).contents) {
          assert.ok(organizationSchema(org), validate.errorsText(organizationSchema.errors));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is one page of the API list of organizations, fully nested', () => {
    const doc = directoryToHsds(members);
    assert.deepEqual(
      { ...doc, contents: undefined },
      {
        total_items: members.organizations.length,
        total_pages: 1,
        page_number: 1,
        size: members.organizations.length,
        first_page: true,
        last_page: true,
        empty: false,
        contents: undefined,
      },
    );
    const empty = directoryToHsds({ version: 1, taxonomies: {}, organizations: [] });
    assert.equal(empty.empty, true);
    assert.deepEqual(empty.contents, []);
  });

  it('writes no null anywhere, and every id is a UUID', () => {
    const doc = directoryToHsds(members);
    for (const [path, value] of leaves(doc)) {
      assert.notEqual(value, null, path);
      if (/(?:^|\.)(?:id|\w+_id)$/.test(path))
        assert.ok(isUuid(value as string), `${path}: ${value}`);
    }
  });

  it('derives ids from the directory and the slug: the same on every export, documented', () => {
    // The shipped list has no identity of its own: its title is the default.
    const title = members.title!;
    const ns = directoryNamespace(title);
    assert.equal(
      MHPSS_DIRECTORY_NAMESPACE,
      uuidv5('https://www.npmjs.com/package/mhpss-directory', uuidv5.URL),
    );
    assert.equal(ns, uuidv5(title, MHPSS_DIRECTORY_NAMESPACE));
    const first = directoryToHsds(members);
    const unicef = first.contents.find((o) => o.name === "United Nations Children's Fund")!;
    assert.equal(unicef.id, recordUuid(ns, 'organization', 'unicef'));
    assert.equal(unicef.id, uuidv5('organization:unicef', ns));
    assert.deepEqual(directoryToHsds(structuredClone(members)), first);
    // Another identity (say the list's address) gives other ids; the title is the default.
    const pinned = directoryToHsds(members, { identity: 'https://example.org/members.json' });
    assert.notEqual(pinned.contents[0]!.id, first.contents[0]!.id);
    // Records of different kinds never share an id.
    const records = first.contents.flatMap((o) => [
      o.id,
      ...(o.locations ?? []).flatMap((l) => [l.id, ...(l.addresses ?? []).map((a) => a.id)]),
      ...(o.funding ?? []).map((f) => f.id),
      ...(o.organization_identifiers ?? []).map((i) => i.id),
      ...(o.attributes ?? []).map((a) => a.id),
    ]);
    assert.equal(new Set(records).size, records.length);
  });

  it('maps the fields and relations onto HSDS fields', () => {
    const data = parseDirectory({
      version: 1,
      title: 'Test',
      taxonomies: (fixture('base.json') as DirectoryData).taxonomies,
      organizations: [
        {
          id: 'unicef',
          name: 'UNICEF',
          acronym: 'U',
          email: 'a@b.org',
          website: 'https://u.org',
          headquarters: { city: 'New York', country: 'US' },
          regions: ['africa'],
          funders: ['who', 'nobody'],
        },
        { id: 'who', name: 'WHO', parent: 'unicef', logo: 'https://w.org/l.png' },
      ],
    }).data;
    const [unicef, who] = directoryToHsds(data).contents as [HsdsOrganization, HsdsOrganization];
    assert.equal(unicef.alternate_name, 'U');
    assert.equal(unicef.description, '', 'required by HSDS: empty when the data has none');
    assert.equal(who.parent_organization_id, unicef.id);
    assert.equal(who.logo, 'https://w.org/l.png');
    assert.equal('alternate_name' in who, false);
    assert.equal('email' in who, false);
    assert.deepEqual(
      unicef.funding!.map((f) => [f.organization_id, f.source]),
      [
        [unicef.id, 'WHO'],
        [unicef.id, 'nobody'],
      ],
    );
    const address = unicef.locations![0]!.addresses![0]!;
    assert.deepEqual(
      { ...address, id: undefined, location_id: undefined },
      {
        id: undefined,
        location_id: undefined,
        address_1: '',
        city: 'New York',
        state_province: '',
        postal_code: '',
        country: 'US',
        address_type: 'physical',
      },
    );
    assert.deepEqual(unicef.organization_identifiers![0]!.identifier, 'unicef');
    const attribute = unicef.attributes![0]!;
    assert.equal(attribute.link_id, unicef.id);
    assert.equal(attribute.link_entity, 'organization');
    assert.equal(attribute.taxonomy_term!.id, attribute.taxonomy_term_id);
    assert.deepEqual(
      {
        code: attribute.taxonomy_term!.code,
        name: attribute.taxonomy_term!.name,
        taxonomy: attribute.taxonomy_term!.taxonomy,
        detail: attribute.taxonomy_term!.taxonomy_detail!.name,
      },
      { code: 'africa', name: 'Africa', taxonomy: 'Region', detail: 'Region' },
    );
    // French names where the data has them, English where it does not.
    const fr = directoryToHsds(data, { lang: 'fr' }).contents[0]!.attributes![0]!.taxonomy_term!;
    assert.deepEqual([fr.name, fr.language], ['Afrique', 'fr']);
  });
});

describe('HSDS 3.0 tabular export: CSV tables and a datapackage.json', () => {
  const files = directoryToHsdsTabular(members);
  const dp = spec('datapackage.json') as {
    resources: {
      name: string;
      path: string;
      schema: {
        fields: { name: string; type: string; format?: string; constraints: object }[];
        foreignKeys?: { fields: string; reference: { resource: string } }[];
      };
    }[];
  };
  const specResource = (name: string) => dp.resources.find((r) => r.name === name)!;
  const table = (path: string) => {
    const [header, ...rows] = parseCsvRows(files[path]!);
    return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
  };

  it('has the headers of the specification datapackage.json, table by table', () => {
    const written = Object.keys(files).filter((f) => f.endsWith('.csv'));
    assert.deepEqual(written.sort(), HSDS_TABLES.map((t) => t.path).sort());
    for (const t of HSDS_TABLES) {
      const resource = specResource(t.name);
      assert.equal(resource.path, t.path);
      assert.deepEqual(
        parseCsvRows(files[t.path]!)[0],
        resource.schema.fields.map((f) => f.name),
        t.path,
      );
    }
  });

  it('describes each table in datapackage.json as the specification does', () => {
    const ours = JSON.parse(files['datapackage.json']!) as typeof dp & { profile: string };
    assert.equal(ours.profile, 'tabular-data-package');
    for (const resource of ours.resources) {
      const theirs = specResource(resource.name);
      assert.deepEqual(
        resource.schema.fields,
        theirs.schema.fields.map(({ name, type, format, constraints }) => ({
          name,
          type,
          ...(format ? { format } : {}),
          constraints,
        })),
        resource.name,
      );
      const included = new Set(ours.resources.map((r) => r.name));
      assert.deepEqual(
        resource.schema.foreignKeys ?? [],
        (theirs.schema.foreignKeys ?? []).filter((fk) => included.has(fk.reference.resource)),
        resource.name,
      );
    }
  });

  it('holds the same records as the JSON form, with keys that point at existing rows', () => {
    const json = directoryToHsds(members);
    const orgs = table('organizations.csv');
    assert.deepEqual(
      orgs.map((o) => o.id),
      json.contents.map((o) => o.id),
    );
    const ids = (path: string) => new Set(table(path).map((r) => r.id));
    const checks: [string, string, string][] = [
      ['locations.csv', 'organization_id', 'organizations.csv'],
      ['addresses.csv', 'location_id', 'locations.csv'],
      ['funding.csv', 'organization_id', 'organizations.csv'],
      ['organization_identifiers.csv', 'organization_id', 'organizations.csv'],
      ['attributes.csv', 'link_id', 'organizations.csv'],
      ['attributes.csv', 'taxonomy_term_id', 'taxonomy_terms.csv'],
      ['taxonomy_terms.csv', 'taxonomy_id', 'taxonomies.csv'],
      ['organizations.csv', 'parent_organization_id', 'organizations.csv'],
    ];
    for (const [path, key, target] of checks) {
      const known = ids(target);
      for (const row of table(path)) {
        if (row[key] !== '') assert.ok(known.has(row[key]!), `${path} ${key} ${row[key]}`);
      }
    }
    for (const t of HSDS_TABLES) {
      const rows = table(t.path);
      for (const [name, , format, , unique] of t.fields) {
        const values = rows.map((r) => r[name]!).filter((v) => v !== '');
        if (unique) assert.equal(new Set(values).size, values.length, `${t.path} ${name} unique`);
        if (format === 'uuid') for (const v of values) assert.ok(isUuid(v), `${t.path} ${name}`);
      }
    }
    const attributes = json.contents.reduce((n, o) => n + (o.attributes?.length ?? 0), 0);
    assert.equal(table('attributes.csv').length, attributes);
  });

  it('keeps term codes unique across facets that share a term id', () => {
    const data: DirectoryData = {
      version: 1,
      taxonomies: {
        a: { label: { en: 'A' }, terms: [{ id: 'other', label: { en: 'Other' } }] },
        b: { label: { en: 'B' }, terms: [{ id: 'other', label: { en: 'Other' } }] },
      },
      organizations: [],
    };
    const codes = parseCsvRows(directoryToHsdsTabular(data)['taxonomy_terms.csv']!)
      .slice(1)
      .map((row) => row[1]);
    assert.deepEqual(codes, ['a:other', 'b:other']);
  });
});
