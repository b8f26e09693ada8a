// Generates the JSON Schema published as data/schema.json from the zod schema, so that
// editors and other tools validate the same format the library does.
import * as z from 'zod/mini';
import { DirectoryDocumentSchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of the data format, as published in data/schema.json. */
export function directoryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DirectoryDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://unpkg.com/mhpss-directory/data/schema.json',
    title: 'MHPSS directory data format, version 1',
    description:
      'Organizations, where their facts come from, and the taxonomies (facets) they are filed under. Every key of "taxonomies" is a facet; organizations list its term ids under the same key.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
