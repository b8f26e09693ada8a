import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDirectory } from '../../src/core/index.js';

const text = readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8');
const { data, issues } = parseDirectory(text);
const byId = new Map(data.organizations.map((o) => [o.id, o]));

describe("data/members.json: the Collaborative's own directory", () => {
  it('loads with no issues at all', () => {
    assert.deepEqual(
      issues.map((i) => i.message),
      [],
    );
  });

  it('has every organization the founding documents name, with its roles', () => {
    const expected: Record<string, string> = {
      'mhpss-collaborative': '',
      'save-the-children-denmark': 'host',
      'save-the-children': 'key-partner',
      unicef: 'key-partner',
      who: 'key-partner',
      'kings-college-london': 'key-partner',
      upinion: 'key-partner',
      'mhpss-net': 'key-partner',
      mdi: 'key-partner',
      unhcr: 'key-partner',
      repssi: 'key-partner',
      'war-child-holland': 'key-partner',
      danida: 'funder',
      'education-cannot-wait': 'funder',
      'european-commission': 'pledge-signatory',
      bmz: 'pledge-signatory',
      'netherlands-mfa': 'pledge-signatory',
      japan: 'pledge-signatory',
      'amal-alliance': 'pledge-signatory',
      artolution: 'pledge-signatory',
      crs: 'pledge-signatory',
      hias: 'pledge-signatory',
      iom: 'pledge-signatory',
      imc: 'pledge-signatory',
      jrs: 'pledge-signatory',
      'columbia-pfmh': 'pledge-signatory',
      unodc: 'pledge-signatory',
      ifrc: '',
      icrc: '',
      'danish-red-cross': '',
      'rcrc-mhpss-hub': '',
      mhin: '',
    };
    for (const [id, role] of Object.entries(expected)) {
      const org = byId.get(id);
      assert.ok(org, `${id} is in the directory`);
      if (role)
        assert.ok(
          (org.roles as string[] | undefined)?.includes(role),
          `${id} has the role ${role}`,
        );
    }
    for (const id of ['save-the-children', 'unicef', 'who']) {
      assert.ok(
        (byId.get(id)!.roles as string[]).includes('pledge-signatory'),
        `${id} signed the pledge`,
      );
    }
  });

  it('attaches all 31 pledge commitments to the organizations they are attributed to (37 attributions)', () => {
    const all = data.organizations.flatMap((o) =>
      (o.commitments ?? []).map((c) => ({ org: o.id, ...c })),
    );
    assert.equal(all.length, 37);
    assert.equal(new Set(all.map((c) => c.text)).size, 31);
    assert.ok(
      all.every((c) => typeof c.source === 'string' && /Multistakeholder Pledge/.test(c.source)),
    );
    const attributed = (fragment: string) =>
      all
        .filter((c) => c.text.includes(fragment))
        .map((c) => c.org)
        .sort();
    assert.deepEqual(attributed('Minimum Service Package on MHPSS developed by the IASC'), [
      'european-commission',
      'netherlands-mfa',
    ]);
    assert.deepEqual(attributed('co-leadership of the IASC working group on MHPSS and PB'), [
      'crs',
      'iom',
    ]);
    assert.deepEqual(attributed('mixed-methods research'), ['columbia-pfmh', 'hias']);
    assert.equal(attributed('Displaced Persons and Host Countries')[0], 'bmz');
  });

  it('links the host, partners and funders to entries in the same file', () => {
    const collaborative = byId.get('mhpss-collaborative')!;
    assert.equal(collaborative.parent, 'save-the-children-denmark');
    assert.equal(byId.get('rcrc-mhpss-hub')!.parent, 'danish-red-cross');
    for (const id of [
      'save-the-children',
      'unicef',
      'who',
      'kings-college-london',
      'upinion',
      'mhpss-net',
      'mdi',
      'unhcr',
      'repssi',
      'war-child-holland',
    ]) {
      assert.ok(collaborative.partners?.includes(id), `the Collaborative's partners include ${id}`);
    }
    for (const id of ['danida', 'education-cannot-wait'])
      assert.ok(collaborative.funders?.includes(id));
  });

  it('files organizations under the taxonomies the issue names, labelled in four languages', () => {
    assert.deepEqual(Object.keys(data.taxonomies).sort(), [
      'approaches',
      'disorders',
      'layers',
      'populations',
      'regions',
      'roles',
      'settings',
      'type',
    ]);
    assert.equal(data.taxonomies.regions!.terms.length, 8);
    assert.equal(data.taxonomies.layers!.terms.length, 4);
    for (const [key, tax] of Object.entries(data.taxonomies)) {
      for (const label of [tax.label, ...tax.terms.map((t) => t.label)]) {
        for (const lang of ['en', 'fr', 'es', 'ar']) {
          assert.ok(label[lang]?.trim(), `${key}: ${label.en} has a ${lang} label`);
        }
      }
    }
    for (const org of data.organizations) assert.ok(org.type, `${org.id} has a type`);
  });

  it('links only to https home pages', () => {
    for (const org of data.organizations) {
      if (org.website) assert.match(org.website, /^https:\/\//, org.id);
    }
  });
});
