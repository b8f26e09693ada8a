// A language whose strings chunk does not arrive (offline, a blocking proxy): the directory asks
// for it once, warns once and works in English; it does not ask again at every render. The page
// loads the BUILT CDN files from an address where the test server answers 503 for the French
// chunk (web-test-runner.config.mjs). Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { find, openPartner, settle, type PartnerWindow } from './frame.js';

type FrenchWindow = PartnerWindow & { warnings: string[] };

describe('a French page whose strings chunk cannot be loaded', () => {
  it('asks once, warns once and shows the directory in English', async () => {
    const { win, el } = await openPartner<FrenchWindow>('/test/e2e/french.html');
    // Renders that follow (a search, more frames) do not ask again.
    el.setAttribute('query', 'child');
    await settle(500);
    const requests = win.performance
      .getEntriesByType('resource')
      .filter((entry) => /\/chunks\/fr-/.test(entry.name));
    expect(requests).to.have.length(1);
    expect(
      win.warnings.filter((w) => w.includes("'fr' strings could not be loaded")),
    ).to.have.length(1);
    expect(win.errors).to.deep.equal([]);
    // The search box, not its loading skeleton, and English words.
    expect(find(el, 'mhpss-search-box')).to.not.equal(null);
    expect(find(el, '[role=status]').textContent).to.match(/organizations?\b/);
  });
});
