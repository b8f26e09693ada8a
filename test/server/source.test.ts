// HsdsSource, the DirectorySource the element uses for a directory on a server: against our
// server it answers what the in-memory Directory answers; it caches, aborts and retries; against
// a plain HSDS 3.0 server it still searches and pages, and says what it cannot do.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  Directory,
  HsdsSource,
  HsdsSourceError,
  parseDirectory,
  type QueryState,
} from '../../src/core/index.js';
import { startMinimalHsds, type MinimalServer } from './minimal-hsds.js';
import { startApi, variants } from './helpers.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;
const dir = new Directory(members);

/** A fetch that counts calls and can fail the next ones, as a flaky network would. */
function flakyFetch() {
  const calls: string[] = [];
  let failures: ('network' | 503 | 400)[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    const next = failures.shift();
    if (next === 'network') throw new TypeError('fetch failed');
    if (next === 503 || next === 400) {
      return new Response(JSON.stringify({ status: next, detail: 'Try again.' }), { status: next });
    }
    return fetch(input, init);
  }) as typeof fetch;
  return {
    fetch: fn,
    calls,
    failNext: (...kinds: ('network' | 503 | 400)[]) => {
      failures = kinds;
    },
  };
}

const STATES: QueryState[] = [
  {},
  { text: 'unicf' },
  { text: 'red cross kenya' },
  {
    text: 'chld',
    filters: { regions: ['africa'] },
    scope: { populations: ['children-adolescents'] },
  },
  { text: '', filters: { regions: ['africa', 'asia'], approaches: ['advocacy'] }, sort: 'name' },
  { text: 'psychosocal support', page: 1, pageSize: 5 },
  { text: 'health', page: 99, pageSize: 10 },
  { text: 'save childrn', filters: { regions: ['atlantis'], nowhere: ['x'] } },
];

const [variant] = (await variants()).filter((v) => !v.skip);

