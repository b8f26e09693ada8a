// The HTTP API: Open Referral HSDS 3.0's read endpoints for organizations and taxonomies, with
// the profile extension on /organizations (term filters, a scope, sort, facet counts, the
// directory's own records with highlights). Every answer is JSON; every failure a 4xx or 5xx
// problem (RFC 9457) with a sentence, never a stack or a database message.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from '../core/formats/hsds.js';
import type { Organization } from '../core/model/schema.js';
import { hsdsOrganizations, page, PROFILE_URL, PROFILE_VERSION } from './bodies.js';
import type { Database } from './database.js';
import type { Meta, MetaCache } from './meta.js';
import { serverMessages as say } from './messages.js';
import { API_LIMITS, ApiError, isUuid, Params, pathId } from './params.js';
import { search } from './search.js';
import { COUNTRIES, facetTermLabel, NOT_STATED } from './facet-terms.js';
import { VocabularyCache } from './vocabulary.js';

interface Context {
  db: Database;
  meta: MetaCache;
  /** The directory's words, per process (vocabulary.ts). */
  vocabularies?: VocabularyCache;
  /** Called with unexpected errors (never shown to the client). */
  onError: (error: unknown) => void;
}

type Body = Record<string, unknown>;

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  414: 'URI Too Long',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Server-Timing entries of an answer (name → ms), for browsers' tools and the bench. */
const TIMINGS = Symbol('timings');

