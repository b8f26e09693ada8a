// <mhpss-directory> over a DirectorySource that answers late, as a server does: what the visitor
// sees while an answer is on its way, that the next keystroke aborts the question before it and
// a late answer to it is ignored, and a failed answer's error state with Retry. Then lazy parts
// that never arrive: the element says so within a bounded time, and updateComplete settles.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chunks as parts } from '../../src/components/directory/parts.js';
import { chunks as search } from '../../src/components/directory/memory-source.js';
import { timing } from '../../src/components/shared/lazy.js';
import {
  Directory,
  parseDirectory,
  type QueryResult,
  type QueryState,
} from '../../src/core/index.js';
import type { DirectorySource, QueryOptions } from '../../src/core/source.js';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { click, deep, deepAll, fixtureData, quiet, settled, waitUntil } from './helpers.js';

/** One question the fake source was asked, answered when the test says so. */
interface Asked {
  state: QueryState;
  signal?: AbortSignal;
  answer(): void;
  fail(error: Error): void;
}

/** A source that answers only when told, like a server with all the time in the world. */
class SlowSource implements DirectorySource {
  readonly asked: Asked[] = [];
  constructor(private readonly dir: Directory) {}
  get data() {
    return this.dir.data;
  }
  get size() {
    return this.dir.size;
  }
  get facetKeys() {
    return this.dir.facetKeys;
  }
  facetLabel(facet: string, lang?: string) {
    return this.dir.facetLabel(facet, lang);
  }
  termLabel(facet: string, term: string, lang?: string) {
    return this.dir.termLabel(facet, term, lang);
  }
  get(id: string) {
    return this.dir.get(id);
  }
  query(state: QueryState, options?: QueryOptions): Promise<QueryResult> {
    // It never gives up by itself: an aborted question can still be answered, late.
    return new Promise((resolve, reject) =>
      this.asked.push({
        state,
        signal: options?.signal,
        answer: () => resolve(this.dir.query(state)),
        fail: reject,
      }),
    );
  }
  /** The last question, once it has been asked. */
  async next(count: number): Promise<Asked> {
    await waitUntil(() => this.asked.length >= count, `question ${count} asked`);
    return this.asked[count - 1]!;
  }
}

const names = (el: MhpssDirectory) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((card) =>
    deep(card, '[role=heading]').textContent!.trim(),
  );
const status = (el: MhpssDirectory) => deep(el, '[role=status]').textContent!.trim();
const busy = (el: MhpssDirectory) => deep(el, '[part=results]').getAttribute('aria-busy');
/** Lets the element render what it has, without waiting for answers on their way. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 50));

async function slowDirectory(): Promise<{ el: MhpssDirectory; source: SlowSource }> {
  const { data } = parseDirectory(await fixtureData());
  const source = new SlowSource(new Directory(data));
  // Not fixture(): it waits for updateComplete, which waits for the first answer.
  const place = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mhpss-directory');
  el.source = source;
  place.append(el);
  return { el, source };
}

describe('<mhpss-directory> over a slow source', () => {
  quiet('warn', 'error');

  it('shows its loading state until the first answer, then the results', async () => {
    const { el, source } = await slowDirectory();
    const first = await source.next(1);
    await rendered();
    expect(status(el)).to.equal('Loading organizations…');
    expect(busy(el)).to.equal('true');
    expect(el.shadowRoot!.querySelector('.sk-card')).to.not.equal(null);
    first.answer();
    await settled(el);
    expect(status(el)).to.equal('6 organizations');
    expect(busy(el)).to.equal('false');
    expect(names(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('keeps the last answer on screen while the next is on its way, marked busy', async () => {
    const { el, source } = await slowDirectory();
    (await source.next(1)).answer();
    await settled(el);
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'w' });
    const typed = await source.next(2);
    await rendered();
    expect(busy(el)).to.equal('true');
    expect(names(el)).to.have.length(6);
    typed.answer();
    await settled(el);
    expect(busy(el)).to.equal('false');
    expect(names(el).length).to.be.below(6);
  });

  it('aborts the question before on each keystroke, and ignores its answer when it comes late', async () => {
    const { el, source } = await slowDirectory();
    (await source.next(1)).answer();
    await settled(el);
    const log: string[] = [];
    el.addEventListener('mhpss-state-change', (e) => log.push(e.detail.query));
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'who' });
    const last = await source.next(4);
    const typed = source.asked.slice(1);
    expect(typed.map((a) => a.state.text)).to.deep.equal(['w', 'wh', 'who']);
    expect(typed.map((a) => a.signal!.aborted)).to.deep.equal([true, true, false]);
    // The answer to "who" first, then the one to "w", late.
    last.answer();
    await settled(el);
    const shown = names(el);
    expect(shown).to.deep.equal(['World Health Organization']);
    typed[0]!.answer();
    await settled(el);
    expect(names(el)).to.deep.equal(shown);
    expect(deep<HTMLInputElement>(el, 'mhpss-search-box', 'input').value).to.equal('who');
    // The page hears of the view it sees, once.
    expect(log).to.deep.equal(['who']);
  });

  it('shows an error state with Retry for a failed answer, and Retry asks again', async () => {
    const { el, source } = await slowDirectory();
    (await source.next(1)).answer();
    await settled(el);
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'w' });
    const failed = oneEvent(el, 'mhpss-error');
    (await source.next(2)).fail(new Error('the server could not be reached'));
    expect((await failed).detail.message).to.equal('the server could not be reached');
    await settled(el);
    const alert = deep(el, '[role=alert]');
    expect(alert.textContent).to.contain('the server could not be reached');
    await expect(el).to.be.accessible();
    await click(deep(el, '[role=alert] button'));
    const again = await source.next(3);
    expect(again.state.text).to.equal('w');
    again.answer();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(names(el).length).to.be.within(1, 5);
  });
});

describe('<mhpss-directory> with a lazy part that never arrives', () => {
  quiet('warn', 'error');
  const saved = { timeout: timing.partTimeout, text: search.textEngine, extras: parts.extras };
  afterEach(() => {
    timing.partTimeout = saved.timeout;
    search.textEngine = saved.text;
    parts.extras = saved.extras;
  });

  it('text search that never arrives becomes an error state, and updateComplete settles', async () => {
    timing.partTimeout = 300;
    search.textEngine = () => new Promise(() => {});
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${await fixtureData()}></mhpss-directory>`,
    );
    await settled(el);
    deep(el, 'mhpss-search-box').focus();
    await sendKeys({ type: 'who' });
    const start = performance.now();
    await el.updateComplete;
    expect(performance.now() - start).to.be.below(2000);
    await settled(el);
    expect(deep(el, '[role=alert]').textContent).to.contain('no answer within');
    // Once it can arrive, Retry brings the results.
    search.textEngine = saved.text;
    await click(deep(el, '[role=alert] button'));
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(names(el)).to.include('World Health Organization');
  });

  it('a filter column that never arrives leaves the results, and updateComplete settles', async () => {
    timing.partTimeout = 300;
    parts.extras = () => new Promise(() => {});
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${await fixtureData()}></mhpss-directory>`,
    );
    const start = performance.now();
    await waitUntil(() => el.total > 0, 'results');
    await el.updateComplete;
    expect(performance.now() - start).to.be.below(2000);
    expect(names(el)).to.have.length(6);
  });
});
