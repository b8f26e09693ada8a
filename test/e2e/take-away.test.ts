// End to end, with the BUILT CDN file on a partner page that has no url-state: the partner's
// strings (a JSON child) and card template, a visitor downloading, printing and sharing what
// they narrowed the list down to, and the link opening the same view. Run `npm run build` first.
import { expect } from '@open-wc/testing';
import { click, find, findAll, openFrame, settle, until } from './frame.js';

type PartnerWindow = Window &
  typeof globalThis & {
    errors: string[];
    loaded?: { count: number };
    linkClicks: { id: string; url: string; kind: string }[];
  };

const PAGE = '/test/e2e/take-away.html';

async function open(path = PAGE): Promise<{ win: PartnerWindow; el: HTMLElement }> {
  const win = await openFrame<PartnerWindow>(path, (w) => w.loaded !== undefined);
  const el = win.document.querySelector('mhpss-directory') as HTMLElement;
  await until(() => !!el.shadowRoot?.querySelector('[part=toolbar]'), 'the toolbar');
  await settle();
  return { win, el };
}

const status = (el: Element) => find(el, '[role=status]').textContent!.trim();
const button = (el: Element, name: string) =>
  [...find(el, '[part=toolbar]').querySelectorAll('button')].find(
    (b) => b.textContent!.trim() === name,
  )!;
const checkbox = (el: Element, facet: string, label: string) =>
  findAll(el, `mhpss-facet-group[facet=${facet}]`, 'label')
    .find((l) => l.textContent!.includes(label))!
    .querySelector('input')!;

/** The file the page saves while `action` runs (intercepted: nothing is written). */
async function saved(win: PartnerWindow, action: () => Promise<void>) {
  let blob: Blob | undefined;
  let name = '';
  const create = win.URL.createObjectURL;
  win.URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return create.call(win.URL, object);
  };
  const intercept = (event: Event) => {
    const a = event.composedPath()[0] as HTMLAnchorElement;
    if (a.localName === 'a' && a.download) {
      name = a.download;
      event.preventDefault();
    }
  };
  win.addEventListener('click', intercept, true);
  try {
    await action();
    await until(() => name !== '', 'a file to be saved');
  } finally {
    win.URL.createObjectURL = create;
    win.removeEventListener('click', intercept, true);
  }
  return { name, text: await blob!.text() };
}

