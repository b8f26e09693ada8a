import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import type { MhpssFacetGroup } from '../../src/components/facet-group/facet-group.js';
import {
  click,
  deep,
  deepAll,
  deepText,
  FIXTURE_URL,
  fixtureData,
  nameOf,
  record,
  settled,
  waitUntil,
} from './helpers.js';

/** A directory on the fixture data, rendered and settled. */
async function directory(template = html``, attrs: Partial<MhpssDirectory> = {}) {
  const data = await fixtureData();
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory .data=${data} page-size="20">${template}</mhpss-directory>`,
  );
  Object.assign(el, attrs);
  await settled(el);
  return el;
}

const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const group = (el: MhpssDirectory, facet: string) =>
  deep<MhpssFacetGroup>(el, `mhpss-facet-group[facet=${facet}]`);
const checkbox = (el: MhpssDirectory, facet: string, label: string) =>
  deepAll<HTMLInputElement>(group(el, facet), 'input').find((i) => nameOf(i).startsWith(label))!;

async function typeSearch(el: MhpssDirectory, text: string) {
  deep(el, 'mhpss-search-box').focus();
  await sendKeys({ type: text });
  await settled(el);
}

describe('<mhpss-directory>', () => {
  let warn: typeof console.warn;
  let warnings: string[];
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('is accessible once loaded', async () => {
    const el = await directory();
    await expect(el).to.be.accessible();
  });

  it('registers safely when the registering modules run twice', async () => {
    const first = customElements.get('mhpss-directory');
    // Second copies of each registering module (another URL), as a page with two bundles has:
    // each runs its define again, which must be a no-op rather than a throw.
    for (const name of [
      'directory',
      'search-box',
      'facet-group',
      'filter-chips',
      'result-list',
      'org-card',
      'org-detail',
    ]) {
      const url = new URL(`../../src/components/${name}/${name}.ts`, import.meta.url);
      await import(/* @vite-ignore */ `${url.href}?copy=2`);
    }
    await import(
      /* @vite-ignore */ `${new URL('../../src/define.ts', import.meta.url).href}?copy=2`
    );
    expect(customElements.get('mhpss-directory')).to.equal(first);
  });

  it('has sensible defaults', async () => {
    const el = document.createElement('mhpss-directory');
    expect(el.pageSize).to.equal(20);
    expect(el.src).to.equal(undefined);
    expect(el.urlState).to.equal(undefined);
    expect(customElements.get('mhpss-directory')).to.equal(el.constructor);
  });

  it('shows every valid organization with a searchbox, facets and a status', async () => {
    const el = await directory();
    expect(nameOf(deep(el, 'mhpss-search-box', 'input'))).to.equal('Search organizations');
    expect(status(el)).to.equal('6 organizations');
    expect(names(el)).to.have.length(6);
    expect(deepAll(el, 'mhpss-facet-group').map((g) => g.getAttribute('facet'))).to.deep.equal([
      'regions',
      'approaches',
      'type',
    ]);
  });

  it('fires mhpss-load with the count and the data issues, and shows a dismissible notice', async () => {
    const data = await fixtureData();
    const loaded = oneEvent(document, 'mhpss-load');
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${data}></mhpss-directory>`,
    );
    const { detail } = await loaded;
    await settled(el);
    expect(detail.count).to.equal(6);
    expect(detail.issues.length).to.be.greaterThan(0);
    expect(detail.issues.some((i: { index?: number }) => i.index === 6)).to.equal(true);
    expect(warnings.join('\n')).to.contain('Bad Id');
    const notice = deep(el, '[part=notice]');
    expect(notice.textContent).to.contain('problems were found');
    await click(notice.querySelector('button')!);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
  });

  it('loads JSON from src, showing a loading state first', async () => {
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory src=${FIXTURE_URL}></mhpss-directory>`,
    );
    expect(status(el)).to.equal('Loading organizations…');
    expect(el.shadowRoot!.querySelector('.sk-card')).to.not.equal(null);
    await oneEvent(el, 'mhpss-load');
    await settled(el);
    expect(status(el)).to.equal('6 organizations');
  });

  it('loads CSV from src', async () => {
    const csv = 'id,name,regions\nalpha,Alpha Relief,africa\nbeta,Beta Care,europe\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = await fixture<MhpssDirectory>(html`<mhpss-directory src=${url}></mhpss-directory>`);
    const { detail } = await oneEvent(el, 'mhpss-load');
    await settled(el);
    expect(detail.count).to.equal(2);
    expect(names(el)).to.include('Alpha Relief');
  });

  it('shows an error state with Retry, fires mhpss-error with a code, and Retry asks again', async () => {
    const error = console.error;
    console.error = () => {};
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      calls++;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory src="/no/such/file.json"></mhpss-directory>`,
      );
      const { detail } = await oneEvent(el, 'mhpss-error');
      await settled(el);
      expect(detail.message).to.contain('404');
      expect(detail.code).to.equal('http');
      const alert = deep(el, '[role=alert]');
      expect(alert.textContent).to.contain('could not be loaded');
      expect(calls).to.equal(1);
      // The file is still missing: Retry fetches again, fails again, and keeps focus on Retry.
      const again = oneEvent(el, 'mhpss-error');
      await click(deep(el, '[role=alert] button'));
      await again;
      await settled(el);
      expect(calls).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal(deep(el, '[role=alert] button'));
    } finally {
      window.fetch = realFetch;
      console.error = error;
    }
  });

  it('retries the same URL when the visitor presses Retry', async () => {
    const error = console.error;
    console.error = () => {};
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (input, init) =>
      ++calls === 1 ? Promise.reject(new TypeError('offline')) : realFetch(input, init);
    try {
      const failed = oneEvent(document, 'mhpss-error');
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory src=${FIXTURE_URL}></mhpss-directory>`,
      );
      await failed;
      await settled(el);
      const retry = deep(el, '[role=alert] button');
      expect(nameOf(retry)).to.equal('Retry');
      const loaded = oneEvent(el, 'mhpss-load');
      await click(retry);
      await loaded;
      await settled(el);
      expect(calls).to.equal(2);
      expect(names(el)).to.have.length(6);
    } finally {
      window.fetch = realFetch;
      console.error = error;
    }
  });

  it('searches as the visitor types, typo and all, marking matches and announcing the count', async () => {
    const el = await directory();
    const log = record('mhpss-state-change');
    await typeSearch(el, 'chld');
    log.stop();
    expect(names(el)).to.include('War Child');
    expect(names(el)).to.not.include('Danish International Development Agency');
    expect(status(el)).to.match(/^\d organizations?$/);
    expect(log.events.length).to.equal(4);
    const last = log.events.at(-1)!.detail;
    expect(last.query).to.equal('chld');
    expect(last.total).to.equal(el.total);
    const marks = deepAll(el, 'mhpss-result-list', 'mhpss-org-card').flatMap((c) =>
      deepAll(c, 'mark'),
    );
    expect(marks.length).to.be.greaterThan(0);
  });

  it('filters by facets: OR within a facet, AND across, with live disjunctive counts', async () => {
    const el = await directory();
    expect(nameOf(checkbox(el, 'regions', 'Europe'))).to.equal('Europe 3');
    await click(checkbox(el, 'regions', 'Europe'));
    await settled(el);
    expect(status(el)).to.equal('3 organizations');
    await click(checkbox(el, 'regions', 'Africa'));
    await settled(el);
    expect(status(el)).to.equal('5 organizations');
    await click(checkbox(el, 'approaches', 'Research'));
    await settled(el);
    expect(names(el).sort()).to.deep.equal(['War Child', 'World Health Organization']);
    const chips = deepAll(el, 'mhpss-filter-chips', '.chip').map(nameOf);
    expect(chips).to.deep.equal([
      'Remove filter: Region: Africa',
      'Remove filter: Region: Europe',
      'Remove filter: Approach: Research',
    ]);
  });

  it('keeps zero-count terms visible but disabled', async () => {
    const el = await directory();
    const antarctica = checkbox(el, 'regions', 'Antarctica');
    expect(nameOf(antarctica)).to.equal('Antarctica 0');
    expect(antarctica.disabled).to.equal(true);
  });

  it('removes a filter with its chip, and all with "Clear all filters"', async () => {
    const el = await directory();
    await click(checkbox(el, 'regions', 'Europe'));
    await settled(el);
    await click(checkbox(el, 'approaches', 'Advocacy'));
    await settled(el);
    expect(status(el)).to.equal('2 organizations');
    await click(deepAll(el, 'mhpss-filter-chips', '.chip')[1]!);
    await settled(el);
    expect(status(el)).to.equal('3 organizations');
    const log = record('mhpss-state-change');
    await click(deep(el, 'mhpss-filter-chips', '.clear'));
    await settled(el);
    log.stop();
    expect(status(el)).to.equal('6 organizations');
    expect(log.events[0]!.detail.filters).to.deep.equal({});
    expect(checkbox(el, 'regions', 'Europe').checked).to.equal(false);
  });

  it('shows an empty state with a hint', async () => {
    const el = await directory();
    await typeSearch(el, 'zzzzqqqq');
    expect(status(el)).to.equal('No organizations found');
    const empty = deep(el, '[part=empty]');
    expect(empty.textContent).to.contain('Try fewer filters');
    await click(empty.querySelector('button')!);
    await settled(el);
    expect(status(el)).to.equal('6 organizations');
  });

  it('pages through results', async () => {
    const el = await directory(html``, { pageSize: 4 });
    expect(names(el)).to.have.length(4);
    const nav = deep(el, 'mhpss-result-list', 'nav');
    expect(nav.textContent).to.contain('Page 1 of 2');
    const log = record('mhpss-state-change');
    await click(deepAll(el, 'mhpss-result-list', 'nav button')[1]!);
    await settled(el);
    log.stop();
    expect(names(el)).to.have.length(2);
    expect(log.events[0]!.detail.page).to.equal(1);
  });

  it('sorts the matches by name when the visitor asks, and back by relevance', async () => {
    const el = await directory();
    await typeSearch(el, 'child');
    // By relevance the exact word ("War Child") beats the completed one ("Children's").
    const byRelevance = names(el);
    expect(byRelevance).to.deep.equal(['War Child', "United Nations Children's Fund"]);
    const log = record('mhpss-state-change');
    const select = deep<HTMLSelectElement>(el, 'select');
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    expect(names(el)).to.deep.equal(["United Nations Children's Fund", 'War Child']);
    expect(log.events.at(-1)!.detail.sort).to.equal('name');
    select.value = 'relevance';
    select.dispatchEvent(new Event('change'));
    await settled(el);
    log.stop();
    expect(names(el)).to.deep.equal(byRelevance);
    expect(log.events.at(-1)!.detail.sort).to.equal('relevance');
  });

  it('shows only the facets asked for, in order, and follows changes', async () => {
    const el = await directory();
    el.setAttribute('facets', 'approaches regions nope');
    await settled(el);
    expect(deepAll(el, 'mhpss-facet-group').map((g) => g.getAttribute('facet'))).to.deep.equal([
      'approaches',
      'regions',
    ]);
    expect(warnings.join('\n')).to.contain("'nope'");
  });

  it('applies a fixed scope, ignoring invalid tokens with a warning', async () => {
    const el = await directory();
    el.setAttribute('scope', 'regions:europe approaches:advocacy bogus regions:mars');
    await settled(el);
    expect(names(el).sort()).to.deep.equal([
      'Danish International Development Agency',
      'World Health Organization',
    ]);
    expect(warnings.filter((w) => w.includes('scope'))).to.have.length(2);
    expect(
      el.shadowRoot!.querySelector('mhpss-filter-chips')!.shadowRoot!.querySelector('.chip'),
    ).to.equal(null);
  });

  it('takes the initial query from the query attribute, without firing events', async () => {
    const data = await fixtureData();
    const log = record('mhpss-state-change');
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory query="War Child" .data=${data}></mhpss-directory>`,
    );
    await settled(el);
    expect(names(el)[0]).to.equal('War Child');
    expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('War Child');
    el.query = 'Taghyeer';
    await settled(el);
    log.stop();
    expect(names(el)[0]).to.equal('Taghyeer Foundation');
    expect(log.events).to.have.length(0);
  });

  it('opens the detail view from a card, fires mhpss-select, and closes with Escape back to the card', async () => {
    const el = await directory();
    const card = deepAll(el, 'mhpss-result-list', 'mhpss-org-card').find((c) =>
      deep(c, '[role=heading]').textContent!.includes('World Health'),
    )!;
    const button = deep(card, 'button');
    const selected = oneEvent(el, 'mhpss-select');
    await click(button);
    expect((await selected).detail.organization.id).to.equal('who');
    await settled(el);
    const dialog = deep<HTMLDialogElement>(el, 'mhpss-org-detail', 'dialog');
    expect(dialog.open).to.equal(true);
    expect(deepText(deep(el, 'mhpss-org-detail'))).to.contain('Geneva');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(dialog.open).to.equal(false);
    expect(card.shadowRoot!.activeElement).to.equal(button);
  });

  it('speaks French, Spanish and Arabic (right to left), following its lang', async () => {
    const el = await directory();
    el.lang = 'fr';
    await settled(el);
    expect(nameOf(deep(el, 'mhpss-search-box', 'input'))).to.equal('Rechercher des organisations');
    expect(status(el)).to.equal('6 organisations');
    expect(deep(group(el, 'regions'), 'legend').textContent).to.equal('Région');
    el.lang = 'ar';
    await settled(el);
    expect(deep(el, '.base').getAttribute('dir')).to.equal('rtl');
    expect(nameOf(deep(el, 'mhpss-search-box', 'input'))).to.equal('البحث عن المنظمات');
    el.lang = 'es';
    await settled(el);
    expect(deep(el, '.base').getAttribute('dir')).to.equal('ltr');
    expect(status(el)).to.equal('6 organizaciones');
  });

  it('takes its language from the closest lang on the page', async () => {
    const data = await fixtureData();
    const wrapper = await fixture(
      html`<section lang="fr"><mhpss-directory .data=${data}></mhpss-directory></section>`,
    );
    const el = wrapper.querySelector('mhpss-directory')!;
    await settled(el);
    expect(status(el)).to.equal('6 organisations');
  });

  it("mirrors its state in the URL with a prefix, keeping the page's own parameters, and restores it", async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?page=7&mhpss-q=taghyeer`);
    try {
      const data = await fixtureData();
      // The URL code is a chunk of its own: the first results wait for it.
      let loaded = oneEvent(document, 'mhpss-load');
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory url-state .data=${data}></mhpss-directory>`,
      );
      await loaded;
      await settled(el);
      expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('taghyeer');
      expect(names(el)[0]).to.equal('Taghyeer Foundation');
      deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').select();
      await sendKeys({ press: 'Backspace' });
      await settled(el);
      await click(checkbox(el, 'regions', 'Europe'));
      await settled(el);
      // Writes are coalesced: the last state lands at most URL_WRITE_INTERVAL later.
      await waitUntil(() => !location.search.includes('mhpss-q'), 'the URL follows the view');
      const params = new URLSearchParams(location.search);
      expect(params.get('page')).to.equal('7');
      expect(params.get('mhpss-q')).to.equal(null);
      expect(
        [...params.keys()].some((k) => k.startsWith('mhpss-') && params.get(k)!.includes('europe')),
      ).to.equal(true);

      // A second element restores that state from the URL.
      loaded = oneEvent(document, 'mhpss-load');
      const again = await fixture<MhpssDirectory>(
        html`<mhpss-directory url-state .data=${data}></mhpss-directory>`,
      );
      await loaded;
      await settled(again);
      expect(checkbox(again, 'regions', 'Europe').checked).to.equal(true);
      expect(status(again)).to.equal('3 organizations');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('renders a "Suggest an organization" link only for safe URLs', async () => {
    const el = await directory();
    el.suggestUrl = 'https://example.org/suggest';
    await settled(el);
    const link = deep<HTMLAnchorElement>(el, '[part=suggest]');
    expect(link.textContent!.trim()).to.equal('Suggest an organization');
    expect(link.rel).to.equal('noopener noreferrer');
    el.suggestUrl = 'javascript:alert(1)';
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=suggest]')).to.equal(null);
  });

  it("uses the data's own submit link when suggest-url is not set, and none when it is empty", async () => {
    const data = await fixtureData();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory
        .data=${{ ...data, submit: 'mailto:suggest@example.org,mhin@example.net' }}
      ></mhpss-directory>`,
    );
    await settled(el);
    const href = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=suggest]')?.href;
    expect(href()).to.equal('mailto:suggest@example.org,mhin@example.net');
    expect(deep(el, '[part=suggest]').textContent!.trim()).to.equal('Suggest an organization');
    el.setAttribute('suggest-url', 'https://example.org/own-form');
    await settled(el);
    expect(href()).to.equal('https://example.org/own-form');
    el.setAttribute('suggest-url', '');
    await settled(el);
    expect(href()).to.equal(undefined);
    el.removeAttribute('suggest-url');
    await settled(el);
    expect(href()).to.equal('mailto:suggest@example.org,mhin@example.net');
    await expect(el).to.be.accessible();
  });

  it('shows no suggest link from a submit link that is not http(s) or mailto:', async () => {
    const data = await fixtureData();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${{ ...data, submit: 'javascript:alert(1)' }}></mhpss-directory>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=suggest]')).to.equal(null);
    expect(warnings.join('\n')).to.match(
      /submit: 'javascript:alert\(1\)' is not an http\(s\) or mailto: link/,
    );
  });

  it('never turns hostile data into markup', async () => {
    const el = await directory();
    await typeSearch(el, 'Hostile');
    expect(deepText(el)).to.contain('<img src=x');
    const cards = deepAll(el, 'mhpss-result-list', 'mhpss-org-card');
    expect(cards.every((c) => !c.shadowRoot!.querySelector('img, script'))).to.equal(true);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fires no state event when code sets properties', async () => {
    const el = await directory();
    const log = record('mhpss-state-change', 'mhpss-select');
    el.facets = 'regions';
    el.scope = 'regions:africa';
    el.pageSize = 1;
    el.lang = 'fr';
    await settled(el);
    log.stop();
    expect(names(el)).to.have.length(1);
    expect(log.events).to.have.length(0);
  });

  it("keeps the inner elements' events inside: the page sees only the directory's own", async () => {
    const el = await directory();
    const log = record('mhpss-input', 'mhpss-facet-change', 'mhpss-state-change');
    await typeSearch(el, 'w');
    await click(checkbox(el, 'regions', 'Europe'));
    await settled(el);
    log.stop();
    // The search box's mhpss-input and the facet group's mhpss-facet-change stayed inside.
    expect(log.events.map((e) => e.type)).to.deep.equal([
      'mhpss-state-change',
      'mhpss-state-change',
    ]);
    expect(log.events[1]!.detail.filters).to.deep.equal({ regions: ['europe'] });
  });
});
