// "Take it away": a visitor who has narrowed the list down downloads it (CSV in the import
// format, JSON the widget loads), prints it as a clean list, and copies a link that opens the
// same view — with or without url-state.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory, MhpssOrgCard } from '../../src/define.js';
import {
  Directory,
  parseDirectory,
  parseDirectoryCsv,
  type DirectoryDocument,
  type DirectorySource,
} from '../../src/core/index.js';
import { click, deep, deepAll, fixtureData, nameOf, settled, waitUntil } from './helpers.js';

const toolbar = (el: MhpssDirectory) => deep(el, '[part=toolbar]');
const button = (el: MhpssDirectory, name: string) =>
  [...toolbar(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => nameOf(b) === name)!;
const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const checkbox = (el: MhpssDirectory, facet: string, label: string) =>
  deepAll<HTMLInputElement>(el, `mhpss-facet-group[facet=${facet}]`, 'input').find((i) =>
    nameOf(i).startsWith(label),
  )!;

/** A directory with its toolbar on screen. */
async function directory(template = html`<mhpss-directory></mhpss-directory>`) {
  const el = await fixture<MhpssDirectory>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('[part=toolbar]'), 'the toolbar to load');
  await settled(el);
  return el;
}

async function fixtureDirectory(attrs = '') {
  const data = await fixtureData();
  const el = document.createElement('mhpss-directory');
  for (const attr of attrs.split(/\s+/).filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  el.data = data;
  return directory(html`${el}`);
}

async function typeSearch(el: MhpssDirectory, text: string) {
  deep(el, 'mhpss-search-box').focus();
  await sendKeys({ type: text });
  await settled(el);
}

/** Runs `action` and returns the file it saves (no file is written). */
async function download(
  action: () => unknown,
): Promise<{ name: string; type: string; text: string }> {
  let blob: Blob | undefined;
  let name = '';
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return create.call(URL, object);
  };
  const intercept = (event: Event) => {
    const a = event.composedPath()[0];
    if (a instanceof HTMLAnchorElement && a.download) {
      name = a.download;
      event.preventDefault();
    }
  };
  addEventListener('click', intercept, true);
  try {
    await action();
    await waitUntil(() => name, 'a file to be saved');
  } finally {
    URL.createObjectURL = create;
    removeEventListener('click', intercept, true);
  }
  return { name, type: blob!.type, text: await blob!.text() };
}

/** Replaces the clipboard for one test; `write` decides what writing does. */
function clipboard(write?: (text: string) => Promise<void>): { copied: string[]; restore(): void } {
  const copied: string[] = [];
  const value = write
    ? {
        writeText: (text: string) => {
          copied.push(text);
          return write(text);
        },
      }
    : undefined;
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return {
    copied,
    restore: () => delete (navigator as { clipboard?: unknown }).clipboard,
  };
}

async function allPages(el: MhpssDirectory): Promise<string[]> {
  const seen = [...names(el)];
  for (;;) {
    const next = deepAll<HTMLButtonElement>(el, 'mhpss-result-list', 'nav button')[1];
    if (!next || next.getAttribute('aria-disabled') === 'true') return seen;
    await click(next);
    await settled(el);
    seen.push(...names(el));
  }
}

const original = location.href;
let warn: typeof console.warn;
beforeEach(() => {
  // The fixture's data issues are reported on every load; they are another suite's subject.
  warn = console.warn;
  console.warn = () => undefined;
});
afterEach(async () => {
  console.warn = warn;
  history.replaceState(null, '', original);
  await emulateMedia({ media: 'screen' });
});

