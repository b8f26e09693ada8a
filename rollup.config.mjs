// Builds the npm package: unbundled ES modules with .d.ts next to them, dependencies external.
// The CDN build (everything inlined and minified) is added by the widget's entry points.
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(
  await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')),
);
const external = [...Object.keys(pkg.dependencies ?? {}), 'node:*'];
const isExternal = (id) =>
  id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`));

const npmEntries = [
  'src/index.ts',
  'src/core/index.ts',
  'src/define.ts',
  'src/cli/index.ts',
].filter((file) => existsSync(file));

export default [
  {
    input: npmEntries,
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'cli/index.js' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        noEmitOnError: true,
      }),
    ],
  },
];