describe(`HsdsSource against mhpss-directory serve (${variant!.name})`, () => {
  let endpoint = '';
  let source: HsdsSource;
  const net = flakyFetch();
  before(async () => {
    endpoint = (await startApi(variant!, members)).url;
    source = await HsdsSource.connect(endpoint, { fetch: net.fetch, retryDelay: 5 });
  });

  it('recognises the profile: full capabilities, the directory’s own description', () => {
    assert.equal(source.extended, true);
    assert.deepEqual(source.capabilities, {
      facetCounts: true,
      filters: true,
      sorts: ['relevance', 'name'],
      remote: true,
    });
    assert.equal(source.size, members.organizations.length);
    assert.deepEqual(source.facetKeys, Object.keys(members.taxonomies));
    assert.equal(source.data.title, members.title);
    assert.equal(
      source.termLabel('regions', 'africa', 'fr'),
      dir.termLabel('regions', 'africa', 'fr'),
    );
    assert.equal(source.facetLabel('regions', 'ar'), dir.facetLabel('regions', 'ar'));
  });

  it('answers every query as the in-memory Directory does: hits, totals, pages, facets, dropped', async () => {
    for (const state of STATES) {
      const want = dir.query(state);
      const got = await source.query(state);
      const what = JSON.stringify(state);
      assert.deepEqual(
        got.hits.map((h) => h.organization.id),
        want.hits.map((h) => h.organization.id),
        what,
      );
      assert.deepEqual(
        got.hits.map((h) => h.highlights),
        want.hits.map((h) => h.highlights),
        what,
      );
      const { hits: _g, ...gotRest } = got;
      const { hits: _w, ...wantRest } = want;
      assert.deepEqual(gotRest, wantRest, what);
      for (const hit of got.hits) assert.equal(source.get(hit.organization.id), hit.organization);
    }
  });

  it('caches answers per query: the same question twice is one request', async () => {
    const state = { text: 'jesuit', filters: { regions: ['africa'] } };
    await source.query(state);
    const before = net.calls.length;
    const again = await source.query({ ...state });
    assert.equal(net.calls.length, before);
    assert.deepEqual(
      again.hits.map((h) => h.organization.id),
      dir.query(state).hits.map((h) => h.organization.id),
    );
  });

  it('honours AbortSignal: an aborted query rejects with AbortError, before or during the request', async () => {
    const early = new AbortController();
    early.abort();
    await assert.rejects(source.query({ text: 'abort me' }, { signal: early.signal }), {
      name: 'AbortError',
    });
    const late = new AbortController();
    const pending = source.query({ text: 'abort me later' }, { signal: late.signal });
    late.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('retries network failures and 5xx answers with backoff, then answers', async () => {
    net.failNext('network', 503, 'network');
    const before = net.calls.length;
    const r = await source.query({ text: 'war child' });
    assert.equal(r.hits[0]?.organization.id, 'war-child-holland');
    assert.equal(net.calls.length - before, 4);
  });

  it('gives up after the retries with a network error, and never retries a 4xx', async () => {
    net.failNext('network', 'network', 'network', 'network');
    await assert.rejects(
      source.query({ text: 'unreachable' }),
      (e) => e instanceof HsdsSourceError && e.code === 'network',
    );
    net.failNext(400);
    const before = net.calls.length;
    await assert.rejects(
      source.query({ text: 'refused' }),
      (e) =>
        e instanceof HsdsSourceError &&
        e.code === 'http' &&
        e.status === 400 &&
        /Try again/.test(e.message),
    );
    assert.equal(net.calls.length - before, 1);
  });

  it('aborting during a backoff stops the retries', async () => {
    net.failNext('network', 'network', 'network');
    const controller = new AbortController();
    const pending = source.query({ text: 'backoff' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 2);
    await assert.rejects(pending, { name: 'AbortError' });
    net.failNext();
  });

  it('finds an organization by id that no answer held yet', async () => {
    const fresh = await HsdsSource.connect(endpoint);
    assert.equal(fresh.get('unicef'), undefined);
    assert.equal((await fresh.organization('unicef'))?.acronym, 'UNICEF');
    assert.equal(await fresh.organization('no-such-org'), undefined);
  });
});

describe('HsdsSource against a plain HSDS 3.0 server (no profile extension)', () => {
  let server: MinimalServer;
  let source: HsdsSource;
  before(async () => {
    server = await startMinimalHsds(members);
    source = await HsdsSource.connect(server.url);
  });
  after(() => server.close());

  it('says honestly what it cannot do: no facet counts, no filters, no sort', () => {
    assert.equal(source.extended, false);
    assert.deepEqual(source.capabilities, {
      facetCounts: false,
      filters: false,
      sorts: [],
      remote: true,
    });
    assert.equal(source.size, members.organizations.length);
    // Facets come from the server's taxonomies and terms.
    assert.ok(source.facetKeys.length > 0);
  });

  it('still searches and pages, mapping organizations back to the data format', async () => {
    const r = await source.query({ text: 'UNICEF', pageSize: 5 });
    assert.ok(r.total >= 1);
    const unicef = r.hits.find((h) => h.organization.id === 'unicef')!.organization;
    assert.equal(unicef.name, "United Nations Children's Fund");
    assert.equal(unicef.acronym, 'UNICEF');
    assert.ok(
      Object.values(unicef).some((v) => Array.isArray(v) && v.length),
      'facet terms mapped back',
    );
    const first = await source.query({ pageSize: 10 });
    const second = await source.query({ pageSize: 10, page: 1 });
    assert.equal(first.total, members.organizations.length);
    assert.equal(first.pageCount, Math.ceil(members.organizations.length / 10));
    assert.equal(second.page, 1);
    const ids = new Set([...first.hits, ...second.hits].map((h) => h.organization.id));
    assert.equal(ids.size, 20);
    assert.ok(server.requests.some((r) => r.includes('full=true')));
  });

  it('applies no filters and says so: they come back in dropped, counts are zero', async () => {
    const r = await source.query({ text: 'red cross', filters: { regions: ['africa'] } });
    const key = source.facetKeys[0]!;
    assert.deepEqual(r.filters, {});
    assert.ok(Object.keys(r.dropped.filters).length > 0);
    assert.ok(r.facets[key]!.every((t) => t.count === 0 && !t.selected));
    assert.ok(
      !server.requests.some((u) => u.includes('taxonomy_term_id')),
      'nothing the server does not know is sent',
    );
  });

  it('a page past the end shows the last page, as the engine does', async () => {
    const r = await source.query({ pageSize: 10, page: 50 });
    assert.equal(r.page, Math.ceil(members.organizations.length / 10) - 1);
    assert.ok(r.hits.length > 0);
  });
});
