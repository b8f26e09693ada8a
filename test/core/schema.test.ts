import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { OrganizationSchema, directoryJsonSchema } from '../../src/core/index.js';
import { schemaText } from '../../scripts/generate-schema.js';

describe('the published JSON Schema', () => {
  it('data/schema.json is what the zod schema generates (run `npm run schema` if this fails)', () => {
    const committed = readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8');
    assert.equal(committed, schemaText());
  });

  it('describes the contract: required fields, id pattern, http(s) links, country codes', () => {
    const schema = directoryJsonSchema() as any;
    assert.deepEqual(schema.required.sort(), ['organizations', 'version']);
    const org = schema.properties.organizations.items;
    assert.deepEqual(org.required.sort(), ['id', 'name']);
    assert.equal(org.properties.id.pattern, '^[a-z0-9]+(?:-[a-z0-9]+)*$');
    assert.match(org.properties.website.pattern, /https\?/);
    assert.ok(org.properties.countries.items.enum.includes('JO'));
    // Unknown keys (facets, newer fields) are allowed, so newer files load in older widgets.
    assert.deepEqual(org.additionalProperties, {});
  });

  it('the zod organization schema accepts a full record and rejects a javascript: link', () => {
    const ok = OrganizationSchema.safeParse({
      id: 'a',
      name: 'A',
      website: 'https://a.org',
      countries: ['JO'],
    });
    assert.equal(ok.success, true);
    const bad = OrganizationSchema.safeParse({
      id: 'a',
      name: 'A',
      website: 'javascript:alert(1)',
    });
    assert.equal(bad.success, false);
  });
});
