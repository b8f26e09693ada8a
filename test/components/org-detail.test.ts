import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/org-detail/org-detail.js';
import type { MhpssOrgDetail } from '../../src/components/org-detail/org-detail.js';
import { Directory, parseDirectory } from '../../src/core/index.js';
import { click, deep, deepAll, deepText, fixtureData, record, settled } from './helpers.js';

async function setup(id = 'unicef') {
  const dir = new Directory(parseDirectory(await fixtureData()).data);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Open</button>
      <mhpss-org-detail .organization=${dir.get(id)} .directory=${dir}></mhpss-org-detail>
    </div>`,
  );
  const el = wrapper.querySelector('mhpss-org-detail')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  el.show();
  await settled(el);
  return { el, opener, dir };
}

describe('<mhpss-org-detail>', () => {
  it('is accessible when open', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
  });

  it('is closed by default', async () => {
    const el = await fixture<MhpssOrgDetail>(html`<mhpss-org-detail></mhpss-org-detail>`);
    expect(el.open).to.equal(false);
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('opens as a modal dialog named by the organization, with focus inside', async () => {
    const { el } = await setup();
    const dialog = deep<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal("United Nations Children's Fund");
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
  });

  it('shows everything the record holds', async () => {
    const { el } = await setup();
    const text = deepText(el);
    for (const expected of [
      'Works for the rights of every child',
      'unicef.org',
      'mhpss@unicef.org',
      'New York, United States',
      'Jordan',
      'Lebanon',
      'Region',
      'Middle East',
      'Service delivery',
      'World Health Organization',
      'War Child',
      'Danish International Development Agency',
      'Roles',
      'Key partner',
      'Pledge signatory',
      'Scale up MHPSS for children.',
      'Amsterdam pledges 2019',
    ]) {
      expect(text, expected).to.contain(expected);
    }
  });

  it('renders website and email as safe links', async () => {
    const { el } = await setup();
    const links = deepAll<HTMLAnchorElement>(el, 'a');
    const website = links.find((a) => a.href === 'https://www.unicef.org/')!;
    expect(website.rel).to.equal('noopener noreferrer');
    expect(links.some((a) => a.href === 'mailto:mhpss@unicef.org')).to.equal(true);
  });

  it('never renders a javascript: URL or data markup', async () => {
    const { el } = await setup('hostile');
    expect(deepAll(el, 'a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('script, img:not(.avatar img)')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('closes on Escape, returns focus to the opener and fires mhpss-close', async () => {
    const { el, opener } = await setup();
    const log = record('mhpss-close');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    log.stop();
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(log.events).to.have.length(1);
  });

  it('closes with its close button', async () => {
    const { el } = await setup();
    const log = record('mhpss-close');
    await click(deep(el, '.close'));
    log.stop();
    expect(el.open).to.equal(false);
    expect(log.events).to.have.length(1);
  });

  it('opens a partner in place and fires mhpss-open', async () => {
    const { el } = await setup();
    const log = record('mhpss-open');
    const partner = deepAll(el, '.ref').find(
      (b) => b.textContent!.trim() === 'World Health Organization',
    )!;
    await click(partner);
    await el.updateComplete;
    log.stop();
    expect(log.events[0]!.detail.organization.id).to.equal('who');
    expect(deep(el, 'h2').textContent).to.equal('World Health Organization');
    expect(el.shadowRoot!.activeElement).to.equal(deep(el, 'h2'));
  });

  it('speaks Arabic right to left', async () => {
    const { el } = await setup();
    el.lang = 'ar';
    await el.updateComplete;
    expect(deep(el, 'dialog').getAttribute('dir')).to.equal('rtl');
    expect(deep(el, '.close').getAttribute('aria-label')).to.equal('إغلاق');
  });

  it('fires no event when code closes it', async () => {
    const { el } = await setup();
    const log = record('mhpss-close', 'mhpss-open');
    el.close();
    await el.updateComplete;
    el.organization = undefined;
    await el.updateComplete;
    log.stop();
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(log.events).to.have.length(0);
  });
});
