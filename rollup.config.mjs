// Builds the npm package: unbundled ES modules with .d.ts next to them, dependencies external.
// Then the CDN files: one self-contained minified ES module and one classic-script file, with a
// gzip size budget on the module (the build fails over budget).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { asciiOnly, asciiTemplates } from './scripts/rollup-ascii.mjs';

const pkg = JSON.parse(
  await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')),
);
const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  'node:*',
];
const isExternal = (id) =>
  id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Each element's registering module (src/components/x/x.ts), so it can be imported alone. */
const elementEntries = existsSync('src/components')
  ? readdirSync('src/components', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/components/${d.name}/${d.name}.ts`)
      .filter((file) => existsSync(file))
  : [];

const npmEntries = [
  'src/index.ts',
  'src/core/index.ts',
  'src/define.ts',
  'src/cli/index.ts',
  'src/react/index.ts',
  'src/react/jsx.ts',
  ...elementEntries,
].filter((file) => existsSync(file));

/** The CDN module's budget, gzipped. lit + fuse.js basic + zod/mini alone are ~18.7 KB. */
const BUDGET_BYTES = 28 * 1024;

/**
 * Prints each CDN file's size and, once every output is written, checks the ES module against
 * the budget. Over budget it warns here and the end-to-end suite fails ("is within its size
 * budget", test/e2e/cdn.test.ts): CI runs `npm run build && …`, so a failing build would stop
 * `npm test` before its "N passed, N failed" line. Set MHPSS_STRICT_SIZE=1 to fail the build too
 * (e.g. in a publish job).
 */
function sizeBudget() {
  const kb = (n) => (n / 1024).toFixed(1);
  return {
    name: 'size-budget',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const gzip = gzipSync(file.code, { level: 9 }).length;
        console.log(`${options.file}: ${kb(file.code.length)} KB, ${kb(gzip)} KB gzipped`);
      }
    },
    closeBundle() {
      const path = 'dist/cdn/mhpss-directory.js';
      const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
      if (gzip <= BUDGET_BYTES) return;
      const message =
        `${path} is ${kb(gzip)} KB gzipped, over the ${kb(BUDGET_BYTES)} KB budget: ` +
        'partners on slow, metered connections pay for every kilobyte.';
      if (process.env.MHPSS_STRICT_SIZE === '1') this.error(message);
      else console.warn(`\n\u26a0 ${message}\n`);
    },
  };
}

/**
 * In the classic script, `import.meta.url` is the script's own src, read while it runs: the
 * intro captures document.currentScript, which is null once the script has finished.
 */
function classicScriptUrl() {
  return {
    name: 'classic-script-url',
    resolveImportMeta(property, { format }) {
      if (format !== 'iife') return null;
      return property === 'url' ? '__mhpssScriptUrl' : 'undefined';
    },
  };
}

/** Strips indentation and line breaks from the components' html`` and css`` templates. */
function minifyTemplates() {
  const minCss = (s) =>
    s
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  // Whitespace with a line break renders like one space: keep one, so inline text is unchanged.
  const minHtml = (s) => s.replace(/\s*\n\s*/g, ' ');
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
      else if (value && typeof value === 'object') walk(value, visit);
    }
  };
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/](components|i18n)[\\/]/.test(id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify =
          node.tag.name === 'css' ? minCss : /^(html|svg)$/.test(node.tag.name) ? minHtml : null;
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const min = minify(raw);
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

// Every shipped file is ASCII-only (non-ASCII written as \u escapes): a classic script is
// decoded in the host page's encoding when the server sends no charset, and a windows-1252 CMS
// page would otherwise turn the Arabic and French strings into a syntax error.
const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false, ascii_only: true },
  });

const builds = [
  {
    input: npmEntries,
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // tslib's decorator helper is bundled (it is not a dependency); npm never packs a folder
      // named node_modules, so it goes to dist/vendor/ instead.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'cli/index.js' ? '#!/usr/bin/env node' : ''),
      plugins: [asciiOnly()],
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
        noEmitOnError: true,
      }),
      asciiTemplates(),
    ],
  },
];

if (existsSync('src/cdn.ts')) {
  builds.push({
    input: 'src/cdn.ts',
    output: [
      {
        file: 'dist/cdn/mhpss-directory.js',
        format: 'es',
        plugins: [minify()],
      },
      {
        file: 'dist/cdn/mhpss-directory.iife.js',
        format: 'iife',
        name: 'mhpssDirectory',
        intro:
          'var __mhpssScriptUrl = document.currentScript && document.currentScript.src || location.href;',
        plugins: [minify()],
      },
    ],
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        declarationDir: undefined,
        outDir: 'dist/cdn',
        sourceMap: false,
        noEmitOnError: true,
      }),
      minifyTemplates(),
      asciiTemplates(),
      classicScriptUrl(),
      sizeBudget(),
    ],
  });
}

export default builds;
