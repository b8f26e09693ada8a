// The data request of a partner page, as the network sees it: the plain snippet's module asks
// for the data before the rest of it has run, the configurator's snippet asks for it beside the
// script (a preload the widget's own request then reuses), and either way it is asked for once.
// Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { openFrame, until, type PartnerWindow } from './frame.js';

interface SnippetModule {
  embedSnippet(options: {
    script: string;
    integrity?: string;
    attrs?: [string, string][];
    preload?: boolean;
  }): string;
  shippedListUrl(script: string): string;
}
// The configurator's own code (plain JavaScript, served as it is).
const snippets = () => import(String('/demo/embed-snippet.js')) as Promise<SnippetModule>;

const script = () => new URL('/dist/cdn/mhpss-directory.js', location.href).href;
const fixture = () => new URL('/test/components/fixtures/directory.json', location.href).href;
const requests = (win: Window, url: string) =>
  win.performance
    .getEntriesByType('resource')
    .filter((e) => e.name === url) as PerformanceResourceTiming[];

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** A page made of a partner's heading and `body`, in a full-size iframe, once it has loaded. */
async function pageWith(body: string): Promise<PartnerWindow> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
    <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));
    addEventListener('mhpss-load', (e) => (window.loaded = e.detail));</script></head>
    <body><h1>Our partners</h1>${body}</body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as PartnerWindow;
  await until(() => win.loaded !== undefined, 'the widget to load its data');
  return win;
}

async function sri(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...hash))}`;
}

describe("the configurator's snippet", () => {
  it('requests the shipped list once, beside the script, and the widget reads that response', async () => {
    const { embedSnippet, shippedListUrl } = await snippets();
    const code = embedSnippet({ script: script(), integrity: await sri(script()) });
    expect(code).to.contain(
      `<link rel="preload" as="fetch" crossorigin="anonymous" href="${shippedListUrl(script())}" />`,
    );
    const win = await pageWith(code);
    expect(win.errors).to.deep.equal([]);
    expect(win.loaded!.count).to.be.above(10);
    const data = requests(win, shippedListUrl(script()));
    // One request, the preload's: a fetch that did not match it would be a second one.
    expect(data.map((e) => e.initiatorType)).to.deep.equal(['link']);
  });

  it("preloads the partner's own file when it has one", async () => {
    const { embedSnippet } = await snippets();
    const src = '/test/components/fixtures/directory.json';
    const code = embedSnippet({ script: script(), attrs: [['src', src]] });
    expect(code).to.contain(`href="${src}"`);
    const win = await pageWith(code);
    expect(win.loaded!.count).to.be.above(0);
    expect(requests(win, fixture()).map((e) => e.initiatorType)).to.deep.equal(['link']);
  });
});

describe('the plain snippet', () => {
  it('requests the data as its first step, once, even with the script pasted twice', async () => {
    const win = await openFrame<PartnerWindow>(
      '/test/e2e/partner.html',
      (w) => w.loaded !== undefined,
      'the widget to load its data',
    );
    const data = requests(win, fixture());
    expect(data).to.have.length(1);
    // Before the element registered itself and asked for its filter column (the extras chunk):
    // the module had not finished running yet.
    const extras = win.performance
      .getEntriesByType('resource')
      .find((e) => /\/chunks\/extras-/.test(e.name));
    expect(extras, 'the extras chunk (filter column, toolbar)').to.not.equal(undefined);
    expect(data[0]!.startTime).to.be.below(extras!.startTime);
  });

  it('requests nothing for a directory whose data the page set first', async () => {
    const win = await openFrame<PartnerWindow>(
      '/test/e2e/data-first.html',
      (w) => w.loaded !== undefined,
      'the widget to load its data',
    );
    expect(win.errors).to.deep.equal([]);
    expect(win.loaded!.count).to.equal(1);
    const shipped = new URL('/data/members.json', location.href).href;
    expect(requests(win, shipped)).to.have.length(0);
  });
});
