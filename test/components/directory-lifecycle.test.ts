// <mhpss-directory>'s lifecycle: what the element shows and says while it loads, reloads,
// fails, restores a shared link and changes language. Each case was a bug of the element
// before loading and URL state became controllers and the core said which sort it applied.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { click, deep, deepAll, fixtureData, nameOf, record, settled, quiet } from './helpers.js';

const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );

describe('<mhpss-directory> lifecycle', () => {
  quiet('warn', 'error');

  it('text without words ("?!") lists by name, and the sort menu and the event say so', async () => {
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${await fixtureData()}></mhpss-directory>`,
    );
    await settled(el);
    const log = record('mhpss-state-change');
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: '?!' });
    await settled(el);
    log.stop();
    const select = deep<HTMLSelectElement>(el, 'select');
    expect(select.value).to.equal('name');
    expect(log.events.at(-1)!.detail.sort).to.equal('name');
    const shown = names(el);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b)));
  });

  it('shows the data-issues notice only for the load that found them: not while reloading, not over an error', async () => {
    const data = await fixtureData(); // one record has an invalid id: one issue
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.not.equal(null);

    let release!: () => void;
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      await new Promise<void>((resolve) => (release = resolve));
      return realFetch(input, init);
    };
    try {
      const failed = oneEvent(el, 'mhpss-error');
      el.data = undefined;
      el.src = '/no/such/file.json';
      await el.updateComplete;
      // Reloading: the old notice is gone with the old data.
      expect(deep(el, '[role=status]').textContent!.trim()).to.equal('Loading organizations…');
      expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
      release();
      await failed;
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reads a shared link when url-state is turned on after loading, instead of overwriting it', async () => {
    const original = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}?mhpss-q=taghyeer&mhpss-f-regions=middle-east`,
    );
    try {
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory .data=${await fixtureData()}></mhpss-directory>`,
      );
      await settled(el);
      expect(names(el)).to.have.length(6);
      el.setAttribute('url-state', '');
      await settled(el);
      expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('taghyeer');
      expect(names(el)).to.deep.equal(['Taghyeer Foundation']);
      const params = new URLSearchParams(location.search);
      expect(params.get('mhpss-q')).to.equal('taghyeer');
      expect(params.get('mhpss-f-regions')).to.equal('middle-east');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('uses the data in the language asked, beyond the four UI languages: labels and name order', async () => {
    const data = await fixtureData();
    data.taxonomies!.regions!.terms[0]!.label = { en: 'Africa', sv: 'Afrika' };
    data.organizations = [
      { id: 'alfa', name: 'Alfa', regions: ['africa'] },
      { id: 'apple', name: 'Äpple', regions: ['africa'] },
      { id: 'zeta', name: 'Zeta', regions: ['africa'] },
    ];
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory lang="sv" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    // UI strings fall back to English; the data speaks Swedish, where Ä comes after Z.
    expect(nameOf(deep(el, 'mhpss-search-box', 'input'))).to.equal('Search organizations');
    const labels = deepAll(el, 'mhpss-facet-group[facet=regions]', 'label').map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels[0]).to.match(/^Afrika /);
    expect(names(el)).to.deep.equal(['Alfa', 'Zeta', 'Äpple']);
    el.lang = 'en';
    await settled(el);
    expect(names(el)).to.deep.equal(['Alfa', 'Äpple', 'Zeta']);
  });

  it('names terms and countries in the page\u2019s language everywhere: facets, cards and the detail view', async () => {
    const data = await fixtureData();
    const africa = data.taxonomies!.regions!.terms.find((term) => term.id === 'africa')!;
    africa.label = { en: 'Africa', de: 'Afrika' };
    data.organizations = [
      { id: 'alfa', name: 'Alfa', regions: ['africa'], headquarters: { country: 'FR' } },
    ];
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory lang="de" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    const facet = deepAll(el, 'mhpss-facet-group[facet=regions]', 'label')[0]!;
    expect(facet.textContent).to.contain('Afrika');
    const card = deep(el, 'mhpss-result-list', 'mhpss-org-card');
    expect(deepAll(card, '.tags li').map((li) => li.textContent)).to.deep.equal(['Afrika']);
    expect(deep(card, '.meta').textContent).to.contain('Frankreich');
    await click(deep(card, 'button'));
    await settled(el);
    const detail = deep(el, 'mhpss-org-detail');
    expect(deepAll(detail, 'dd').map((dd) => dd.textContent!.trim())).to.include.members([
      'Frankreich',
    ]);
    expect(deepAll(detail, 'li').map((li) => li.textContent!.trim())).to.include('Afrika');
  });

  it('with .data, fires mhpss-load after the first results are rendered', async () => {
    const data = await fixtureData();
    let shownAtLoad = -1;
    let loaded = () => {};
    const load = new Promise<void>((resolve) => (loaded = resolve));
    const listener = (e: Event) => {
      shownAtLoad = names(e.target as MhpssDirectory).length;
      loaded();
    };
    document.addEventListener('mhpss-load', listener);
    try {
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory .data=${data}></mhpss-directory>`,
      );
      // It comes once every record is read (and the issues with it), after the first results.
      await Promise.all([settled(el), load]);
      expect(shownAtLoad).to.equal(6);
    } finally {
      document.removeEventListener('mhpss-load', listener);
    }
  });
});
