import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/org-detail/org-detail.js';
import type { MhpssOrgDetail } from '../../src/components/org-detail/org-detail.js';
import { Directory, parseDirectory, type Organization } from '../../src/core/index.js';
import { click, deep, deepAll, deepText, fixtureData, record, settled } from './helpers.js';

async function setup(id = 'unicef', edit?: (org: Organization) => void) {
  const data = await fixtureData();
  if (edit) edit(data.organizations.find((o) => o.id === id)!);
  const dir = new Directory(parseDirectory(data).data);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Open</button>
      <mhpss-org-detail .organization=${dir.get(id)} .directory=${dir}></mhpss-org-detail>
    </div>`,
  );
  const el = wrapper.querySelector('mhpss-org-detail')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  el.show();
  await settled(el);
  return { el, opener, dir };
}

/** The source marks that follow a fact: those of the element whose own text is `fact`. */
function marksAfter(el: Element, fact: string): HTMLButtonElement[] {
  for (const marks of deepAll(el, '.marks')) {
    const owner = marks.parentElement!;
    const own = owner.textContent!.replace(marks.textContent!, '').replace(/\s+/g, ' ').trim();
    if (own === fact) return [...marks.querySelectorAll<HTMLButtonElement>('.mark')];
  }
  return [];
}

describe('<mhpss-org-detail>', () => {
  it('is accessible when open', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
  });

  it('is closed by default', async () => {
    const el = await fixture<MhpssOrgDetail>(html`<mhpss-org-detail></mhpss-org-detail>`);
    expect(el.open).to.equal(false);
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
  });

  it('opens as a modal dialog named by the organization, with focus inside', async () => {
    const { el } = await setup();
    const dialog = deep<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal("United Nations Children's Fund");
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
  });

  it('shows everything the record holds', async () => {
    const { el } = await setup();
    const text = deepText(el);
    for (const expected of [
      'Works for the rights of every child',
      'unicef.org',
      'mhpss@unicef.org',
      'New York, United States',
      'Jordan',
      'Lebanon',
      'Region',
      'Middle East',
      'Service delivery',
      'World Health Organization',
      'War Child',
      'Danish International Development Agency',
      'Roles',
      'Key partner',
      'Pledge signatory',
      'Scale up MHPSS for children.',
      'Amsterdam pledges 2019',
    ]) {
      expect(text, expected).to.contain(expected);
    }
  });

  it('lists the sources under "Sources", linked when they have an address', async () => {
    const { el } = await setup('unicef', (org) => {
      org.sources = [
        { title: 'Annual report 2024', url: 'https://example.org/report' },
        { title: 'Founding charter (print only)' },
        { title: 'https://example.org/about', url: 'https://example.org/about' },
      ];
    });
    const heading = deepAll(el, 'h3').find((h) => h.textContent === 'Sources')!;
    expect(heading, 'a Sources heading').to.not.equal(undefined);
    const items = deepAll(el, '.sources li');
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal([
      'Annual report 2024',
      'Founding charter (print only)',
      'example.org/about',
    ]);
    const link = items[0]!.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/report');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    expect(items[1]!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('points every fact at the sources that state it: numbered marks named "source N"', async () => {
    const { el } = await setup('unicef', (org) => {
      org.sources = [
        {
          title: 'Where we work',
          url: 'https://example.org/where',
          date: '2024-05',
          supports: ['regions:africa', 'countries:JO', 'countries:LB', 'headquarters'],
        },
        {
          title: 'Annual report',
          url: 'https://example.org/report',
          date: '2023',
          supports: ['regions:africa', 'type:un-agency', 'partners:who', 'funders:danida'],
        },
        // A fact the record does not state points nowhere: it gets no mark.
        { title: 'Old page', supports: ['regions:europe'] },
      ];
    });
    await expect(el).to.be.accessible();
    // The fact, then its marks, each named "source N" (not "N") and showing N.
    const marksOf = (text: string) => marksAfter(el, text);
    const names = (text: string) => marksOf(text).map((b) => b.getAttribute('aria-label'));
    expect(names('Africa')).to.deep.equal(['source 1', 'source 2']);
    expect(marksOf('Africa').map((b) => b.textContent!.trim())).to.deep.equal(['1', '2']);
    expect(names('Jordan')).to.deep.equal(['source 1']);
    expect(names('New York, United States')).to.deep.equal(['source 1']);
    expect(names('UNICEF · UN agency')).to.deep.equal(['source 2']);
    expect(names('World Health Organization')).to.deep.equal(['source 2']);
    expect(names('Danish International Development Agency')).to.deep.equal(['source 2']);
    // Facts no source supports carry no mark.
    expect(names('Middle East')).to.deep.equal([]);
    expect(names('War Child')).to.deep.equal([]);
    expect(deepAll(el, '.mark')).to.have.length(8);
    // The Sources list is numbered in the same order, each with its page's date.
    const items = deepAll(el, 'ol.sources li');
    expect(items.map((li) => li.id)).to.deep.equal(['source-1', 'source-2', 'source-3']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05');
    expect(items[0]!.querySelector('time')!.textContent).to.equal('May 2024');
    expect(items[1]!.querySelector('time')!.textContent).to.equal('2023');
    expect(items[2]!.querySelector('time')).to.equal(null);
  });

  it('takes focus to the source, by click or by keyboard, and the dialog stays open', async () => {
    const { el } = await setup('unicef', (org) => {
      org.sources = [
        { title: 'Where we work', url: 'https://example.org/where', supports: ['countries:JO'] },
        { title: 'Annual report', supports: ['countries:LB', 'headquarters'] },
      ];
    });
    const [jordan] = marksAfter(el, 'Jordan');
    const [lebanon] = marksAfter(el, 'Lebanon');
    await click(jordan!);
    expect(el.shadowRoot!.activeElement?.id).to.equal('source-1');
    // Keyboard: Tab from the top reaches the marks; Enter follows one.
    lebanon!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('source-2');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Annual report');
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('names the marks and dates the sources in each language, right to left in Arabic', async () => {
    const { el } = await setup('unicef', (org) => {
      org.sources = [
        { title: 'A', url: 'https://example.org/a', date: '2022-05-24', supports: ['x:y'] },
        { title: 'B', date: '2021-08', supports: ['countries:JO'] },
      ];
    });
    for (const [lang, name, date] of [
      ['en', 'source 2', 'May 24, 2022'],
      ['fr', 'source 2', '24 mai 2022'],
      ['es', 'fuente 2', '24 de mayo de 2022'],
      ['ar', 'المصدر 2', '24 مايو 2022'],
    ] as const) {
      el.lang = lang;
      await settled(el);
      expect(
        deepAll(el, '.mark').map((b) => b.getAttribute('aria-label')),
        lang,
      ).to.deep.equal([name]);
      expect(deep(el, 'ol.sources time').textContent, lang).to.equal(date);
    }
    expect(deep(el, 'dialog').getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('shows whom the organization seeks to collaborate with', async () => {
    const { el } = await setup('unicef', (org) => {
      org.seeking = ['Researchers', 'Policy makers'];
    });
    const label = deepAll(el, 'dt').find((dt) => dt.textContent === 'Seeking collaboration with')!;
    expect(label, 'a "Seeking collaboration with" row').to.not.equal(undefined);
    const values = [...label.nextElementSibling!.querySelectorAll('li')].map(
      (li) => li.textContent,
    );
    expect(values).to.deep.equal(['Researchers', 'Policy makers']);
    // Listed once, in its own row, not again under a generic name.
    expect(deepText(el).match(/Seeking/g)).to.have.length(1);
  });

  it('names both sections in the UI language', async () => {
    const { el } = await setup('unicef', (org) => {
      org.sources = [{ title: 'Rapport annuel' }];
      org.seeking = ['Chercheurs'];
    });
    for (const [lang, sources, seeking] of [
      ['fr', 'Sources', 'Cherche à collaborer avec'],
      ['es', 'Fuentes', 'Busca colaborar con'],
      ['ar', 'المصادر', 'يسعى إلى التعاون مع'],
    ] as const) {
      el.lang = lang;
      await el.updateComplete;
      expect(deepAll(el, 'h3').map((h) => h.textContent)).to.include(sources);
      expect(deepAll(el, 'dt').map((dt) => dt.textContent)).to.include(seeking);
    }
  });

  it('shows no Sources section for a record without sources', async () => {
    const { el } = await setup();
    expect(deepAll(el, 'h3').map((h) => h.textContent)).to.not.include('Sources');
    expect(el.shadowRoot!.querySelector('.sources')).to.equal(null);
  });

  it('never links a source whose address is not http(s), even in a record it was handed unchecked', async () => {
    const el = await fixture<MhpssOrgDetail>(
      html`<mhpss-org-detail
        .organization=${{
          id: 'raw',
          name: 'Raw record',
          sources: [{ title: 'Click me', url: 'javascript:alert(1)' }],
        }}
      ></mhpss-org-detail>`,
    );
    el.show();
    await settled(el);
    expect(deep(el, '.sources li').textContent!.trim()).to.equal('Click me');
    expect(deepAll(el, 'a')).to.have.length(0);
  });

  it('renders website and email as safe links', async () => {
    const { el } = await setup();
    const links = deepAll<HTMLAnchorElement>(el, 'a');
    const website = links.find((a) => a.href === 'https://www.unicef.org/')!;
    expect(website.rel).to.equal('noopener noreferrer');
    expect(links.some((a) => a.href === 'mailto:mhpss@unicef.org')).to.equal(true);
  });

  it('never renders a javascript: URL or data markup', async () => {
    const { el } = await setup('hostile');
    expect(deepAll(el, 'a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('script, img:not(.avatar img)')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('closes on Escape, returns focus to the opener and fires mhpss-close', async () => {
    const { el, opener } = await setup();
    const log = record('mhpss-close');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    log.stop();
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    expect(log.events).to.have.length(1);
  });

  it('closes with its close button', async () => {
    const { el } = await setup();
    const log = record('mhpss-close');
    await click(deep(el, '.close'));
    log.stop();
    expect(el.open).to.equal(false);
    expect(log.events).to.have.length(1);
  });

  it('opens a partner in place and fires mhpss-open', async () => {
    const { el } = await setup();
    const log = record('mhpss-open');
    const partner = deepAll(el, '.ref').find(
      (b) => b.textContent!.trim() === 'World Health Organization',
    )!;
    await click(partner);
    await el.updateComplete;
    log.stop();
    expect(log.events[0]!.detail.organization.id).to.equal('who');
    expect(deep(el, 'h2').textContent).to.equal('World Health Organization');
    expect(el.shadowRoot!.activeElement).to.equal(deep(el, 'h2'));
  });

  it('speaks Arabic right to left', async () => {
    const { el } = await setup();
    el.lang = 'ar';
    await el.updateComplete;
    expect(deep(el, 'dialog').getAttribute('dir')).to.equal('rtl');
    expect(deep(el, '.close').getAttribute('aria-label')).to.equal('إغلاق');
  });

  it('fires no event when code closes it', async () => {
    const { el } = await setup();
    const log = record('mhpss-close', 'mhpss-open');
    el.close();
    await el.updateComplete;
    el.organization = undefined;
    await el.updateComplete;
    log.stop();
    expect(deep<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(log.events).to.have.length(0);
  });
});
