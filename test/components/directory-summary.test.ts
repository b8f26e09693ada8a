// The overview inside <mhpss-directory>: it pictures the directory's own facet counts, and a
// click on a tile or bar is a facet change like a checkbox's, announced the usual way.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import type { MhpssSummary } from '../../src/components/summary/summary.js';
import { click, deep, deepAll, fixtureData, nameOf, record, settled, quiet } from './helpers.js';

async function directory() {
  const data = await fixtureData();
  const el = await fixture<MhpssDirectory>(html`<mhpss-directory .data=${data}></mhpss-directory>`);
  await settled(el);
  return el;
}

const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
const overview = (el: MhpssDirectory) => deep<MhpssSummary>(el, 'mhpss-summary');
const chart = (el: MhpssDirectory, caption: string) =>
  deepAll(el, 'mhpss-summary', '.chart').find(
    (c) => c.querySelector('.caption')!.textContent === caption,
  )!;
const mark = (el: MhpssDirectory, caption: string, label: string) =>
  [...chart(el, caption).querySelectorAll<HTMLButtonElement>('.mark')].find(
    (b) => b.querySelector('.label')!.textContent!.trim() === label,
  )!;
const count = (button: HTMLElement) =>
  Number(button.querySelector('.count [aria-hidden]')!.textContent);
const checkbox = (el: MhpssDirectory, facet: string, label: string) =>
  deepAll<HTMLInputElement>(el, `mhpss-facet-group[facet=${facet}]`, 'input').find((i) =>
    nameOf(i).startsWith(label),
  )!;

describe('<mhpss-directory> and its overview', () => {
  // Data issues of the fixture (on purpose) are warned about: not this file's subject.
  quiet('warn');

  it('is accessible with the overview', async () => {
    const el = await directory();
    expect(overview(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the overview by default, above the result count, with the facet counts', async () => {
    const el = await directory();
    expect(el.summary).to.equal('auto');
    const summary = overview(el);
    expect(summary.getAttribute('part')).to.equal('summary');
    const position = summary.compareDocumentPosition(deep(el, '[role=status]'));
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(count(mark(el, 'Region', 'Middle East'))).to.equal(
      Number(
        checkbox(el, 'regions', 'Middle East').labels![0]!.querySelector('.count')!.textContent,
      ),
    );
  });

  it('ticks the region facet when a visitor clicks its tile, and the counts and status follow', async () => {
    const el = await directory();
    expect(status(el)).to.equal('6 organizations');
    const advocacyBefore = count(mark(el, 'Approach', 'Advocacy'));
    const changed = oneEvent(el, 'mhpss-state-change');
    await click(mark(el, 'Region', 'Middle East'));
    const { detail } = await changed;
    await settled(el);
    expect(detail).to.deep.include({ filters: { regions: ['middle-east'] }, total: 4, page: 0 });
    expect(status(el)).to.equal('4 organizations');
    // The facet column shows the same tick, and a chip offers to remove it.
    expect(checkbox(el, 'regions', 'Middle East').checked).to.equal(true);
    expect(deepAll(el, 'mhpss-filter-chips', '.chip').map(nameOf)).to.deep.equal([
      'Remove filter: Region: Middle East',
    ]);
    // The tile is pressed; the other charts count within the Middle East now.
    expect(mark(el, 'Region', 'Middle East').getAttribute('aria-pressed')).to.equal('true');
    const advocacyAfter = count(mark(el, 'Approach', 'Advocacy'));
    expect(advocacyAfter).to.be.below(advocacyBefore);
    expect(advocacyAfter).to.equal(
      Number(
        checkbox(el, 'approaches', 'Advocacy').labels![0]!.querySelector('.count')!.textContent,
      ),
    );

    // A second click unticks it.
    await click(mark(el, 'Region', 'Middle East'));
    await settled(el);
    expect(status(el)).to.equal('6 organizations');
    expect(checkbox(el, 'regions', 'Middle East').checked).to.equal(false);
  });

  it('follows the checkboxes, the chips and the search', async () => {
    const el = await directory();
    await click(checkbox(el, 'approaches', 'Research'));
    await settled(el);
    expect(mark(el, 'Approach', 'Research').getAttribute('aria-pressed')).to.equal('true');
    expect(count(mark(el, 'Region', 'Europe'))).to.equal(
      Number(checkbox(el, 'regions', 'Europe').labels![0]!.querySelector('.count')!.textContent),
    );
    await click(deep(el, 'mhpss-filter-chips', '.clear'));
    await settled(el);
    expect(mark(el, 'Approach', 'Research').getAttribute('aria-pressed')).to.equal('false');

    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'war child' });
    await settled(el);
    const regions = [...chart(el, 'Region').querySelectorAll<HTMLButtonElement>('.mark')];
    expect(regions.map(count)).to.deep.equal(
      regions.map((b) =>
        Number(
          checkbox(
            el,
            'regions',
            b.querySelector('.label')!.textContent!.trim(),
          ).labels![0]!.querySelector('.count')!.textContent,
        ),
      ),
    );
  });

  it('is operable from the keyboard: Enter on a tile ticks it and focus stays there', async () => {
    const el = await directory();
    const log = record('mhpss-state-change');
    mark(el, 'Region', 'Africa').focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    log.stop();
    expect(log.events.map((e) => e.detail.filters)).to.deep.equal([{ regions: ['africa'] }]);
    expect(overview(el).shadowRoot!.activeElement).to.equal(mark(el, 'Region', 'Africa'));
  });

  it('pictures the facets the directory shows', async () => {
    const el = await directory();
    el.facets = 'type approaches';
    await settled(el);
    expect(deepAll(el, 'mhpss-summary', '.caption').map((c) => c.textContent)).to.deep.equal([
      'Approach',
      'Type',
    ]);
  });

  it('speaks the directory language', async () => {
    const el = await directory();
    el.lang = 'fr';
    await settled(el);
    expect(deep(el, 'mhpss-summary', '#title').textContent).to.equal('Vue d’ensemble');
    expect(deepAll(el, 'mhpss-summary', '.caption').map((c) => c.textContent)).to.deep.equal([
      'Région',
      'Approche',
      'Type',
    ]);
    expect(mark(el, 'Région', 'Moyen-Orient')).to.not.equal(undefined);
  });

  it('goes away with summary="none", and comes back', async () => {
    const el = await directory();
    el.summary = 'none';
    await settled(el);
    expect(el.shadowRoot!.querySelector('mhpss-summary')).to.equal(null);
    el.summary = 'auto';
    await settled(el);
    expect(overview(el)).to.not.equal(null);
  });
});
