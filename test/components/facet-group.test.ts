import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/facet-group/facet-group.js';
import type { MhpssFacetGroup } from '../../src/components/facet-group/facet-group.js';
import type { FacetTermCount } from '../../src/core/index.js';
import { click, deep, deepAll, nameOf, record } from './helpers.js';

const terms = (): FacetTermCount[] => [
  { id: 'africa', label: 'Africa', count: 12, selected: false },
  { id: 'middle-east', label: 'Middle East', count: 7, selected: true },
  { id: 'antarctica', label: 'Antarctica', count: 0, selected: false },
];

const group = () =>
  fixture<MhpssFacetGroup>(
    html`<mhpss-facet-group
      facet="regions"
      label="Region"
      open
      .terms=${terms()}
    ></mhpss-facet-group>`,
  );

describe('<mhpss-facet-group>', () => {
  it('is accessible', async () => {
    const el = await group();
    await expect(el).to.be.accessible();
  });

  it('renders nothing to tick by default', async () => {
    const el = await fixture<MhpssFacetGroup>(html`<mhpss-facet-group></mhpss-facet-group>`);
    expect(el.terms).to.deep.equal([]);
    expect(deepAll(el, 'input')).to.have.length(0);
  });

  it('is a group named by its label, each term a checkbox named with its count', async () => {
    const el = await group();
    const fieldset = deep(el, 'fieldset');
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Region');
    const boxes = deepAll<HTMLInputElement>(el, 'input[type=checkbox]');
    expect(boxes.map(nameOf)).to.deep.equal(['Africa 12', 'Middle East 7', 'Antarctica 0']);
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true, false]);
  });

  it("writes large counts as the UI's language does (a server's directory counts that high)", async () => {
    const many: FacetTermCount[] = [
      { id: 'africa', label: 'Africa', count: 123456, selected: false },
    ];
    for (const [lang, count] of [
      ['en', '123,456'],
      ['es', '123.456'],
    ]) {
      const el = await fixture<MhpssFacetGroup>(
        html`<mhpss-facet-group
          facet="regions"
          label="Region"
          lang=${lang!}
          open
          .terms=${many}
        ></mhpss-facet-group>`,
      );
      expect(deep(el, '[part=count]').textContent, lang).to.equal(count);
    }
  });

  it('keeps zero-count terms visible but disabled', async () => {
    const el = await group();
    const [africa, , antarctica] = deepAll<HTMLInputElement>(el, 'input');
    expect(antarctica!.disabled).to.equal(true);
    expect(antarctica!.checkVisibility()).to.equal(true);
    expect(africa!.disabled).to.equal(false);
  });

  it('reads the facet and label attributes', async () => {
    const el = await fixture<MhpssFacetGroup>(
      html`<mhpss-facet-group facet="approaches" label="Approach"></mhpss-facet-group>`,
    );
    expect(el.facet).to.equal('approaches');
    expect(deep(el, 'legend').textContent).to.equal('Approach');
  });

  it('fires mhpss-facet-change with every selected term when the visitor ticks a box', async () => {
    const el = await group();
    const log = record('mhpss-facet-change');
    await click(deepAll(el, 'input')[0]!);
    log.stop();
    expect(log.events).to.have.length(1);
    expect(log.events[0]!.detail).to.deep.equal({
      facet: 'regions',
      term: 'africa',
      checked: true,
      selected: ['africa', 'middle-east'],
    });
  });

  it('toggles with the keyboard (Space) too, and reports unticking', async () => {
    const el = await group();
    const log = record('mhpss-facet-change');
    deepAll(el, 'input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    log.stop();
    expect(log.events[0]!.detail).to.include({ term: 'middle-east', checked: false });
    expect(log.events[0]!.detail.selected).to.deep.equal([]);
  });

  it('fires nothing when a disabled term is clicked', async () => {
    const el = await group();
    const log = record('mhpss-facet-change');
    await click(deepAll(el, 'input')[2]!);
    log.stop();
    expect(log.events).to.have.length(0);
  });

  describe('the "Not stated" term', () => {
    const withAbsence = (count: number, selected = false): FacetTermCount[] => [
      ...terms(),
      { id: '-', label: 'Not stated', count, selected, notStated: true },
    ];
    const groupOf = (list: FacetTermCount[], limit = 6) =>
      fixture<MhpssFacetGroup>(
        html`<mhpss-facet-group
          facet="regions"
          label="Region"
          open
          .limit=${limit}
          .terms=${list}
        ></mhpss-facet-group>`,
      );

    it('comes last, set apart, a checkbox named with its count', async () => {
      const el = await groupOf(withAbsence(10));
      await expect(el).to.be.accessible();
      const boxes = deepAll<HTMLInputElement>(el, 'input');
      expect(boxes.map(nameOf)).to.deep.equal([
        'Africa 12',
        'Middle East 7',
        'Antarctica 0',
        'Not stated 10',
      ]);
      const label = boxes[3]!.closest('label')!;
      expect(label.classList.contains('not-stated')).to.equal(true);
      // Muted: another colour than a term's label.
      const color = (l: Element) => getComputedStyle(l.querySelector('.label')!).color;
      expect(color(label)).to.not.equal(color(boxes[0]!.closest('label')!));
    });

    it('is hidden while it counts nobody, unless it is ticked', async () => {
      const el = await groupOf(withAbsence(0));
      expect(deepAll(el, 'input').map(nameOf)).to.not.include('Not stated 0');
      el.terms = withAbsence(0, true);
      await el.updateComplete;
      expect(deepAll(el, 'input').map(nameOf)).to.include('Not stated 0');
    });

    it('stays visible when a long group folds, and is not counted among the folded terms', async () => {
      const many: FacetTermCount[] = Array.from({ length: 9 }, (_, i) => ({
        id: `t${i}`,
        label: `Term ${i}`,
        count: 20 - i,
        selected: false,
      }));
      const el = await groupOf(
        [...many, { id: '-', label: 'Not stated', count: 3, selected: false, notStated: true }],
        3,
      );
      const names = deepAll(el, 'input').map(nameOf);
      expect(names).to.deep.equal(['Term 0 20', 'Term 1 19', 'Term 2 18', 'Not stated 3']);
      expect(deep(el, '.more').textContent!.trim()).to.equal('Show 6 more');
    });

    it('is ticked with the keyboard like any term', async () => {
      const el = await groupOf(withAbsence(10));
      const log = record('mhpss-facet-change');
      // From Middle East, Tab passes the disabled Antarctica and reaches "Not stated".
      deepAll(el, 'input')[1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(nameOf(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Not stated 10');
      await sendKeys({ press: 'Space' });
      log.stop();
      expect(log.events[0]!.detail).to.deep.equal({
        facet: 'regions',
        term: '-',
        checked: true,
        selected: ['middle-east', '-'],
      });
    });
  });

  it('fires no event when code sets the terms', async () => {
    const el = await group();
    const log = record('mhpss-facet-change');
    el.terms = terms().map((t) => ({ ...t, selected: true }));
    await el.updateComplete;
    log.stop();
    expect(deepAll<HTMLInputElement>(el, 'input').every((b) => b.checked)).to.equal(true);
    expect(log.events).to.have.length(0);
  });
});
