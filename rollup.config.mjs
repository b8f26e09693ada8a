// Builds the npm package: unbundled ES modules with .d.ts next to them, dependencies external.
// Then the CDN files: the critical-path ES module with its lazy chunks, and a classic-script
// loader, with a gzip size budget on the critical path.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { BUDGETS, ENTRY, gzipSize, measurePaths } from './scripts/cdn-paths.mjs';
import { asciiOnly, asciiTemplates, rewriteTemplates } from './scripts/rollup-ascii.mjs';

/**
 * Every build starts from an empty dist/: chunk names carry hashes, and stale ones must not ship.
 * A plugin of the first build, not a statement of this module, so that importing the config
 * (a tool reading it) deletes nothing.
 */
const cleanDist = () => ({
  name: 'clean-dist',
  buildStart() {
    rmSync('dist', { recursive: true, force: true });
  },
});

/**
 * The CLI is the package's `bin`: npm sets its executable bit when it installs the package, but
 * in a checkout `npx mhpss-directory` runs the built file as it is, so the build sets it too.
 */
const executableCli = () => ({
  name: 'executable-cli',
  writeBundle(options, bundle) {
    if (bundle['cli/index.js']) chmodSync(`${options.dir}/cli/index.js`, 0o755);
  },
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
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

/**
 * Prints every CDN file's size, the critical path (the entry plus every chunk it imports
 * statically: there should be none, everything else loads on demand), each visitor path's total
 * and the sum of all files (scripts/cdn-paths.mjs says what each path loads). Over a budget it
 * warns here and the Node suite fails (test/package/cdn-size.test.ts): CI runs
 * `npm run build && …`, so a failing build would stop `npm test` before its "N passed, N failed"
 * line. Set MHPSS_STRICT_SIZE=1 to fail the build too (a publish job).
 */
function sizeBudget() {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return {
    name: 'size-budget',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const dir = options.dir ?? dirname(options.file);
      const sizes = new Map(chunks.map((file) => [file.fileName, gzipSize(file.code)]));
      for (const file of chunks.sort((a, b) => sizes.get(b.fileName) - sizes.get(a.fileName))) {
        const role = file.isEntry ? 'entry' : file.isDynamicEntry ? 'lazy' : 'shared';
        console.log(
          `${dir}/${file.fileName}: ${kb(file.code.length)}, ${kb(sizes.get(file.fileName))} gzipped (${role})`,
        );
      }
      if (!chunks.some((file) => file.fileName === ENTRY) || chunks.length < 2) return;
      const { critical, paths, all } = measurePaths(dir);
      const over = [];
      const line = (label, measured, budget) => {
        console.log(
          `${label}: ${kb(measured.bytes)} gzipped of ${kb(budget)} (${measured.files.length} files)`,
        );
        if (measured.bytes > budget)
          over.push(`${label} is ${kb(measured.bytes)}, over ${kb(budget)}`);
      };
      line('critical path', critical, BUDGETS.critical);
      for (const [label, measured] of Object.entries(paths))
        line(`path: ${label}`, measured, BUDGETS.path);
      console.log(`all ${all.files.length} files: ${kb(all.bytes)} gzipped`);
      if (!over.length) return;
      const message = `${over.join('; ')}: partners' visitors on slow, metered connections pay for every kilobyte.`;
      if (process.env.MHPSS_STRICT_SIZE === '1') this.error(message);
      else console.warn(`\n\u26a0 ${message}\n`);
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
  return rewriteTemplates(
    'minify-templates',
    (_code, id) => /[\\/]src[\\/](components|i18n)[\\/]/.test(id),
    (tag, raw) => {
      if (tag.type !== 'Identifier') return undefined;
      if (tag.name === 'css') return minCss(raw);
      return /^(html|svg)$/.test(tag.name) ? minHtml(raw) : undefined;
    },
  );
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
      plugins: [asciiOnly(), executableCli()],
    },
    plugins: [
      cleanDist(),
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

/** The CDN build's TypeScript settings: no declarations, no maps. */
const cdnTypescript = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    declarationDir: undefined,
    outDir: 'dist/cdn',
    sourceMap: false,
    noEmitOnError: true,
  });

if (existsSync('src/cdn.ts')) {
  builds.push(
    {
      // The module partners paste: the critical path in one file, lazy chunks in chunks/.
      input: { 'mhpss-directory': 'src/cdn.ts' },
      output: {
        dir: 'dist/cdn',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Shared chunks of a few hundred bytes (the parts' English strings and the helper that
        // merges them) go where they cost no one a download: into the entry, which every lazy
        // part imports anyway. Each part then arrives in one request, not two in a row.
        experimentalMinChunkSize: 1000,
        plugins: [minify()],
      },
      plugins: [
        nodeResolve({ browser: true }),
        cdnTypescript(),
        minifyTemplates(),
        asciiTemplates(),
        sizeBudget(),
      ],
    },
    {
      // The classic-script loader, for CMSs that strip type="module".
      input: 'src/cdn-classic.ts',
      output: {
        file: 'dist/cdn/mhpss-directory.iife.js',
        format: 'iife',
        plugins: [minify()],
      },
      plugins: [cdnTypescript(), sizeBudget()],
    },
  );
}

export default builds;
