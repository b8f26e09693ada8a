// Absence is visible and countries are a facet, in the whole directory: each facet group ends
// with "Not stated" (the organizations stating none of its terms), a filter like any term — by
// keyboard, in chips, the URL, a shared link and the printed list — and `facets="… countries"`
// adds a Country group named in the page's language, right to left in Arabic.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { deep, deepAll, fixtureData, nameOf, record, settled, waitUntil } from './helpers.js';

const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const boxes = (el: MhpssDirectory, facet: string) =>
  deepAll<HTMLInputElement>(el, `mhpss-facet-group[facet=${facet}]`, 'input');
const groups = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-facet-group').map((g) => g.getAttribute('facet'));

/** The fixture directory (its Hostile Org states no approach), rendered and settled. */
async function directory(attrs: Record<string, string> = {}) {
  const data = await fixtureData();
  // UNICEF (Jordan, Lebanon), Taghyeer and War Child name their countries; the others do not.
  data.organizations.find((o) => o.id === 'taghyeer')!.countries = ['JO'];
  data.organizations.find((o) => o.id === 'war-child')!.countries = ['UG', 'JO'];
  const el = document.createElement('mhpss-directory');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  await fixture(html`${el}`);
  await settled(el);
  return el;
}

/** Focuses a checkbox by keyboard from the one before it, as a visitor tabbing through. */
async function tabTo(el: MhpssDirectory, facet: string, label: string) {
  const list = boxes(el, facet).filter((b) => !b.disabled);
  const at = list.findIndex((b) => nameOf(b).startsWith(label));
  if (at > 0) {
    list[at - 1]!.focus();
    await sendKeys({ press: 'Tab' });
  } else {
    list[at + 1]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }
  const active = deep(el, `mhpss-facet-group[facet=${facet}]`).shadowRoot!.activeElement;
  expect(nameOf(active as HTMLElement)).to.match(new RegExp(`^${label}`));
}

