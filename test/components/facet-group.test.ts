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
