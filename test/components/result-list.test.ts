import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/result-list/result-list.js';
import type { MhpssResultList } from '../../src/components/result-list/result-list.js';
import { Directory, parseDirectory } from '../../src/core/index.js';
import { click, deep, deepAll, fixtureData, nameOf, record, settled } from './helpers.js';

let firstName = '';

async function list(page = 0, pageCount = 3) {
  const dir = new Directory(parseDirectory(await fixtureData()).data);
  const result = dir.query({ pageSize: 2, page, sort: 'name' });
  firstName = result.hits[0]!.organization.name;
  const el = await fixture<MhpssResultList>(
    html`<mhpss-result-list
      .hits=${result.hits}
      .directory=${dir}
      page=${page}
      page-count=${pageCount}
    ></mhpss-result-list>`,
  );
  await settled(el);
  return el;
}

describe('<mhpss-result-list>', () => {
  it('is accessible', async () => {
    const el = await list();
    await expect(el).to.be.accessible();
  });

  it('shows an empty list and no paging by default', async () => {
    const el = await fixture<MhpssResultList>(html`<mhpss-result-list></mhpss-result-list>`);
    expect(el.page).to.equal(0);
    expect(el.pageCount).to.equal(1);
    expect(deepAll(el, 'li')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
  });

  it('renders one card per hit, as list items', async () => {
    const el = await list();
    const cards = deepAll(el, 'li > mhpss-org-card');
    expect(cards).to.have.length(2);
    expect(deep(cards[0]!, '[role=heading]').textContent!.trim()).to.equal(firstName);
  });

  it('reads page and page-count, and labels the paging', async () => {
    const el = await list(1, 3);
    const nav = deep(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('Result pages');
    expect(nav.textContent).to.contain('Page 2 of 3');
  });

  it('fires mhpss-page-change when the visitor asks for the next page', async () => {
    const el = await list();
    const log = record('mhpss-page-change');
    const next = deepAll(el, 'nav button')[1]!;
    expect(nameOf(next)).to.equal('Next');
    await click(next);
    log.stop();
    expect(log.events.map((e) => e.detail.page)).to.deep.equal([1]);
  });

  it('does nothing on "Previous" at the first page (it is marked disabled)', async () => {
    const el = await list();
    const prev = deepAll(el, 'nav button')[0]!;
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    const log = record('mhpss-page-change');
    prev.click();
    log.stop();
    expect(log.events).to.have.length(0);
  });

  it("passes the cards' mhpss-open on to the page", async () => {
    const el = await list();
    const log = record('mhpss-open');
    await click(deep(deepAll(el, 'mhpss-org-card')[1]!, 'button'));
    log.stop();
    expect(log.events).to.have.length(1);
  });

  it('fires no event when code sets the page', async () => {
    const el = await list();
    const log = record('mhpss-page-change');
    el.page = 2;
    await el.updateComplete;
    log.stop();
    expect(deep(el, 'nav').textContent).to.contain('Page 3 of 3');
    expect(log.events).to.have.length(0);
  });
});
