// mhpss-directory/core: the data model, loading and validation, search and URL state.
// Pure TypeScript with no DOM and no side effects: it runs the same in Node and the browser.
export * from './schema.js';
export * from './load.js';
export { messages } from './messages.js';
export { COUNTRY_CODES } from './countries.js';
export { directoryJsonSchema } from './json-schema.js';
export * from './csv.js';
export * from './labels.js';
export * from './export.js';
export * from './directory.js';
export * from './state.js';
// Named here as well, for the explicit export list: the sources and directory metadata of issue 8.
export {
  isSubmitUrl,
  PublisherSchema,
  SourceSchema,
  SubmitUrlSchema,
  type Publisher,
  type Source,
} from './schema.js';
