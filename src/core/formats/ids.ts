// Stable UUIDs for exported records. Open Referral HSDS requires UUIDs for every id, and linked
// data wants absolute IRIs; both are derived here (UUIDv5, RFC 9562) from the directory's
// identity and the record's slug, so exporting the same list again gives the same ids.
import { v5 as uuidv5 } from 'uuid';
import type { DirectoryData } from '../model/schema.js';

/**
 * The project's UUIDv5 namespace: `uuidv5('https://www.npmjs.com/package/mhpss-directory',
 * NAMESPACE_URL)`. Fixed for good: changing it would change every exported id.
 */
export const MHPSS_DIRECTORY_NAMESPACE = 'ad320cab-e5b5-50f9-9948-a57c7c6d5425';

/** The kinds of exported record an id is made for. */
export type RecordKind =
  | 'organization'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'attribute'
  | 'location'
  | 'address'
  | 'funding'
  | 'organization_identifier';

/**
 * What identifies a directory for its ids: `identity` when given (the address the list is
 * published at is a good choice, and it never has to change), else the directory's title, else
 * the empty string. Keep it the same from one export to the next and the ids stay the same.
 */
export function directoryIdentity(data: Pick<DirectoryData, 'title'>, identity?: string): string {
  if (identity !== undefined) return identity;
  return typeof data.title === 'string' ? data.title : '';
}

/**
 * The UUIDv5 namespace of one directory: `uuidv5(identity, MHPSS_DIRECTORY_NAMESPACE)`.
 *
 * @example
 * const ns = directoryNamespace(directoryIdentity(data));
 * recordUuid(ns, 'organization', 'unicef'); // the same UUID on every export
 */
export function directoryNamespace(identity: string): string {
  return uuidv5(identity, MHPSS_DIRECTORY_NAMESPACE);
}

/**
 * The UUID of one exported record: `uuidv5('<kind>:<part>:<part>…', namespace)`, e.g.
 * `organization:unicef`, `taxonomy_term:regions:africa`, `attribute:unicef:regions:africa`.
 * Slugs and facet keys never hold a colon, so different records never share a name.
 */
export function recordUuid(namespace: string, kind: RecordKind, ...parts: string[]): string {
  return uuidv5([kind, ...parts].join(':'), namespace);
}
