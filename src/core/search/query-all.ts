// Every result of a query, across its pages: what a visitor takes away when they download or
// print what they narrowed the directory down to.
import type { DirectoryCore, QueryState } from './directory-core.js';
import type { Organization } from '../model/schema.js';

/**
 * Every organization `state` matches — after text, filters and scope — in the order of its
 * hits, across all pages (`page` and `pageSize` are ignored). It reads the pages of
 * `dir.query()`, so it lists exactly what paging through the results shows, whatever the
 * search answered.
 */
export function queryAll(dir: DirectoryCore, state: QueryState = {}): Organization[] {
  return dir.answer(state, true).hits.map((hit) => hit.organization);
}
