// The package as strangers consume it. One `npm pack` and one install in a temporary app are
// shared by every case: the tarball's contents, the CLI and the core in Node, production bundles
// of `mhpss-directory/define` (esbuild and Rollup, tree-shaking on) loaded in Chromium, one
// element's own entry, a core-only bundle, React 19 through `mhpss-directory/react`, and `tsc`
// over a consumer's TypeScript. Run `npm run build` first (`npm test` does). Bundle sizes are
// printed as test diagnostics.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// @ts-expect-error -- the plugin's exports map hides its (correct) types from TypeScript.
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixturePath } from '../helpers/fixtures.js';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  sideEffects: string[];
  exports: Record<string, string | { types?: string; default?: string }>;
};
const installed = (name: string) =>
  (
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const sh = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function size(t: TestContext, label: string, file: string): number {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  t.diagnostic(`${label}: ${kb(code.length)} minified, ${kb(gzip)} gzipped`);
  return code.length;
}

let tmp = '';
let app = '';
let out = '';
let files: string[] = [];
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;

/** Serves the app's build folder, the way a site serves its bundle. */
function serve(dir: string): Promise<string> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
  };
  server = createServer((req, res) => {
    const path = normalize(
      join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
    );
    if (!path.startsWith(dir + sep) || !existsSync(path)) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`),
    ),
  );
}

/** A page holding `body` and the bundle `script`, under the build folder. */
function page(name: string, script: string, body: string): string {
  writeFileSync(
    join(out, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      '<link rel="icon" href="data:,">' +
      `<script type="module" src="${script}"></script></head><body>${body}</body></html>`,
  );
  return `${origin}/${name}.html`;
}

/** Opens a page and records its errors and failed requests. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const p = await browser!.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  p.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  p.on(
    'response',
    (r) => void (r.status() >= 400 && errors.push(`${r.url()}: HTTP ${r.status()}`)),
  );
  await p.goto(url);
  return { page: p, errors };
}

/** Waits until <mhpss-directory> has loaded and shows its result count; returns the count. */
async function shownCount(p: Page, errors: string[]): Promise<number> {
  const handle = await p
    .waitForFunction(
      () => {
        const el = document.querySelector('mhpss-directory');
        const status = el?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '';
        const cards = el?.shadowRoot
          ?.querySelector('mhpss-result-list')
          ?.shadowRoot?.querySelectorAll('mhpss-org-card').length;
        return /\d+ organizations/.test(status) && cards ? status : false;
      },
      { timeout: 15_000 },
    )
    .catch((error: Error) => {
      throw new Error(`${error.message}; page errors: ${errors.join(' | ') || 'none'}`);
    });
  return Number(/(\d+) organizations/.exec(String(await handle.jsonValue()))![1]);
}

const esbuildProduction = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  metafile: true,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
} satisfies esbuild.BuildOptions;

describe('the npm package, installed and bundled as a stranger would', () => {
  before(async () => {
    assert.ok(existsSync(join(root, 'dist/index.js')), 'run `npm run build` first');
    tmp = mkdtempSync(join(tmpdir(), 'mhpss-consumer-'));
    const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], root);
    assert.equal(pack.code, 0, pack.err);
    const [info] = JSON.parse(pack.out) as [{ filename: string; files: { path: string }[] }];
    files = info.files.map((f) => f.path);

    app = join(tmp, 'app');
    out = join(app, 'out');
    mkdirSync(join(app, 'src'), { recursive: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }),
    );
    // The same React versions as this repo's lock: they are in npm's cache already.
    const install = sh(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(tmp, info.filename),
        ...['react', 'react-dom', '@types/react', '@types/react-dom'].map(
          (name) => `${name}@${installed(name)}`,
        ),
      ],
      app,
    );
    assert.equal(install.code, 0, install.err);
    origin = await serve(out);
    browser = await puppeteer.launch(chromiumLaunchOptions);
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships what the exports map, sideEffects and custom-elements.json name, ASCII-only', () => {
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'data/members.json',
      'data/schema.json',
      'dist/cli/index.js',
      'dist/cdn/mhpss-directory.js',
      'dist/cdn/mhpss-directory.iife.js',
    ]) {
      assert.ok(files.includes(required), `${required} is in the tarball`);
    }
    assert.ok(
      !files.some((f) => f.startsWith('src/') || f.startsWith('test/')),
      'sources and tests stay out',
    );
    const pkgDir = join(app, 'node_modules/mhpss-directory');
    for (const [entry, target] of Object.entries(rootPkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        if (file.includes('*')) continue;
        assert.ok(files.includes(file!.replace(/^\.\//, '')), `${entry} → ${file} ships`);
      }
    }
    // Every module that registers a tag is named in sideEffects, and nothing else is.
    const registering = files.filter(
      (f) =>
        f.endsWith('.js') &&
        !f.startsWith('dist/cdn/') &&
        /\bdefine\(\s*["']mhpss-/.test(readFileSync(join(pkgDir, f), 'utf8')),
    );
    assert.ok(registering.length >= 7, 'every element has a registering module');
    const listed = rootPkg.sideEffects.filter((p) => !p.includes('*')).map((p) => p.slice(2));
    assert.deepEqual(
      [...registering].sort(),
      listed.filter((f) => f !== 'dist/define.js').sort(),
      'sideEffects lists exactly the registering modules (and dist/define.js)',
    );
    for (const f of listed) assert.ok(files.includes(f), `${f} (sideEffects) ships`);
    // The manifest's paths are files that ship.
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { declaration?: { module?: string } }[] }[];
    };
    for (const mod of manifest.modules) {
      assert.ok(files.includes(mod.path), `custom-elements.json: ${mod.path} ships`);
      for (const exp of mod.exports ?? []) {
        const target = exp.declaration?.module;
        if (target) assert.ok(files.includes(target), `custom-elements.json: ${target} ships`);
      }
    }
    // A classic script is decoded in the host page's encoding: every browser file is ASCII.
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      const bytes = readFileSync(join(pkgDir, f));
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `${f} is ASCII-only (non-ASCII byte at ${at})`);
    }
  });

  it('runs `npx mhpss-directory validate` and imports mhpss-directory/core in Node', () => {
    const validate = sh(
      'npx',
      [
        '--no-install',
        'mhpss-directory',
        'validate',
        'node_modules/mhpss-directory/data/members.json',
      ],
      app,
    );
    assert.equal(validate.code, 0, validate.out + validate.err);
    assert.match(validate.out, /organizations valid, 0 errors/);

    // The Excel reader and the UUIDs come with the package (its dependencies).
    const xlsx = sh(
      'npx',
      ['--no-install', 'mhpss-directory', 'import', fixturePath('members.xlsx')],
      app,
    );
    assert.equal(xlsx.code, 1, xlsx.err);
    assert.equal(JSON.parse(xlsx.out).organizations.length, 3);
    const hsds = sh(
      'npx',
      [
        '--no-install',
        'mhpss-directory',
        'export',
        'node_modules/mhpss-directory/data/members.json',
        '--format',
        'hsds',
      ],
      app,
    );
    assert.equal(hsds.code, 0, hsds.err);
    assert.match(JSON.parse(hsds.out).contents[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-5/);

    writeFileSync(
      join(app, 'use.mjs'),
      `import { parseDirectory } from 'mhpss-directory/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const text = readFileSync(require.resolve('mhpss-directory/data/members.json'), 'utf8');
console.log(parseDirectory(text).data.organizations.length);`,
    );
    const use = sh(process.execPath, ['use.mjs'], app);
    assert.equal(use.code, 0, use.err);
    assert.ok(Number(use.out.trim()) >= 30);
  });

  it('installs no PostgreSQL driver and no embedded database; `serve` names the missing one in a line', () => {
    // pg and PGlite are optional peer dependencies: only those who serve install them.
    for (const name of ['pg', '@electric-sql/pglite']) {
      assert.ok(!existsSync(join(app, 'node_modules', name)), `${name} was installed`);
    }
    const serve = sh(
      'npx',
      [
        '--no-install',
        'mhpss-directory',
        'serve',
        'node_modules/mhpss-directory/data/members.json',
      ],
      app,
    );
    assert.equal(serve.code, 1, serve.out + serve.err);
    assert.equal(
      serve.err,
      'mhpss-directory: serve needs the package @electric-sql/pglite (the embedded PostgreSQL, used when there is no --db): npm install @electric-sql/pglite\n',
    );
  });

  it('esbuild, production: `import "mhpss-directory/define"` registers every tag and shows the list', async (t) => {
    // What the README tells esbuild users: esbuild does not copy files named by
    // new URL(…, import.meta.url), so the app serves the shipped list and says where it is.
    cpSync(join(app, 'node_modules/mhpss-directory/data/members.json'), join(out, 'members.json'));
    writeFileSync(
      join(app, 'src/esbuild-app.js'),
      `import 'mhpss-directory/define';
import { MhpssDirectory } from 'mhpss-directory';
MhpssDirectory.defaultSrc = '/members.json';
`,
    );
    const result = await esbuild.build({
      ...esbuildProduction,
      absWorkingDir: app,
      entryPoints: ['src/esbuild-app.js'],
      outfile: join(out, 'esbuild-app.js'),
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((f) => f.endsWith('mhpss-directory/dist/components/directory/directory.js')),
    );
    assert.ok(
      size(t, 'esbuild bundle of mhpss-directory/define', join(out, 'esbuild-app.js')) > 50_000,
    );

    const { page: p, errors } = await open(
      page('esbuild', '/esbuild-app.js', '<mhpss-directory></mhpss-directory>'),
    );
    const tags = await p.evaluate(() =>
      [
        'mhpss-directory',
        'mhpss-search-box',
        'mhpss-facet-group',
        'mhpss-filter-chips',
        'mhpss-result-list',
        'mhpss-org-card',
        'mhpss-org-detail',
        'mhpss-summary',
      ].filter((tag) => !customElements.get(tag)),
    );
    assert.deepEqual(tags, [], 'every tag is registered');
    assert.ok((await shownCount(p, errors)) >= 30);
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('Rollup, production: the bundle registers the element, which finds the shipped list without `src`', async (t) => {
    writeFileSync(join(app, 'src/rollup-app.js'), `import 'mhpss-directory/define';\n`);
    const bundle = await rollup({
      input: join(app, 'src/rollup-app.js'),
      treeshake: true,
      // import-meta-assets copies the file named by new URL('…', import.meta.url), as Vite
      // and webpack do on their own.
      plugins: [nodeResolve({ browser: true }), importMetaAssets()],
      onwarn: (warning) => assert.fail(`rollup: ${warning.message}`),
    });
    const { output } = await bundle.write({
      dir: join(out, 'rollup'),
      format: 'es',
      entryFileNames: 'rollup-app.js',
      assetFileNames: 'assets/[name]-[hash][extname]',
      plugins: [terser({ module: true })],
    });
    await bundle.close();
    assert.ok(
      output.some((o) => o.type === 'asset' && /members-.*\.json$/.test(o.fileName)),
      'the shipped list is copied',
    );
    assert.ok(
      size(t, 'Rollup bundle of mhpss-directory/define', join(out, 'rollup/rollup-app.js')) >
        50_000,
    );

    const { page: p, errors } = await open(
      page('rollup', '/rollup/rollup-app.js', '<mhpss-directory></mhpss-directory>'),
    );
    assert.ok((await shownCount(p, errors)) >= 30);
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('`mhpss-directory/define/search-box` registers that tag alone', async (t) => {
    writeFileSync(join(app, 'src/one-element.js'), `import 'mhpss-directory/define/search-box';\n`);
    await esbuild.build({
      ...esbuildProduction,
      absWorkingDir: app,
      entryPoints: ['src/one-element.js'],
      outfile: join(out, 'one-element.js'),
    });
    size(t, 'esbuild bundle of mhpss-directory/define/search-box', join(out, 'one-element.js'));
    const { page: p, errors } = await open(
      page('one-element', '/one-element.js', '<mhpss-search-box></mhpss-search-box>'),
    );
    await p.waitForFunction(() =>
      document.querySelector('mhpss-search-box')?.shadowRoot?.querySelector('input[type=search]'),
    );
    const registered = await p.evaluate(() =>
      ['mhpss-search-box', 'mhpss-directory', 'mhpss-org-card'].map(
        (tag) => !!customElements.get(tag),
      ),
    );
    assert.deepEqual(registered, [true, false, false]);
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('a core-only bundle pulls in no Lit and no element, and searches', async (t) => {
    writeFileSync(
      join(app, 'src/core-app.js'),
      `import { parseDirectory, Directory } from 'mhpss-directory/core';
export function search(json, text) {
  return new Directory(parseDirectory(json).data).query({ text }).total;
}
`,
    );
    const result = await esbuild.build({
      ...esbuildProduction,
      absWorkingDir: app,
      entryPoints: ['src/core-app.js'],
      outfile: join(out, 'core-app.js'),
    });
    const inputs = Object.keys(result.metafile.inputs);
    const ui = inputs.filter((f) =>
      /node_modules\/(lit|lit-html|lit-element|@lit)\/|mhpss-directory\/dist\/(components|i18n|react)\//.test(
        f,
      ),
    );
    assert.deepEqual(ui, [], 'no Lit, no elements, no UI strings');
    assert.ok(
      inputs.some((f) => f.includes('node_modules/zod/')),
      'the schemas are in',
    );
    size(
      t,
      'esbuild bundle of mhpss-directory/core (parseDirectory + Directory)',
      join(out, 'core-app.js'),
    );
    const { search } = (await import(join(out, 'core-app.js'))) as {
      search: (json: string, text: string) => number;
    };
    const members = readFileSync(
      join(app, 'node_modules/mhpss-directory/data/members.json'),
      'utf8',
    );
    assert.ok(search(members, 'unicef') >= 1);
  });

  it('React 19: <MhpssDirectory onMhpssSelect> receives the organization a visitor clicks', async (t) => {
    writeFileSync(
      join(app, 'src/react-app.jsx'),
      `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MhpssDirectory } from 'mhpss-directory/react';
import { MhpssDirectory as DirectoryElement } from 'mhpss-directory';
DirectoryElement.defaultSrc = '/members.json';

function App() {
  const [selected, setSelected] = useState(null);
  return (
    <main>
      <p id="selected">{selected ? selected.id : 'none'}</p>
      <MhpssDirectory
        pageSize={5}
        onMhpssLoad={(e) => (window.loaded = e.detail.count)}
        onMhpssSelect={(e) => setSelected(e.detail.organization)}
      />
    </main>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
    );
    await esbuild.build({
      ...esbuildProduction,
      absWorkingDir: app,
      entryPoints: ['src/react-app.jsx'],
      outfile: join(out, 'react-app.js'),
      jsx: 'automatic',
    });
    size(
      t,
      'esbuild bundle of a React 19 app with mhpss-directory/react',
      join(out, 'react-app.js'),
    );
    const { page: p, errors } = await open(page('react', '/react-app.js', '<div id="root"></div>'));
    assert.ok((await shownCount(p, errors)) >= 30);
    assert.ok(
      Number(await p.evaluate(() => (window as { loaded?: number }).loaded)) >= 30,
      'onMhpssLoad ran',
    );
    // page-size reached the element as a property: five cards.
    const cards = await p.$$('mhpss-directory >>> mhpss-result-list >>> mhpss-org-card');
    assert.equal(cards.length, 5);
    const card = cards[1]!;
    const id = await card.evaluate(
      (el) => (el as HTMLElement & { organization: { id: string } }).organization.id,
    );
    const button = await card.waitForSelector('>>> button[part=name]');
    await button!.click();
    await p.waitForFunction(
      (want) => document.getElementById('selected')?.textContent === want,
      { timeout: 5000 },
      id,
    );
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('TypeScript: tags, events and React props are typed for a consumer (tsc)', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          types: [],
          skipLibCheck: true,
        },
        include: ['types'],
      }),
    );
    mkdirSync(join(app, 'types'), { recursive: true });
    writeFileSync(
      join(app, 'types/elements.ts'),
      `// Only the root import: no /define, no /react.
import { MhpssDirectory, type Organization } from 'mhpss-directory';

const el = document.querySelector('mhpss-directory');
export const typed: MhpssDirectory | null = el;
if (el) {
  el.pageSize = 10;
  el.src = '/members.json';
  void el.reload();
  // @ts-expect-error page-size is a number
  el.pageSize = 'ten';
}
export const card = document.createElement('mhpss-org-card');
card.headingLevel = 3;
document.addEventListener('mhpss-select', (e) => {
  const org: Organization = e.detail.organization;
  // @ts-expect-error the detail is typed, not any
  e.detail.nope;
  return org;
});
window.addEventListener('mhpss-load', (e) => e.detail.count.toFixed());
el?.addEventListener('mhpss-error', (e) => e.detail.message.toUpperCase());
document.body.addEventListener('mhpss-state-change', (e) => {
  // @ts-expect-error total is a number
  const total: string = e.detail.total;
  return total;
});
`,
    );
    writeFileSync(
      join(app, 'types/react.tsx'),
      `import { MhpssDirectory, MhpssSearchBox } from 'mhpss-directory/react';
import type { Organization } from 'mhpss-directory/core';

export const Wrapped = () => (
  <>
    <MhpssDirectory
      src="/members.json"
      pageSize={10}
      onMhpssSelect={(e) => {
        const org: Organization = e.detail.organization;
        return org;
      }}
      onMhpssStateChange={(e) => e.detail.total.toFixed()}
      onMhpssLoad={(e) => e.detail.issues.length}
      onMhpssError={(e) => e.detail.message.toUpperCase()}
    />
    <MhpssSearchBox onMhpssInput={(e) => e.detail.value.trim()} />
    <MhpssDirectory
      // @ts-expect-error the detail is typed, not any
      onMhpssSelect={(e) => e.detail.nope}
    />
    <MhpssDirectory
      // @ts-expect-error page size is a number
      pageSize="ten"
    />
  </>
);

// The plain tags, typed by the JSX declarations that come with mhpss-directory/react.
export const Plain = () => (
  <>
    <mhpss-directory
      src="/members.json"
      facets="regions approaches"
      page-size={5}
      onmhpss-select={(e) => e.detail.organization.name}
    />
    <mhpss-directory
      // @ts-expect-error the detail is typed, not any
      onmhpss-load={(e) => e.detail.nope}
    />
  </>
);
`,
    );
    const tsc = sh(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      app,
    );
    assert.equal(tsc.code, 0, tsc.out + tsc.err);
  });
});
