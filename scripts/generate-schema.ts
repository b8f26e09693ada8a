// Writes data/schema.json from the zod schema (npm run schema). A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { directoryJsonSchema } from '../src/core/model/json-schema.js';

export const SCHEMA_FILE = new URL('../data/schema.json', import.meta.url);

export function schemaText(): string {
  return `${JSON.stringify(directoryJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log('wrote data/schema.json');
}
