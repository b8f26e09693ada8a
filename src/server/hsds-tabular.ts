// Reads an Open Referral HSDS tabular export — a datapackage.json and its CSV files, as
// `mhpss-directory export --format hsds-tabular` writes them or any HSDS 3.0 tool does — into
// the data format, through the core's HSDS mapping, then validates it like any other input.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseCsvRows } from '../core/formats/csv.js';
import { parseDirectory, type ParseResult } from '../core/model/load.js';
import {
  organizationFromHsds,
  taxonomiesFromHsds,
  type HsdsOrganizationInput,
} from '../core/sources/hsds-map.js';
import { ServerSetupError } from './database.js';
import { serverMessages } from './messages.js';

type Row = Record<string, string>;

/** The folder of a tabular export, when `path` is one (or its datapackage.json). */
export async function hsdsTabularFolder(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      await stat(join(path, 'datapackage.json'));
      return path;
    }
    return basename(path) === 'datapackage.json' ? dirname(path) : undefined;
  } catch {
    return undefined;
  }
}

async function readTable(
  folder: string,
  resources: Map<string, string>,
  name: string,
): Promise<Row[]> {
  const file = resources.get(name);
  if (!file) return [];
  const path = join(folder, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ServerSetupError(
      'cannot-read',
      serverMessages.badHsdsTable(path, (error as Error).message),
    );
  }
  const [header = [], ...rows] = parseCsvRows(text);
  return rows
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), cells[i] ?? ''])));
}

const group = (rows: Row[], key: string) => {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const k = (row[key] ?? '').toLowerCase();
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
};

/** Reads the tabular export in `folder` as a directory (records checked as usual). */
export async function readHsdsTabular(folder: string): Promise<ParseResult> {
  let pkg: { title?: unknown; resources?: { name?: unknown; path?: unknown }[] };
  try {
    pkg = JSON.parse(await readFile(join(folder, 'datapackage.json'), 'utf8'));
  } catch {
    throw new ServerSetupError('not-hsds', serverMessages.notHsdsFolder(folder));
  }
  const resources = new Map<string, string>();
  for (const r of Array.isArray(pkg.resources) ? pkg.resources : []) {
    if (typeof r?.name === 'string' && typeof r.path === 'string' && !r.path.includes('..')) {
      resources.set(r.name, r.path);
    }
  }
  if (!resources.has('organization')) {
    throw new ServerSetupError('not-hsds', serverMessages.notHsdsFolder(folder));
  }
  const table = (name: string) => readTable(folder, resources, name);
  const [orgs, identifiers, attributes, locations, addresses, funding, taxonomyRows, termRows] =
    await Promise.all(
      [
        'organization',
        'organization_identifier',
        'attribute',
        'location',
        'address',
        'funding',
        'taxonomy',
        'taxonomy_term',
      ].map(table),
    );

  // A taxonomy's key: the link_type its attributes carry (our exporter writes the facet key).
  const linkTypes = new Map<string, string>();
  const termTaxonomy = new Map(
    termRows!.map((t) => [t.id!.toLowerCase(), t.taxonomy_id!.toLowerCase()]),
  );
  for (const a of attributes!) {
    const tax = termTaxonomy.get((a.taxonomy_term_id ?? '').toLowerCase());
    if (tax && a.link_type) linkTypes.set(tax, a.link_type);
  }
  const { taxonomies, termByUuid } = taxonomiesFromHsds(
    taxonomyRows!.map((t) => ({
      id: t.id!,
      name: t.name ?? null,
      description: t.description ?? null,
    })),
    termRows!.map((t) => ({
      id: t.id!,
      code: t.code ?? null,
      name: t.name ?? null,
      taxonomy_id: t.taxonomy_id ?? null,
      language: t.language ?? null,
    })),
    (tax) => linkTypes.get(tax.id.toLowerCase()),
  );

  const byOrg = (rows: Row[], key: string) => group(rows, key);
  const identifiersOf = byOrg(identifiers!, 'organization_id');
  const attributesOf = byOrg(
    attributes!.filter((a) => (a.link_entity ?? 'organization') === 'organization'),
    'link_id',
  );
  const locationsOf = byOrg(locations!, 'organization_id');
  const addressesOf = byOrg(addresses!, 'location_id');
  const fundingOf = byOrg(funding!, 'organization_id');
  const nested: HsdsOrganizationInput[] = orgs!.map((o) => {
    const id = (o.id ?? '').toLowerCase();
    return {
      id,
      name: o.name ?? '',
      alternate_name: o.alternate_name ?? null,
      description: o.description ?? null,
      email: o.email ?? null,
      website: o.website ?? null,
      logo: o.logo ?? null,
      parent_organization_id: o.parent_organization_id ?? null,
      organization_identifiers: identifiersOf.get(id) ?? [],
      attributes: attributesOf.get(id) ?? [],
      locations: (locationsOf.get(id) ?? []).map((l) => ({
        location_type: l.location_type ?? null,
        name: l.name ?? null,
        addresses: addressesOf.get((l.id ?? '').toLowerCase()) ?? [],
      })),
      funding: fundingOf.get(id) ?? [],
    };
  });
  // Our own ids first, so that parents resolve to them.
  const slugByUuid = new Map<string, string>();
  for (const org of nested) {
    const mapped = organizationFromHsds(org, termByUuid);
    slugByUuid.set(org.id, mapped.id);
  }
  const idByName = new Map<string, string>();
  const organizations = nested.map((org) => {
    const mapped = organizationFromHsds(org, termByUuid, slugByUuid);
    idByName.set(mapped.name, mapped.id);
    return { mapped, org };
  });
  // Funders were written by name: back to ids where the name is an organization's.
  for (const { mapped, org } of organizations) {
    const funders = (org.funding ?? [])
      .map((f) => idByName.get(f.source ?? ''))
      .filter((id): id is string => id !== undefined && id !== mapped.id);
    if (funders.length) mapped.funders = [...new Set(funders)];
  }
  const title = typeof pkg.title === 'string' ? pkg.title : undefined;
  return parseDirectory({
    version: 1,
    ...(title ? { title } : {}),
    taxonomies,
    organizations: organizations.map((o) => o.mapped),
  });
}
