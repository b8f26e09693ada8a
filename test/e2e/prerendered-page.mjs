// The partner pages with a pre-rendered first page (test/e2e/prerendered.test.ts), made as a
// partner makes them: the BUILT core's renderFirstPage over a list, pasted into a plain page with
// its own stylesheet. Served by web-test-runner.config.mjs at /test/e2e/prerendered.html and, under
// the strict Content-Security-Policy, /test/e2e/csp/prerendered.html.
//
// Query: `list=shipped` (the shipped list; default: the components' fixture), `lang`,
// `page-size`, `heading-level`, `stale` (rendered from an older list: one organization renamed,
// one more), and page.js's own `hold` (the data request waits for window.release()).
import { readFileSync } from 'node:fs';
import { Directory, parseDirectory, renderFirstPage } from '../../dist/core/index.js';

const LISTS = {
  fixture: '/test/components/fixtures/directory.json',
  shipped: '/data/members.json',
};

export function prerenderedPage(query) {
  const list = query.list === 'shipped' ? 'shipped' : 'fixture';
  const src = LISTS[list];
  const json = JSON.parse(readFileSync(`.${src}`, 'utf8'));
  if (query.stale !== undefined) {
    // The list as it was when the snippet was made: since then one organization was renamed and
    // one removed.
    json.organizations[0].name = 'An Old Name Since Changed';
    json.organizations.push({ id: 'gone', name: 'A Removed Organization', type: 'ngo' });
  }
  const directory = new Directory(parseDirectory(json).data);
  const snippet = renderFirstPage(directory, {
    script: '/dist/cdn/mhpss-directory.js',
    ...(list === 'shipped' ? {} : { src }),
    ...(query.lang ? { lang: query.lang } : {}),
    ...(query['page-size'] ? { pageSize: Number(query['page-size']) } : {}),
    ...(query['heading-level'] ? { headingLevel: Number(query['heading-level']) } : {}),
  });
  return `<!doctype html>
<html lang="${query.lang === 'ar' ? 'ar' : 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A partner page with a pre-rendered directory (end-to-end test)</title>
    <link rel="stylesheet" href="/test/e2e/prerendered.css" />
    <script src="/test/e2e/csp/page.js"></script>
  </head>
  <body>
    <h1>Our partners in MHPSS</h1>
    <p class="intro">Organizations working on mental health and psychosocial support.</p>
${snippet}
    <footer><p>The partner's footer.</p></footer>
  </body>
</html>
`;
}
