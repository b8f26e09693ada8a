// A plain Open Referral HSDS 3.0 server for tests: only what the standard gives — `/`,
// `/organizations` (search, page, per_page, full), `/organizations/{id}`, `/taxonomies`,
// `/taxonomy_terms` — and none of our profile: no filters, no counts, no records. What another
// registry's API would offer HsdsSource.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  directoryToHsds,
  type DirectoryData,
  type HsdsOrganization,
} from '../../src/core/index.js';

export interface MinimalServer {
  url: string;
  server: Server;
  /** Paths asked, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startMinimalHsds(data: DirectoryData): Promise<MinimalServer> {
  const orgs = directoryToHsds(data).contents.sort((a, b) => a.name.localeCompare(b.name));
  const taxonomies = new Map<string, unknown>();
  const terms = new Map<string, Record<string, unknown>>();
  for (const org of orgs) {
    for (const a of org.attributes ?? []) {
      const { taxonomy_detail: detail, ...term } = a.taxonomy_term!;
      terms.set(term.id, term);
      taxonomies.set(detail!.id, detail);
    }
  }
  const list = (o: HsdsOrganization) => {
    const { funding: _f, locations: _l, organization_identifiers: _i, attributes: _a, ...rest } = o;
    return rest;
  };
  const page = <T>(items: T[], p: number, per: number) => ({
    total_items: items.length,
    total_pages: Math.ceil(items.length / per),
    page_number: p,
    size: items.slice((p - 1) * per, p * per).length,
    first_page: p === 1,
    last_page: p >= Math.ceil(items.length / per),
    empty: items.slice((p - 1) * per, p * per).length === 0,
    contents: items.slice((p - 1) * per, p * per),
  });
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const p = Number(url.searchParams.get('page') ?? 1) || 1;
    const per = Math.min(1000, Number(url.searchParams.get('per_page') ?? 25) || 25);
    const send = (status: number, body: unknown) => {
      // Any page may ask, as of a public API (the browser tests' pages are on another port).
      res
        .writeHead(status, {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
        })
        .end(JSON.stringify(body));
    };
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts.length === 0) return send(200, { version: '3.0' });
    if (parts[0] === 'organizations' && parts.length === 1) {
      const q = (url.searchParams.get('search') ?? '').toLowerCase();
      const found = orgs.filter((o) =>
        [o.name, o.alternate_name, o.description].some((f) => f?.toLowerCase().includes(q)),
      );
      const full = url.searchParams.get('full') === 'true';
      return send(200, page(full ? found : found.map(list), p, per));
    }
    if (parts[0] === 'organizations' && parts.length === 2) {
      const org = orgs.find((o) => o.id === parts[1]);
      return org ? send(200, org) : send(404, { error: 'not found' });
    }
    if (parts[0] === 'taxonomies') return send(200, page([...taxonomies.values()], p, per));
    if (parts[0] === 'taxonomy_terms') return send(200, page([...terms.values()], p, per));
    return send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
