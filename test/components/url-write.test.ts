// The URL is written once the view it describes is on screen, never from the middle of an
// update: history.replaceState lays the page out, and a layout of half-rendered results is
// work thrown away while the visitor waits for the frame.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { deep, deepAll, fixtureData, settled } from './helpers.js';

const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );

describe('<mhpss-directory url-state> writing the URL', () => {
  const original = location.href;
  const replaceState = history.replaceState;
  afterEach(() => {
    history.replaceState = replaceState;
    history.replaceState(null, '', original);
  });

  it('writes a search once its results are rendered', async () => {
    const data = await fixtureData();
    const loaded = oneEvent(document, 'mhpss-load');
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory url-state .data=${data}></mhpss-directory>`,
    );
    await loaded;
    await settled(el);
    const before = names(el);
    // What the cards show at the moment each write happens.
    const seen: { url: string; names: string[] }[] = [];
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      seen.push({ url: String(args[2]), names: names(el) });
      return replaceState.apply(this, args);
    };
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'taghyeer' });
    await waitUntil(() => seen.some((w) => w.url.includes('mhpss-q=taghyeer')), 'the last write');
    const after = names(el);
    expect(after).to.not.deep.equal(before);
    const last = seen.find((w) => w.url.includes('mhpss-q=taghyeer'))!;
    expect(last.names).to.deep.equal(after);
    // Every write, the first of the burst included, found the cards of its own query.
    for (const write of seen) {
      const query = new URL(write.url, location.href).searchParams.get('mhpss-q') ?? '';
      if (query === 'taghyeer') expect(write.names).to.deep.equal(after);
      else expect(write.names, `the write of "${query}"`).to.not.deep.equal(before);
    }
  });
});
