// A directory pasted with its first page pre-rendered (`mhpss-directory render`): the page is
// shown as it is, in the page's styles, until the directory has its own answer; then the live
// view replaces it in one frame — never a skeleton over it, never both at once, never both in
// the accessibility tree. And the directory's own headings, at `heading-level`. Names and levels
// are read from Chromium's own accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { Directory, parseDirectory, renderFirstPage } from '../../src/core/index.js';
import { deep, deepAll, FIXTURE_URL, fixtureData, quiet, record, settled } from './helpers.js';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree with `role`. */
async function ax(role: string): Promise<AxNode[]> {
  const found: AxNode[] = [];
  const visit = (node: AxNode) => {
    if (node.role === role) found.push(node);
    node.children?.forEach(visit);
  };
  visit((await executeServerCommand('ax-tree')) as AxNode);
  return found;
}
const headings = async () => (await ax('heading')).map((h) => `${h.level} ${h.name}`);

/** Holds the page's requests until `release()` (the data is on its way). */
function holdRequests() {
  const real = window.fetch;
  const waiting: (() => void)[] = [];
  const asked: string[] = [];
  let held = true;
  window.fetch = async (input, init) => {
    asked.push(String(input instanceof Request ? input.url : input));
    if (held) await new Promise<void>((resume) => waiting.push(resume));
    return real(input, init);
  };
  return {
    /** The addresses fetched so far. */
    asked,
    release() {
      held = false;
      waiting.splice(0).forEach((resume) => resume());
    },
    restore() {
      window.fetch = real;
    },
  };
}

/** The embed code for the fixture list, in a wrapper with the page's own text colour. */
async function pasted(
  options: Parameters<typeof renderFirstPage>[1] = {},
  edit = (d: object) => d,
) {
  const data = edit(await fixtureData());
  const dir = new Directory(parseDirectory(data).data);
  const page = await fixture<HTMLDivElement>(html`<div class="page"></div>`);
  page.style.color = 'rgb(1, 2, 3)';
  page.style.lineHeight = '2';
  page.innerHTML = renderFirstPage(dir, { src: FIXTURE_URL, pageSize: 3, ...options });
  return { page, el: page.querySelector('mhpss-directory') as MhpssDirectory };
}

const prerendered = (el: Element) => [...el.querySelectorAll('li h3')] as HTMLElement[];
const liveNames = (el: Element) =>
  deepAll(el, 'mhpss-result-list', 'mhpss-org-card').map((c) =>
    deep(c, '[role=heading]').textContent!.trim(),
  );

// The fixture is fetched before any test holds the page's requests.
before(() => fixtureData());

