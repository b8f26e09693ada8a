import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/org-card/org-card.js';
import type { MhpssOrgCard } from '../../src/components/org-card/org-card.js';
import { Directory, parseDirectory } from '../../src/core/index.js';
import { click, deep, deepAll, deepText, record } from './helpers.js';
import { fixtureData } from './helpers.js';

async function directory() {
  return new Directory(parseDirectory(await fixtureData()).data);
}

describe('<mhpss-org-card>', () => {
  it('is accessible', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card .organization=${dir.get('unicef')} .directory=${dir}></mhpss-org-card>`,
    );
    await expect(el).to.be.accessible();
  });

  it('renders nothing without an organization, and a level-3 heading by default', async () => {
    const el = await fixture<MhpssOrgCard>(html`<mhpss-org-card></mhpss-org-card>`);
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    expect(el.headingLevel).to.equal(3);
  });

  it('is an article whose heading is the organization name', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card
        heading-level="2"
        .organization=${dir.get('unicef')}
        .directory=${dir}
      ></mhpss-org-card>`,
    );
    const article = deep(el, 'article');
    const heading = deep(el, '[role=heading]');
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent!.trim()).to.equal("United Nations Children's Fund");
    const text = deepText(el);
    expect(text).to.contain('UNICEF');
    expect(text).to.contain('UN agency');
    expect(text).to.contain('New York, United States');
  });

  it('shows initials when there is no logo', async () => {
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card .organization=${{ id: 'wc', name: 'War Child' }}></mhpss-org-card>`,
    );
    expect(deep(el, '.avatar').textContent!.trim()).to.equal('WC');
  });

  it('marks the matched ranges', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card
        .organization=${dir.get('war-child')}
        .highlights=${{ name: [[4, 9]], description: { text: 'Helps children', ranges: [[6, 14]] } }}
      ></mhpss-org-card>`,
    );
    expect(deepAll(el, 'mark').map((m) => m.textContent)).to.deep.equal(['Child', 'children']);
  });

  it('never turns data into markup', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card .organization=${dir.get('hostile')} .directory=${dir}></mhpss-org-card>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(deep(el, '[role=heading]').textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fires mhpss-open when the visitor clicks anywhere on the card', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card .organization=${dir.get('who')} .directory=${dir}></mhpss-org-card>`,
    );
    const log = record('mhpss-open');
    await click(deep(el, '.meta'));
    log.stop();
    expect(log.events).to.have.length(1);
    expect(log.events[0]!.detail.organization.id).to.equal('who');
  });

  it('fires no event when code sets the organization', async () => {
    const dir = await directory();
    const el = await fixture<MhpssOrgCard>(
      html`<mhpss-org-card .organization=${dir.get('who')}></mhpss-org-card>`,
    );
    const log = record('mhpss-open');
    el.organization = dir.get('unicef');
    await el.updateComplete;
    log.stop();
    expect(deep(el, '[role=heading]').textContent!.trim()).to.equal(
      "United Nations Children's Fund",
    );
    expect(log.events).to.have.length(0);
  });
});
