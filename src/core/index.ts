// mhpss-directory/core: the data model, loading and validation, search and URL state.
// Pure TypeScript with no DOM and no side effects: it runs the same in Node and the browser.
export * from './schema.js';
export * from './load.js';
export { messages } from './messages.js';
export { COUNTRY_CODES } from './countries.js';
export { directoryJsonSchema } from './json-schema.js';
export {
  DEFAULT_FACET_COLUMNS,
  csvToDocument,
  directoryToCsv,
  looksLikeCsv,
  parseCsvRows,
  parseDirectoryCsv,
  parseDirectoryTable,
  slugify,
  splitMulti,
  type CsvOptions,
  type CsvWriteOptions,
  type TableOptions,
  type TableRow,
} from './csv.js';
export {
  ORGANIZATION_FIELDS,
  organizationField,
  type FieldDescription,
  type FieldKind,
} from './fields.js';
export {
  MHPSS_DIRECTORY_NAMESPACE,
  directoryIdentity,
  directoryNamespace,
  recordUuid,
  type RecordKind,
} from './ids.js';
export * from './labels.js';
export {
  directoryToJsonLd,
  schemaOrgType,
  type JsonLdDocument,
  type JsonLdNode,
  type JsonLdOptions,
  type SchemaOrgOrganizationType,
} from './export.js';
export {
  HSDS_SLUG_IDENTIFIER_TYPE,
  directoryToHsds,
  directoryToHsdsTabular,
  type HsdsAddress,
  type HsdsAttribute,
  type HsdsDocument,
  type HsdsFunding,
  type HsdsLocation,
  type HsdsOptions,
  type HsdsOrganization,
  type HsdsOrganizationIdentifier,
  type HsdsTaxonomy,
  type HsdsTaxonomyTerm,
} from './hsds.js';
export * from './directory.js';
export * from './state.js';
