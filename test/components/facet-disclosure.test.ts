// Facets that fit a phone: each facet a disclosure that remembers its state, the first three open,
// long groups folded to their top terms with "Show N more", ticked terms always in sight. Names and
// states are read from Chromium's own accessibility tree, as assistive technology gets them.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import type { MhpssFacetGroup } from '../../src/components/facet-group/facet-group.js';
import type { FacetTermCount } from '../../src/core/search/directory-core.js';
import { expectFocus, focused } from './focus.js';
import { click, deep, deepAll, deepText, nameOf, record, settled } from './helpers.js';

// --- Chromium's accessibility tree ---------------------------------------------------------

interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  children?: AxNode[];
}

async function axNodes(role: string): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const found: AxNode[] = [];
  const visit = (node: AxNode) => {
    if (node.role === role) found.push(node);
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}
const axButtons = async () =>
  (await axNodes('button')).map((b) => ({ name: b.name, expanded: b.expanded }));
const axCheckboxes = async () => (await axNodes('checkbox')).map((c) => c.name);

// --- One group on its own ------------------------------------------------------------------

/** The approaches of a small network, in the data's (alphabetical) order, with their counts. */
const approaches = (...ticked: string[]): FacetTermCount[] =>
  (
    [
      ['advocacy', 'Advocacy', 7],
      ['arts', 'Arts and play', 2],
      ['community', 'Community support', 4],
      ['empowerment', 'Empowerment', 1],
      ['funding', 'Funding', 4],
      ['human-rights', 'Human rights', 1],
      ['policy', 'Policy', 2],
      ['remote', 'Remote support', 4],
      ['research', 'Research', 8],
      ['technology', 'Technology', 4],
      ['training', 'Training', 17],
      ['treatment', 'Treatment', 0],
    ] as const
  ).map(([id, label, count]) => ({ id, label, count, selected: ticked.includes(id) }));

/** The six most frequent (ties in the data's order: Technology, a 4 like three before it, folds). */
const TOP_SIX = [
  'Advocacy 7',
  'Community support 4',
  'Funding 4',
  'Remote support 4',
  'Research 8',
  'Training 17',
];

async function group(terms = approaches(), open = true): Promise<MhpssFacetGroup> {
  const el = await fixture<MhpssFacetGroup>(
    html`<mhpss-facet-group
      facet="approaches"
      label="Approach"
      ?open=${open}
      .terms=${terms}
    ></mhpss-facet-group>`,
  );
  await el.updateComplete;
  return el;
}
const toggle = (el: MhpssFacetGroup) => deep<HTMLButtonElement>(el, 'button[part=toggle]');
const more = (el: MhpssFacetGroup) => el.shadowRoot!.querySelector<HTMLElement>('[part=more]');
const shown = (el: MhpssFacetGroup) =>
  deepAll<HTMLInputElement>(el, 'input[type=checkbox]')
    .filter((box) => box.checkVisibility())
    .map(nameOf);

