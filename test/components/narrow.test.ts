// Search narrows, as a visitor sees it: when no organization matches every word, the close
// matches come with a note in the status live region, so it is seen and announced.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import type { MhpssFacetGroup } from '../../src/components/facet-group/facet-group.js';
import { deep, deepAll, fixtureData, nameOf, settled } from './helpers.js';

async function directory(lang = 'en') {
  const data = await fixtureData();
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory .data=${data} lang=${lang}></mhpss-directory>`,
  );
  await settled(el);
  return el;
}

const status = (el: MhpssDirectory) =>
  deep(el, '[role=status]').textContent!.replace(/\s+/g, ' ').trim();
const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const typeCounts = (el: MhpssDirectory) =>
  deepAll<HTMLInputElement>(deep<MhpssFacetGroup>(el, 'mhpss-facet-group[facet=type]'), 'input')
    .map((input) => Number(/(\d+)\D*$/.exec(nameOf(input))?.[1] ?? NaN))
    .reduce((sum, n) => sum + n, 0);

async function typeSearch(el: MhpssDirectory, text: string) {
  deep(el, 'mhpss-search-box').focus();
  await sendKeys({ type: text });
  await settled(el);
}

describe('<mhpss-directory>: search narrows', () => {
  it('is accessible while showing close matches', async () => {
    const el = await directory();
    await typeSearch(el, 'children xyzzy');
    await expect(el).to.be.accessible();
  });

  it('a second word narrows the results, and the counts follow', async () => {
    const el = await directory();
    await typeSearch(el, 'children');
    const children = names(el);
    expect(children.length).to.be.greaterThan(1);
    await typeSearch(el, ' armed');
    expect(names(el)).to.deep.equal(['War Child']);
    expect(status(el)).to.equal('1 organization');
    // Every organization has one type: the type counts add up to what is shown.
    expect(typeCounts(el)).to.equal(1);
  });

  it('when no organization matches every word, the status says so with the close matches', async () => {
    const el = await directory();
    await typeSearch(el, 'children xyzzy');
    const shown = names(el);
    expect(shown.length).to.be.greaterThan(0);
    // The note is inside the live region: it is announced with the count it explains.
    expect(status(el)).to.equal(
      `${shown.length} organization${shown.length === 1 ? '' : 's'}. No organization matches all of “\u2068children xyzzy\u2069” — showing close matches.`,
    );
    expect(deep(el, '[role=status] .near').checkVisibility()).to.equal(true);
    expect(typeCounts(el)).to.equal(shown.length);
    // Once the visitor types something every word of which matches, the note goes.
    deep(el, 'mhpss-search-box').focus();
    for (let i = 0; i < 'xyzzy'.length; i++) await sendKeys({ press: 'Backspace' });
    await settled(el);
    expect(deep(el, '[role=status]').querySelector('.near')).to.equal(null);
  });

  it('says it in the UI language, the query kept apart from the sentence direction', async () => {
    const el = await directory('ar');
    await typeSearch(el, 'children xyzzy');
    expect(status(el)).to.contain('لا توجد منظمة تطابق كل كلمات «\u2068children xyzzy\u2069»');
    const fr = await directory('fr');
    await typeSearch(fr, 'children xyzzy');
    expect(status(fr)).to.contain('Aucune organisation ne correspond à tous les mots de');
  });

  it('shows no note over an empty result', async () => {
    const el = await directory();
    await typeSearch(el, 'xyzzy');
    expect(status(el)).to.equal('No organizations found');
    expect(deep(el, '[part=empty]').textContent).to.contain('No organizations match your search.');
  });
});
