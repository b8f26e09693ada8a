// The engines the bench compares, behind one interface: this Directory; plain Fuse.js over
// the same records (the baseline); uFuzzy and MiniSearch (references). A query is the same
// for all: text, optionally two facet filters, every facet's disjunctive counts, a first page.
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Directory } from '../../src/core/search/directory.js';
import type { DirectoryData, Organization } from '../../src/core/model/schema.js';

export interface BenchEngine {
  build(data: DirectoryData): void;
  /** Runs one query; returns the total and the first hit's id (a sanity check). */
  query(
    text: string,
    filters: Record<string, string[]> | undefined,
  ): { total: number; top?: string | undefined };
}

export const ENGINES = ['directory', 'fuse', 'ufuzzy', 'minisearch'] as const;
export type EngineName = (typeof ENGINES)[number];

interface FlatRecord {
  id: string;
  name: string;
  acronym: string;
  description: string;
  tags: string[];
}

/** What the baselines index: name, acronym, description and the facet term labels. */
function flatten(data: DirectoryData): FlatRecord[] {
  const label = new Map<string, string>();
  for (const [key, tax] of Object.entries(data.taxonomies)) {
    for (const t of tax.terms) label.set(`${key}:${t.id}`, t.label.en);
  }
  return data.organizations.map((org) => ({
    id: org.id,
    name: org.name,
    acronym: org.acronym ?? '',
    description: org.description ?? '',
    tags: Object.keys(data.taxonomies).flatMap((key) =>
      idsOf(org[key]).map((id) => label.get(`${key}:${id}`) ?? id),
    ),
  }));
}

const idsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [];

/**
 * What the baselines do after their text search: apply the filters and count every term
 * disjunctively by walking the matches — the straightforward way, with no index.
 */
function finish(
  data: DirectoryData,
  ranked: readonly number[],
  filters: Record<string, string[]> | undefined,
): { total: number; top?: string; counts: Record<string, Record<string, number>> } {
  const keys = Object.keys(data.taxonomies);
  const counts: Record<string, Record<string, number>> = {};
  for (const key of keys) {
    counts[key] = Object.fromEntries(data.taxonomies[key]!.terms.map((t) => [t.id, 0]));
  }
  const active = Object.entries(filters ?? {}).map(([k, ids]) => [k, new Set(ids)] as const);
  let total = 0;
  let top: string | undefined;
  for (const i of ranked) {
    const org: Organization = data.organizations[i]!;
    const failed = active.filter(([k, ids]) => !idsOf(org[k]).some((id) => ids.has(id)));
    if (failed.length > 1) continue;
    if (failed.length === 0) {
      total++;
      top ??= org.id;
    }
    for (const key of keys) {
      if (failed.length === 1 && failed[0]![0] !== key) continue;
      for (const id of idsOf(org[key])) if (id in counts[key]!) counts[key]![id]!++;
    }
  }
  return top === undefined ? { total, counts } : { total, top, counts };
}

export function createEngine(name: EngineName): BenchEngine {
  switch (name) {
    case 'directory': {
      let dir: Directory | undefined;
      return {
        build: (data) => (dir = new Directory(data)),
        query: (text, filters) => {
          const r = dir!.query(filters ? { text, filters } : { text });
          return { total: r.total, top: r.hits[0]?.organization.id };
        },
      };
    }
    case 'fuse': {
      let data: DirectoryData;
      let fuse: Fuse<FlatRecord>;
      return {
        build: (d) => {
          data = d;
          fuse = new Fuse(flatten(d), { keys: ['name', 'acronym', 'description', 'tags'] });
        },
        query: (text, filters) =>
          finish(
            data,
            fuse.search(text).map((r) => r.refIndex),
            filters,
          ),
      };
    }
    case 'ufuzzy': {
      let data: DirectoryData;
      let haystack: string[];
      // Single-error mode so that typos match at all, as the other engines do.
      const uf = new uFuzzy({
        intraMode: 1,
        intraIns: 1,
        intraSub: 1,
        intraTrn: 1,
        intraDel: 1,
      } as uFuzzy.Options);
      return {
        build: (d) => {
          data = d;
          haystack = flatten(d).map(
            (r) => `${r.name} ${r.acronym} ${r.tags.join(' ')} ${r.description}`,
          );
        },
        query: (text, filters) => {
          const [idxs, info, order] = uf.search(haystack, text);
          const ranked = !idxs ? [] : info && order ? order.map((o) => info.idx[o]!) : [...idxs];
          return finish(data, ranked, filters);
        },
      };
    }
    case 'minisearch': {
      let data: DirectoryData;
      let ms: MiniSearch<FlatRecord>;
      return {
        build: (d) => {
          data = d;
          ms = new MiniSearch<FlatRecord>({
            fields: ['name', 'acronym', 'description', 'tags'],
            extractField: (doc, field) => {
              const v = doc[field as keyof FlatRecord];
              return Array.isArray(v) ? v.join(' ') : v;
            },
            searchOptions: { prefix: true, fuzzy: 0.2, boost: { acronym: 4, name: 3 } },
          });
          const records = flatten(d);
          ms.addAll(records.map((r, i) => ({ ...r, id: i as unknown as string })));
        },
        query: (text, filters) =>
          finish(
            data,
            ms.search(text).map((r) => r.id as number),
            filters,
          ),
      };
    }
  }
}
