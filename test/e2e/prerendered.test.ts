// End to end: the embed code with a pre-rendered first page, as `mhpss-directory render` writes it
// (the BUILT core's renderFirstPage, test/e2e/prerendered-page.mjs), pasted in a partner page that
// loads the BUILT CDN file: read with JavaScript off, taken over in place, under the strict CSP,
// and put through a CMS's sanitizer. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { click, find, findAll, openFrame, settle, until } from './frame.js';

type PageWindow = Window & {
  errors: string[];
  violations: string[];
  shifts: number[];
  loaded?: { count: number };
  release(): void;
};

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

/** The headings of Chromium's accessibility tree (the page and its frames), as `level name`. */
async function axHeadings(): Promise<string[]> {
  const found: string[] = [];
  const visit = (node: AxNode) => {
    if (node.role === 'heading') found.push(`${node.level} ${node.name.trim()}`);
    node.children?.forEach(visit);
  };
  visit((await executeServerCommand('ax-tree')) as AxNode);
  return found;
}

/** The first page of the shipped list, as the core answers it (what the page was made from). */
async function shippedFirstPage(): Promise<string[]> {
  const { Directory, parseDirectory } = (await import(
    '/dist/core/index.js' as string
  )) as typeof import('../../src/core/index.js');
  const json = await (await fetch('/data/members.json')).text();
  return new Directory(parseDirectory(json).data)
    .query({ pageSize: 20 })
    .hits.map((h) => h.organization.name);
}

const prerendered = (doc: Document) => [...doc.querySelectorAll('mhpss-directory li h3')];
const liveNames = (el: Element) =>
  findAll(el, 'mhpss-result-list', 'mhpss-org-card').map((c) =>
    find(c, '[role=heading]').textContent!.trim(),
  );

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page in a frame whose scripts never run: a browser with JavaScript off. */
async function withoutScripts(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.onload = resolve;
    frame.src = path;
  });
  frames.push(frame);
  return frame.contentDocument!;
}

describe('a pre-rendered first page, JavaScript off', () => {
  it('every organization of the first page is readable, linked text in the page\u2019s styles', async () => {
    const doc = await withoutScripts('/test/e2e/prerendered.html?list=shipped');
    const win = doc.defaultView as unknown as PageWindow;
    expect(win.errors, 'no script ran').to.equal(undefined);
    const el = doc.querySelector('mhpss-directory')!;
    expect(el.shadowRoot).to.equal(null);
    const names = await shippedFirstPage();
    const items = [...el.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('h3')!.textContent)).to.deep.equal(names);
    for (const li of items) {
      expect(li.querySelector('h3')!.checkVisibility(), li.textContent!).to.equal(true);
      const link = li.querySelector('a');
      if (link) {
        expect(link.href).to.match(/^https?:\/\//);
        expect(link.checkVisibility()).to.equal(true);
      }
    }
    expect(items.filter((li) => li.querySelector('a[href]')).length).to.be.greaterThan(15);
    // The page's own styles: its text colour, its headings' colour, its font.
    const style = win.getComputedStyle(el.querySelector('p')!);
    expect(style.color).to.equal('rgb(40, 40, 90)');
    expect(style.fontFamily).to.contain('Georgia');
    expect(win.getComputedStyle(items[0]!.querySelector('h3')!).color).to.equal('rgb(120, 20, 20)');
    // Headings in order: the page's h1, the results' h2, the names' h3 — no level skipped.
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      Number(h.localName[1]),
    );
    expect(levels.slice(0, 3)).to.deep.equal([1, 2, 3]);
    levels.forEach((level, i) => expect(level).to.be.at.most((levels[i - 1] ?? 0) + 1));
  });

  it('fits the outline it is given (heading-level), and reads right to left in Arabic', async () => {
    const doc = await withoutScripts('/test/e2e/prerendered.html?lang=ar&heading-level=3');
    const el = doc.querySelector('mhpss-directory')!;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(doc.defaultView!.getComputedStyle(el.querySelector('li')!).direction).to.equal('rtl');
    expect(el.querySelector('h3')!.textContent).to.equal('المنظمات');
    expect(el.querySelectorAll('li h4')).to.have.length(6);
  });
});

