// Every sentence the server says, to an API client (the `detail` of an error) or on the command
// line, in one place: tests and documentation quote these.
import { redact } from './redact.js';

export const serverMessages = {
  // Set-up (command line).
  missingPackage: (name: string, why: string) =>
    `serve needs the package ${name} (${why}): npm install ${name}`,
  whyPg: () => 'the PostgreSQL client, for --db',
  whyPglite: () => 'the embedded PostgreSQL, used when there is no --db',
  cannotConnect: (url: string, reason: string) =>
    `cannot connect to the database ${redact(url)}: ${reason}`,
  newerSchema: (found: number, known: number) =>
    `the database holds schema version ${found}, newer than this mhpss-directory knows (${known}): upgrade mhpss-directory`,
  emptyDatabase: () =>
    'the database holds no directory yet: give a FILE to import (mhpss-directory serve FILE --db URL)',
  oldSchema: (found: number, known: number) =>
    `the database holds schema version ${found}; this mhpss-directory needs ${known}: run serve with a FILE once against the primary to migrate it`,
  cannotListen: (port: number, reason: string) => `cannot listen on port ${port}: ${reason}`,
  notHsdsFolder: (path: string) =>
    `${path}: a folder must hold an HSDS tabular export (datapackage.json and its CSV files)`,
  badHsdsTable: (file: string, reason: string) => `${file}: ${reason}`,

  // API errors (the `detail` of a problem).
  notFound: (path: string) => `There is nothing at ${path}: see / for what this API serves.`,
  methodNotAllowed: (method: string) => `This API only answers GET (and HEAD), not ${method}.`,
  urlTooLong: (max: number) => `The request's address is longer than ${max} characters.`,
  repeated: (name: string) => `The parameter ${name} is given more than once; give it once.`,
  notInteger: (name: string, value: string) =>
    `The parameter ${name} must be a whole number, not ${quote(value)}.`,
  outOfRange: (name: string, min: number, max: number) =>
    `The parameter ${name} must be between ${min} and ${max}.`,
  notBoolean: (name: string, value: string) =>
    `The parameter ${name} must be true or false, not ${quote(value)}.`,
  searchTooLong: (max: number) => `The search text is longer than ${max} characters.`,
  badSort: (value: string) => `The parameter sort must be relevance or name, not ${quote(value)}.`,
  badFormat: (value: string) => `Only the json format is served, not ${quote(value)}.`,
  badLang: (value: string) =>
    `The parameter lang must be a language tag such as fr, not ${quote(value)}.`,
  tooManyTerms: (max: number) => `At most ${max} taxonomy terms can be given at once.`,
  malformedTerm: (name: string, value: string) =>
    `The parameter ${name} must be a taxonomy term id (a UUID, a code or taxonomy:term), not ${quote(value)}.`,
  unknownTerm: (name: string, value: string) =>
    `The parameter ${name} names a taxonomy term this directory does not have: ${quote(value)}.`,
  malformedId: (what: string, value: string) =>
    `${what} ids are UUIDs${what === 'Organization' ? ' (or the directory’s own ids)' : ''}; ${quote(value)} is not one.`,
  unknownId: (what: string, value: string) =>
    `There is no ${what.toLowerCase()} with the id ${quote(value)}.`,
  notReady: () => 'The directory is not loaded yet; try again in a moment.',
  internal: () => 'The server could not answer this request; try again later.',
};

/** A value quoted for a sentence, cut short so that an error never echoes a huge input. */
function quote(value: string): string {
  const printable = [...value].map((ch) => (ch < ' ' || ch === '\u007f' ? '?' : ch)).join('');
  return `'${printable.length > 60 ? `${printable.slice(0, 57)}…` : printable}'`;
}
