import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/filter-chips/filter-chips.js';
import type {
  ActiveFilter,
  MhpssFilterChips,
} from '../../src/components/filter-chips/filter-chips.js';
import { click, deep, deepAll, nameOf, record } from './helpers.js';

const filters = (): ActiveFilter[] => [
  { facet: 'regions', term: 'africa', label: 'Africa', facetLabel: 'Region' },
  { facet: 'approaches', term: 'advocacy', label: 'Advocacy', facetLabel: 'Approach' },
];

const chips = () =>
  fixture<MhpssFilterChips>(html`<mhpss-filter-chips .filters=${filters()}></mhpss-filter-chips>`);

describe('<mhpss-filter-chips>', () => {
  it('is accessible', async () => {
    const el = await chips();
    await expect(el).to.be.accessible();
  });

  it('renders nothing without filters', async () => {
    const el = await fixture<MhpssFilterChips>(html`<mhpss-filter-chips></mhpss-filter-chips>`);
    expect(el.filters).to.deep.equal([]);
    expect(deepAll(el, 'button')).to.have.length(0);
  });

  it('shows each filter as a remove button, then "Clear all filters"', async () => {
    const el = await chips();
    const buttons = deepAll(el, 'button');
    expect(buttons.map(nameOf)).to.deep.equal([
      'Remove filter: Region: Africa',
      'Remove filter: Approach: Advocacy',
      'Clear all filters',
    ]);
    expect(buttons[0]!.textContent!.trim()).to.equal('Africa');
  });

  it('names the facet on a "Not stated" chip: "Region: Not stated", not a bare "Not stated"', async () => {
    const el = await fixture<MhpssFilterChips>(
      html`<mhpss-filter-chips
        .filters=${[
          ...filters(),
          {
            facet: 'regions',
            term: '-',
            label: 'Not stated',
            facetLabel: 'Region',
            notStated: true,
          },
        ]}
      ></mhpss-filter-chips>`,
    );
    await expect(el).to.be.accessible();
    const chip = deepAll(el, '.chip')[2]!;
    expect(chip.textContent!.trim()).to.equal('Region: Not stated');
    expect(nameOf(chip)).to.equal('Remove filter: Region: Not stated');
    // Ordinary terms keep their short chips.
    expect(deepAll(el, '.chip')[0]!.textContent!.trim()).to.equal('Africa');
  });

  it('speaks the lang attribute', async () => {
    const el = await fixture<MhpssFilterChips>(
      html`<mhpss-filter-chips lang="fr" .filters=${filters()}></mhpss-filter-chips>`,
    );
    expect(nameOf(deep(el, '.clear'))).to.equal('Effacer tous les filtres');
  });

  it('fires mhpss-filter-remove when the visitor removes a chip, and keeps focus on the chips', async () => {
    const el = await chips();
    const log = record('mhpss-filter-remove');
    await click(deepAll(el, '.chip')[0]!);
    await el.updateComplete;
    log.stop();
    expect(log.events.map((e) => e.detail)).to.deep.equal([{ facet: 'regions', term: 'africa' }]);
    expect(deepAll(el, '.chip')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(deepAll(el, '.chip')[0]);
  });

  it('fires mhpss-filter-clear when the visitor clears all', async () => {
    const el = await chips();
    const log = record('mhpss-filter-clear');
    await click(deep(el, '.clear'));
    log.stop();
    expect(log.events).to.have.length(1);
  });

  it('fires no event when code sets the filters', async () => {
    const el = await chips();
    const log = record('mhpss-filter-remove', 'mhpss-filter-clear');
    el.filters = [];
    await el.updateComplete;
    log.stop();
    expect(deepAll(el, 'button')).to.have.length(0);
    expect(log.events).to.have.length(0);
  });
});
