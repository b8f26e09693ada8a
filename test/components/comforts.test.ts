// Small comforts people expect: "/" to search, Escape to clear, Windows High Contrast (forced
// colours), reduced motion, and no horizontal scrolling at 320 px or 200 % zoom. Forced colours
// and reduced motion are emulated by Chromium itself (the `emulate-media-features` command of
// web-test-runner.config.mjs: the stock emulateMedia drops forcedColors under Puppeteer).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory, MhpssSearchBox } from '../../src/define.js';
import { expectFocus, focused } from './focus.js';
import { click, deep, deepAll, fixtureData, record, settled, quiet } from './helpers.js';

/** A directory on the fixture data, rendered and settled. */
async function directory(): Promise<MhpssDirectory> {
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory .data=${await fixtureData()}></mhpss-directory>`,
  );
  await settled(el);
  return el;
}

/** The shipped list, the longest labels and records there are. */
async function shipped(): Promise<MhpssDirectory> {
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory src="/data/members.json"></mhpss-directory>`,
  );
  await new Promise((resolve) => el.addEventListener('mhpss-load', resolve, { once: true }));
  await settled(el);
  return el;
}

const searchInput = (el: MhpssDirectory) => deep<HTMLInputElement>(el, 'mhpss-search-box', 'input');
const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();

/** Every element of the widget, through its shadow roots, in tree order. */
function everything(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (parent: Element | ShadowRoot) => {
    for (const child of parent.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return out;
}

// The fixture's deliberate data issues would fill the log.
quiet('warn');

const emulate = (features: { name: string; value: string }[]) =>
  executeServerCommand('emulate-media-features', { features });

describe('"/" and Escape', () => {
  let outside: HTMLElement;
  beforeEach(() => {
    outside = document.createElement('div');
    outside.innerHTML = `<button id="page-button">A page button</button>
      <input id="page-input" aria-label="Page field" />
      <textarea id="page-textarea" aria-label="Page notes"></textarea>
      <select id="page-select" aria-label="Page menu"><option>/a</option><option>b</option></select>
      <div id="page-editable" contenteditable="true" aria-label="Page editor"></div>
      <input id="page-checkbox" type="checkbox" aria-label="Page option" />`;
    document.body.prepend(outside);
  });
  afterEach(() => outside.remove());
  const page = <T extends HTMLElement>(id: string) => outside.querySelector<T>(`#${id}`)!;

  it('"/" from the page moves focus to the search box, and is not typed into it', async () => {
    const el = await directory();
    page('page-button').focus();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(el));
    expect(searchInput(el).value).to.equal('');
    // From nowhere in particular (the body) too, then typing goes on in the box.
    (focused() as HTMLElement).blur();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(el));
    await sendKeys({ type: 'who' });
    await settled(el);
    expect(searchInput(el).value).to.equal('who');
  });

  it('"/" on a checkbox of the page or of a facet goes to the search box too', async () => {
    const el = await directory();
    page('page-checkbox').focus();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(el));
    const box = deepAll<HTMLInputElement>(el, 'mhpss-facet-group', 'input')[0]!;
    box.focus();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(el));
  });

  it('never takes a "/" typed into a field: input, textarea, select, contenteditable, the search box', async () => {
    const el = await directory();
    for (const id of ['page-input', 'page-textarea', 'page-editable']) {
      const field = page(id);
      field.focus();
      await sendKeys({ type: 'a/b' });
      expectFocus(field, id);
      const text = id === 'page-editable' ? field.textContent : (field as HTMLInputElement).value;
      expect(text, id).to.equal('a/b');
    }
    const select = page<HTMLSelectElement>('page-select');
    select.selectedIndex = 1;
    select.focus();
    await sendKeys({ press: '/' });
    expectFocus(select);
    // In the search box itself "/" is just a character.
    searchInput(el).focus();
    await sendKeys({ type: 'a/b' });
    await settled(el);
    expect(searchInput(el).value).to.equal('a/b');
  });

  it('leaves "/" alone with Ctrl, Alt or Meta, or when the page has handled it', async () => {
    const el = await directory();
    for (const modifier of ['Control', 'Alt', 'Meta']) {
      page('page-button').focus();
      await sendKeys({ down: modifier });
      await sendKeys({ press: '/' });
      await sendKeys({ up: modifier });
      expectFocus(page('page-button'), modifier);
    }
    const own = (e: KeyboardEvent) => e.key === '/' && e.preventDefault();
    window.addEventListener('keydown', own, { capture: true });
    try {
      page('page-button').focus();
      await sendKeys({ press: '/' });
      expectFocus(page('page-button'));
    } finally {
      window.removeEventListener('keydown', own, { capture: true });
    }
    // Shift stays allowed: French and Spanish keyboards type "/" with it.
    page('page-button').focus();
    const slash = new KeyboardEvent('keydown', {
      key: '/',
      shiftKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    page('page-button').dispatchEvent(slash);
    expect(slash.defaultPrevented).to.equal(true);
    expectFocus(searchInput(el));
    // A script's own "/" on the document itself (no element to look at) does no harm.
    page('page-button').focus();
    const scripted = new KeyboardEvent('keydown', { key: '/', cancelable: true });
    document.dispatchEvent(scripted);
    expectFocus(searchInput(el));
  });

  it('with two widgets the first takes "/"; a removed widget stops listening', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <mhpss-directory .data=${await fixtureData()}></mhpss-directory>
        <mhpss-directory .data=${await fixtureData()}></mhpss-directory>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('mhpss-directory')];
    await settled(first!);
    await settled(second!);
    page('page-button').focus();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(first!));
    first!.remove();
    page('page-button').focus();
    await sendKeys({ press: '/' });
    expectFocus(searchInput(second!));
    second!.remove();
    page('page-button').focus();
    await sendKeys({ press: '/' });
    expectFocus(page('page-button'));
  });

  it('behind the open detail dialog, "/" is left alone', async () => {
    const el = await directory();
    await click(deep(deepAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!, 'button'));
    await settled(el);
    const dialog = deep(el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const inDialog = focused();
    await sendKeys({ press: '/' });
    expectFocus(inDialog);
    expect(dialog.open).to.equal(true);
  });

  it('Escape empties the search box, and the results follow', async () => {
    const el = await directory();
    searchInput(el).focus();
    await sendKeys({ type: 'unicef' });
    await settled(el);
    expect(status(el)).to.equal('1 organization');
    const log = record('mhpss-input', 'mhpss-state-change', 'keydown');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    log.stop();
    expect(searchInput(el).value).to.equal('');
    expect(status(el)).to.equal('6 organizations');
    expectFocus(searchInput(el));
    expect(log.events.find((e) => e.type === 'mhpss-state-change')!.detail.query).to.equal('');
    // Handled: the page does not also get this Escape (a dialog around the widget stays open).
    expect(log.events.filter((e) => e.type === 'keydown')).to.have.length(0);

    // In an empty box, Escape is the page's.
    const again = record('mhpss-input', 'keydown');
    await sendKeys({ press: 'Escape' });
    again.stop();
    expect(again.events.map((e) => e.type)).to.deep.equal(['keydown']);
  });

  it('Escape in a search box on its own fires mhpss-input with the empty value', async () => {
    const box = await fixture<MhpssSearchBox>(
      html`<mhpss-search-box value="children"></mhpss-search-box>`,
    );
    box.focus();
    const log = record('mhpss-input');
    await sendKeys({ press: 'Escape' });
    log.stop();
    expect(log.events.map((e) => e.detail.value)).to.deep.equal(['']);
    expect(box.value).to.equal('');
  });
});

