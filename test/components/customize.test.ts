// "Partners make it their own": a partner changes any UI string or adds a language (the
// `strings` property, or a JSON script child for script-tag pages), adds content to each card
// (a `card` template, or `cardContent`), and hears about outbound link clicks for analytics.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { MhpssDirectory, MhpssOrgCard } from '../../src/define.js';
import type { DirectoryDocument } from '../../src/core/index.js';
import { en, type AllStrings } from '../../src/i18n/en.js';
import { enDetail } from '../../src/i18n/en-detail.js';
import { enFilters } from '../../src/i18n/en-filters.js';
import { enSummary } from '../../src/i18n/en-summary.js';
import { enTakeAway } from '../../src/i18n/en-take-away.js';
import { compileTemplate, readPartnerStrings } from '../../src/i18n/custom.js';
import type { LinkClickDetail } from '../../src/components/shared/events.js';
import {
  click,
  deep,
  deepAll,
  fixtureData,
  nameOf,
  record,
  settled,
  waitUntil,
} from './helpers.js';

const everyString: AllStrings = {
  ...en,
  ...enDetail,
  ...enFilters,
  ...enSummary,
  ...enTakeAway,
} as AllStrings;
const status = (el: Element) => deep(el, '[role=status]').textContent!.trim();
const input = (el: Element) => deep<HTMLInputElement>(el, 'mhpss-search-box', 'input');
const cards = (el: Element) => deepAll<MhpssOrgCard>(el, 'mhpss-result-list', 'mhpss-org-card');
const checkbox = (el: Element, facet: string, label: string) =>
  deepAll<HTMLInputElement>(el, `mhpss-facet-group[facet=${facet}]`, 'input').find((i) =>
    nameOf(i).startsWith(label),
  )!;

/** A `<script type="application/json" slot="strings">` with this text. */
function stringsScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.slot = 'strings';
  script.textContent = text;
  return script;
}

/**
 * The directory on the fixture data with `children` inside it from the start (as a page's
 * markup has them), `props` and `attrs` set, loaded and settled.
 */
async function directory(
  children: TemplateResult | Node[] = [],
  props: Partial<MhpssDirectory> = {},
  attrs = '',
): Promise<MhpssDirectory> {
  const el = document.createElement('mhpss-directory');
  el.data = await fixtureData();
  Object.assign(el, props);
  for (const attr of attrs.split(/\s+/).filter(Boolean)) {
    const [name, value = ''] = attr.split('=');
    el.setAttribute(name!, value);
  }
  if (Array.isArray(children)) el.append(...children);
  else {
    const holder = document.createElement('div');
    render(children, holder);
    el.append(...holder.childNodes);
  }
  await fixture(html`<div>${el}</div>`);
  await waitUntil(
    () => el.shadowRoot?.querySelector('mhpss-result-list, [part=empty]'),
    'the first results',
  );
  await settled(el);
  return el;
}

let warnings: string[];
let warn: typeof console.warn;
beforeEach(() => {
  warnings = [];
  warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
});
afterEach(() => {
  console.warn = warn;
});
const partnerWarnings = () =>
  warnings.filter((w) => w.startsWith('mhpss-directory:') && !w.includes('data issue'));

