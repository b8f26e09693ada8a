// Browser tests in the local headless Chromium: the elements one by one, and end to end against
// the built CDN file (run `npm run build` first). The dev server's root is the repo root so
// /dist, /data and /test resolve as they do for a partner page.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { hsdsServerPlugin } from './scripts/wtr-hsds-plugin.mjs';

/** The policy of the strictest partner pages the widget supports. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** The README's recommended policy ('self' standing for the CDN), Trusted Types names included. */
export const README_CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' https:; " +
  "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * Response headers no static file server sets by itself: a strict policy on the pages under
 * test/e2e/csp/ (`?policy=readme`: the README's), and on the legacy-encoding pages no charset at all, for them and for the classic
 * script they load (`?legacy`), as an old CMS's server sends them.
 */
async function hostPageHeaders(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/e2e/csp/')) {
    ctx.set('Content-Security-Policy', ctx.query.policy === 'readme' ? README_CSP : STRICT_CSP);
  }
  if (/^\/test\/e2e\/legacy-[a-z]+\.html$/.test(ctx.path)) ctx.set('Content-Type', 'text/html');
  if (ctx.path.endsWith('.iife.js') && ctx.query.legacy !== undefined) {
    ctx.set('Content-Type', 'text/javascript');
  }
}

/**
 * `emulate-media-features` ({ features: [{ name, value }] }): CSS media features through the
 * DevTools protocol. The stock `emulateMedia` command drops `forcedColors` under Puppeteer, whose
 * own emulateMediaFeatures refuses `forced-colors`; Chromium itself emulates it, forced palette
 * included. Each call replaces the previous features; `{ features: [] }` clears them.
 */
function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // One DevTools session per page, kept open: closing it would drop the emulation.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
      return true;
    },
  };
}

/**
 * `ax-tree`: Chromium's whole accessibility tree, as Puppeteer gives it with `interestingOnly`
 * off and the iframes' trees included: the stock `a11ySnapshot` keeps only "interesting" nodes,
 * and drops a heading whose content is a button (a card's name), or the content of a frame.
 */
function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false, includeIframes: true });
    },
  };
}

/**
 * A catalogue chunk that does not arrive (offline, a blocking proxy): `/dist-without-fr/…` serves
 * the built files of `/dist/…`, except the French strings chunk, which answers 503. Its own
 * address, because the browser remembers a module that failed to load, for later pages too.
 */
async function withoutFrench(ctx, next) {
  const rest = /^\/dist-without-fr(\/.*)$/.exec(ctx.path)?.[1];
  if (rest === undefined) return next();
  if (rest.startsWith('/cdn/chunks/fr-')) {
    ctx.status = 503;
    return undefined;
  }
  ctx.path = `/dist${rest}`;
  return next();
}

/**
 * Partner pages with a pre-rendered first page, made at request time from the built core
 * (test/e2e/prerendered-page.mjs): /test/e2e/prerendered.html, and under the strict policy
 * (hostPageHeaders) /test/e2e/csp/prerendered.html.
 */
async function prerenderedPages(ctx, next) {
  if (!/^\/test\/e2e\/(csp\/)?prerendered\.html$/.test(ctx.path)) return next();
  const { prerenderedPage } = await import('./test/e2e/prerendered-page.mjs');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = prerenderedPage(ctx.query);
  return undefined;
}

export default {
  rootDir: '.',
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    // Chromium's own accessibility tree (names, roles, states as assistive technology gets them).
    a11ySnapshotPlugin(),
    axTreePlugin(),
    mediaFeaturesPlugin(),
    // The directory servers the `endpoint` tests talk to, started when a test first asks.
    hsdsServerPlugin(),
  ],
  middleware: [hostPageHeaders, withoutFrench, prerenderedPages],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
    }),
  ],
  // One page at a time: focus, Escape and rAF-based waits need the page in the foreground.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build (better warnings in tests) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter({ file: '.test-results/browser.json' })],
};
