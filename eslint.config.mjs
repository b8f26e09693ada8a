// ESLint: TypeScript everywhere; the lit, lit-a11y and wc rule sets for the components.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const componentFiles = ['src/components/**/*.ts', 'src/define.ts', 'src/cdn.ts'];

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
  { ...litA11y.configs.recommended, files: componentFiles },
  { ...lit.configs['flat/recommended'], files: componentFiles },
  { ...wc.configs['flat/recommended'], files: componentFiles },
);