describe('Download', () => {
  it('is an accessible disclosure of two formats, closed by Escape or a click elsewhere', async () => {
    const el = await fixtureDirectory();
    await expect(el).to.be.accessible();
    const menu = button(el, 'Download');
    expect(menu.getAttribute('aria-expanded')).to.equal('false');
    const choices = deep(el, `#${menu.getAttribute('aria-controls')}`);
    expect(choices.hidden).to.equal(true);

    await click(menu);
    await settled(el);
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(choices.hidden).to.equal(false);
    expect([...choices.querySelectorAll('button')].map(nameOf)).to.deep.equal([
      'Spreadsheet (CSV)',
      'Data file (JSON)',
    ]);
    await expect(el).to.be.accessible();

    choices.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(choices.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(menu);

    await click(menu);
    await settled(el);
    await click(deep(el, '[part=status]'));
    await settled(el);
    expect(choices.hidden).to.equal(true);

    // Tabbing past the choices closes them too.
    await click(menu);
    await settled(el);
    choices.querySelectorAll('button')[1]!.focus();
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(choices.hidden).to.equal(true);
    expect(nameOf(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Print');
  });

  it('saves every page of the narrowed results, in their order, as CSV that reads back with the taxonomies', async () => {
    const data = await fixtureData();
    const el = await fixtureDirectory('page-size=2');
    await click(checkbox(el, 'regions', 'Middle East'));
    await settled(el);
    expect(status(el)).to.equal('4 organizations');
    expect(names(el)).to.have.length(2);

    await click(button(el, 'Download'));
    await settled(el);
    const file = await download(() => click(button(el, 'Spreadsheet (CSV)')));
    expect(file.name).to.match(/^mhpss-directory-\d{4}-\d{2}-\d{2}\.csv$/);
    const today = new Date();
    expect(file.name).to.contain(String(today.getFullYear()));
    expect(file.type).to.equal('text/csv;charset=utf-8');
    // The blob's text() drops the byte-order mark; the rows are what matters here.
    const { data: back, issues } = parseDirectoryCsv(file.text, { taxonomies: data.taxonomies! });
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    const shown = await allPages(el);
    expect(shown).to.have.length(4);
    expect(back.organizations.map((o) => o.name)).to.deep.equal(shown);
    const unicef = back.organizations.find((o) => o.id === 'unicef')!;
    expect(unicef.regions).to.deep.equal(['africa', 'middle-east']);
    expect(unicef.website).to.equal('https://www.unicef.org');
  });

  it('saves a JSON document the widget loads: the same taxonomies and metadata, only the shown organizations', async () => {
    const data = await fixtureData();
    const el = await fixtureDirectory('scope=regions:middle-east');
    await typeSearch(el, 'war');
    const shown = names(el);
    expect(shown.length).to.be.greaterThan(0);

    await click(button(el, 'Download'));
    await settled(el);
    const file = await download(() => click(button(el, 'Data file (JSON)')));
    expect(file.name).to.match(/^mhpss-directory-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.type).to.equal('application/json');
    const document = JSON.parse(file.text) as DirectoryDocument;
    expect(document.version).to.equal(1);
    expect(document.title).to.equal(data.title);
    expect(document.taxonomies).to.deep.equal(data.taxonomies);
    expect(document.organizations.map((o) => o.name)).to.deep.equal(shown);
    const { issues } = parseDirectory(document);
    expect(issues.filter((i) => i.severity === 'error')).to.deep.equal([]);

    const again = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${file.text}></mhpss-directory>`,
    );
    await settled(again);
    expect(names(again)).to.deep.equal(
      new Directory(parseDirectory(document).data).queryAll().map((o) => o.name),
    );
    expect(status(again)).to.equal(status(el));
  });
});

describe('Download and Print from a server', () => {
  /** A source over a network whose view is larger than a server is asked for at once. */
  async function largeRemote(): Promise<MhpssDirectory> {
    const dir = new Directory(parseDirectory(await fixtureData()).data);
    const source: DirectorySource = {
      data: dir.data,
      size: dir.size,
      facetKeys: dir.facetKeys,
      facetLabel: (facet, lang) => dir.facetLabel(facet, lang),
      termLabel: (facet, term, lang) => dir.termLabel(facet, term, lang),
      get: (id) => dir.get(id),
      capabilities: { remote: true },
      query: (state) => Promise.resolve({ ...dir.query(state), total: 2500 }),
    };

    const el = document.createElement('mhpss-directory');
    el.source = source;
    return directory(html`${el}`);
  }

  it('refuses a view of more than 2,000 organizations with a sentence, and saves nothing', async () => {
    const el = await largeRemote();
    let saved = false;
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      saved = true;
      return create(blob);
    };
    try {
      await click(button(el, 'Download'));
      await settled(el);
      await click(deep(el, '[part=toolbar] .choices button'));
      await waitUntil(() => toolbar(el).querySelector('[role=alert]'), 'the refusal');
    } finally {
      URL.createObjectURL = create;
    }
    expect(toolbar(el).querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      '2,500 organizations are too many to take from the server at once: narrow the view to 2,000 or fewer.',
    );
    expect(saved).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('Print', () => {
  it('prints every shown organization as a plain list with its website and email written out, and none of the controls', async () => {
    const el = await fixtureDirectory('page-size=2');
    await click(checkbox(el, 'regions', 'Africa'));
    await settled(el);
    expect(status(el)).to.equal('3 organizations');
    const printed: string[] = [];
    const print = window.print;
    window.print = () => {
      printed.push('print');
      dispatchEvent(new Event('beforeprint'));
    };
    try {
      await click(button(el, 'Print'));
    } finally {
      window.print = print;
    }
    expect(printed).to.deep.equal(['print']);
    const list = deep(el, '.print');
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('h3')!.textContent)).to.deep.equal([
      "United Nations Children's Fund (UNICEF)",
      'War Child',
      'World Health Organization (WHO)',
    ]);
    expect(list.querySelector('.about')!.textContent).to.equal('3 organizations · Region: Africa');
    const unicef = items[0]!;
    expect(unicef.textContent).to.contain('Website: https://www.unicef.org');
    expect(unicef.textContent).to.contain('Email: mhpss@unicef.org');

    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => getComputedStyle(deep(el, selector)).display !== 'none';
    expect(shown('.print')).to.equal(true);
    expect(shown('.top')).to.equal(false);
    expect(shown('.layout')).to.equal(false);
    await emulateMedia({ media: 'screen' });
    expect(shown('.print')).to.equal(false);
    expect(shown('.top')).to.equal(true);

    dispatchEvent(new Event('afterprint'));
    expect(el.shadowRoot!.querySelector('.print')).to.equal(null);
  });

  it('prints the search too, and what the browser prints without the button', async () => {
    const el = await fixtureDirectory();
    await typeSearch(el, 'unicef');
    dispatchEvent(new Event('beforeprint'));
    const about = deep(el, '.print .about').textContent!;
    expect(about).to.match(/^\d+ organizations? · Search: “unicef”$/);
    dispatchEvent(new Event('afterprint'));
  });
});

describe('Copy link', () => {
  it('copies a link that opens the same view, announces it, and leaves the page URL alone', async () => {
    const el = await fixtureDirectory('page-size=1');
    const board = clipboard(() => Promise.resolve());
    try {
      await click(checkbox(el, 'regions', 'Middle East'));
      await settled(el);
      await click(deepAll<HTMLButtonElement>(el, 'mhpss-result-list', 'nav button')[1]!);
      await settled(el);
      const name = names(el)[0]!;
      const before = location.href;
      await click(button(el, 'Copy link'));
      await settled(el);
      expect(location.href).to.equal(before);
      expect(board.copied).to.have.length(1);
      const link = new URL(board.copied[0]!);
      expect(link.origin + link.pathname + link.search).to.equal(
        new URL(original).origin + new URL(original).pathname + new URL(original).search,
      );
      const params = new URLSearchParams(link.hash.slice(1));
      expect(params.get('mhpss-f-regions')).to.equal('middle-east');
      expect(params.get('mhpss-page')).to.equal('2');
      const confirm = deep(el, '[part=toolbar] [aria-live=polite]');
      expect(confirm.textContent).to.equal('Link copied');

      // The link opens that view: another directory, on a page at that address.
      history.replaceState(null, '', link.href);
      const again = await fixtureDirectory('page-size=1');
      expect(checkbox(again, 'regions', 'Middle East').checked).to.equal(true);
      expect(status(again)).to.equal('4 organizations');
      expect(names(again)).to.deep.equal([name]);
      // Reading a link is all it does: the address stays as it came.
      expect(location.href).to.equal(link.href);
    } finally {
      board.restore();
    }
  });

  it('restores the search, the sort and the open organization, and follows a link opened on the same page', async () => {
    history.replaceState(null, '', '#mhpss-q=war&mhpss-sort=name&mhpss-org=war-child');
    const el = await fixtureDirectory();
    expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('war');
    expect(deep<HTMLSelectElement>(el, '[part=sort]').value).to.equal('name');
    const dialog = deep(el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(deep(el, 'mhpss-org-detail', 'h2').textContent).to.equal('War Child');
    await sendKeys({ press: 'Escape' });
    await settled(el);

    // A link to another view on this page: only the fragment changes, and the view follows.
    location.hash = 'mhpss-f-regions=europe';
    await waitUntil(() => status(el) === '3 organizations', 'the view to follow the link');
    await settled(el);
    expect(checkbox(el, 'regions', 'Europe').checked).to.equal(true);
    expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('');
    expect(dialog.open).to.equal(false);
  });

  it('a link without a search leaves the order to the default: a search then ranks by relevance', async () => {
    history.replaceState(null, '', '#mhpss-f-regions=europe');
    const el = await fixtureDirectory();
    expect(checkbox(el, 'regions', 'Europe').checked).to.equal(true);
    expect(deep<HTMLSelectElement>(el, '[part=sort]').value).to.equal('name');
    await typeSearch(el, 'war');
    expect(deep<HTMLSelectElement>(el, '[part=sort]').value).to.equal('relevance');
  });

  it('copies a link to the open organization from its detail view, confirmed inside the dialog', async () => {
    const el = await fixtureDirectory();
    const board = clipboard(() => Promise.resolve());
    try {
      await click(checkbox(el, 'regions', 'Europe'));
      await settled(el);
      const card = deepAll<MhpssOrgCard>(el, 'mhpss-result-list', 'mhpss-org-card')[0]!;
      await click(deep(card, 'button'));
      await settled(el);
      const detail = deep(el, 'mhpss-org-detail');
      const copy = deepAll<HTMLButtonElement>(detail, '.share button')[0]!;
      expect(nameOf(copy)).to.equal('Copy link');
      await click(copy);
      await settled(el);
      const params = new URLSearchParams(new URL(board.copied[0]!).hash.slice(1));
      expect(params.get('mhpss-org')).to.equal(card.organization!.id);
      expect(params.get('mhpss-f-regions')).to.equal('europe');
      expect(deep(detail, '.share [aria-live=polite]').textContent).to.equal('Link copied');
      await expect(el).to.be.accessible();
    } finally {
      board.restore();
    }
  });

  it("keeps the page's own fragment: an anchor or a hash route", async () => {
    history.replaceState(null, '', '#/members');
    const el = await fixtureDirectory();
    const board = clipboard(() => Promise.resolve());
    try {
      await click(checkbox(el, 'regions', 'Europe'));
      await settled(el);
      await click(button(el, 'Copy link'));
      expect(new URL(board.copied[0]!).hash).to.equal('#/members?mhpss-f-regions=europe');
      history.replaceState(null, '', board.copied[0]!);
      const again = await fixtureDirectory();
      expect(status(again)).to.equal('3 organizations');
    } finally {
      board.restore();
    }
  });

  it('with url-state, copies the page address the view is mirrored in, and moves a shared fragment link there', async () => {
    history.replaceState(null, '', `${location.pathname}?page=7#mhpss-f-regions=europe`);
    const el = await fixtureDirectory('url-state');
    expect(status(el)).to.equal('3 organizations');
    await waitUntil(
      () => location.search.includes('mhpss-f-regions'),
      'the URL to mirror the view',
    );
    expect(location.hash).to.equal('');
    expect(new URLSearchParams(location.search).get('page')).to.equal('7');
    const board = clipboard(() => Promise.resolve());
    try {
      await click(button(el, 'Copy link'));
      const link = new URL(board.copied[0]!);
      expect(link.hash).to.equal('');
      expect(link.searchParams.get('mhpss-f-regions')).to.equal('europe');
      expect(link.searchParams.get('page')).to.equal('7');
    } finally {
      board.restore();
    }
  });

  it('shows the link in a field to copy by hand when the clipboard cannot be written', async () => {
    const el = await fixtureDirectory();
    const refused = clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      await click(button(el, 'Copy link'));
      await waitUntil(() => el.shadowRoot!.querySelector('.manual input'), 'the fallback field');
      const field = deep<HTMLInputElement>(el, '.manual input');
      expect(nameOf(field)).to.equal('Copy this link:');
      expect(field.readOnly).to.equal(true);
      expect(field.value).to.equal(refused.copied[0]);
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
      await expect(el).to.be.accessible();
      // A different view: the field's link is no longer it.
      await click(checkbox(el, 'regions', 'Europe'));
      await settled(el);
      expect(el.shadowRoot!.querySelector('.manual')).to.equal(null);
    } finally {
      refused.restore();
    }
    const none = clipboard();
    try {
      await click(button(el, 'Copy link'));
      await waitUntil(() => el.shadowRoot!.querySelector('.manual input'), 'the fallback field');
      expect(deep<HTMLInputElement>(el, '.manual input').value).to.contain(
        'mhpss-f-regions=europe',
      );
    } finally {
      none.restore();
    }
  });
});

describe('the toolbar', () => {
  it('speaks the page language and offers only the link when nothing matches', async () => {
    const el = await fixtureDirectory('lang=fr');
    expect([...toolbar(el).querySelectorAll('button')].map(nameOf)).to.deep.equal([
      'Télécharger',
      'Tableur (CSV)',
      'Fichier de données (JSON)',
      'Imprimer',
      'Copier le lien',
    ]);
    const ar = await fixtureDirectory('lang=ar');
    expect(nameOf(button(ar, 'نسخ الرابط'))).to.equal('نسخ الرابط');
    await expect(ar).to.be.accessible();

    await typeSearch(el, 'zzqqxxw');
    expect(el.shadowRoot!.querySelector('[part=empty]')).to.not.equal(null);
    expect([...toolbar(el).querySelectorAll('button')].map(nameOf)).to.deep.equal([
      'Copier le lien',
    ]);
  });
});
