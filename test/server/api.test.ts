// The HSDS 3.0 API as a stranger's HSDS client sees it: every body validates against the
// specification's schemas, the served organizations are the exporter's, paging behaves, and bad
// input gets a 4xx problem with a sentence — never a 500, a stack or a database message.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { directoryToHsds, parseDirectory } from '../../src/core/index.js';
import { fixturePath } from '../helpers/fixtures.js';
import { get, startApi, variants } from './helpers.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;
const spec = (name: string) => JSON.parse(readFileSync(fixturePath(`hsds-3.0/${name}`), 'utf8'));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec('metadata.json'), 'metadata.json');
ajv.addSchema(spec('taxonomy.json'), 'taxonomy.json');
const openapi = spec('openapi.json');
const schemas = {
  organization: ajv.compile(spec('compiled/organization.json')),
  organizationList: ajv.compile(spec('compiled/organization_list.json')),
  taxonomy: ajv.getSchema('taxonomy.json')!,
  taxonomyTerm: ajv.compile(spec('taxonomy_term.json')),
  page: ajv.compile(openapi.components.schemas.Page),
  root: ajv.compile(openapi.paths['/'].get.responses['200'].content['application/json'].schema),
};

function valid(validate: ValidateFunction, body: unknown, what: string): void {
  assert.ok(validate(body), `${what}: ${ajv.errorsText(validate.errors)}`);
}

/** A page body: Page fields valid, and every item against `item`. */
function validPage(body: any, item: ValidateFunction, what: string): void {
  valid(schemas.page, body, `${what} (page)`);
  assert.ok(Array.isArray(body.contents), `${what}: contents`);
  body.contents.forEach((entry: unknown, i: number) => valid(item, entry, `${what}[${i}]`));
}

const exported = new Map(directoryToHsds(members).contents.map((o) => [o.id, o]));