describe('the CDN module on a partner page without url-state', () => {
  it("speaks the partner's words and adds their line to every card, reporting its clicks", async () => {
    const { win, el } = await open();
    expect(win.errors).to.deep.equal([]);
    expect(status(el)).to.equal('6 partners');
    expect(find(el, 'mhpss-search-box', 'label').textContent).to.equal('Find a partner');
    expect(button(el, 'Share this list')).to.not.equal(undefined);
    const cards = findAll(el, 'mhpss-result-list', 'mhpss-org-card');
    expect(cards).to.have.length(2);
    const contact = find(cards[0]!, '[part=extra] a.contact') as HTMLAnchorElement;
    // The template's own <style> styles it (this page has no strict style-src).
    expect(win.getComputedStyle(contact).display).to.equal('inline-block');
    const name = find(cards[0]!, '[role=heading]').textContent!.trim();
    expect(contact.textContent).to.equal(`Contact us about ${name}`);
    // Followed, the mail link opens the mail program: stop it here, after the report.
    win.addEventListener('click', (e) => e.preventDefault(), { once: true });
    await click(contact);
    expect(win.linkClicks).to.have.length(1);
    expect(win.linkClicks[0]!.kind).to.equal('email');
    expect(win.linkClicks[0]!.url).to.equal(contact.href);
  });

  it('downloads every page of the narrowed list as CSV and JSON, from the built chunks', async () => {
    const { win, el } = await open();
    await click(checkbox(el, 'regions', 'Middle East'));
    expect(status(el)).to.equal('4 partners');
    await click(button(el, 'Download'));
    const csv = await saved(win, () => click(button(el, 'Spreadsheet (CSV)')));
    expect(csv.name).to.match(/^mhpss-directory-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.text.trim().split(/\r\n/);
    expect(rows[0]!.split(',').slice(0, 2)).to.deep.equal(['id', 'name']);
    expect(rows).to.have.length(5);
    await click(button(el, 'Download'));
    const json = await saved(win, () => click(button(el, 'Data file (JSON)')));
    expect(json.name).to.match(/\.json$/);
    const doc = JSON.parse(json.text) as { version: number; organizations: { id: string }[] };
    expect(doc.version).to.equal(1);
    expect(doc.organizations.map((o) => o.id)).to.have.members([
      'unicef',
      'who',
      'war-child',
      'taghyeer',
    ]);
  });

  it('prints the whole narrowed list', async () => {
    const { win, el } = await open();
    await click(checkbox(el, 'regions', 'Africa'));
    win.dispatchEvent(new win.Event('beforeprint'));
    const items = find(el, '.print').querySelectorAll('li');
    expect(items).to.have.length(3);
    expect(find(el, '.print').textContent).to.contain('https://www.unicef.org');
    win.dispatchEvent(new win.Event('afterprint'));
    expect(el.shadowRoot!.querySelector('.print')).to.equal(null);
  });

  it('copies a link that opens the same view, without writing the address itself', async () => {
    const { win, el } = await open();
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
      configurable: true,
    });
    await click(checkbox(el, 'regions', 'Middle East'));
    await click(findAll(el, 'mhpss-result-list', 'nav button')[1]!);
    const second = findAll(el, 'mhpss-result-list', 'mhpss-org-card').map((c) =>
      find(c, '[role=heading]').textContent!.trim(),
    );
    expect(win.location.href).to.equal(`${location.origin}${PAGE}`);
    await click(button(el, 'Share this list'));
    expect(find(el, '[part=toolbar] [aria-live]').textContent).to.equal('Link copied');
    expect(win.location.href).to.equal(`${location.origin}${PAGE}`);
    const link = new URL(copied[0]!);
    expect(link.pathname).to.equal(PAGE);

    const again = await open(link.pathname + link.hash);
    expect(checkbox(again.el, 'regions', 'Middle East').checked).to.equal(true);
    expect(status(again.el)).to.equal('4 partners');
    expect(find(again.el, 'mhpss-result-list', 'nav').textContent).to.contain('Page 2 of 2');
    expect(
      findAll(again.el, 'mhpss-result-list', 'mhpss-org-card').map((c) =>
        find(c, '[role=heading]').textContent!.trim(),
      ),
    ).to.deep.equal(second);
    expect(again.win.errors).to.deep.equal([]);
  });
});

describe('a strict-CSP partner page (Trusted Types) that makes the directory its own', () => {
  it('raises no securitypolicyviolation with partner strings, a card template, download, print and copy link', async () => {
    type CspWindow = PartnerWindow & { violations: string[] };
    const { win, el } = await open('/test/e2e/csp/partner.html');
    const csp = win as CspWindow;
    expect(status(el)).to.equal('6 partners');
    const card = findAll(el, 'mhpss-result-list', 'mhpss-org-card')[0]!;
    expect(find(card, '[part=extra] a.contact').textContent).to.equal('Contact us');
    await click(button(el, 'Download'));
    await saved(win, () => click(button(el, 'Data file (JSON)')));
    win.dispatchEvent(new win.Event('beforeprint'));
    expect(find(el, '.print').querySelectorAll('li')).to.have.length(6);
    win.dispatchEvent(new win.Event('afterprint'));
    Object.defineProperty(win.navigator, 'clipboard', { value: undefined, configurable: true });
    await click(button(el, 'Copy link'));
    await until(() => !!el.shadowRoot!.querySelector('.manual input'), 'the link to copy by hand');
    await settle();
    expect(csp.errors).to.deep.equal([]);
    expect(csp.violations).to.deep.equal([]);
  });
});