describe('a pre-rendered first page, taken over by the widget', () => {
  it('in place: no layout shift, and each organization once in the accessibility tree', async () => {
    const win = await openFrame<PageWindow>(
      '/test/e2e/prerendered.html?list=shipped&hold',
      (w) => w.customElements?.get('mhpss-directory') !== undefined,
    );
    const doc = win.document;
    const el = doc.querySelector('mhpss-directory')!;
    const names = await shippedFirstPage();
    // The data is on its way: the pre-rendered page is what there is, once.
    expect(prerendered(doc).every((h) => h.checkVisibility())).to.equal(true);
    expect(el.shadowRoot!.querySelector('mhpss-search-box, .sk')).to.equal(null);
    const before = await axHeadings();
    for (const name of names) {
      expect(
        before.filter((h) => h === `3 ${name}`),
        before.join(' | '),
      ).to.have.length(1);
    }

    win.release();
    await until(() => win.loaded !== undefined && liveNames(el).length === 20, 'the live view');
    await settle(500);
    expect(liveNames(el)).to.deep.equal(names);
    expect(prerendered(doc).some((h) => h.checkVisibility())).to.equal(false);
    // Never both: no name twice (the cards the list keeps out of view, content-visibility: auto,
    // are not all in the tree, so each name at most once, and the first ones there).
    const after = await axHeadings();
    expect(after.filter((h) => h === '2 Organizations')).to.have.length(1);
    const named = after.filter((h) => h.startsWith('3 '));
    expect(named, after.join(' | ')).to.deep.equal([...new Set(named)]);
    expect(named.slice(0, 2)).to.deep.equal(names.slice(0, 2).map((n) => `3 ${n}`));
    const cls = win.shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shifts ${win.shifts.join(', ')}`).to.be.at.most(0.05);
    expect(win.errors).to.deep.equal([]);
  });

  it('replaces a stale page silently', async () => {
    const win = await openFrame<PageWindow>(
      '/test/e2e/prerendered.html?stale',
      (w) => w.loaded !== undefined,
    );
    const el = win.document.querySelector('mhpss-directory')!;
    await settle(300);
    expect(prerendered(win.document).map((h) => h.textContent)).to.include(
      'An Old Name Since Changed',
    );
    expect(liveNames(el)).to.not.include('An Old Name Since Changed');
    expect(liveNames(el)).to.not.include('A Removed Organization');
    expect(find(el, '[role=status]').textContent!.trim()).to.equal('6 organizations');
    expect(win.errors).to.deep.equal([]);
  });

  it('under the strict Content-Security-Policy: shown, taken over, searched, opened', async () => {
    const win = await openFrame<PageWindow>(
      '/test/e2e/csp/prerendered.html',
      (w) => w.loaded !== undefined,
    );
    const el = win.document.querySelector('mhpss-directory')!;
    await settle(300);
    expect(liveNames(el)).to.have.length(6);
    find(el, 'mhpss-search-box', 'input').focus();
    await sendKeys({ type: 'chld' });
    await settle(300);
    expect(liveNames(el)).to.include('War Child');
    await click(find(findAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!, 'button'));
    expect((find(el, 'mhpss-org-detail', 'dialog') as HTMLDialogElement).open).to.equal(true);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});

describe("a pre-rendered first page through a CMS's sanitizer (DOMPurify's defaults)", () => {
  it('keeps every name, heading, text and link; drops the script and unwraps the element', async () => {
    const { renderFirstPage, Directory, parseDirectory } = (await import(
      '/dist/core/index.js' as string
    )) as typeof import('../../src/core/index.js');
    const json = await (await fetch('/data/members.json')).text();
    const dir = new Directory(parseDirectory(json).data);
    const html = renderFirstPage(dir, {
      script: 'https://cdn.jsdelivr.net/npm/mhpss-directory@0.1.0/dist/cdn/mhpss-directory.js',
      lang: 'ar',
    });
    const parse = (markup: string) => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      return template.content;
    };
    const original = parse(html);
    const text = (root: ParentNode, selector: string) =>
      [...root.querySelectorAll(selector)].map((e) => e.textContent);
    const links = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.href);

    const clean = parse(DOMPurify.sanitize(html));
    // What a reader needs is all there: headings, names, texts, links, direction.
    for (const selector of ['h2', 'h3', 'p', 'li']) {
      expect(text(clean, selector), selector).to.deep.equal(text(original, selector));
    }
    expect(links(clean)).to.deep.equal(links(original));
    expect(clean.querySelectorAll('[dir=auto]').length).to.equal(
      original.querySelectorAll('[dir=auto]').length,
    );
    // What is lost: the script, and the element itself (its content stays): the list is static.
    expect(clean.querySelector('script')).to.equal(null);
    expect(clean.querySelector('mhpss-directory')).to.equal(null);

    // Allowed as the README says, the element and its attributes stay (the script still goes:
    // CMSs take scripts in a separate embed block).
    const allowed = parse(
      DOMPurify.sanitize(html, {
        CUSTOM_ELEMENT_HANDLING: {
          tagNameCheck: /^mhpss-directory$/,
          attributeNameCheck: /^(src|lang|dir|facets|scope|page-size|heading-level|url-state)$/,
          allowCustomizedBuiltInElements: false,
        },
      }),
    );
    const el = allowed.querySelector('mhpss-directory')!;
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(text(el, 'h3')).to.deep.equal(text(original, 'h3'));
    expect(allowed.querySelector('script')).to.equal(null);
  });
});
