// mhpss-directory/core: the data model, loading and validation, search and URL state.
// Pure TypeScript with no DOM and no side effects: it runs the same in Node and the browser.
// Every name exported here is a semver promise; internal helpers are imported by path.

// The data model (zod/mini schemas) and the types inferred from it.
export {
  CommitmentSchema,
  DirectoryDocumentSchema,
  HeadquartersSchema,
  ID_PATTERN,
  LocalizedTextSchema,
  OrganizationSchema,
  PublisherSchema,
  RESERVED_FIELDS,
  SourceSchema,
  SubmitUrlSchema,
  TaxonomySchema,
  TermSchema,
  isHttpUrl,
  isSubmitUrl,
  type Commitment,
  type DirectoryData,
  type DirectoryDocument,
  type Headquarters,
  type LocalizedText,
  type Organization,
  type Publisher,
  type Source,
  type Taxonomy,
  type Term,
} from './model/schema.js';
export { COUNTRY_CODES } from './model/countries.js';
export { directoryJsonSchema } from './model/json-schema.js';

// Loading and validation.
export {
  DirectoryLoadError,
  parseDirectory,
  type DataIssue,
  type DataIssueCode,
  type DirectoryLoadErrorCode,
  type IssueSeverity,
  type ParseResult,
} from './model/load.js';
export {
  directoryToCsv,
  parseDirectoryCsv,
  parseDirectoryTable,
  type CsvOptions,
  type CsvWriteOptions,
  type TableOptions,
  type TableRow,
} from './formats/csv.js';
export {
  ORGANIZATION_FIELDS,
  organizationField,
  type CsvForm,
  type DetailPlace,
  type FieldDescription,
  type FieldKind,
} from './model/fields.js';
export { localize } from './model/labels.js';
export {
  checkEvidence,
  factsOf,
  sourceSupports,
  type EvidenceDocument,
  type EvidenceItem,
} from './model/evidence.js';

// Exports to other formats, with stable ids.
export {
  MHPSS_DIRECTORY_NAMESPACE,
  directoryIdentity,
  directoryNamespace,
  recordUuid,
  type RecordKind,
} from './formats/ids.js';
export {
  directoryToJsonLd,
  schemaOrgType,
  type JsonLdDocument,
  type JsonLdNode,
  type JsonLdOptions,
  type SchemaOrgOrganizationType,
} from './formats/jsonld.js';
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
} from './formats/hsds.js';

// Search, facets and URL state.
export { DEFAULTS, Directory } from './search/directory.js';
export {
  BUILT_IN_FACETS,
  NOT_STATED,
  builtInFacetLabel,
  builtInTermLabel,
} from './model/built-in-facets.js';
export type { DirectoryOptions } from './search/directory-core.js';
export type {
  FacetTermCount,
  Hit,
  MatchRange,
  QueryResult,
  QueryState,
  Snippet,
  SortOrder,
} from './query.js';
export type { DirectoryInfo, DirectorySource, QueryOptions, SourceCapabilities } from './source.js';
export {
  HSDS_PROFILE_URL,
  HsdsSource,
  HsdsSourceError,
  type HsdsSourceErrorCode,
  type HsdsSourceOptions,
} from './sources/hsds-source.js';
export { mergeSearchParams, stateFromSearchParams, stateToSearchParams } from './state/url.js';
