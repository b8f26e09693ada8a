// The visitor paths the size budgets are measured on (scripts/cdn-path-names.mjs) are the scripts
// a visitor really downloads: on a partner page that loads the shipped list, is searched and has
// a record opened, every script the page asks for is on the path, and every chunk the path names
// is asked for. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PATHS, staticImports } from '../../scripts/cdn-path-names.mjs';
import { click, find, findAll, openPartner, settle, until } from './frame.js';

/** A built file's chunk name: `chunks/extras-AbC1.js` → `extras`; the entry → `mhpss-directory`. */
const chunkName = (path: string) =>
  /\/chunks\/(.+)-[\w-]{8}\.js$/.exec(path)?.[1] ??
  (/\/mhpss-directory\.js$/.test(path) ? 'mhpss-directory' : path);

/** The chunks `names` and every chunk they import statically, as names. */
async function closure(names: readonly string[]): Promise<Set<string>> {
  const entry = await (await fetch('/dist/cdn/mhpss-directory.js')).text();
  const lazy = [...entry.matchAll(/import\(\s*["']\.\/(chunks\/[^"']+)["']\s*\)/g)].map(
    (m) => m[1]!,
  );
  const files = names.map((name) => lazy.find((f) => chunkName(`/${f}`) === name)!);
  expect(files.every(Boolean), `every chunk of the path is one the entry loads: ${names}`).to.equal(
    true,
  );
  const found = new Set(['mhpss-directory']);
  for (const file of files) {
    found.add(chunkName(`/${file}`));
    const code = await (await fetch(`/dist/cdn/${file}`)).text();
    for (const spec of staticImports(code)) {
      if (spec.startsWith('./')) files.push(`chunks/${spec.slice(2)}`);
    }
  }
  return found;
}

/** Loads the page, searches, opens a record: the names of the scripts it asked for. */
async function visit(path: string): Promise<Set<string>> {
  const { win, el } = await openPartner(path);
  find(el, 'mhpss-search-box', 'input').focus();
  await sendKeys({ type: 'helth' });
  await until(() => findAll(el, 'mhpss-result-list', 'mhpss-org-card').length > 0, 'results');
  await settle();
  const card = findAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!;
  await click(find(card, 'button'));
  await until(
    () => (find(el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement).open,
    'the detail view',
  );
  await settle(300);
  expect(win.errors).to.deep.equal([]);
  return new Set(
    win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/cdn/') && p.endsWith('.js'))
      .map(chunkName),
  );
}

const sorted = (names: Set<string>) => [...names].sort();

describe('the visitor paths of the size budgets', () => {
  it('load, search and open a record in English: that path, nothing else', async () => {
    const asked = await visit('/test/e2e/visitor-path.html');
    const path = await closure(PATHS['load, search and open a record (English)']!);
    expect(sorted(asked)).to.deep.equal(sorted(path));
  });

  it('the same in French, with url-state: that path, nothing else', async () => {
    const asked = await visit('/test/e2e/visitor-path.html?lang=fr&url-state');
    const path = await closure(PATHS['the same in French, with url-state']!);
    expect(sorted(asked)).to.deep.equal(sorted(path));
  });
});
