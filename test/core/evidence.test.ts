// Evidence: a reviewer checks that every fact of every record names the page that states it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkEvidence,
  factsOf,
  sourceSupports,
  type EvidenceDocument,
} from '../../src/core/model/evidence.js';
import { parseDirectory } from '../../src/core/model/load.js';
import { fixture } from '../helpers/fixtures.js';

const { data } = parseDirectory(fixture('evidence/directory.json'));
const complete = () => structuredClone(fixture('evidence/complete.json')) as EvidenceDocument;
const aid = data.organizations[0]!;

describe('evidence', () => {
  it('lists every fact of a record, and none for a stated absence of ties', () => {
    assert.deepEqual(factsOf(aid, data.taxonomies), [
      'regions:africa',
      'roles:partner',
      'countries:UG',
      'partners:relief',
      'headquarters',
    ]);
    assert.deepEqual(factsOf(data.organizations[1]!, data.taxonomies), []);
  });

  it('finds nothing wrong when every fact has a page and a quote', () => {
    assert.deepEqual(checkEvidence(data, complete()), []);
  });

  it('names the record and the fact a reviewer must still source', () => {
    const evidence = complete();
    evidence.organizations.aid = evidence.organizations.aid!.filter(
      (item) => item.fact !== 'countries:UG' && item.fact !== 'headquarters',
    );
    const issues = checkEvidence(data, evidence);
    assert.deepEqual(
      issues.map((i) => [i.code, i.severity, i.id, i.path]),
      [
        ['evidence-missing', 'error', 'aid', 'countries'],
        ['evidence-missing', 'error', 'aid', 'headquarters'],
      ],
    );
    assert.equal(
      issues[0]!.message,
      "record 1 (aid): countries: 'UG' has no evidence: add the page that states it, with a short quote from it",
    );
  });

  it("refuses a page that is not among the record's sources, and an empty quote", () => {
    const evidence = complete();
    evidence.organizations.aid![0]!.url = 'https://elsewhere.example.org/';
    evidence.organizations.aid![1]!.quote = '  ';
    const issues = checkEvidence(data, evidence);
    assert.deepEqual(
      issues.map((i) => i.code),
      ['evidence-not-a-source', 'evidence-empty-quote', 'evidence-missing', 'evidence-missing'],
    );
    assert.match(
      issues[0]!.message,
      /cites https:\/\/elsewhere\.example\.org\/, which is not among/,
    );
    // The fact whose only evidence was refused is still missing.
    assert.deepEqual(
      issues.slice(2).map((i) => i.path),
      ['regions', 'countries'],
    );
  });

  it('warns of long quotes, stale facts and unknown records; errs on bad dates and items', () => {
    const evidence = complete();
    const items = evidence.organizations.aid!;
    items[0]!.quote = 'x'.repeat(400);
    items[1]!.date = '2024-13';
    items.push({ fact: 'regions:europe', url: 'https://aid.example.org/uganda', quote: 'Europe' });
    items.push({ quote: 'no fact' } as never);
    evidence.organizations.ghost = [];
    const issues = checkEvidence(data, evidence);
    assert.deepEqual(
      issues.map((i) => [i.code, i.severity]),
      [
        ['evidence-long-quote', 'warning'],
        ['evidence-bad-date', 'error'],
        ['evidence-not-a-fact', 'warning'],
        ['evidence-bad-item', 'error'],
        ['evidence-unknown-record', 'warning'],
      ],
    );
  });

  it('reports a file of the wrong shape as one issue', () => {
    for (const bad of [null, [], { version: 2, organizations: {} }, { version: 1 }]) {
      assert.deepEqual(
        checkEvidence(data, bad).map((i) => i.code),
        ['evidence-unreadable'],
      );
    }
  });

  it('tells each source which facts it supports, for the detail view', () => {
    assert.deepEqual(sourceSupports(aid, data.taxonomies, complete().organizations.aid!), [
      ['regions:africa', 'countries:UG', 'headquarters'],
      ['roles:partner', 'partners:relief'],
    ]);
  });
});
