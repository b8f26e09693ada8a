// A page whose old scripts added enumerable properties to Object.prototype and Array.prototype:
// the core still reads every record and every label (zod's for...in walks would otherwise see
// the inherited keys). The browser side is test/e2e/hostile.test.ts, "polluted prototypes".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { Directory, parseDirectory } from '../../src/core/index.js';

const members = readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8');

describe('on a page with polluted prototypes', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Array.prototype as unknown as Record<string, unknown>).extra;
  });

  it('reads the shipped list exactly as on a clean page, and searches and filters it', () => {
    const clean = parseDirectory(members);
    (Object.prototype as Record<string, unknown>).polluted = () => 'an old plugin';
    (Array.prototype as unknown as Record<string, unknown>).extra = () => 'another';
    const polluted = parseDirectory(members);
    assert.deepEqual(polluted.issues, clean.issues);
    assert.equal(polluted.data.organizations.length, clean.data.organizations.length);
    assert.deepEqual(Object.keys(polluted.data.taxonomies), Object.keys(clean.data.taxonomies));
    assert.deepEqual(
      JSON.parse(JSON.stringify(polluted.data)),
      JSON.parse(JSON.stringify(clean.data)),
    );
    const dir = new Directory(polluted.data);
    assert.ok(dir.query({ text: 'unicef' }).total >= 1);
    const [facet] = dir.facetKeys;
    const term = dir.query({}).facets[facet!]!.find((t) => t.count > 0)!;
    assert.equal(dir.query({ filters: { [facet!]: [term.id] } }).total, term.count);
  });
});