describe('<mhpss-directory> with a pre-rendered first page', () => {
  quiet('warn');
  let requests: ReturnType<typeof holdRequests> | undefined;
  afterEach(() => requests?.restore());

  it('shows it as it is until its first answer, then its own in one frame, never both', async () => {
    requests = holdRequests();
    const { el } = await pasted();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // The pre-rendered page through the default slot, in the page's own text styles; nothing of
    // the directory's own: no skeleton, no status, no search box yet.
    const root = el.shadowRoot!;
    expect(root.querySelector('slot:not([name])')).to.not.equal(null);
    expect(root.querySelector('.sk, [role=status], mhpss-search-box')).to.equal(null);
    const first = prerendered(el);
    expect(first.map((h) => h.checkVisibility())).to.deep.equal([true, true, true]);
    expect(getComputedStyle(el.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.querySelector('p')!).lineHeight).to.not.equal('normal');
    expect(await headings()).to.deep.equal([
      '2 Organizations',
      ...first.map((h) => `3 ${h.textContent!.trim()}`),
    ]);

    // Every frame until the directory shows its own results: one of the two, never neither.
    const frames: string[] = [];
    let watching = true;
    const watch = () => {
      const pre = prerendered(el).some((h) => h.checkVisibility());
      const live = root.querySelector('mhpss-result-list') !== null;
      const skeleton = root.querySelector('.sk') !== null;
      frames.push(`${pre ? 'pre' : ''}${live ? 'live' : ''}${skeleton ? '+skeleton' : ''}` || '-');
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // Each card the live view ever creates (a second rendering of the first page would make
    // new ones: the list read whole after the first answer must not).
    const cards: Node[] = [];
    const seen = new WeakSet<Node>();
    const observer = new MutationObserver(() => {
      for (const card of deepAll(el, 'mhpss-result-list', 'mhpss-org-card')) {
        if (seen.has(card)) continue;
        cards.push(card);
        seen.add(card);
      }
      const list = root.querySelector('mhpss-result-list')?.shadowRoot;
      if (list && !seen.has(list)) {
        seen.add(list);
        observer.observe(list, { childList: true, subtree: true });
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    const loaded = new Promise((resolve) => el.addEventListener('mhpss-load', resolve));
    requests.release();
    await loaded;
    await settled(el);
    await new Promise(requestAnimationFrame);
    watching = false;
    observer.disconnect();
    const shown = [...new Set(frames)];
    expect(shown).to.deep.equal(['pre', 'live'], frames.join(' '));
    // The data asked for once; the first page rendered once, by the live view.
    const data = new URL(FIXTURE_URL, location.href).href;
    expect(
      requests.asked.filter((url) => new URL(url, location.href).href === data),
    ).to.have.length(1);
    expect(cards).to.have.length(3);

    // The light DOM is still there (for crawlers, for printing without the script) but no longer
    // rendered: assistive technology gets each organization once, from the live view.
    expect(prerendered(el)).to.have.length(3);
    expect(prerendered(el).some((h) => h.checkVisibility())).to.equal(false);
    const names = liveNames(el);
    expect(names).to.deep.equal(first.map((h) => h.textContent!.trim()));
    expect(await headings()).to.deep.equal(['2 Organizations', ...names.map((n) => `3 ${n}`)]);
    await expect(el).to.be.accessible();
  });

  it('replaces a stale page silently: the live list, no error, no warning', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    const error = console.error;
    console.warn = console.error = (...args: unknown[]) => warnings.push(args);
    try {
      const events = record('mhpss-error', 'mhpss-state-change');
      const { el } = await pasted({}, (data) => {
        const d = data as { organizations: { name: string }[] };
        d.organizations[0]!.name = 'An Old Name';
        return d;
      });
      expect(prerendered(el).map((h) => h.textContent)).to.include('An Old Name');
      await new Promise((resolve) => el.addEventListener('mhpss-load', resolve));
      await settled(el);
      events.stop();
      expect(liveNames(el)).to.not.include('An Old Name');
      expect(deep(el, '[role=status]').textContent!.trim()).to.equal('6 organizations');
      expect(events.events).to.deep.equal([]);
      // The fixture's invalid record is the only thing said.
      expect(warnings.map((w) => String((w as unknown[])[0]))).to.satisfy((lines: string[]) =>
        lines.every((l) => l.includes('data issue')),
      );
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });

  it('keeps the pre-rendered page under the error when the data cannot be loaded', async () => {
    quiet('error');
    const error = console.error;
    console.error = () => {};
    try {
      const { el } = await pasted({ src: '/no/such/list.json' });
      await new Promise((resolve) => el.addEventListener('mhpss-error', resolve));
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
      expect(prerendered(el).every((h) => h.checkVisibility())).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      console.error = error;
    }
  });

  it('a strings script and a card template are not a pre-rendered page', async () => {
    requests = holdRequests();
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory src=${FIXTURE_URL}>
        <script type="application/json" slot="strings">
          { "en": { "search": "Find a partner" } }
        </script>
        <template slot="card"><span>{name}</span></template>
      </mhpss-directory>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.sk')).to.not.equal(null);
    requests.release();
  });
});

describe('<mhpss-directory> headings', () => {
  quiet('warn');

  it('a heading for the results at heading-level (default 2), each name one below', async () => {
    const el = await fixture<MhpssDirectory>(
      html`<mhpss-directory .data=${await fixtureData()} page-size="2"></mhpss-directory>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    const names = liveNames(el);
    expect(await headings()).to.deep.equal(['2 Organizations', ...names.map((n) => `3 ${n}`)]);
    const events = record('mhpss-state-change', 'mhpss-load', 'mhpss-select');
    el.setAttribute('heading-level', '4');
    await settled(el);
    expect(await headings()).to.deep.equal(['4 Organizations', ...names.map((n) => `5 ${n}`)]);
    el.headingLevel = 6;
    await settled(el);
    expect(await headings()).to.deep.equal(['6 Organizations', ...names.map((n) => `6 ${n}`)]);
    // Anything but 1 to 6 is the default.
    el.setAttribute('heading-level', 'seven');
    await settled(el);
    expect(await headings()).to.deep.equal(['2 Organizations', ...names.map((n) => `3 ${n}`)]);
    events.stop();
    expect(events.events).to.deep.equal([]);
  });

  it('the same structure while loading, in the language of the page', async () => {
    const requests = holdRequests();
    try {
      const el = await fixture<MhpssDirectory>(
        html`<mhpss-directory src=${FIXTURE_URL} lang="fr" heading-level="3"></mhpss-directory>`,
      );
      await el.updateComplete;
      expect(await headings()).to.deep.equal(['3 Organisations']);
      requests.release();
    } finally {
      requests.restore();
    }
  });
});
