// What text search sees of a record besides its name, acronym and description and the labels
// it shares with others (load.ts files those as the in-browser engine does): its city, a tag of
// its own, folded as the engine folds it (core/search/text-engine.ts).
import { tokenize } from './engine.js';
import type { Organization } from '../core/model/schema.js';

/** A record's city words. */
export function cityWords(org: Organization): string[] {
  const hq = org.headquarters;
  return hq && typeof hq.city === 'string' && hq.city ? tokenize(hq.city) : [];
}