describe('strings', () => {
  it('changes any UI string, in the elements the directory renders too, and fires no event', async () => {
    const events = record('mhpss-state-change', 'mhpss-load');
    const el = await directory(
      [],
      {
        strings: {
          en: {
            search: 'Find a partner',
            placeholder: 'Name or country',
            next: 'Onward',
            count: (n: number) => `${n} partners`,
            copyLink: 'Share',
          },
        },
      },
      'page-size=2',
    );
    events.stop();
    expect(events.events.map((e) => e.type)).to.deep.equal(['mhpss-load']);
    expect(nameOf(input(el))).to.equal('Find a partner');
    expect(input(el).placeholder).to.equal('Name or country');
    expect(status(el)).to.equal('6 partners');
    const nav = deepAll(el, 'mhpss-result-list', 'nav button').map(nameOf);
    expect(nav).to.deep.equal(['Previous', 'Onward']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=toolbar]'));
    await settled(el);
    const toolbar = [...deep(el, '[part=toolbar]').querySelectorAll('button')].map(nameOf);
    expect(toolbar).to.include('Share');
    expect(toolbar).to.include('Download');
    // Untouched strings stay built in.
    expect(deep(el, '.toggle').textContent).to.contain('Filters');
    await expect(el).to.be.accessible();
  });

  it('follows a new object, and leaves other languages alone', async () => {
    const el = await directory([], { strings: { fr: { search: 'Trouver un partenaire' } } });
    expect(nameOf(input(el))).to.equal('Search organizations');
    el.lang = 'fr';
    await settled(el);
    expect(nameOf(input(el))).to.equal('Trouver un partenaire');
    expect(status(el)).to.equal('6 organisations');
    el.strings = { fr: { search: 'Chercher' } };
    await settled(el);
    expect(nameOf(input(el))).to.equal('Chercher');
    el.strings = undefined;
    await settled(el);
    expect(nameOf(input(el))).to.equal('Rechercher des organisations');
  });

  it('adds a language: every string, its direction, in every element', async () => {
    const de = Object.fromEntries(
      Object.entries(everyString).map(([key, value]) => [
        key,
        typeof value === 'function'
          ? (...args: unknown[]) => `[de] ${(value as (...a: unknown[]) => string)(...args)}`
          : `[de] ${value}`,
      ]),
    ) as unknown as AllStrings;
    const el = await directory([], { strings: { de: { ...de, dir: 'rtl' } } }, 'lang=de-CH');
    expect(nameOf(input(el))).to.equal('[de] Search organizations');
    expect(status(el)).to.equal('[de] 6 organizations');
    expect(deep(el, '.base').getAttribute('lang')).to.equal('de');
    expect(deep(el, '.base').getAttribute('dir')).to.equal('rtl');
    expect(deep(el, 'mhpss-search-box', '.base').getAttribute('dir')).to.equal('rtl');
    const card = cards(el)[0]!;
    expect(card.getAttribute('lang')).to.equal('de');
    await click(deep(card, 'button'));
    await settled(el);
    expect(nameOf(deep(el, 'mhpss-org-detail', '.close'))).to.equal('[de] Close');
    expect(partnerWarnings()).to.deep.equal([]);
  });

  it('reads a JSON script child, with templates and plural forms for the strings that count', async () => {
    const json = {
      en: {
        search: 'Find a partner',
        count: { '=0': 'No partners', one: '{n} partner', other: '{n} partners' },
        page: 'Page {page} / {count}',
        remove: 'Remove {label}',
      },
    };
    const el = await directory([stringsScript(JSON.stringify(json))], {}, 'page-size=4');
    expect(nameOf(input(el))).to.equal('Find a partner');
    expect(status(el)).to.equal('6 partners');
    expect(deep(el, 'mhpss-result-list', '.page').textContent).to.equal('Page 1 / 2');
    await click(checkbox(el, 'regions', 'Europe'));
    await settled(el);
    expect(nameOf(deep(el, 'mhpss-filter-chips', 'button'))).to.equal('Remove Region: Europe');
    input(el).focus();
    await sendKeys({ type: 'danida' });
    await settled(el);
    expect(status(el)).to.equal('1 partner');
    await sendKeys({ type: 'zzqqx' });
    await settled(el);
    expect(status(el)).to.equal('No partners');

    // The script changes (a CMS editing it): the directory reads it again.
    const script = el.querySelector('script')!;
    script.textContent = JSON.stringify({ en: { count: '{n} in all' } });
    await waitUntil(() => status(el) === '0 in all', 'the new strings');
    // The property wins over the script.
    el.strings = { en: { count: (n: number) => `${n} by property` } };
    await settled(el);
    expect(status(el)).to.equal('0 by property');
  });

  it('says what it cannot use, and uses the rest', async () => {
    const el = await directory([
      stringsScript(`{ "en": { "serch": "Find", "count": { "one": "{n} partner" },
        "page": "{pages} pages", "print": 4, "placeholder": "Who?" },
        "not a tag": {}, "fr": "Trouver" }`),
    ]);
    const problems = partnerWarnings().join('\n');
    expect(problems).to.contain("en.serch: not a UI string (did you mean 'search'?)");
    expect(problems).to.contain("en.count: plural forms need an 'other' form");
    expect(problems).to.contain(
      'en.page: {pages} is not one of its placeholders ({page}, {count})',
    );
    expect(problems).to.contain('en.print: expected text');
    expect(problems).to.contain("'not a tag' is not a language tag");
    expect(problems).to.contain('fr: expected an object of UI strings');
    expect(input(el).placeholder).to.equal('Who?');
    expect(status(el)).to.equal('6 organizations');
    expect(deep(el, 'mhpss-result-list').shadowRoot!.textContent).to.not.contain('{pages}');

    warnings.length = 0;
    const broken = await directory(
      [stringsScript('{ "en": { "search": "Find"')],
      { strings: { xx: { search: 'Suche' } } },
      'lang=xx',
    );
    const said = partnerWarnings().join('\n');
    expect(said).to.match(/the strings script .*: not JSON/);
    expect(said).to.contain(
      "strings for 'xx': a new language needs every UI string; missing dir, placeholder",
    );
    // English stands in for what the new language lacks.
    expect(nameOf(input(broken))).to.equal('Suche');
    expect(input(broken).placeholder).to.equal('Name or keyword');
  });

  it('keeps each directory on a page to its own strings', async () => {
    const one = await directory([], { strings: { en: { search: 'Find a partner' } } });
    const two = await directory([], { strings: { en: { search: 'Find a funder' } } });
    const plain = await directory();
    expect(nameOf(input(one))).to.equal('Find a partner');
    expect(nameOf(input(two))).to.equal('Find a funder');
    expect(nameOf(input(plain))).to.equal('Search organizations');
  });

  it('has every string in every built-in language, and no other', async () => {
    const keys = Object.keys(everyString).sort();
    const { fr } = await import('../../src/i18n/fr.js');
    const { es } = await import('../../src/i18n/es.js');
    const { ar } = await import('../../src/i18n/ar.js');
    for (const catalogue of [fr, es, ar]) {
      expect(Object.keys(catalogue).sort()).to.deep.equal(keys);
      for (const key of keys) {
        const kind = typeof everyString[key as keyof AllStrings];
        expect(typeof catalogue[key as keyof AllStrings], key).to.equal(kind);
      }
    }
  });

  it('compiles templates with the plural rules and numbers of their language', () => {
    const ar = compileTemplate(
      'count',
      { zero: 'لا شيء', one: 'واحدة', two: 'اثنتان', few: '{n} قليلة', other: '{n} كثيرة' },
      'ar',
    );
    if (ar.error !== undefined) throw new Error(ar.error);
    const digits = new Intl.NumberFormat('ar');
    expect([0, 1, 2, 3, 11].map((n) => ar.fn(n))).to.deep.equal([
      'لا شيء',
      'واحدة',
      'اثنتان',
      `${digits.format(3)} قليلة`,
      `${digits.format(11)} كثيرة`,
    ]);
    const fr = compileTemplate('count', '{n} partenaires', 'fr');
    if (fr.error !== undefined) throw new Error(fr.error);
    expect(fr.fn(12345)).to.equal(`${new Intl.NumberFormat('fr').format(12345)} partenaires`);
    expect(fr.fn(12345)).to.not.equal('12345 partenaires');
    expect(compileTemplate('count', { few: 'x' }, 'en').error).to.contain("'other'");
    expect(compileTemplate('count', { lots: 'x', other: 'y' }, 'en').error).to.contain("'lots'");
    expect(compileTemplate('count', 12, 'en').error).to.contain('expected text with {n}');
    const { catalogues, problems } = readPartnerStrings(
      [
        [{ EN: { search: 'A' } }, 'strings'],
        ['{"en":{"search":"B"}}', 'script'],
      ],
      everyString,
    );
    expect(problems).to.deep.equal([]);
    expect(catalogues.get('en')!.search).to.equal('B');
  });
});

