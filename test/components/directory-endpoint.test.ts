// <mhpss-directory endpoint="…"> against real servers: `mhpss-directory serve` over the shipped
// list on the embedded PostgreSQL (the profile: filters, counts, sorts, records), and a minimal
// server that speaks only the HSDS 3.0 standard (search and pages). The servers run in the test
// runner's process (scripts/wtr-hsds-plugin.mjs); the element loads its HSDS client as a chunk.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { ar } from '../../src/i18n/ar.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import type { MhpssDirectory } from '../../src/define.js';
import { click, deep, deepAll, nameOf, settled, waitUntil } from './helpers.js';

type Server = 'full' | 'minimal';
/** Asks the test runner for a server; a slow start (the browser waits 20 s a command) is asked again. */
async function server(
  name: Server,
  action: 'start' | 'stop' | 'resume' = 'start',
): Promise<{ url: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await executeServerCommand<{ url: string }, { server: Server; action: string }>(
        'hsds-server',
        { server: name, action },
      );
    } catch (error) {
      if (attempt >= 4 || !/within \d+ms/.test(String(error))) throw error;
    }
  }
}

const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
/** The API requests the page made to `base` for organizations, in order. */
const asked = (base: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.startsWith(`${base}organizations?`));

async function directory(
  endpoint: string,
  attrs: { pageSize?: number; lang?: string; urlState?: boolean } = {},
): Promise<MhpssDirectory> {
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory
      endpoint=${endpoint}
      page-size=${attrs.pageSize ?? 20}
      lang=${attrs.lang ?? 'en'}
      ?url-state=${attrs.urlState}
    ></mhpss-directory>`,
  );
  await waitUntil(() => el.total > 0, 'the first page', { timeout: 15000 });
  await settled(el);
  return el;
}

/** A facet's checkbox, by the group's name and the term's label (the name also holds its count). */
function checkbox(el: MhpssDirectory, group: string, term: string): HTMLInputElement {
  const fieldset = deepAll(el, 'mhpss-facet-group')
    .map((g) => deep(g, 'fieldset'))
    .find((f) => nameOf(f.querySelector('legend')!).startsWith(group));
  const box = [...fieldset!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
    nameOf(b).startsWith(term),
  );
  if (!box) throw new Error(`no checkbox ${term} in ${group}`);
  return box;
}

/** A button in `host`'s shadow root, by its accessible name. */
function button(host: Element, name: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

async function clearSearch(el: MhpssDirectory): Promise<void> {
  const input = deep<HTMLInputElement>(el, 'mhpss-search-box', 'input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await settled(el);
}

async function type(el: MhpssDirectory, text: string): Promise<void> {
  deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').focus();
  await sendKeys({ type: text });
  await settled(el);
}

describe('<mhpss-directory endpoint> over `mhpss-directory serve`', function () {
  this.timeout(90000);
  let base = '';
  before(async () => {
    base = (await server('full')).url;
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    performance.clearResourceTimings();
  });

  it('is accessible, and shows the first page, the count and the facet counts the server gives', async () => {
    const el = await directory(base, { pageSize: 5 });
    await expect(el).to.be.accessible();
    expect(status(el)).to.equal('32 organizations');
    expect(names(el)).to.deep.equal([
      'Amal Alliance',
      'Artolution',
      'Catholic Relief Services',
      'Danish International Development Agency',
      'Danish Red Cross',
    ]);
    const africa = deepAll(el, 'mhpss-facet-group').find(
      (g) => g.getAttribute('facet') === 'regions',
    )!;
    expect(deep(africa, 'fieldset').textContent).to.match(/Africa\s*25/);
    expect(deep(el, '[part=facets]').hidden).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=reduced]')).to.equal(null);
  });

  it('searches with typos, ticks a filter and pages: each answer from the server', async () => {
    const el = await directory(base, { pageSize: 3 });
    await type(el, 'save childrn');
    await waitUntil(() => names(el)[0] === 'Save the Children', 'the typo answered');
    await clearSearch(el);
    await waitUntil(() => status(el) === '32 organizations', 'every organization again');
    const europe = checkbox(el, 'Region', 'Europe');
    const count = Number(/(\d+)\s*$/.exec(nameOf(europe))![1]);
    expect(count).to.be.above(3);
    await click(europe);
    await settled(el);
    await waitUntil(() => status(el) === `${count} organizations`, 'the filtered count');
    expect(asked(base).some((url) => new URL(url).searchParams.has('taxonomy_term_id'))).to.equal(
      true,
    );
    // Paging asks the server for the next page.
    const before = names(el);
    await click(button(deep(el, 'mhpss-result-list'), 'Next'));
    await settled(el);
    await waitUntil(() => names(el).join() !== before.join(), 'the second page');
    expect(asked(base).some((url) => new URL(url).searchParams.get('page') === '2')).to.equal(true);
  });

  it('asks once typing pauses, not at every keystroke of a fast typist', async () => {
    const el = await directory(base);
    // Every request the element starts, aborted ones included.
    const started: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      started.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      // Keys 10 ms apart, as a fast typist's (real key events are slower on a busy machine).
      const input = deep<HTMLInputElement>(el, 'mhpss-search-box', 'input');
      for (const [i] of [...'psychosocial'].entries()) {
        input.value = 'psychosocial'.slice(0, i + 1);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await waitUntil(() => status(el) !== '32 organizations', 'the answer');
    } finally {
      window.fetch = original;
    }
    const texts = started
      .filter((url) => url.startsWith(`${base}organizations?`))
      .map((url) => new URL(url).searchParams.get('search'));
    // The first key is asked at once; the rest wait for the pause, and only the last is asked
    // (a timer late by 100 ms on a busy machine may let one more through).
    expect(texts[0]).to.equal('p');
    expect(texts.at(-1)).to.equal('psychosocial');
    expect(texts.length).to.be.at.most(4);
    // Back to the first question: answered from the cache, no request.
    const count = asked(base).length;
    await clearSearch(el);
    await waitUntil(() => status(el) === '32 organizations', 'every organization again');
    expect(asked(base).length).to.equal(count);
  });

  it('opens a linked organization that is on no page yet, and its partners', async () => {
    history.replaceState(null, '', '#mhpss-org=war-child-holland');
    const el = await directory(base, { pageSize: 5 });
    await waitUntil(
      () => deep(el, 'mhpss-org-detail').hasAttribute('open'),
      'the detail view of War Child Holland',
    );
    const detail = deep(el, 'mhpss-org-detail');
    await waitUntil(() => deep(detail, 'h2, [role=heading]').textContent!.includes('War Child'));
    // Its partners were asked for too: they are links to their entries.
    await waitUntil(
      () =>
        deepAll(detail, 'button.ref').some((b) => b.textContent!.includes('MHPSS Collaborative')),
      'the partners named',
    );
  });

  it('mirrors filters in the URL and restores them (url-state)', async () => {
    history.replaceState(null, '', '?mhpss-f-regions=oceania&mhpss-q=health');
    const el = await directory(base, { urlState: true });
    await waitUntil(() => el.total > 0 && status(el) !== '32 organizations');
    const chips = deepAll(el, 'mhpss-filter-chips', 'button');
    expect(chips.some((b) => b.textContent!.includes('Oceania'))).to.equal(true);
    expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('health');
  });

  it('says when the server cannot be reached, and Retry asks again', async () => {
    const el = await directory(base);
    await server('full', 'stop');
    try {
      await type(el, 'unicef');
      await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'the error state', {
        timeout: 15000,
      });
      await expect(el).to.be.accessible();
    } finally {
      await server('full', 'resume');
    }
    await click(deep(el, '[part=error] button'));
    await settled(el);
    await waitUntil(
      () => names(el)[0] === "United Nations Children's Fund",
      'the answer after Retry',
    );
  });
});

describe('<mhpss-directory endpoint> over a plain HSDS 3.0 server', function () {
  this.timeout(60000);
  let base = '';
  before(async () => {
    base = (await server('minimal')).url;
  });

  it('searches and pages, hides the facets and sorts it cannot give, and says so in one line', async () => {
    const el = await directory(base, { pageSize: 5 });
    await expect(el).to.be.accessible();
    expect(deep(el, '[part=facets]').hidden).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=sort]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('mhpss-summary')).to.equal(null);
    const note = deep(el, '[part=reduced]');
    expect(note.textContent!.trim()).to.equal(
      'This directory’s server offers search and pages only: no filters, counts or sorting.',
    );
    expect(note.getClientRects().length, 'visible').to.equal(1);
    // Pages: the server's own.
    const first = names(el);
    await click(button(deep(el, 'mhpss-result-list'), 'Next'));
    await settled(el);
    await waitUntil(() => names(el).join() !== first.join(), 'the second page');
    expect(names(el)).to.have.length(5);
    // Search: the server's own (a plain server's search need not forgive typos).
    await type(el, 'artolution');
    await waitUntil(() => status(el) === '1 organization', 'the search');
    expect(names(el)).to.deep.equal(['Artolution']);
  });

  it('says it in French, Spanish and Arabic too', async () => {
    for (const [lang, strings] of [
      ['fr', fr],
      ['es', es],
      ['ar', ar],
    ] as const) {
      const el = await directory(base, { lang });
      await waitUntil(() => el.shadowRoot!.querySelector('[part=reduced]'), `the ${lang} line`);
      await waitUntil(
        () => deep(el, '[part=reduced]').textContent!.trim() === strings.reduced,
        `the line in ${lang}`,
      );
    }
  });
});
