import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/components/summary/summary.js';
import { MhpssSummary, picturedFacets } from '../../src/components/summary/summary.component.js';
import { DirectoryCore } from '../../src/core/search/directory-core.js';
import type { FacetTermCount } from '../../src/core/index.js';
import { parseDirectory } from '../../src/core/model/load.js';
import { click, deep, deepAll, fixtureData, nameOf, record } from './helpers.js';

/** The fixture directory's counts and labels, as the directory would pass them. */
async function fixtureCounts(query = {}) {
  const dir = new DirectoryCore(parseDirectory(await fixtureData()).data);
  return { dir, counts: dir.query(query).facets };
}

/** A summary of the fixture data (regions, approaches, type), rendered. */
async function summary(attrs: Partial<MhpssSummary> = {}, width = '48rem') {
  const { dir, counts } = await fixtureCounts();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}">
      <mhpss-summary .counts=${counts} .directory=${dir}></mhpss-summary>
    </div>`,
  );
  const el = wrapper.querySelector('mhpss-summary')!;
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

/** The shipped list's counts, whose regions are drawn as a map. */
async function shippedCounts() {
  const dir = new DirectoryCore(
    parseDirectory(await (await fetch('/data/members.json')).text()).data,
  );
  return { dir, counts: dir.query({}).facets };
}

const marks = (el: Element, chart = 0) =>
  deepAll<HTMLButtonElement>(el, '.chart')[chart]!.querySelectorAll<HTMLButtonElement>('.mark');
const tile = (el: Element, label: string) =>
  [...marks(el, 0)].find((b) => b.querySelector('.label')!.textContent!.trim() === label)!;
/** The page's buttons as assistive technology gets them (Chromium's accessibility tree). */
interface AxNode {
  role: string;
  name: string;
  pressed?: boolean;
  disabled?: boolean;
  children?: AxNode[];
}
async function axButtons(): Promise<AxNode[]> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  const found: AxNode[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'button') found.push(node);
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}
const orgs = (n: number) =>
  n === 0 ? 'No organizations found' : n === 1 ? '1 organization' : `${n} organizations`;

const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

// WCAG 2.x relative luminance and contrast, from the colours the browser computed.
type Rgba = [number, number, number, number];
function parseColor(value: string): Rgba {
  const srgb = value.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [+srgb[1]! * 255, +srgb[2]! * 255, +srgb[3]! * 255, +(srgb[4] ?? 1)];
  const rgb = value.match(/^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/);
  if (rgb) return [+rgb[1]!, +rgb[2]!, +rgb[3]!, +(rgb[4] ?? 1)];
  throw new Error(`unparsed colour: ${value}`);
}
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The opaque background behind an element: its own, else its ancestors' (across shadow roots). */
function backgroundOf(el: Element): Rgba {
  for (let node: Element | null = el; node;) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] === 1) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return [255, 255, 255, 1];
}

describe('<mhpss-summary>', () => {
  it('is accessible', async () => {
    const el = await summary();
    await expect(el).to.be.accessible();
    deep(el, '.view').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders nothing without counts, and has no facets list by default', async () => {
    const el = await fixture<MhpssSummary>(html`<mhpss-summary></mhpss-summary>`);
    expect(el.counts).to.deep.equal({});
    expect(el.facets).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.base')).to.equal(null);
  });

  it('pictures regions, approaches and populations first, then other facets, three at most', () => {
    expect(
      picturedFacets(['type', 'populations', 'settings', 'regions', 'approaches']),
    ).to.deep.equal(['regions', 'approaches', 'populations']);
    expect(picturedFacets(['type', 'regions', 'settings', 'roles'])).to.deep.equal([
      'regions',
      'type',
      'settings',
    ]);
    expect(picturedFacets(['sector', 'country'])).to.deep.equal(['sector', 'country']);
    expect(picturedFacets([])).to.deep.equal([]);
  });

  it("is a region named Overview with a chart per facet, captioned by the facet's label", async () => {
    const el = await summary();
    const section = deep(el, 'section');
    expect(section.getAttribute('aria-labelledby')).to.equal('title');
    expect(deep(el, '#title').textContent).to.equal('Overview');
    const toolbars = deepAll(el, '[role=toolbar]');
    const captions = toolbars.map(
      (t) => el.shadowRoot!.getElementById(t.getAttribute('aria-labelledby')!)!.textContent,
    );
    expect(captions).to.deep.equal(['Region', 'Approach', 'Type']);
    expect(deepAll(el, '.chart').map((c) => c.classList.contains('tiles'))).to.deep.equal([
      true,
      false,
      false,
    ]);
  });

  it('pictures only the facets it is given, preferred ones first', async () => {
    const el = await summary({ facets: 'type approaches unknown' });
    expect(deepAll(el, '.caption').map((c) => c.textContent)).to.deep.equal(['Approach', 'Type']);
  });

  it('leaves a facet of more than 24 terms to the facet list', async () => {
    const { dir, counts } = await fixtureCounts();
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `t${i}`,
      label: `Topic ${i}`,
      count: 1,
      selected: false,
    }));
    const el = await summary({ counts: { topics: many, ...counts }, directory: dir });
    expect(deepAll(el, '.caption').map((c) => c.textContent)).to.deep.equal([
      'Region',
      'Approach',
      'Type',
    ]);
    // Without a directory to name it, a facet is named by its key, humanized.
    el.counts = { topics: many.slice(0, 24) };
    el.directory = undefined;
    await el.updateComplete;
    expect(deepAll(el, '.caption').map((c) => c.textContent)).to.deep.equal(['Topics']);
    el.counts = { topics: many, empty: [] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.base')).to.equal(null);
  });

  it('makes every mark a toggle button named by its label and count, with its text on it', async () => {
    const { counts } = await fixtureCounts({ filters: { approaches: ['advocacy'] } });
    const el = await summary({ counts });
    // What a screen reader announces: label, count and pressed state (zero-count: disabled).
    const buttons = await axButtons();
    for (const key of ['regions', 'approaches', 'type']) {
      // "Not stated" is a row of the table, not a mark of the chart (see below).
      for (const term of counts[key]!.filter((t) => !t.notStated)) {
        const name = `${term.label} ${orgs(term.count)}`;
        const button = buttons.find((b) => b.name === name);
        expect(button, name).to.not.equal(undefined);
        expect(button!.pressed ?? false, name).to.equal(term.selected);
        expect(button!.disabled ?? false, name).to.equal(term.count === 0 && !term.selected);
      }
    }
    for (const chart of [0, 1, 2]) {
      for (const mark of marks(el, chart)) {
        expect(mark.tagName).to.equal('BUTTON');
        expect(mark.getAttribute('aria-pressed')).to.be.oneOf(['true', 'false']);
        // The label and the number are visible text on the mark itself.
        const label = mark.querySelector<HTMLElement>('.label')!;
        const count = mark.querySelector<HTMLElement>('.count [aria-hidden]')!;
        expect(label.textContent!.trim()).to.not.equal('');
        expect(label.checkVisibility() && label.offsetWidth > 0).to.equal(true);
        expect(count.checkVisibility() && count.offsetWidth > 0).to.equal(true);
      }
    }
    // A term nothing would match stays visible, but cannot be ticked.
    expect(tile(el, 'Antarctica').disabled).to.equal(true);
    expect(tile(el, 'Africa').disabled).to.equal(false);
  });

  it('shows which terms are ticked: pressed, with a check mark as well as a colour', async () => {
    const { dir, counts } = await fixtureCounts({ filters: { regions: ['europe'] } });
    const el = await fixture<MhpssSummary>(
      html`<mhpss-summary .counts=${counts} .directory=${dir}></mhpss-summary>`,
    );
    const europe = tile(el, 'Europe');
    expect(europe.getAttribute('aria-pressed')).to.equal('true');
    expect(europe.querySelector('svg.check')).to.not.equal(null);
    expect(tile(el, 'Africa').querySelector('svg.check')).to.equal(null);
  });

  it('ticks a region from the keyboard: Tab to a tile, Enter ticks it, Space unticks it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button></div>`);
    const { dir, counts } = await fixtureCounts();
    const el = document.createElement('mhpss-summary');
    el.counts = counts;
    el.directory = dir;
    wrapper.append(el);
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' }); // "Show as table"
    expect(nameOf(active(el)!)).to.equal('Show as table');
    await sendKeys({ press: 'Tab' }); // the region chart's one tab stop: its first tile
    expect(active(el)).to.equal(tile(el, 'Africa'));

    const log = record('mhpss-facet-change');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(log.events.map((e) => e.detail)).to.deep.equal([
      { facet: 'regions', term: 'africa', checked: true, selected: ['africa'] },
    ]);
    expect(tile(el, 'Africa').getAttribute('aria-pressed')).to.equal('true');
    expect(active(el)).to.equal(tile(el, 'Africa'));

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    log.stop();
    expect(log.events[1]!.detail).to.deep.equal({
      facet: 'regions',
      term: 'africa',
      checked: false,
      selected: [],
    });
    expect(tile(el, 'Africa').getAttribute('aria-pressed')).to.equal('false');

    // The next Tab leaves the region chart for the approach chart.
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(marks(el, 1)[0]);
  });

  it('moves between the marks of a chart with the arrow keys, Home and End, skipping disabled ones', async () => {
    const el = await summary();
    tile(el, 'Africa').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(tile(el, 'Middle East'));
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(tile(el, 'Europe'));
    // Antarctica (no organization) is skipped: from Europe, round to Africa.
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(tile(el, 'Africa'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)).to.equal(tile(el, 'Europe'));
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(tile(el, 'Africa'));
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(tile(el, 'Europe'));
    await el.updateComplete;
    // The chart keeps one tab stop: the mark last focused.
    expect([...marks(el, 0)].map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
  });

  it('reverses the arrow keys in a right-to-left language', async () => {
    const el = await summary({ lang: 'ar' });
    expect(deep(el, 'section').getAttribute('dir')).to.equal('rtl');
    tile(el, 'Africa').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)).to.equal(tile(el, 'Middle East'));
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(tile(el, 'Africa'));
  });

  it('offers the same numbers as tables: caption, column headers, a row per term', async () => {
    const { counts } = await fixtureCounts({ filters: { approaches: ['research'] } });
    const el = await summary({ counts });
    const view = deep(el, '.view');
    expect(view.getAttribute('aria-pressed')).to.equal('false');
    await click(view);
    await el.updateComplete;
    expect(view.getAttribute('aria-pressed')).to.equal('true');
    const tables = deepAll<HTMLTableElement>(el, 'table');
    expect(tables.map((t) => t.caption!.textContent!.trim())).to.deep.equal([
      'Region',
      'Approach',
      'Type',
    ]);
    for (const [i, key] of ['regions', 'approaches', 'type'].entries()) {
      const table = tables[i]!;
      const head = [...table.tHead!.rows[0]!.cells];
      expect(
        head.map((c) => [c.tagName, c.getAttribute('scope'), c.textContent!.trim()]),
      ).to.deep.equal([
        ['TH', 'col', table.caption!.textContent!.trim()],
        ['TH', 'col', 'Organizations'],
      ]);
      const rows = [...table.tBodies[0]!.rows].map((row) => [
        row.cells[0]!.tagName,
        row.cells[0]!.getAttribute('scope'),
        row.cells[0]!.textContent!.trim(),
        Number(row.cells[1]!.textContent),
      ]);
      expect(rows).to.deep.equal(counts[key]!.map((t) => ['TH', 'row', t.label, t.count]));
    }
    // The selected term is pressed in the table too, and a click there ticks as well.
    const research = [...tables[1]!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Research'),
    )!;
    expect(research.getAttribute('aria-pressed')).to.equal('true');
    const log = record('mhpss-facet-change');
    await click(research);
    log.stop();
    expect(log.events[0]!.detail).to.deep.include({ facet: 'approaches', checked: false });
    // And back to the chart.
    await click(view);
    await el.updateComplete;
    expect(deepAll(el, 'table')).to.have.length(0);
    expect(marks(el, 0)).to.have.length(4);
  });

  it('ends each table with a "Not stated" row, muted, that ticks like any term; the charts have none', async () => {
    // The fixture's Hostile Org states no approach.
    const { dir, counts } = await fixtureCounts();
    const el = await summary({ counts });
    for (const chart of [0, 1, 2]) {
      expect([...marks(el, chart)].map((m) => m.textContent).join()).to.not.contain('Not stated');
    }
    await click(deep(el, '.view'));
    await el.updateComplete;
    const approaches = deepAll<HTMLTableElement>(el, 'table')[1]!;
    const last = [...approaches.tBodies[0]!.rows].at(-1)!;
    expect(last.classList.contains('not-stated')).to.equal(true);
    expect(last.cells[0]!.textContent!.trim()).to.equal('Not stated');
    expect(Number(last.cells[1]!.textContent)).to.equal(
      counts.approaches!.find((t) => t.notStated)!.count,
    );
    const muted = getComputedStyle(last.querySelector('button')!).color;
    const first = approaches.tBodies[0]!.rows[0]!.querySelector('button')!;
    expect(muted).to.not.equal(getComputedStyle(first).color);
    await expect(el).to.be.accessible();
    // Keyboard: focus the row's button, Enter ticks "not stated".
    const log = record('mhpss-facet-change');
    last.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    log.stop();
    expect(log.events[0]!.detail).to.deep.equal({
      facet: 'approaches',
      term: '-',
      checked: true,
      selected: ['-'],
    });
    // Other languages name it too, from the core.
    el.counts = dir.query({ lang: 'ar' }).facets;
    el.lang = 'ar';
    await el.updateComplete;
    expect(
      [...deepAll<HTMLTableElement>(el, 'table')[1]!.tBodies[0]!.rows]
        .at(-1)!
        .cells[0]!.textContent!.trim(),
    ).to.equal('غير مذكور');
  });

  it('follows new counts: numbers, names, bars and the selection', async () => {
    const el = await summary();
    const africa = () => tile(el, 'Africa');
    const named = async (label: string) =>
      (await axButtons()).find((b) => b.name.startsWith(`${label} `))!.name;
    expect(await named('Africa')).to.equal('Africa 3 organizations');
    const { counts } = await fixtureCounts({ filters: { approaches: ['service-delivery'] } });
    el.counts = counts;
    await el.updateComplete;
    expect(await named('Africa')).to.equal(`Africa ${orgs(counts.regions![0]!.count)}`);
    expect(africa().querySelector('.count [aria-hidden]')!.textContent).to.equal(
      String(counts.regions![0]!.count),
    );
    const bars = [...marks(el, 1)];
    // A bar per term; "Not stated" is the table's.
    const approaches = counts.approaches!.filter((t) => !t.notStated);
    expect(bars.map((b) => b.querySelector('.count [aria-hidden]')!.textContent)).to.deep.equal(
      approaches.map((t) => String(t.count)),
    );
    expect(bars.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(
      approaches.map((t) => String(t.selected)),
    );
    // The longest bar is the largest count, and every bar's length follows its count.
    const widths = bars.map((b) => b.querySelector<HTMLElement>('.fill')!.offsetWidth);
    const most = Math.max(...approaches.map((t) => t.count));
    const track = bars[0]!.querySelector<HTMLElement>('.track')!.clientWidth;
    approaches.forEach((t, i) => {
      expect(widths[i]).to.be.closeTo((t.count / most) * track, track * 0.03);
    });
  });

  it('fires no event when code sets its counts', async () => {
    const log = record('mhpss-facet-change');
    const el = await summary();
    el.counts = (await fixtureCounts({ filters: { regions: ['africa'] } })).counts;
    await el.updateComplete;
    log.stop();
    expect(log.events).to.have.length(0);
  });

  it("draws the shipped list's regions as a map, west on the left in Arabic too", async () => {
    const { dir, counts } = await shippedCounts();
    for (const lang of ['en', 'ar']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 60rem" lang=${lang}>
          <mhpss-summary .counts=${counts} .directory=${dir}></mhpss-summary>
        </div>`,
      );
      const el = wrapper.querySelector('mhpss-summary')!;
      await el.updateComplete;
      expect(deep(el, '.tiles [role=toolbar]').classList.contains('map')).to.equal(true);
      const box = (id: string) => deep(el, `[data-area=${id}]`).getBoundingClientRect() as DOMRect;
      expect(box('north-america').right).to.be.at.most(box('europe').left, lang);
      expect(box('europe').right).to.be.at.most(box('asia').left, lang);
      expect(box('north-america').bottom).to.be.at.most(box('central-america-caribbean').top);
      expect(box('central-america-caribbean').bottom).to.be.at.most(box('south-america').top);
      expect(box('europe').bottom).to.be.at.most(box('africa').top);
      expect(box('africa').right).to.be.at.most(box('middle-east').left);
      expect(box('middle-east').right).to.be.at.most(box('oceania').left);
      // The reading (and Tab) order is the map's: west to east, north to south.
      expect([...marks(el, 0)].map((b) => b.dataset.area)).to.deep.equal([
        'north-america',
        'europe',
        'asia',
        'central-america-caribbean',
        'africa',
        'middle-east',
        'south-america',
        'oceania',
      ]);
      // Bars grow from the start of the line: the left in English, the right in Arabic.
      const bar = marks(el, 1)[0]!;
      const [track, fill] = [bar.querySelector('.track')!, bar.querySelector('.fill')!].map((e) =>
        e.getBoundingClientRect(),
      );
      if (lang === 'ar') expect(fill!.right).to.be.closeTo(track!.right, 1);
      else expect(fill!.left).to.be.closeTo(track!.left, 1);
    }
  });

  it('gives other regions plain tiles, and narrow layouts a list of tiles', async () => {
    const el = await summary();
    expect(deep(el, '.tiles [role=toolbar]').classList.contains('map')).to.equal(false);
    const { dir, counts } = await shippedCounts();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 18rem">
        <mhpss-summary .counts=${counts} .directory=${dir}></mhpss-summary>
      </div>`,
    );
    const narrow = wrapper.querySelector('mhpss-summary')!;
    await narrow.updateComplete;
    deep(narrow, '.toggle').click();
    await narrow.updateComplete;
    const [first, second, third] = [...marks(narrow, 0)].map((b) => b.getBoundingClientRect());
    expect(first!.top).to.equal(second!.top);
    expect(third!.top).to.be.greaterThan(first!.bottom - 1);
  });

  it('folds into an "Overview" disclosure when narrow, and is always open when wide', async () => {
    const narrow = await summary({}, '20rem');
    const toggle = deep<HTMLButtonElement>(narrow, '.toggle');
    expect(toggle.checkVisibility()).to.equal(true);
    expect(nameOf(toggle)).to.equal('Overview');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deep(narrow, '#panel').checkVisibility()).to.equal(false);
    expect(deep(narrow, '.view').checkVisibility()).to.equal(false);
    await click(toggle);
    await narrow.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deep(narrow, '#panel').checkVisibility()).to.equal(true);
    expect(deep(narrow, '.view').checkVisibility()).to.equal(true);

    const wide = await summary({}, '48rem');
    expect(deep(wide, '.toggle').checkVisibility()).to.equal(false);
    expect(deep(wide, '#title').checkVisibility()).to.equal(true);
    expect(deep(wide, '#panel').checkVisibility()).to.equal(true);
  });

  it('keeps every text at 4.5:1 and every bar at 3:1 against its background, in the default and a themed accent', async () => {
    const { dir, counts: all } = await shippedCounts();
    // Some ticked terms, so the selected styles are measured too.
    const counts: Record<string, FacetTermCount[]> = Object.fromEntries(
      Object.entries(all).map(([key, terms]) => [
        key,
        terms.map((t, i) => ({ ...t, selected: i === 1 })),
      ]),
    );
    for (const theme of ['', '--mhpss-accent: #1f5f4a; --mhpss-surface-alt: #f6f1ea']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 60rem; ${theme}">
          <mhpss-summary .counts=${counts} .directory=${dir}></mhpss-summary>
        </div>`,
      );
      const el = wrapper.querySelector('mhpss-summary')!;
      await el.updateComplete;
      const checked = { text: 0, bars: 0 };
      for (const mark of deepAll<HTMLButtonElement>(el, '.mark')) {
        if (mark.disabled) continue;
        const background = backgroundOf(mark);
        for (const text of mark.querySelectorAll<HTMLElement>('.label, .count [aria-hidden]')) {
          const ratio = contrast(parseColor(getComputedStyle(text).color), background);
          expect(ratio, `${mark.textContent} (${theme || 'default'})`).to.be.at.least(4.5);
          checked.text++;
        }
        const fill = mark.querySelector('.fill');
        if (fill) {
          const ratio = contrast(backgroundOf(fill), backgroundOf(mark.querySelector('.track')!));
          expect(ratio, `bar of ${mark.textContent}`).to.be.at.least(3);
          checked.bars++;
        }
      }
      expect(checked.text).to.be.greaterThan(40);
      expect(checked.bars).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    }
  });
});
