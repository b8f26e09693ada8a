// ESLint: TypeScript everywhere; the lit, lit-a11y and wc rule sets for the components.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const componentFiles = ['src/components/**/*.ts', 'src/define.ts', 'src/cdn.ts'];

// The core's rooms and which way their imports run. The core is pure TypeScript (no Lit, nothing
// from the elements, the CLI or the entry points); model/ is the lowest room and imports no other;
// query.ts, source.ts, defaults.ts and attributes.ts sit on it; search/ and formats/ sit on those
// and never import each other. (ESLint keeps one set of options per rule and file, so each room lists the
// core's rule too.)
const corePatterns = [
  { group: ['lit', 'lit/*', '@lit/*'], message: 'src/core is pure TypeScript: no Lit.' },
  {
    group: [
      '**/components/**',
      '**/i18n/**',
      '**/cli/**',
      '**/react/**',
      '**/define.js',
      '**/cdn*.js',
    ],
    message: 'src/core imports nothing from the elements, the CLI or the entry points.',
  },
];
const room = (files, group, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: group ? [...corePatterns, { group, message }] : corePatterns },
    ],
  },
});
const coreRooms = [
  room(['src/core/**/*.ts']),
  room(
    ['src/core/model/**/*.ts'],
    ['../*'],
    'model/ is the lowest room of the core: it imports nothing from the rest of it.',
  ),
  room(
    ['src/core/query.ts', 'src/core/source.ts', 'src/core/defaults.ts', 'src/core/attributes.ts'],
    ['./search/*', './formats/*', './state/*', './index.js'],
    'query.ts, source.ts, defaults.ts and attributes.ts depend on model/ only.',
  ),
  room(
    ['src/core/search/**/*.ts'],
    ['../formats/*', '../state/*', '../index.js'],
    'search/ imports neither formats/ nor state/.',
  ),
  room(
    ['src/core/formats/**/*.ts'],
    ['../search/*', '../state/*', '../index.js'],
    'formats/ imports neither search/ nor state/.',
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'bench-results/',
      '.test-results/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...coreRooms,
  { ...litA11y.configs.recommended, files: componentFiles },
  { ...lit.configs['flat/recommended'], files: componentFiles },
  { ...wc.configs['flat/recommended'], files: componentFiles },
);