for (const variant of await variants()) {
  describe(`HSDS 3.0 API (${variant.name})`, { skip: variant.skip }, () => {
    let base = '';
    let errors: unknown[] = [];
    before(async () => {
      ({ base, errors } = await startApi(variant, members));
    });

    it('/ names HSDS 3.0 and the profile, and describes the directory', async () => {
      const { status, body, type } = await get(base, '/');
      assert.equal(status, 200);
      assert.match(type, /^application\/json/);
      valid(schemas.root, body, '/');
      assert.equal(body.version, '3.0');
      assert.match(body.profile, /serving-a-large-directory$/);
      assert.equal(body.mhpss_directory.size, members.organizations.length);
      assert.deepEqual(body.mhpss_directory.facets, Object.keys(members.taxonomies));
      assert.deepEqual(
        Object.keys(body.mhpss_directory.directory.taxonomies),
        Object.keys(members.taxonomies),
        'taxonomies in the data’s order',
      );
    });

    it('/organizations: a page of list entries, each valid against organization_list.json', async () => {
      const { body } = await get(base, '/organizations?per_page=7');
      validPage(body, schemas.organizationList, '/organizations');
      assert.equal(body.total_items, members.organizations.length);
      assert.equal(body.size, 7);
      assert.equal(body.total_pages, Math.ceil(members.organizations.length / 7));
      assert.equal(body.first_page, true);
      assert.equal(body.last_page, false);
      assert.equal(body.contents[0].attributes, undefined, 'no nested tables in a list');
    });

    it('full=true: fully nested organizations, exactly as the HSDS exporter writes them', async () => {
      const { body } = await get(base, '/organizations?per_page=1000&full=true');
      validPage(body, schemas.organization, '/organizations?full=true');
      assert.equal(body.contents.length, members.organizations.length);
      for (const org of body.contents) assert.deepEqual(org, exported.get(org.id));
    });

    it('pages to the end: the last page is marked, a page past it is empty', async () => {
      const pages = Math.ceil(members.organizations.length / 10);
      const last = await get(base, `/organizations?per_page=10&page=${pages}`);
      assert.equal(last.body.last_page, true);
      assert.equal(last.body.page_number, pages);
      const past = await get(base, `/organizations?per_page=10&page=${pages + 1}`);
      assert.equal(past.status, 200);
      assert.equal(past.body.empty, true);
      assert.deepEqual(past.body.contents, []);
      // Every organization once, in name order, over the pages.
      const seen: string[] = [];
      for (let p = 1; p <= pages; p++) {
        seen.push(
          ...(await get(base, `/organizations?per_page=10&page=${p}`)).body.contents.map(
            (o: { name: string }) => o.name,
          ),
        );
      }
      assert.equal(new Set(seen).size, members.organizations.length);
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
      );
    });

    it('/organizations/{id}: by UUID or by the directory’s own id, valid against organization.json', async () => {
      const unicef = [...exported.values()].find((o) => o.alternate_name === 'UNICEF')!;
      const byUuid = await get(base, `/organizations/${unicef.id}`);
      assert.equal(byUuid.status, 200);
      valid(schemas.organization, byUuid.body, '/organizations/{id}');
      assert.deepEqual(byUuid.body, unicef);
      const bySlug = await get(base, '/organizations/unicef?records=true');
      assert.equal(bySlug.body.id, unicef.id);
      assert.equal(bySlug.body.mhpss.record.id, 'unicef');
      const missing = await get(base, '/organizations/00000000-0000-4000-8000-000000000000');
      assert.equal(missing.status, 404);
    });

    it('/taxonomies and /taxonomy_terms: valid pages, filtered by taxonomy_id, searched, by id', async () => {
      const taxonomies = await get(base, '/taxonomies');
      validPage(taxonomies.body, schemas.taxonomy, '/taxonomies');
      assert.equal(taxonomies.body.total_items, Object.keys(members.taxonomies).length);
      const terms = await get(base, '/taxonomy_terms?per_page=1000');
      validPage(terms.body, schemas.taxonomyTerm, '/taxonomy_terms');
      const count = Object.values(members.taxonomies).reduce((n, t) => n + t.terms.length, 0);
      assert.equal(terms.body.total_items, count);
      const regions = taxonomies.body.contents[0];
      const some = await get(base, `/taxonomy_terms?taxonomy_id=${regions.id}&per_page=1000`);
      assert.equal(some.body.total_items, members.taxonomies.regions!.terms.length);
      const found = await get(base, '/taxonomy_terms?search=afri');
      assert.ok(found.body.contents.some((t: { code: string }) => t.code === 'africa'));
      const one = await get(base, `/taxonomy_terms/${some.body.contents[0].id}`);
      valid(schemas.taxonomyTerm, one.body, '/taxonomy_terms/{id}');
      assert.equal(one.body.taxonomy_detail.id, regions.id);
      valid(
        schemas.taxonomy,
        (await get(base, `/taxonomies/${regions.id}`)).body,
        '/taxonomies/{id}',
      );
    });

    it('the profile: filters by term, scope, sort, facet counts and records with highlights', async () => {
      const { body } = await get(
        base,
        '/organizations?search=chld&taxonomy_term_id=regions:africa&scope=populations:children-adolescents&facets=true&records=true&sort=relevance',
      );
      validPage(body, schemas.organizationList, 'extended /organizations');
      assert.equal(body.sort, 'relevance');
      assert.deepEqual(body.filters, { regions: ['africa'] });
      assert.deepEqual(body.scope, { populations: ['children-adolescents'] });
      assert.deepEqual(Object.keys(body.facets), [...Object.keys(members.taxonomies), 'countries']);
      // Each facet's terms end with "not stated", which is no HSDS term.
      for (const key of Object.keys(body.facets)) {
        const last = body.facets[key].at(-1);
        assert.equal(last.id, '-', key);
        assert.equal(last.taxonomy_term_id, null, key);
        assert.equal(typeof last.count, 'number', key);
      }
      const africa = body.facets.regions.find((t: { id: string }) => t.id === 'africa');
      assert.equal(africa.selected, true);
      assert.match(africa.taxonomy_term_id, /^[0-9a-f-]{36}$/);
      for (const entry of body.contents) {
        assert.ok(entry.mhpss.record.regions.includes('africa'));
        assert.ok(entry.mhpss.record.populations.includes('children-adolescents'));
        assert.equal(typeof entry.mhpss.score, 'number');
      }
      assert.ok(body.contents.some((e: any) => e.mhpss.highlights.description?.ranges.length));
      // The same filter by UUID and by code.
      const byUuid = await get(
        base,
        `/organizations?taxonomy_term_id=${africa.taxonomy_term_id}&per_page=1`,
      );
      const byCode = await get(base, '/organizations?taxonomy_term_id=africa&per_page=1');
      assert.equal(byUuid.body.total_items, byCode.body.total_items);
    });

    it('"not stated" and countries: terms to filter by and to count, in every facets block', async () => {
      const statesNone = (key: string) =>
        members.organizations.filter((o) => !(o[key] as string[] | undefined)?.length);
      const none = await get(
        base,
        '/organizations?taxonomy_term_id=regions:-&facets=true&records=true&per_page=100',
      );
      assert.equal(none.status, 200);
      assert.deepEqual(none.body.filters, { regions: ['-'] });
      assert.equal(none.body.total_items, statesNone('regions').length);
      assert.ok(none.body.total_items > 0, 'the shipped list has records without a region');
      const noRegion = none.body.facets.regions.find((t: { id: string }) => t.id === '-');
      assert.deepEqual([noRegion.count, noRegion.selected], [none.body.total_items, true]);
      // OR within the facet: "not stated" or Africa.
      const either = await get(base, '/organizations?taxonomy_term_id=regions:-,regions:africa');
      const africa = members.organizations.filter((o) =>
        (o.regions as string[] | undefined)?.includes('africa'),
      );
      assert.equal(either.body.total_items, statesNone('regions').length + africa.length);
      // In a scope too.
      const scoped = await get(base, '/organizations?scope=regions:-&facets=true');
      assert.equal(scoped.body.total_items, statesNone('regions').length);
      // Countries: the codes present in the data, sorted, then "not stated".
      const root = (await get(base, '/')).body.mhpss_directory;
      const codes = [...new Set(members.organizations.flatMap((o) => o.countries ?? []))].sort();
      assert.deepEqual(root.countries, codes);
      assert.equal(root.not_stated, '-');
      const all = await get(base, '/organizations?facets=true&lang=fr');
      assert.deepEqual(
        all.body.facets.countries.map((t: { id: string }) => t.id),
        [...codes, '-'],
      );
      const uganda = all.body.facets.countries.find((t: { id: string }) => t.id === 'UG');
      assert.equal(uganda.label, 'Ouganda');
      const inUganda = await get(base, '/organizations?taxonomy_term_id=countries:UG&per_page=50');
      assert.equal(inUganda.body.total_items, uganda.count);
      assert.ok(
        inUganda.body.contents.length > 0 &&
          inUganda.body.total_items ===
            members.organizations.filter((o) => o.countries?.includes('UG')).length,
      );
      // Neither is an HSDS taxonomy term.
      const terms = await get(base, '/taxonomy_terms?per_page=1000');
      const count = Object.values(members.taxonomies).reduce((n, t) => n + t.terms.length, 0);
      assert.equal(terms.body.total_items, count);
    });

    describe('bad input never reaches the database as code', () => {
      /** Asserts a 4xx problem: a code and a sentence, no stack, no SQL. */
      async function rejects(path: string, status = 400): Promise<any> {
        const { status: got, type, body } = await get(base, path);
        assert.equal(got, status, `${path}: ${JSON.stringify(body)}`);
        assert.match(type, /^application\/problem\+json/);
        assert.equal(body.status, status);
        assert.equal(typeof body.code, 'string');
        assert.match(body.detail, /^[A-Z].*[.:]/, 'a sentence');
        const text = JSON.stringify(body);
        // What a leak would hold: a stack, a file, a database message or an internal name.
        assert.doesNotMatch(
          text,
          /\bat \w+ \(|\.[jt]s:\d|node_modules|syntax error|relation "|ERROR:|pg_|plpgsql|mhpss_(?:search|word|term|meta|positions|bits)/i,
        );
        return body;
      }

      it('SQL in the search text is only searched for, and the data is intact', async () => {
        for (const text of ["'; DROP TABLE mhpss_org; --", "\\' OR 1=1 --", '%_\\', '$1 $$ ;']) {
          const { status, body } = await get(
            base,
            `/organizations?search=${encodeURIComponent(text)}`,
          );
          assert.equal(status, 200, text);
          valid(schemas.page, body, text);
        }
        const all = await get(base, '/organizations');
        assert.equal(all.body.total_items, members.organizations.length);
      });

      it('SQL in ids and terms is a malformed id, 400', async () => {
        await rejects(`/organizations/${encodeURIComponent("1' OR '1'='1")}`);
        await rejects(`/organizations/${encodeURIComponent('unicef; DROP TABLE mhpss_org')}`);
        await rejects(`/taxonomies/${encodeURIComponent("x' OR 1=1")}`);
        await rejects(`/taxonomy_terms/not-a-uuid`);
        await rejects(`/organizations?taxonomy_term_id=${encodeURIComponent("africa' OR 1=1 --")}`);
        await rejects(`/organizations?scope=${encodeURIComponent('regions:africa);--')}`);
        await rejects(`/taxonomy_terms?taxonomy_id=${encodeURIComponent("1' OR 1=1")}`);
        await rejects('/organizations/%E0%A4%A');
      });

      it('unknown terms, huge or bad paging, bad sort, format and booleans: 400', async () => {
        const unknown = await rejects('/organizations?taxonomy_term_id=regions:atlantis');
        assert.equal(unknown.code, 'unknown-term');
        await rejects('/organizations?taxonomy_term_id=00000000-0000-4000-8000-000000000000');
        assert.equal((await rejects('/organizations?per_page=1000000')).code, 'out-of-range');
        await rejects('/organizations?per_page=0');
        await rejects('/organizations?per_page=-5');
        await rejects('/organizations?page=0');
        await rejects('/organizations?page=1e3');
        await rejects('/organizations?page=99999999999999999999');
        await rejects('/organizations?per_page=ten');
        await rejects('/organizations?page=1&page=2');
        await rejects('/organizations?sort=rank');
        await rejects('/organizations?format=ndjson');
        await rejects('/organizations?full=maybe');
        await rejects('/organizations?facets=yes');
        await rejects('/organizations?lang=%3Cscript%3E');
        assert.equal(
          (await rejects('/organizations?taxonomy_term_id=countries:ZZ')).code,
          'unknown-term',
        );
        assert.equal(
          (await rejects('/organizations?taxonomy_term_id=atlantis:-')).code,
          'unknown-term',
        );
        const many = Array.from({ length: 101 }, () => 'taxonomy_term_id=africa').join('&');
        assert.equal((await rejects(`/organizations?${many}`)).code, 'too-many-terms');
      });

      it('an oversized search or address is refused: 400 and 414', async () => {
        const long = 'a'.repeat(257);
        assert.equal((await rejects(`/organizations?search=${long}`)).code, 'search-too-long');
        await rejects(`/organizations?search=${'b'.repeat(9000)}`, 414);
        const ok = await get(base, `/organizations?search=${'a'.repeat(256)}`);
        assert.equal(ok.status, 200);
      });

      it('unknown paths and methods: 404 and 405, with the problem shape', async () => {
        await rejects('/services', 404);
        await rejects('/organizations/unicef/extra', 404);
        const res = await fetch(`${base}/organizations`, { method: 'POST', body: '{}' });
        assert.equal(res.status, 405);
        assert.equal((await res.json()).code, 'method-not-allowed');
      });

      it('none of it reached the error log: no 500 was ever answered', () => {
        assert.deepEqual(errors, []);
      });
    });
  });
}
