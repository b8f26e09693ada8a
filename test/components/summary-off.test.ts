// summary="none": the directory renders no overview and never asks for its module. This file
// registers the directory alone (not src/define.ts, which registers every element), so the
// overview's module is loaded only if the directory asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/directory/directory.js';
import type { MhpssDirectory } from '../../src/components/directory/directory.js';
import { fixtureData, settled, quiet } from './helpers.js';

const summaryRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/components/summary/'));

describe('<mhpss-directory summary="none">', () => {
  // Data issues of the fixture (on purpose) are warned about: not this file's subject.
  quiet('warn');

  it('renders no overview and loads none of its code', async () => {
    const data = await fixtureData();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory summary="none" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    expect(el.summary).to.equal('none');
    // Loaded: the results and the facets (their own chunk) are there.
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      '6 organizations',
    );
    expect(el.shadowRoot!.querySelector('mhpss-facet-group')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('mhpss-summary')).to.equal(null);
    expect(customElements.get('mhpss-summary')).to.equal(undefined);
    expect(summaryRequests()).to.deep.equal([]);
  });

  it('loads the overview once a partner turns it on', async () => {
    const data = await fixtureData();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory summary="none" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    expect(summaryRequests()).to.deep.equal([]);
    el.summary = 'auto';
    await settled(el);
    expect(customElements.get('mhpss-summary')).to.not.equal(undefined);
    expect(summaryRequests().length).to.be.greaterThan(0);
    expect(
      el.shadowRoot!.querySelector('mhpss-summary')!.shadowRoot!.querySelector('.base'),
    ).to.not.equal(null);
  });
});
