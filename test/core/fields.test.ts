import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ORGANIZATION_FIELDS, RESERVED_FIELDS, organizationField } from '../../src/core/index.js';
import { enDetail } from '../../src/i18n/en-detail.js';
import { en } from '../../src/i18n/en.js';

const root = new URL('../../', import.meta.url).pathname;

/** Every .ts file under a folder of the repository. */
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
const importsOf = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from\s+'([^']+)'/g),
  ].map((m) => m[1]!);

describe('one description of the organization fields', () => {
  it('names exactly the built-in fields of the schema, once each', () => {
    const keys = ORGANIZATION_FIELDS.map((f) => f.key);
    assert.deepEqual([...keys].sort(), [...RESERVED_FIELDS].sort());
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(organizationField('regions'), undefined, 'facets are data, not fields');
    assert.deepEqual(organizationField('headquarters')?.parts, ['address', 'city', 'country']);
    assert.equal(organizationField('partners')?.list, true);
    assert.equal(organizationField('description')?.list, false);
  });

  it('gives every field the detail view labels a label in the UI strings, named by its key', () => {
    const labelled = ORGANIZATION_FIELDS.filter(
      (f) => f.detail === 'row' || f.detail === 'section',
    );
    assert.ok(labelled.length > 0);
    for (const field of labelled) {
      // The detail view's English comes with its chunk (en-detail.ts), over the first screen's.
      const english = { ...enDetail, ...en } as unknown as Record<string, unknown>;
      assert.equal(typeof english[field.key], 'string', `en.${field.key}`);
    }
  });
});

describe('where code may run', () => {
  it('the core imports nothing from Node (it runs in the browser too)', () => {
    for (const file of sources('src/core')) {
      for (const spec of importsOf(file)) {
        const name = spec.replace(/^node:/, '').split('/')[0]!;
        assert.ok(!spec.startsWith('node:') && !builtinModules.includes(name), `${file}: ${spec}`);
      }
    }
  });

  it('the Excel reader stays in the CLI: no component or CDN entry reaches it', () => {
    const browser = [
      ...sources('src/components'),
      join(root, 'src/cdn.ts'),
      join(root, 'src/define.ts'),
      join(root, 'src/index.ts'),
    ];
    for (const file of browser) {
      for (const spec of importsOf(file)) {
        assert.ok(!spec.includes('read-excel-file') && !spec.includes('/cli/'), `${file}: ${spec}`);
      }
    }
    for (const file of sources('src/core')) {
      assert.ok(!readFileSync(file, 'utf8').includes('read-excel-file'), file);
    }
  });
});
