import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/search-box/search-box.js';
import type { MhpssSearchBox } from '../../src/components/search-box/search-box.js';
import { deep, nameOf, record } from './helpers.js';

describe('<mhpss-search-box>', () => {
  it('is accessible', async () => {
    const el = await fixture<MhpssSearchBox>(html`<mhpss-search-box></mhpss-search-box>`);
    await expect(el).to.be.accessible();
  });

  it('is a searchbox labelled "Search organizations" and empty by default', async () => {
    const el = await fixture<MhpssSearchBox>(html`<mhpss-search-box></mhpss-search-box>`);
    const input = deep<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    expect(nameOf(input)).to.equal('Search organizations');
    expect(el.value).to.equal('');
    expect(input.value).to.equal('');
    expect(input.placeholder).to.not.equal('');
  });

  it('reflects the value, label and lang attributes', async () => {
    const el = await fixture<MhpssSearchBox>(
      html`<mhpss-search-box
        value="child"
        label="Find a member"
        placeholder="Type here"
      ></mhpss-search-box>`,
    );
    const input = deep<HTMLInputElement>(el, 'input');
    expect(el.value).to.equal('child');
    expect(input.value).to.equal('child');
    expect(nameOf(input)).to.equal('Find a member');
    expect(input.placeholder).to.equal('Type here');
  });

  it('translates its label from the closest lang', async () => {
    const wrapper = await fixture(
      html`<div lang="fr-CA"><mhpss-search-box></mhpss-search-box></div>`,
    );
    const el = wrapper.querySelector('mhpss-search-box')!;
    // The French strings are a chunk of their own: updateComplete waits for them.
    await el.updateComplete;
    expect(nameOf(deep(el, 'input'))).to.equal('Rechercher des organisations');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(nameOf(deep(el, 'input'))).to.equal('Buscar organizaciones');
  });

  it('fires mhpss-input on every keystroke, composed out to the document', async () => {
    const el = await fixture<MhpssSearchBox>(html`<mhpss-search-box></mhpss-search-box>`);
    const log = record('mhpss-input');
    el.focus();
    await sendKeys({ type: 'who' });
    log.stop();
    expect(log.events.map((e) => e.detail.value)).to.deep.equal(['w', 'wh', 'who']);
    expect(el.value).to.equal('who');
  });

  it('fires mhpss-input when the visitor clears the field', async () => {
    const el = await fixture<MhpssSearchBox>(html`<mhpss-search-box value="x"></mhpss-search-box>`);
    el.focus();
    setTimeout(() => void sendKeys({ press: 'Backspace' }));
    const event = await oneEvent(el, 'mhpss-input');
    expect(event.detail.value).to.equal('');
  });

  it('fires no event when code sets the value', async () => {
    const el = await fixture<MhpssSearchBox>(html`<mhpss-search-box></mhpss-search-box>`);
    const log = record('mhpss-input');
    el.value = 'set by code';
    await el.updateComplete;
    log.stop();
    expect(deep<HTMLInputElement>(el, 'input').value).to.equal('set by code');
    expect(log.events).to.have.length(0);
  });
});