describe('forced colours (Windows High Contrast)', () => {
  afterEach(() => emulate([]));

  /** What a system colour resolves to in the current mode. */
  function systemColour(name: string): string {
    const probe = document.createElement('span');
    document.body.append(probe);
    probe.setAttribute('style', `color: ${name}`);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }

  /** Visible controls a visitor can press, pick or type into, with what makes them visible. */
  function controls(el: Element) {
    return everything(el)
      .filter((e) => ['button', 'select', 'input'].includes(e.localName) && e.checkVisibility())
      .map((e) => {
        const style = getComputedStyle(e);
        return {
          what: `${e.localName}.${e.className || (e as HTMLInputElement).type}`,
          border: style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1,
          // Checkboxes keep the system's own drawing (appearance: auto), in system colours.
          native: style.appearance !== 'none' && (e as HTMLInputElement).type === 'checkbox',
        };
      });
  }

  it('keeps a border on every button, field, menu and card, and draws checkboxes natively', async () => {
    const el = await directory();
    await click(deepAll<HTMLInputElement>(el, 'mhpss-facet-group', 'input')[0]!);
    await settled(el);
    // Before: link-like buttons ("Clear all filters", "Show more", the facets' own) have none.
    expect(controls(el).filter((c) => !c.border && !c.native)).to.not.deep.equal([]);

    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const all = controls(el);
    expect(all.map((c) => c.what)).to.include.members([
      'input.search',
      'button.toggle',
      'input.checkbox',
      'select.select-one',
      'button.chip',
      'button.clear',
    ]);
    expect(all.filter((c) => !c.border && !c.native)).to.deep.equal([]);
    for (const card of everything(el).filter((e) => e.localName === 'article')) {
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    }

    // The detail dialog's own buttons too.
    await click(deep(deepAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!, 'button'));
    await settled(el);
    const detail = deep(el, 'mhpss-org-detail');
    expect(controls(detail).filter((c) => !c.border && !c.native)).to.deep.equal([]);
    expect(controls(detail).length).to.be.greaterThan(0);
  });

  it('rings the focused control in the Highlight colour, cards included, and marks matches', async () => {
    const el = await directory();
    searchInput(el).focus();
    await sendKeys({ type: 'unicef' });
    await settled(el);
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    const highlight = systemColour('Highlight');
    const canvas = systemColour('Canvas');
    expect(highlight).to.not.equal(canvas);

    // From the keyboard (Tab to a facet's button, Space on a checkbox), then on to every kind
    // of control: each shows a 2px ring in Highlight (a card's is drawn around the whole card).
    await sendKeys({ press: 'Tab' });
    const facet = focused() as HTMLElement;
    expect(facet.getAttribute('part')).to.equal('toggle');
    await sendKeys({ press: 'Tab' });
    const checkbox = focused() as HTMLInputElement;
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(checkbox.checked).to.equal(true);
    const card = deep(deepAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!, '.name button');
    const stops = [
      searchInput(el),
      facet,
      checkbox,
      deep(el, 'select'),
      deep(el, 'mhpss-filter-chips', '.chip'),
      deep(el, 'mhpss-filter-chips', '.clear'),
      card,
    ];
    for (const stop of stops) {
      stop.focus();
      expect(stop.matches(':focus-visible'), stop.outerHTML).to.equal(true);
      const ring = getComputedStyle(stop, stop === card ? '::after' : null);
      expect(ring.outlineStyle, stop.outerHTML).to.equal('solid');
      expect(parseFloat(ring.outlineWidth), stop.outerHTML).to.be.at.least(2);
      expect(ring.outlineColor, stop.outerHTML).to.equal(highlight);
    }

    const mark = everything(el).find((e) => e.localName === 'mark')!;
    expect(getComputedStyle(mark).backgroundColor).to.equal(systemColour('Mark'));
  });
});

