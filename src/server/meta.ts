// The directory's description as the database holds it — title, taxonomies and terms with their
// HSDS ids — read once and kept for a few seconds: the only thing a server process keeps, and
// only as a cache of the database (a re-import is seen within META_TTL_MS by every process).
import type { DirectoryData } from '../core/model/schema.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from '../core/formats/hsds.js';
import type { Queryable } from './database.js';
import { COUNTRIES, type FacetTermKind } from './facet-terms.js';

export interface MetaTerm {
  num: number;
  facet: number;
  /** The facet key and term id of the data format (`-`: "not stated"; countries: the code). */
  key: string;
  term: string;
  kind: FacetTermKind;
  /** HSDS id and code: taxonomies' own terms only. */
  uuid: string | null;
  code: string | null;
  hsds: HsdsTaxonomyTerm | null;
}

export interface Meta {
  generation: number;
  size: number;
  lang: string;
  identity: string;
  /** The directory without its organizations (`organizations` is empty). */
  info: DirectoryData;
  /** The taxonomies' keys, in order. */
  facetKeys: string[];
  /** Every facet counted: the taxonomies', then `countries`. */
  facets: string[];
  /** The codes of the countries facet's terms. */
  countries: string[];
  taxonomies: (HsdsTaxonomy & { key: string })[];
  /** By term number. */
  terms: MetaTerm[];
  /** A term by its HSDS id (UUID), its code or `key:term`. */
  termByRef: Map<string, MetaTerm>;
  /** By label group number: the folded words of the label (what text search matches). */
  groups: string[][];
}

export const META_TTL_MS = 5000;

export async function readMeta(db: Queryable): Promise<Meta | undefined> {
  const [row] = await db.query<{
    generation: number;
    size: number;
    lang: string;
    identity: string;
    info: DirectoryData;
  }>('SELECT generation, size, lang, identity, info FROM mhpss_meta');
  if (!row) return undefined;
  row.info.organizations = [];
  const taxonomies = await db.query<{ num: number; key: string; hsds: HsdsTaxonomy }>(
    'SELECT num, key, hsds FROM mhpss_taxonomy ORDER BY num',
  );
  const rows = await db.query<Omit<MetaTerm, 'key'>>(
    `SELECT num, facet, term, kind, uuid::text AS uuid, code, hsds FROM mhpss_term ORDER BY num`,
  );
  const groups = await db.query<{ words: string[] }>('SELECT words FROM mhpss_group ORDER BY num');
  const facetKeys = taxonomies.map((t) => t.key);
  const facets = [...facetKeys, COUNTRIES];
  const terms: MetaTerm[] = rows.map((t) => ({ ...t, key: facets[t.facet]! }));
  const termByRef = new Map<string, MetaTerm>();
  for (const t of terms) {
    if (t.uuid) termByRef.set(t.uuid, t);
    termByRef.set(`${t.key}:${t.term}`, t);
  }
  // Codes last: a code never hides a UUID or a `key:term` reference.
  for (const t of terms) if (t.code && !termByRef.has(t.code)) termByRef.set(t.code, t);
  return {
    ...row,
    facetKeys,
    facets,
    countries: terms.filter((t) => t.kind === 'country').map((t) => t.term),
    taxonomies: taxonomies.map((t) => ({ ...t.hsds, key: t.key })),
    terms,
    termByRef,
    groups: groups.map((g) => g.words),
  };
}

/** The meta, read again when older than META_TTL_MS; concurrent requests share one read. */
export class MetaCache {
  private value?: Promise<Meta | undefined>;
  private at = 0;

  constructor(private readonly db: Queryable) {}

  get(): Promise<Meta | undefined> {
    const now = Date.now();
    if (!this.value || now - this.at > META_TTL_MS) {
      this.at = now;
      this.value = readMeta(this.db).catch((error: unknown) => {
        this.value = undefined;
        throw error;
      });
    }
    return this.value;
  }
}
