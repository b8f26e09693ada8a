// End to end: the overview is a chunk of the BUILT CDN files, loaded beside the data on a partner
// page, and never loaded when the partner turns it off. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { click, find, openFrame, openPartner as open } from './frame.js';

const chunkRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/chunks/summary-'));

describe('the overview in the CDN build', () => {
  it('loads as a chunk of its own, and a click on a tile filters (and reaches the URL)', async () => {
    const { win, el } = await open('/test/e2e/partner.html');
    expect(win.errors).to.deep.equal([]);
    expect(chunkRequests(win)).to.have.length(1);
    const summary = find(el, 'mhpss-summary');
    const tile = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.tiles .mark')].find((b) =>
      b.textContent!.includes('Middle East'),
    )!;
    expect(find(el, '[role=status]').textContent!.trim()).to.equal('6 organizations');
    await click(tile);
    expect(find(el, '[role=status]').textContent!.trim()).to.equal('4 organizations');
    expect(tile.getAttribute('aria-pressed')).to.equal('true');
    expect(new URL(win.location.href).searchParams.get('mhpss-f-regions')).to.equal('middle-east');
  });

  it('is never loaded with summary="none"', async () => {
    const { win, el } = await open('/test/e2e/no-summary.html');
    expect(win.errors).to.deep.equal([]);
    expect(find(el, '[role=status]').textContent!.trim()).to.equal('6 organizations');
    expect(el.shadowRoot!.querySelector('mhpss-summary')).to.equal(null);
    expect(win.customElements.get('mhpss-summary')).to.equal(undefined);
    expect(chunkRequests(win)).to.deep.equal([]);
  });
});

describe('the embed configurator and the overview', () => {
  it('prints summary="none" when the partner unticks the overview, and the preview follows', async () => {
    const win = await openFrame('/demo/configurator.html', (w) =>
      /<\/mhpss-directory>/.test(w.document.getElementById('code')?.textContent ?? ''),
    );
    const code = () => win.document.getElementById('code')!.textContent!;
    const preview = win.document.getElementById('preview')!;
    expect(code()).to.not.contain('summary');
    const box = win.document.querySelector<HTMLInputElement>('input[name=summary]')!;
    expect(box.checked).to.equal(true);
    box.click();
    expect(code()).to.contain('<mhpss-directory summary="none"></mhpss-directory>');
    expect(preview.getAttribute('summary')).to.equal('none');
    box.click();
    expect(code()).to.not.contain('summary');
    expect(preview.hasAttribute('summary')).to.equal(false);
  });
});