describe('"Not stated" in the directory', () => {
  it('ends a facet group, counting the organizations in view with no term of it', async () => {
    const el = await directory();
    await expect(el).to.be.accessible();
    expect(boxes(el, 'approaches').map(nameOf).at(-1)).to.equal('Not stated 1');
    // Every organization states a region: no "Not stated" there.
    expect(boxes(el, 'regions').map(nameOf).join()).to.not.contain('Not stated');
    // Countries are not shown unless asked for.
    expect(groups(el)).to.deep.equal(['regions', 'approaches', 'type']);
  });

  it('a visitor ticks it with the keyboard: the list, the chip and the event say so', async () => {
    const el = await directory();
    const log = record('mhpss-state-change');
    await tabTo(el, 'approaches', 'Not stated');
    await sendKeys({ press: 'Space' });
    await settled(el);
    log.stop();
    expect(status(el)).to.equal('1 organization');
    expect(names(el)).to.have.length(1);
    expect(log.events.at(-1)!.detail.filters).to.deep.equal({ approaches: ['-'] });
    const chip = deepAll(el, 'mhpss-filter-chips', '.chip')[0]!;
    expect(chip.textContent!.trim()).to.equal('Approach: Not stated');
    expect(nameOf(chip)).to.equal('Remove filter: Approach: Not stated');
    // OR with the facet's other terms; AND with other facets.
    await tabTo(el, 'approaches', 'Advocacy');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(status(el)).to.equal('4 organizations');
    // Removing the chip by keyboard takes the filter away.
    deepAll(el, 'mhpss-filter-chips', '.chip')
      .find((c) => c.textContent!.includes('Not stated'))!
      .focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(status(el)).to.equal('3 organizations');
  });

  it('is named in French, Spanish and Arabic, and its chip reads right to left in Arabic', async () => {
    const el = await directory();
    // "Not stated" from the core; the facet's name from the data (English where it has none).
    for (const [lang, label, chip] of [
      ['fr', 'Non indiqué 1', 'Approche: Non indiqué'],
      ['es', 'No indicado 1', 'Approach: No indicado'],
      ['ar', 'غير مذكور 1', 'Approach: غير مذكور'],
    ] as const) {
      el.lang = lang;
      await settled(el);
      const last = boxes(el, 'approaches').at(-1)!;
      expect(nameOf(last), lang).to.equal(label);
      last.click();
      await settled(el);
      expect(deep(el, 'mhpss-filter-chips', '.chip').textContent!.trim(), lang).to.equal(chip);
      if (lang === 'ar') break;
      boxes(el, 'approaches').at(-1)!.click();
      await settled(el);
    }
    expect(deep(el, 'mhpss-filter-chips', '.base').getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('goes into the URL as `-` and comes back from it', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?mhpss-f-approaches=-`);
    try {
      const data = await fixtureData();
      let loaded = oneEvent(document, 'mhpss-load');
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory url-state .data=${data}></mhpss-directory>`,
      );
      await loaded;
      await settled(el);
      expect(status(el)).to.equal('1 organization');
      expect(boxes(el, 'approaches').at(-1)!.checked).to.equal(true);
      // And the other way: tick "not stated" for types too.
      loaded = oneEvent(document, 'mhpss-load');
      history.replaceState(null, '', location.pathname);
      const again = await fixture<MhpssDirectory>(
        html`<mhpss-directory
          url-state
          facets="approaches countries"
          .data=${data}
        ></mhpss-directory>`,
      );
      await loaded;
      await settled(again);
      boxes(again, 'countries').at(-1)!.click();
      await settled(again);
      await waitUntil(() => location.search.includes('mhpss-f-countries'), 'the URL follows');
      expect(new URLSearchParams(location.search).get('mhpss-f-countries')).to.equal('-');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('prints with the list it narrowed: "Approach: Not stated"', async () => {
    const el = await directory();
    await waitUntil(() => el.shadowRoot?.querySelector('[part=toolbar]'), 'the toolbar');
    boxes(el, 'approaches').at(-1)!.click();
    await settled(el);
    dispatchEvent(new Event('beforeprint'));
    const about = deep(el, '.print .about').textContent!;
    dispatchEvent(new Event('afterprint'));
    expect(about).to.equal('1 organization · Approach: Not stated');
  });
});

describe('The countries facet', () => {
  it('is shown when asked for: "Country", its countries by name, then "Not stated"', async () => {
    const el = await directory({ facets: 'regions countries' });
    expect(groups(el)).to.deep.equal(['regions', 'countries']);
    const group = deep(el, 'mhpss-facet-group[facet=countries]');
    expect(deep(group, 'legend').textContent!.trim()).to.equal('Country');
    expect(boxes(el, 'countries').map(nameOf)).to.deep.equal([
      'Jordan 3',
      'Lebanon 1',
      'Uganda 1',
      'Not stated 3',
    ]);
    await expect(el).to.be.accessible();
    await tabTo(el, 'countries', 'Uganda');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(names(el)).to.deep.equal(['War Child']);
    expect(deepAll(el, 'mhpss-filter-chips', '.chip').map(nameOf)).to.deep.equal([
      'Remove filter: Country: Uganda',
    ]);
  });

  it('names the facet and the countries in the page’s language, right to left in Arabic', async () => {
    const el = await directory({ facets: 'countries' });
    for (const [lang, legend, first] of [
      ['fr', 'Pays', 'Jordanie 3'],
      ['es', 'País', 'Jordania 3'],
      ['ar', 'البلد', 'الأردن 3'],
    ] as const) {
      el.lang = lang;
      await settled(el);
      const group = deep(el, 'mhpss-facet-group[facet=countries]');
      expect(deep(group, 'legend').textContent!.trim(), lang).to.equal(legend);
      expect(nameOf(boxes(el, 'countries')[0]!), lang).to.equal(first);
    }
    // Arabic names in Arabic order: Jordan (الأردن), Uganda (أوغندا), Lebanon (لبنان).
    expect(boxes(el, 'countries').map(nameOf)).to.deep.equal([
      'الأردن 3',
      'أوغندا 1',
      'لبنان 1',
      'غير مذكور 3',
    ]);
    expect(deep(el, 'mhpss-facet-group[facet=countries]', '.base').getAttribute('dir')).to.equal(
      'rtl',
    );
    await expect(el).to.be.accessible();
  });

  it('finds a country typed in another language than the page’s', async () => {
    const el = await directory({ lang: 'fr' });
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'أوغندا' });
    await settled(el);
    expect(names(el)).to.deep.equal(['War Child']);
  });
});