describe('<mhpss-facet-group> as a disclosure', () => {
  it('is a closed disclosure by default, like <details>: a collapsed button, its group hidden', async () => {
    const el = await group(approaches(), false);
    await expect(el).to.be.accessible();
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    const button = toggle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const terms = deep(el, `#${button.getAttribute('aria-controls')}`);
    expect(terms.localName).to.equal('fieldset');
    expect(terms.checkVisibility()).to.equal(false);
    expect(await axButtons()).to.deep.equal([{ name: 'Approach', expanded: false }]);
    expect(await axCheckboxes()).to.deep.equal([]);
  });

  it('opens with Enter and closes with Space, keeping focus on its button, and reports each change', async () => {
    const el = await group(approaches(), false);
    const log = record('mhpss-facet-toggle');
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expectFocus(toggle(el));
    expect(await axButtons()).to.deep.include({ name: 'Approach', expanded: true });
    expect(await axCheckboxes()).to.deep.equal(TOP_SIX);
    // The group of checkboxes is named by the facet.
    expect(deep(el, 'fieldset legend').textContent).to.equal('Approach');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    log.stop();
    expect(el.open).to.equal(false);
    expectFocus(toggle(el));
    expect(log.events.map((e) => e.detail)).to.deep.equal([
      { facet: 'approaches', open: true, showAll: false },
      { facet: 'approaches', open: false, showAll: false },
    ]);
  });

  it('folds a long group to its six most frequent terms, in the data order', async () => {
    const el = await group();
    expect(shown(el)).to.deep.equal(TOP_SIX);
    expect(nameOf(more(el)!)).to.equal('Show 6 more');
    await expect(el).to.be.accessible();
  });

  it('shows every term, then fewer, from the keyboard (Tab, Enter, Space), focus staying put', async () => {
    const el = await group();
    const log = record('mhpss-facet-toggle');
    toggle(el).focus();
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    const button = more(el)!;
    expectFocus(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown(el)).to.have.length(12);
    expect(shown(el)[0]).to.equal('Advocacy 7');
    expect(shown(el)[11]).to.equal('Treatment 0');
    expectFocus(button);
    expect(nameOf(button)).to.equal('Show fewer');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    log.stop();
    expect(shown(el)).to.deep.equal(TOP_SIX);
    expectFocus(button);
    expect(nameOf(button)).to.equal('Show 6 more');
    expect(log.events.map((e) => e.detail.showAll)).to.deep.equal([true, false]);
  });

  it('keeps ticked terms in sight beyond the top six, and counts them on its button', async () => {
    const el = await group(approaches('policy', 'training', 'human-rights'));
    expect(shown(el)).to.deep.equal([
      'Advocacy 7',
      'Community support 4',
      'Funding 4',
      'Human rights 1',
      'Policy 2',
      'Remote support 4',
      'Research 8',
      'Training 17',
    ]);
    expect(nameOf(more(el)!)).to.equal('Show 4 more');
    expect(deep(el, '[part=selected]').textContent!.trim()).to.equal('3 selected');
    expect(await axButtons()).to.deep.include({ name: 'Approach, 3 selected', expanded: true });
    // Closed, it still says so.
    await click(toggle(el));
    await el.updateComplete;
    expect(deep(el, '[part=selected]').checkVisibility()).to.equal(true);
    expect(await axButtons()).to.deep.equal([{ name: 'Approach, 3 selected', expanded: false }]);
    await expect(el).to.be.accessible();
  });

  it('keeps a term the visitor unticks on screen while it has focus', async () => {
    const el = await group(approaches('policy'));
    const policy = deepAll<HTMLInputElement>(el, 'input').find((b) => b.value === 'policy')!;
    policy.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(policy.checked).to.equal(false);
    expect(policy.isConnected && policy.checkVisibility()).to.equal(true);
    expectFocus(policy);
    expect(shown(el)).to.include('Policy 2');
    // Once the visitor is elsewhere, the next answer folds it away.
    toggle(el).focus();
    el.terms = approaches();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(TOP_SIX);
  });

  it('folds only groups longer than limit + 2, and never with limit 0', async () => {
    const eight = approaches().slice(0, 8);
    const el = await group(eight);
    expect(shown(el)).to.have.length(8);
    expect(more(el)).to.equal(null);
    el.limit = 3;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Advocacy 7', 'Community support 4', 'Funding 4']);
    expect(nameOf(more(el)!)).to.equal('Show 5 more');
    el.terms = approaches();
    el.limit = 0;
    await el.updateComplete;
    expect(shown(el)).to.have.length(12);
    expect(more(el)).to.equal(null);
  });

  it('fires no event when code opens it or shows every term', async () => {
    const el = await group(approaches(), false);
    const log = record('mhpss-facet-toggle', 'mhpss-facet-change');
    el.open = true;
    el.showAll = true;
    await el.updateComplete;
    log.stop();
    expect(log.events).to.have.length(0);
    expect(shown(el)).to.have.length(12);
    expect(nameOf(more(el)!)).to.equal('Show fewer');
  });

  it('speaks French, Spanish and Arabic', async () => {
    const el = await group(approaches('policy', 'training'));
    el.lang = 'fr';
    await el.updateComplete;
    expect(nameOf(more(el)!)).to.equal('Afficher 5 de plus');
    expect(deep(el, '[part=selected]').textContent!.trim()).to.equal('2 sélectionnés');
    expect(nameOf(toggle(el))).to.equal('Approach, 2 sélectionnés');
    el.lang = 'es';
    el.showAll = true;
    await el.updateComplete;
    expect(nameOf(more(el)!)).to.equal('Mostrar menos');
    expect(nameOf(toggle(el))).to.equal('Approach, 2 seleccionados');
    el.lang = 'ar';
    el.showAll = false;
    await el.updateComplete;
    expect(deep(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect(nameOf(more(el)!)).to.equal('عرض المزيد (5)');
    expect(nameOf(toggle(el))).to.equal('Approach، المحدَّد: 2');
    await expect(el).to.be.accessible();
  });
});

// --- In the directory, on a phone and on a desktop -----------------------------------------

const SHIPPED = '/data/members.json';

async function shipped(facets?: string): Promise<MhpssDirectory> {
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory src=${SHIPPED} facets=${facets ?? ''}></mhpss-directory>`,
  );
  await new Promise((resolve) => el.addEventListener('mhpss-load', resolve, { once: true }));
  await settled(el);
  return el;
}
const groupOf = (el: MhpssDirectory, facet: string) =>
  deep<MhpssFacetGroup>(el, `mhpss-facet-group[facet=${facet}]`);
/** Each facet shown and whether it is open, in order. */
const opened = (el: MhpssDirectory) =>
  deepAll<MhpssFacetGroup>(el, 'mhpss-facet-group').map((g) => [g.facet, g.open]);
/** Each group's open and show-all state, as its buttons say. */
const views = (el: MhpssDirectory) =>
  Object.fromEntries(
    deepAll<MhpssFacetGroup>(el, 'mhpss-facet-group').map((g) => [
      g.facet,
      [
        toggle(g).getAttribute('aria-expanded') === 'true',
        more(g) ? nameOf(more(g)!) : null,
      ] as const,
    ]),
  );

for (const [width, height] of [
  [375, 800],
  [1280, 900],
] as const) {
  const phone = width < 640;
  describe(`facets in the directory at ${width} px`, () => {
    before(() => setViewport({ width, height }));
    after(() => setViewport({ width: 800, height: 600 }));

    /** On a phone the facets are behind "Filters": open it. */
    async function showFilters(el: MhpssDirectory): Promise<void> {
      const filters = deep<HTMLButtonElement>(el, 'button.toggle');
      expect(filters.checkVisibility()).to.equal(phone);
      if (phone) {
        await click(filters);
        await settled(el);
      }
    }

    it('opens the first three facets and closes the rest, in the facets order', async () => {
      const el = await shipped();
      expect(opened(el)).to.deep.equal([
        ['regions', true],
        ['approaches', true],
        ['populations', true],
        ['settings', false],
        ['disorders', false],
        ['type', false],
        ['roles', false],
      ]);
      await showFilters(el);
      const buttons = await axButtons();
      expect(buttons).to.deep.include.members([
        { name: 'Region', expanded: true },
        { name: 'Approach', expanded: true },
        { name: 'Population', expanded: true },
        { name: 'Setting', expanded: false },
        { name: 'Organization type', expanded: false },
      ]);
      // The shipped approaches fold to the six most common, with the rest a button away.
      expect(buttons.map((b) => b.name)).to.include('Show 6 more');
      await expect(el).to.be.accessible();

      el.facets = 'type regions settings approaches';
      await settled(el);
      expect(opened(el)).to.deep.equal([
        ['type', true],
        ['regions', true],
        ['settings', true],
        ['approaches', false],
      ]);
    });

    it('is keyboard operable from the search box: Tab to each facet button, Enter and Space toggle it', async () => {
      const el = await shipped();
      deep(el, 'mhpss-search-box').focus();
      await sendKeys({ press: 'Tab' });
      expect(nameOf(focused() as HTMLElement)).to.equal('Suggest an organization');
      if (phone) {
        await sendKeys({ press: 'Tab' });
        expect(nameOf(focused() as HTMLElement)).to.equal('Filters');
        await sendKeys({ press: 'Enter' });
        await settled(el);
      }
      await sendKeys({ press: 'Tab' });
      const region = toggle(groupOf(el, 'regions'));
      expectFocus(region);
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(region.getAttribute('aria-expanded')).to.equal('false');
      // Closed, its checkboxes are out of the Tab order: on to the next facet.
      await sendKeys({ press: 'Tab' });
      expectFocus(toggle(groupOf(el, 'approaches')));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expectFocus(region);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(region.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      // 25 since issue 15's research sourced Africa on the shipped list's records (it was 4).
      expect(nameOf(focused() as HTMLElement)).to.equal('Africa 25');
      await sendKeys({ press: 'Space' });
      await settled(el);
      // Ticking re-renders everything: focus stays on the checkbox.
      expect(nameOf(focused() as HTMLElement)).to.equal('Africa 25');
      expect((focused() as HTMLInputElement).checked).to.equal(true);
      expect(await axButtons()).to.deep.include({ name: 'Region, 1 selected', expanded: true });
      await expect(el).to.be.accessible();
    });

    it('remembers each facet as the visitor left it: new results, language, data reload, facet order', async () => {
      const el = await shipped();
      await showFilters(el);
      await click(toggle(groupOf(el, 'regions')));
      await click(toggle(groupOf(el, 'type')));
      await click(more(groupOf(el, 'approaches'))!);
      await settled(el);
      const left = {
        regions: [false, null],
        approaches: [true, 'Show fewer'],
        populations: [true, null],
        settings: [false, null],
        disorders: [false, null],
        // Nine types since "Initiative or programme of another organization": six and "Show 3 more".
        type: [true, 'Show 3 more'],
        roles: [false, null],
      };
      expect(views(el)).to.deep.equal(left);
      await expect(el).to.be.accessible();

      // New results.
      deep(el, 'mhpss-search-box').focus();
      await sendKeys({ type: 'red cross' });
      await settled(el);
      expect(views(el)).to.deep.equal(left);
      // Another language.
      el.lang = 'fr';
      await settled(el);
      expect(views(el)).to.deep.equal({
        ...left,
        approaches: [true, 'Afficher moins'],
        type: [true, 'Afficher 3 de plus'],
      });
      el.lang = 'en';
      // The data again (the groups are drawn anew after the loading state).
      await el.reload();
      await settled(el);
      expect(views(el)).to.deep.equal(left);
      el.data = await (await fetch(SHIPPED)).json();
      await settled(el);
      expect(views(el)).to.deep.equal(left);
      // Another order: each facet keeps its own state; untouched ones follow "first three open".
      el.facets = 'settings roles approaches regions type';
      await settled(el);
      expect(views(el)).to.deep.equal({
        settings: [true, null],
        roles: [true, null],
        approaches: [true, 'Show fewer'],
        regions: [false, null],
        type: [true, 'Show 3 more'],
      });
    });

    it('counts the ticked terms of a closed facet, and follows removals', async () => {
      const el = await shipped();
      await showFilters(el);
      const region = groupOf(el, 'regions');
      const box = (label: string) =>
        deepAll<HTMLInputElement>(region, 'input').find((b) => nameOf(b).startsWith(label))!;
      await click(box('Africa'));
      await settled(el);
      await click(box('Europe'));
      await settled(el);
      await click(toggle(region));
      await settled(el);
      expect(deep(region, '[part=selected]').textContent!.trim()).to.equal('2 selected');
      expect(await axButtons()).to.deep.include({ name: 'Region, 2 selected', expanded: false });
      await expect(el).to.be.accessible();
      const chip = deepAll(el, 'mhpss-filter-chips', 'button.chip').find((c) =>
        nameOf(c).includes('Europe'),
      )!;
      await click(chip);
      await settled(el);
      expect(await axButtons()).to.deep.include({ name: 'Region, 1 selected', expanded: false });
      expect(deepText(region)).to.contain('1 selected');
    });
  });
}
