// Every sentence a data maintainer or developer reads about bad data lives here (and the few
// load errors in load-errors.ts), so the CLI, the widget and the tests say exactly the same
// thing.
import { kindOf, loadErrors, show } from './load-errors.js';

export { kindOf, show };

/** Where an issue was found, as written at the start of every issue sentence. */
export function where(index: number | undefined, id: string | undefined): string {
  if (index === undefined) return 'document';
  return id ? `record ${index + 1} (${id})` : `record ${index + 1}`;
}

export const messages = {
  // Load errors (the whole document is unreadable): see load-errors.ts.
  ...loadErrors,

  // Document-level issues.
  missingVersion: () => 'no "version" given; reading it as version 1',
  badTitle: (value: unknown) => `title: expected text, got ${kindOf(value)}; it is ignored`,
  badDescription: (value: unknown) =>
    `description: expected text, got ${kindOf(value)}; it is ignored`,
  badPublisher: (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? 'publisher.name: missing; a publisher needs a name, so it is ignored'
      : `publisher: expected an object with a "name" (and an optional "url"), got ${kindOf(value)}; it is ignored`,
  badSubmit: (value: unknown) =>
    `submit: ${show(value)} is not an http(s) or mailto: link; the widget shows no "Suggest an organization" link from it`,
  badUpdated: (value: unknown) =>
    `updated: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badTaxonomies: (value: unknown) =>
    `taxonomies: expected an object of facets, got ${kindOf(value)}; no facets are available`,
  reservedTaxonomy: (key: string) =>
    `taxonomies.${key}: '${key}' is a built-in organization field and cannot be a facet; it is ignored`,
  badTaxonomyKey: (key: string) =>
    `taxonomies: ${show(key)} is not a usable facet name (use letters, digits, '-' or '_'); it is ignored`,
  badTaxonomy: (key: string, detail: string) =>
    `taxonomies.${key}: ${detail}; this facet is ignored`,
  badTerm: (key: string, i: number, detail: string) =>
    `taxonomies.${key}.terms[${i}]: ${detail}; this term is ignored`,
  duplicateTerm: (key: string, i: number, id: string) =>
    `taxonomies.${key}.terms[${i}]: the term id '${id}' is listed twice; the first is kept`,

  // Record-level issues.
  notRecord: (value: unknown) =>
    `expected an organization object, got ${kindOf(value)}; the record is skipped`,
  missingId: () => 'id: missing; every organization needs an id, so the record is skipped',
  badId: (value: unknown) =>
    typeof value === 'string'
      ? `id: ${show(value)} is not a valid id (use lowercase letters, digits and single hyphens, e.g. 'save-the-children'); the record is skipped`
      : `id: expected text, got ${kindOf(value)}; the record is skipped`,
  missingName: () => 'name: missing; every organization needs a name, so the record is skipped',
  badName: (value: unknown) =>
    typeof value === 'string'
      ? 'name: is empty; every organization needs a name, so the record is skipped'
      : `name: expected text, got ${kindOf(value)}; the record is skipped`,
  duplicateId: (id: string, firstIndex: number) =>
    `id: '${id}' is already used by record ${firstIndex + 1}; this duplicate is skipped`,
  notText: (path: string, value: unknown) =>
    `${path}: expected text, got ${kindOf(value)}; it is ignored`,
  notList: (path: string, value: unknown) =>
    `${path}: expected a list, got ${kindOf(value)}; it is ignored`,
  notObjectField: (path: string, value: unknown) =>
    `${path}: expected an object, got ${kindOf(value)}; it is ignored`,
  badUrl: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an http(s) URL; it is not shown as a link`,
  badEmail: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an email address; it is ignored`,
  badCountry: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an ISO 3166-1 alpha-2 country code (e.g. 'JO', 'LB'); it is ignored`,
  lowercaseCountry: (path: string, value: string) =>
    `${path}: country codes are upper case; read ${show(value)} as '${value.toUpperCase()}'`,
  badLanguage: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a BCP 47 language tag (e.g. 'en', 'fr', 'ar'); it is ignored`,
  badDate: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not an ISO 8601 date (YYYY-MM-DD); it is ignored`,
  badRef: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a valid organization id; it is ignored`,
  unknownTerm: (path: string, facet: string, value: unknown) =>
    `${path}: ${show(value)} is not a term of the '${facet}' facet; it is ignored`,
  badTermRef: (path: string, value: unknown) =>
    `${path}: expected a term id, got ${show(value)}; it is ignored`,
  duplicateValue: (path: string, value: unknown) =>
    `${path}: ${show(value)} is listed twice; the repeat is ignored`,
  unknownOrg: (path: string, value: string) =>
    `${path}: '${value}' is not the id of an organization in this file; it is shown as plain text`,
  selfRef: (path: string, value: string) => `${path}: '${value}' refers to the organization itself`,
  missingCommitmentText: (path: string) => `${path}.text: missing; the commitment is ignored`,
  badSource: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not a source; give a title (the document's name) and, if it is on the web, an http(s) "url"; it is ignored`,
  untitledSource: (path: string) =>
    `${path}.title: missing; the source is listed under its web address until it has a title`,
  invalid: (path: string, value: unknown) =>
    `${path}: ${show(value)} is not valid here; it is ignored`,
} as const;
