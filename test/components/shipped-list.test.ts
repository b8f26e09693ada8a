// The list shipped with the widget, as a visitor meets it: what the list says it is, how each
// organization is tied to the Collaborative, where the facts come from, and whom to write to.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { MhpssDirectory } from '../../src/define.js';
import { click, deep, deepAll, deepText, settled, waitUntil } from './helpers.js';

async function shipped(lang = 'en'): Promise<MhpssDirectory> {
  const el = await fixture<MhpssDirectory>(
    html`<mhpss-directory src="/data/members.json" lang=${lang} page-size="40"></mhpss-directory>`,
  );
  await new Promise((resolve) => el.addEventListener('mhpss-load', resolve, { once: true }));
  await settled(el);
  return el;
}

async function open(el: MhpssDirectory, name: string): Promise<Element> {
  const card = deepAll(el, 'mhpss-result-list', 'mhpss-org-card').find(
    (c) => deep(c, '[role=heading]').textContent!.trim() === name,
  )!;
  await click(deep(card, 'button'));
  await settled(el);
  // The detail view comes with its own chunk and strings: wait until it shows the record.
  const detail = deep(el, 'mhpss-org-detail');
  await waitUntil(
    () => deepAll(detail, '.sources li').length > 0,
    `the detail view of ${name} shows its sources`,
  );
  return detail;
}

describe('the shipped list', () => {
  it('names each tie as its source does, and never as membership', async () => {
    const el = await shipped();
    const roles = deep(el, 'mhpss-facet-group[facet=roles]');
    expect(deep(roles, 'legend').textContent).to.equal('Relationship stated in the sources');
    const labels = deepAll(roles, 'label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.map((l) => l.replace(/ \d+$/, ''))).to.deep.equal([
      'Host of the MHPSS Collaborative',
      'Key partner of the MHPSS Collaborative',
      'Funder of the MHPSS Collaborative',
      "Collaboration on the Collaborative's MHIN page",
      'Co-signatory of the Multistakeholder Pledge on MHPSS',
      'Announced partnership with the MHPSS Collaborative',
      'Co-organizer of an event with the MHPSS Collaborative',
      'No relationship stated in the sources',
      // Issue 15: every facet ends with the records stating none of its terms — here the
      // Collaborative itself, which states no tie to itself.
      'Not stated',
    ]);
    // "member" appears only for other bodies (Save the Children's national members, MHIN's).
    expect(deepText(el)).to.not.match(
      /members? (?:of|in) the (?:MHPSS )?Collaborative|Collaborative(?:'s)? members/i,
    );
  });

  it("offers the Collaborative's own invitation as the suggest link", async () => {
    const el = await shipped();
    const link = deep<HTMLAnchorElement>(el, '[part=suggest]');
    expect(link.href).to.equal('mailto:info@mhpsscollaborative.org,mhin@lshtm.ac.uk');
  });

  it("shows the Collaborative's sources and whom it seeks to collaborate with", async () => {
    const el = await shipped();
    const detail = await open(el, 'MHPSS Collaborative');
    const seeking = deepAll(detail, 'dt').find(
      (dt) => dt.textContent === 'Seeking collaboration with',
    )!;
    expect(
      [...seeking.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent),
    ).to.deep.equal([
      'Experts by experience/service users',
      'Other organizations',
      'Policy makers',
      'Researchers',
    ]);
    const links = deepAll<HTMLAnchorElement>(detail, '.sources a').map((a) => a.href);
    expect(links).to.include('https://www.mhinnovation.net/organisations/mhpss-collaborative');
    expect(links).to.include('https://mhpsscollaborative.org/about-us/');
    await expect(el).to.be.accessible();
  });

  it('says Sources in Arabic too, right to left', async () => {
    const el = await shipped('ar');
    const detail = await open(el, 'Red Cross Red Crescent Movement MHPSS Hub');
    expect(deepAll(detail, 'h3').map((h) => h.textContent)).to.include('المصادر');
    // A source without a web address is named, not linked.
    const items = deepAll(detail, '.sources li');
    const hubPage = items.find((li) =>
      /^The Movement MHPSS Hub's page on MHPSS/.test(li.textContent!.trim()),
    );
    expect(hubPage, "the Hub's page is among the sources").to.not.equal(undefined);
    expect(hubPage!.querySelector('a')).to.equal(null);
  });
});