describe('reduced motion', () => {
  afterEach(() => emulate([]));

  /** Elements of the widget that animate or transition. */
  const moving = (el: Element) =>
    everything(el).filter((e) => {
      const style = getComputedStyle(e);
      return (
        style.animationName !== 'none' ||
        style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
      );
    });

  it('animates nothing when the visitor asks for reduced motion', async () => {
    // By default the loading skeleton shimmers (a request that never answers keeps it on
    // screen), and cards ease their hover border.
    const fetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    let loading: MhpssDirectory;
    try {
      loading = await fixture<MhpssDirectory>(
        html`<mhpss-directory src="/never.json"></mhpss-directory>`,
      );
    } finally {
      window.fetch = fetch;
    }
    const loaded = await directory();
    expect(moving(loading).some((e) => e.classList.contains('sk'))).to.equal(true);
    expect(moving(loaded).map((e) => e.localName)).to.include('article');

    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(loading.shadowRoot!.querySelector('.sk')).to.not.equal(null);
    expect(moving(loading)).to.deep.equal([]);
    expect(moving(loaded)).to.deep.equal([]);
  });
});

describe('reflow: 320 px wide, and 640 px at 200 % zoom', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  /**
   * What would make a visitor scroll sideways or lose text: the page wider than the window, an
   * element of the widget sticking out of it, or a box clipping its content sideways.
   */
  function overflow(el: Element): string[] {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const e of everything(el)) {
      if (!e.checkVisibility() || e.classList.contains('sr-only') || e.closest('.sr-only')) {
        continue;
      }
      const r = e.getBoundingClientRect();
      const what = `${e.localName}.${e.className}`;
      if (r.width && (r.left < -0.5 || r.right > width + 0.5)) {
        problems.push(`${what} at ${r.left}..${r.right}`);
      }
      const clips = getComputedStyle(e).overflowX !== 'visible';
      if (clips && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1) {
        problems.push(`${what} clips ${e.scrollWidth} > ${e.clientWidth}`);
      }
    }
    return problems;
  }

  for (const [label, viewport] of [
    ['320 px', { width: 320, height: 640 }],
    // Browser zoom at 200 % on a 640 px window: a 320 CSS px viewport at 2 device pixels per px
    // (media queries see 320 px, as they do when zooming; CSS `zoom` would not tell them).
    ['640 px at 200 %', { width: 320, height: 640, deviceScaleFactor: 2 }],
  ] as const) {
    it(`has no horizontal scroll at ${label}: results, filters, every facet, chips, the dialog`, async () => {
      await setViewport(viewport);
      const el = await shipped();
      expect(window.innerWidth).to.equal(320);
      expect(overflow(el)).to.deep.equal([]);

      // Every facet open and unfolded, a filter ticked, a search with highlights.
      await click(deep(el, 'button.toggle'));
      await settled(el);
      for (const group of deepAll(el, 'mhpss-facet-group')) {
        const button = deep(group, 'button[part=toggle]');
        if (button.getAttribute('aria-expanded') === 'false') await click(button);
        const more = group.shadowRoot!.querySelector<HTMLElement>('[part=more]');
        if (more) await click(more);
      }
      await settled(el);
      await click(deepAll(el, 'mhpss-facet-group', 'input')[4]!);
      searchInput(el).focus();
      await sendKeys({ type: 'international' });
      await settled(el);
      expect(overflow(el)).to.deep.equal([]);

      // The detail dialog of the record with the most to show.
      const cards = deepAll(el, 'mhpss-result-list', 'mhpss-org-card');
      await click(deep(cards[0]!, 'button'));
      await settled(el);
      expect(overflow(el)).to.deep.equal([]);
    });
  }
});
