// End to end: plain HTML pages load the BUILT CDN files the way a partner's page does, and a
// visitor searches with a typo, ticks facets, pages, opens and closes a detail view, and comes
// back to the same state from the URL. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, find, findAll, openPartner as open, settle } from './frame.js';

const status = (el: Element) => find(el, '[role=status]').textContent!.trim();
const results = (el: Element) =>
  findAll(el, 'mhpss-result-list', 'mhpss-org-card').map((c) =>
    find(c, '[role=heading]').textContent!.trim(),
  );
const checkbox = (el: Element, facet: string, label: string) =>
  findAll(el, `mhpss-facet-group[facet=${facet}]`, 'label')
    .find((l) => l.textContent!.includes(label))!
    .querySelector('input')!;

describe('the CDN module on a partner page', () => {
  it('registers once, loaded twice, without errors', async () => {
    const { win, el } = await open('/test/e2e/partner.html');
    expect(win.errors).to.deep.equal([]);
    expect(win.customElements.get('mhpss-directory')).to.equal(el.constructor);
    // Importing it yet again from the page never throws either.
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(
      "import('/dist/cdn/mhpss-directory.js?copy=3')",
    );
    expect(win.errors).to.deep.equal([]);
  });

  it("keeps the page's CSS out of the widget", async () => {
    const { win, el } = await open('/test/e2e/partner.html');
    const input = find(el, 'mhpss-search-box', 'input');
    expect(win.getComputedStyle(input).color).to.not.equal('rgb(255, 0, 0)');
    expect(win.getComputedStyle(input).borderStyle).to.equal('solid');
  });

  it('lets a visitor search with a typo, tick facets, page, and open and close a detail view', async () => {
    const { el } = await open('/test/e2e/partner.html');
    expect(status(el)).to.equal('6 organizations');

    // Search as you type, typo and all.
    find(el, 'mhpss-search-box', 'input').focus();
    await sendKeys({ type: 'chld' });
    await settle();
    expect(results(el)).to.include('War Child');
    expect(status(el)).to.not.equal('6 organizations');

    // Back to everything, then narrow down with facets.
    find(el, 'mhpss-search-box', 'input').focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await settle();
    expect(status(el)).to.equal('6 organizations');
    await click(checkbox(el, 'regions', 'Middle East'));
    expect(status(el)).to.equal('4 organizations');
    await click(checkbox(el, 'approaches', 'Service delivery'));
    expect(status(el)).to.equal('3 organizations');
    expect(checkbox(el, 'regions', 'Antarctica').disabled).to.equal(true);

    // Two per page: page 2 holds the third.
    expect(results(el)).to.have.length(2);
    const next = findAll(el, 'mhpss-result-list', 'nav button')[1]!;
    await click(next);
    expect(results(el)).to.have.length(1);
    expect(find(el, 'mhpss-result-list', 'nav').textContent).to.contain('Page 2 of 2');

    // Open the detail view, then close it with Escape: focus goes back to the card.
    const card = findAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!;
    const name = find(card, '[role=heading]').textContent!.trim();
    await click(find(card, 'button'));
    const dialog = find(el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(find(el, 'mhpss-org-detail', 'h2').textContent).to.equal(name);
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(dialog.open).to.equal(false);
    expect(card.shadowRoot!.activeElement).to.equal(find(card, 'button'));
  });

  it('restores the search, filters, page and open organization from the URL', async () => {
    const first = await open('/test/e2e/partner.html?lang=xx');
    await click(checkbox(first.el, 'regions', 'Middle East'));
    await click(findAll(first.el, 'mhpss-result-list', 'nav button')[1]!);
    const card = findAll(first.el, 'mhpss-result-list', 'mhpss-org-card')[0]!;
    const name = find(card, '[role=heading]').textContent!.trim();
    await click(find(card, 'button'));
    const url = first.win.location.href;
    expect(new URL(url).searchParams.get('lang')).to.equal('xx');
    expect(new URL(url).search).to.match(/mhpss-/);

    const again = await open(url.replace(first.win.location.origin, ''));
    expect(checkbox(again.el, 'regions', 'Middle East').checked).to.equal(true);
    expect(status(again.el)).to.equal('4 organizations');
    expect(find(again.el, 'mhpss-result-list', 'nav').textContent).to.contain('Page 2 of 2');
    const dialog = find(again.el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(find(again.el, 'mhpss-org-detail', 'h2').textContent).to.equal(name);
  });
});

describe('the classic-script CDN file', () => {
  it('loads twice without errors and shows the shipped list in the page language', async () => {
    const { win, el } = await open('/test/e2e/classic.html');
    expect(win.errors).to.deep.equal([]);
    expect(win.loaded!.count).to.be.greaterThan(0);
    expect(status(el)).to.match(/organisation/);
    expect(find(el, 'mhpss-search-box', 'input').getAttribute('placeholder')).to.not.equal('');
    const dataRequest = performance
      .getEntriesByType('resource')
      .concat(win.performance.getEntriesByType('resource'))
      .map((r) => r.name)
      .find((n) => n.endsWith('/data/members.json'));
    expect(dataRequest).to.equal(`${location.origin}/data/members.json`);
  });
});
