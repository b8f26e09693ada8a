// Writes into data/members.json which facts each source supports (`sources[].supports`), from
// data/evidence.json (npm run data:supports): what the detail view needs to point every fact at
// its source, without downloading the evidence. A test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { sourceSupports, type EvidenceDocument } from '../src/core/model/evidence.js';
import type { DirectoryData, Organization } from '../src/core/model/schema.js';

export const MEMBERS_FILE = new URL('../data/members.json', import.meta.url);
export const EVIDENCE_FILE = new URL('../data/evidence.json', import.meta.url);

/** The members document with every source's `supports` set from the evidence (or removed). */
export function withSupports(members: DirectoryData, evidence: EvidenceDocument): DirectoryData {
  const organizations = members.organizations.map((org: Organization) => {
    if (!org.sources) return org;
    const supports = sourceSupports(org, members.taxonomies, evidence.organizations[org.id] ?? []);
    const sources = org.sources.map((source, i) => {
      const { supports: _old, ...rest } = source;
      void _old;
      return supports[i]!.length ? { ...rest, supports: supports[i] } : rest;
    });
    return { ...org, sources };
  });
  return { ...members, organizations };
}

export function membersText(): string {
  const members = JSON.parse(readFileSync(MEMBERS_FILE, 'utf8')) as DirectoryData;
  const evidence = JSON.parse(readFileSync(EVIDENCE_FILE, 'utf8')) as EvidenceDocument;
  return `${JSON.stringify(withSupports(members, evidence), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(MEMBERS_FILE, membersText());
  console.log('wrote the sources’ supports into data/members.json');
}