function send(res: ServerResponse, status: number, body: Body, head: boolean): void {
  const timings = (body as { [TIMINGS]?: Record<string, number> })[TIMINGS];
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...(timings
      ? {
          'server-timing': Object.entries(timings)
            .map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`)
            .join(', '),
          'timing-allow-origin': '*',
        }
      : {}),
    'content-type':
      status < 400 ? 'application/json; charset=utf-8' : 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    // Any page may ask: the widget runs on partners' sites.
    'access-control-allow-origin': '*',
    'cache-control': status < 400 ? 'public, max-age=30' : 'no-store',
  });
  res.end(head ? undefined : json);
}

/** A problem body (RFC 9457): what went wrong, as a code and a sentence. */
const problem = (error: ApiError): Body => ({
  type: 'about:blank',
  title: STATUS_TITLES[error.status] ?? 'Error',
  status: error.status,
  code: error.code,
  detail: error.message,
});

/** The request handler. */
export function createHandler(
  context: Context,
): (req: IncomingMessage, res: ServerResponse) => void {
  const ctx: Context = { vocabularies: new VocabularyCache(), ...context };
  return (req, res) => {
    const head = req.method === 'HEAD';
    handle(ctx, req)
      .then((body) => send(res, 200, body, head))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) {
          ctx.onError(error);
          error = new ApiError(500, 'internal', say.internal());
        }
        send(res, (error as ApiError).status, problem(error as ApiError), head);
      });
  };
}

async function handle(ctx: Context, req: IncomingMessage): Promise<Body> {
  const rawUrl = req.url ?? '/';
  if (rawUrl.length > API_LIMITS.maxUrlLength) {
    throw new ApiError(414, 'url-too-long', say.urlTooLong(API_LIMITS.maxUrlLength));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new ApiError(405, 'method-not-allowed', say.methodNotAllowed(String(req.method)));
  }
  let url: URL;
  try {
    url = new URL(rawUrl, 'http://localhost');
  } catch {
    throw new ApiError(400, 'malformed-url', say.notFound(rawUrl.slice(0, 60)));
  }
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = new Params(url.searchParams);
  const meta = await ctx.meta.get();
  if (!meta) throw new ApiError(503, 'not-ready', say.notReady());
  const segments = path.split('/').filter(Boolean);

  if (path === '/') return root(meta);
  if (segments[0] === 'organizations' && segments.length === 1) {
    return organizations(ctx, meta, params);
  }
  if (segments[0] === 'organizations' && segments.length === 2) {
    return organization(ctx.db, meta, params, segments[1]!);
  }
  if (segments[0] === 'taxonomies' && segments.length <= 2) {
    return taxonomies(meta, params, segments[1]);
  }
  if (segments[0] === 'taxonomy_terms' && segments.length <= 2) {
    return taxonomyTerms(meta, params, segments[1]);
  }
  throw new ApiError(404, 'not-found', say.notFound(path.slice(0, 80)));
}

/** GET /: the API and its relation to HSDS, with the profile's description of the directory. */
function root(meta: Meta): Body {
  const { organizations: _none, ...info } = meta.info;
  void _none;
  return {
    version: '3.0',
    profile: PROFILE_URL,
    mhpss_directory: {
      profile_version: PROFILE_VERSION,
      size: meta.size,
      lang: meta.lang,
      facets: meta.facetKeys,
      taxonomy_ids: Object.fromEntries(meta.taxonomies.map((t) => [t.key, t.id])),
      // Counted in every facets block besides the taxonomies: "not stated" (`regions:-`) and
      // the countries facet (`countries:UG`).
      not_stated: NOT_STATED,
      [COUNTRIES]: meta.countries,
      sorts: ['relevance', 'name'],
      max_per_page: API_LIMITS.maxPerPage,
      directory: info,
    },
  };
}

/** GET /organizations: search and page; with the profile, filters, scope, sort and counts. */
async function organizations(ctx: Context, meta: Meta, params: Params): Promise<Body> {
  const { db } = ctx;
  params.format();
  const { page: pageNumber, perPage } = params.paging();
  const text = params.search();
  const full = params.boolean('full');
  params.boolean('full_service');
  const filters = params.terms('taxonomy_term_id', meta);
  const scope = params.terms('scope', meta);
  const sort = params.sort();
  const wantFacets = params.boolean('facets');
  const records = params.boolean('records');
  const lang = params.lang(meta.lang);

  const answer = await search(
    db,
    meta,
    {
      text,
      filters: filters.map((t) => t.num),
      scope: scope.map((t) => t.num),
      ...(sort ? { sort } : {}),
      page: pageNumber - 1,
      pageSize: perPage,
      facets: wantFacets,
      highlights: records,
    },
    ctx.vocabularies!,
  );
  const orgs = answer.hits.map((h) => h.organization);
  const t0 = performance.now();
  const contents: Body[] = (await hsdsOrganizations(
    db,
    meta,
    orgs,
    full,
    lang,
  )) as unknown as Body[];
  if (records) {
    answer.hits.forEach((hit, i) => {
      contents[i]!.mhpss = {
        record: hit.organization,
        score: hit.score,
        highlights: hit.highlights,
      };
    });
  }
  const body: Body = {
    ...page(contents, answer.total, pageNumber, perPage),
    sort: answer.sort,
    match: answer.match,
    words: answer.words,
  };
  if (filters.length)
    body.filters = byFacet(
      meta,
      filters.map((t) => t.num),
    );
  if (scope.length)
    body.scope = byFacet(
      meta,
      scope.map((t) => t.num),
    );
  if (answer.counts) {
    const selected = new Set(filters.map((t) => t.num));
    const facets: Record<string, unknown[]> = {};
    for (const key of meta.facets) facets[key] = [];
    for (const term of meta.terms) {
      facets[term.key]!.push({
        id: term.term,
        taxonomy_term_id: term.uuid,
        label: facetTermLabel(meta.info, term, lang),
        count: answer.counts[term.num] ?? 0,
        selected: selected.has(term.num),
      });
    }
    body.facets = facets;
  }
  Object.defineProperty(body, TIMINGS, {
    value: { ...answer.timings, hsds: performance.now() - t0 },
    enumerable: false,
  });
  return body;
}

/** Term numbers as the data format's selection: taxonomy key → term ids, in taxonomy order. */
function byFacet(meta: Meta, nums: number[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const num of [...nums].sort((a, b) => a - b)) {
    const term = meta.terms[num]!;
    (out[term.key] ??= []).push(term.term);
  }
  return out;
}

/** GET /organizations/{id}: one fully nested organization, by UUID or the directory's id. */
async function organization(db: Database, meta: Meta, params: Params, raw: string): Promise<Body> {
  const id = pathId(raw, 'Organization', true);
  params.boolean('full_service');
  const records = params.boolean('records');
  const lang = params.lang(meta.lang);
  const [row] = await db.query<{ record: Organization }>(
    id.uuid
      ? 'SELECT record FROM mhpss_org WHERE uuid = $1::uuid'
      : 'SELECT record FROM mhpss_org WHERE id = $1',
    [id.uuid ?? id.slug],
  );
  if (!row)
    throw new ApiError(404, 'unknown-id', say.unknownId('Organization', decodeURIComponent(raw)));
  const [body] = await hsdsOrganizations(db, meta, [row.record], true, lang);
  return records ? { ...body, mhpss: { record: row.record } } : (body as unknown as Body);
}

/** A term's search text: its name and code, folded to lower case. */
const matches = (text: string, ...fields: (string | undefined)[]) => {
  const q = text.trim().toLowerCase();
  return !q || fields.some((f) => f?.toLowerCase().includes(q));
};

/** GET /taxonomies and /taxonomies/{id}. */
function taxonomies(meta: Meta, params: Params, raw?: string): Body {
  const strip = ({ key: _key, ...t }: HsdsTaxonomy & { key: string }) => t;
  if (raw !== undefined) {
    const { uuid } = pathId(raw, 'Taxonomy', false);
    const found = meta.taxonomies.find((t) => t.id === uuid);
    if (!found) throw new ApiError(404, 'unknown-id', say.unknownId('Taxonomy', uuid!));
    return strip(found) as unknown as Body;
  }
  params.format();
  const { page: pageNumber, perPage } = params.paging();
  const text = params.search();
  const all = meta.taxonomies.filter((t) => matches(text, t.name, t.description, t.key)).map(strip);
  const from = (pageNumber - 1) * perPage;
  return page(all.slice(from, from + perPage), all.length, pageNumber, perPage);
}

/** GET /taxonomy_terms (search, taxonomy_id, parent_id, top_only) and /taxonomy_terms/{id}. */
function taxonomyTerms(meta: Meta, params: Params, raw?: string): Body {
  const withTaxonomy = (term: HsdsTaxonomyTerm): Body => ({
    ...term,
    taxonomy_detail: meta.taxonomies
      .filter((t) => t.id === term.taxonomy_id)
      .map(({ key: _key, ...t }) => t)[0],
  });
  if (raw !== undefined) {
    const { uuid } = pathId(raw, 'Taxonomy term', false);
    const found = meta.terms.find((t) => t.uuid === uuid);
    if (!found?.hsds) throw new ApiError(404, 'unknown-id', say.unknownId('Taxonomy term', uuid!));
    return withTaxonomy(found.hsds);
  }
  params.format();
  const { page: pageNumber, perPage } = params.paging();
  const text = params.search();
  const taxonomyId = params.one('taxonomy_id');
  if (taxonomyId !== undefined && taxonomyId !== '' && !isUuid(taxonomyId)) {
    throw new ApiError(400, 'malformed-id', say.malformedId('Taxonomy', taxonomyId));
  }
  const parentId = params.one('parent_id');
  if (parentId !== undefined && parentId !== '' && !isUuid(parentId)) {
    throw new ApiError(400, 'malformed-id', say.malformedId('Taxonomy term', parentId));
  }
  params.boolean('top_only');
  // The directory's taxonomies are flat: no term has a parent.
  // "Not stated" and the countries facet are the profile's, not HSDS taxonomy terms.
  const all = meta.terms
    .flatMap((t) => (t.hsds ? [t.hsds] : []))
    .filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId.toLowerCase())
    .filter(() => !parentId)
    .filter((t) => matches(text, t.name, t.code, t.description));
  const from = (pageNumber - 1) * perPage;
  return page(all.slice(from, from + perPage), all.length, pageNumber, perPage);
}
