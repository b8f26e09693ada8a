// The URL is written once the view it describes is on screen, never from the middle of an
// update: history.replaceState lays the page out, and a layout of half-rendered results is
// work thrown away while the visitor waits for the frame.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { URL_WRITE_INTERVAL, UrlState } from '../../src/components/directory/url-state.js';
import { deep, deepAll, fixtureData, settled, waitUntil } from './helpers.js';

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

  it('still writes typing at most once per interval when frames come late, and the last text', async () => {
    const host = {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    } as unknown as ReactiveElement;
    const url = new UrlState(host, () => 'slow-');
    url.restore([]);
    const writes: { at: number; q: string | null }[] = [];
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      const q = new URL(String(args[2]), location.href).searchParams.get('slow-q');
      writes.push({ at: performance.now(), q });
      return replaceState.apply(this, args);
    };
    // A slow phone: each frame is drawn 400 ms after it was asked for.
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => window.setTimeout(() => cb(performance.now()), 400);
    const text = 'psychosocial';
    try {
      for (let i = 1; i <= text.length; i++) {
        url.mirror({ text: text.slice(0, i) }, undefined);
        // Once the page is busy for a while, and the next key is handled before the write that
        // fell due meanwhile (input goes before timers).
        if (i === 5) {
          for (const end = performance.now() + 350; performance.now() < end;);
          continue;
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      await waitUntil(() => writes.at(-1)?.q === text, 'the last text', { timeout: 3000 });
    } finally {
      window.requestAnimationFrame = raf;
    }
    const gaps = writes.slice(1).map((w, i) => w.at - writes[i]!.at);
    // Timers never fire early: a gap under the interval would be a second write too soon.
    expect(Math.min(...gaps)).to.be.at.least(URL_WRITE_INTERVAL - 1);
    expect(writes.length).to.be.at.most(Math.ceil((text.length * 150) / URL_WRITE_INTERVAL) + 1);
  });
});