describe('card content', () => {
  const template = html`<template slot="card">
    <p class="contact">
      <a href="mailto:network@partner.example?subject=About%20{name}" title="{acronym}">
        Contact us about {name}
      </a>
    </p>
  </template>`;

  it('adds a template to each card, filled in as text, and never as markup', async () => {
    const data = await fixtureData();
    (data as DirectoryDocument).organizations.push({
      id: 'tricky',
      name: 'javascript:alert(1) & <b>bold</b>',
    });
    const el = await directory(
      html`<template slot="card">
        <p class="contact">
          <a href="mailto:network@partner.example?subject=About%20{name}" title="{acronym}"
            >Contact us about {name}</a
          >
          <a class="own" href="{name}">Our page on {name}</a>
          <a class="site" href="{website}/members">site</a>
          <span onclick="alert('{name}')">{nothing}</span>
        </p>
        <script>
          window.__ran = true;
        </script>
      </template>`,
      { data },
    );
    for (const card of cards(el)) {
      const org = card.organization!;
      const extra = deep(card, '[part=extra]');
      const link = extra.querySelector<HTMLAnchorElement>('.contact a')!;
      expect(link.textContent!.trim()).to.equal(`Contact us about ${org.name}`);
      expect(new URL(link.href).searchParams.get('subject')).to.equal(`About ${org.name}`);
      expect(link.title).to.equal(org.acronym ?? '');
      // The name is text in an address: a relative link, never a script.
      const own = extra.querySelector<HTMLAnchorElement>('.own')!;
      expect(own.protocol).to.equal(location.protocol);
      expect(own.pathname.endsWith(encodeURIComponent(org.name).replace(/%40/g, '@'))).to.equal(
        true,
      );
      const site = extra.querySelector<HTMLAnchorElement>('.site')!;
      if (org.website) expect(site.href).to.equal(`${org.website}/members`);
      expect(extra.querySelector('span')!.getAttribute('onclick')).to.equal("alert('{name}')");
      expect(extra.querySelector('span')!.textContent).to.equal('{nothing}');
      expect(extra.querySelector('script, b, img')).to.equal(null);
    }
    expect((window as { __ran?: boolean; __pwned?: number }).__ran).to.equal(undefined);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const said = partnerWarnings().join('\n');
    expect(said).to.contain('scripts in card templates are not run');
    expect(said).to.contain('onclick attribute cannot hold placeholders');
    expect(said.match(/scripts in card templates/g)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('uses the template of the page language, and reaches it with ::part(card-extra)', async () => {
    const style = document.createElement('style');
    style.textContent = 'mhpss-directory::part(card-extra) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await directory(
        html`${template}<template slot="card" lang="fr"
            ><p class="fr">Écrivez-nous : {name}</p></template
          >`,
        {},
        'lang=fr',
      );
      const extra = deep(cards(el)[0]!, '[part=extra]');
      expect(extra.querySelector('.fr')!.textContent).to.match(/^Écrivez-nous : /);
      expect(getComputedStyle(extra).outlineColor).to.equal('rgb(1, 2, 3)');
      el.lang = 'en';
      await settled(el);
      expect(deep(cards(el)[0]!, '[part=extra] .contact')).to.not.equal(null);
    } finally {
      style.remove();
    }
  });

  it('takes cardContent from code: a Node or text, kept per organization, over the template', async () => {
    let calls = 0;
    const el = await directory(template, {
      cardContent: (org) => {
        calls++;
        if (org.id === 'who') return 'Plain <b>text</b>';
        if (org.id === 'danida') throw new Error('no content for this one');
        if (org.id === 'taghyeer') return null;
        const a = document.createElement('a');
        a.href = `https://partner.example/ask?org=${org.id}`;
        a.textContent = `Ask about ${org.name}`;
        return a;
      },
    });
    const byId = (id: string) => cards(el).find((c) => c.organization!.id === id)!;
    expect(deep(byId('unicef'), '[part=extra] a').textContent).to.equal(
      "Ask about United Nations Children's Fund",
    );
    expect(deep(byId('who'), '[part=extra]').textContent).to.equal('Plain <b>text</b>');
    expect(byId('danida').shadowRoot!.querySelector('[part=extra]')).to.equal(null);
    expect(byId('taghyeer').shadowRoot!.querySelector('[part=extra]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain('Contact us');
    expect(partnerWarnings().join('\n')).to.contain("cardContent threw for 'danida'");
    const first = deep(byId('unicef'), '[part=extra]');
    const before = calls;
    await click(checkbox(el, 'regions', 'Middle East'));
    await settled(el);
    expect(deep(byId('unicef'), '[part=extra]')).to.equal(first);
    expect(calls).to.equal(before);
  });
});

describe('mhpss-link-click', () => {
  /** Records link clicks at the document, and stops the browser from following the links. */
  function clicks() {
    const seen: { detail: LinkClickDetail; bubbles: boolean; composed: boolean }[] = [];
    const prevented: boolean[] = [];
    const onLink = (e: Event) => {
      const { detail, bubbles, composed } = e as CustomEvent<LinkClickDetail>;
      seen.push({ detail, bubbles, composed });
    };
    const onClick = (e: Event) => {
      prevented.push(e.defaultPrevented);
      e.preventDefault();
    };
    document.addEventListener('mhpss-link-click', onLink);
    addEventListener('click', onClick);
    addEventListener('auxclick', onClick);
    return {
      seen,
      prevented,
      stop() {
        document.removeEventListener('mhpss-link-click', onLink);
        removeEventListener('click', onClick);
        removeEventListener('auxclick', onClick);
      },
    };
  }

  it("reports the detail view's website, email and source links, and never holds them back", async () => {
    const data = await fixtureData();
    const unicef = data.organizations.find((o) => o.id === 'unicef')!;
    unicef.sources = [{ title: 'Annual report', url: 'https://www.unicef.org/reports/annual' }];
    const el = await directory([], { data });
    const card = cards(el).find((c) => c.organization!.id === 'unicef')!;
    await click(deep(card, 'button'));
    await settled(el);
    const detail = deep(el, 'mhpss-org-detail');
    const links = deepAll<HTMLAnchorElement>(detail, 'a');
    const website = links.find((a) => a.href === 'https://www.unicef.org/')!;
    const email = links.find((a) => a.href.startsWith('mailto:'))!;
    const source = links.find((a) => a.href.includes('reports'))!;
    const log = clicks();
    try {
      await click(website);
      await click(email);
      await click(source);
      website.scrollIntoView({ block: 'center' });
      const r = website.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        button: 'middle',
        position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
      });
    } finally {
      log.stop();
    }
    expect(
      log.seen.map((s) => [s.detail.kind, s.detail.url, s.detail.organization.id]),
    ).to.deep.equal([
      ['website', 'https://www.unicef.org/', 'unicef'],
      ['email', 'mailto:mhpss@unicef.org', 'unicef'],
      ['source', 'https://www.unicef.org/reports/annual', 'unicef'],
      ['website', 'https://www.unicef.org/', 'unicef'],
    ]);
    expect(log.seen.every((s) => s.bubbles && s.composed)).to.equal(true);
    expect(log.prevented.every((p) => p === false)).to.equal(true);
    // Clicking the close button or a partner's entry reports nothing.
    const quiet = clicks();
    try {
      await click(deep(detail, '.ref'));
      await settled(el);
    } finally {
      quiet.stop();
    }
    expect(quiet.seen).to.deep.equal([]);
  });

  it("reports the links a partner adds to the cards, as the card's organization's", async () => {
    const el = await directory(
      html`<template slot="card">
        <a class="contact" href="mailto:network@partner.example?subject={id}">Contact us</a>
        <a class="more" href="https://partner.example/members/{id}">More</a>
      </template>`,
    );
    const card = cards(el).find((c) => c.organization!.id === 'war-child')!;
    const log = clicks();
    try {
      await click(deep(card, '.contact'));
      await click(deep(card, '.more'));
      await click(deep(card, 'button'));
      await settled(el);
    } finally {
      log.stop();
    }
    expect(
      log.seen.map((s) => [s.detail.kind, s.detail.url, s.detail.organization.id]),
    ).to.deep.equal([
      ['email', 'mailto:network@partner.example?subject=war-child', 'war-child'],
      ['link', 'https://partner.example/members/war-child', 'war-child'],
    ]);
    expect(log.prevented).to.deep.equal([false, false, false]);
  });
});
