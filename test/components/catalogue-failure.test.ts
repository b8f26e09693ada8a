// A language whose strings chunk does not arrive (offline, a blocking proxy): the directory asks
// for it once, warns once and works in English; it does not ask again at every render. The test
// server answers 503 for the blocked catalogue while the cookie is set (web-test-runner.config).
// This file must be the first in its page to load the French strings, so it stands alone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { deep, fixtureData, settled } from './helpers.js';

const catalogueRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/i18n/fr.ts'))
    .length;

describe('<mhpss-directory lang="fr"> when the French strings cannot be loaded', () => {
  const warnings: string[] = [];
  let warn: typeof console.warn;
  before(() => {
    document.cookie = 'mhpss-block-catalogue=fr; path=/';
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  after(() => {
    document.cookie = 'mhpss-block-catalogue=; path=/; max-age=0';
    console.warn = warn;
  });

  it('asks once, warns once and shows the directory in English', async () => {
    const data = await fixtureData();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory lang="fr" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    // Renders that follow (a search, a second of frames) do not ask again.
    el.query = 'child';
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(catalogueRequests()).to.equal(1);
    expect(warnings.filter((w) => w.includes("'fr' strings could not be loaded"))).to.have.length(
      1,
    );
    // The search box, not its loading skeleton, and English words.
    expect(deep(el, 'mhpss-search-box')).to.not.equal(null);
    expect(deep(el, '[role=status]').textContent).to.match(/organizations?/);
  });
});
