// The shipped list, read against its source documents. The expectations below are written from
// the sources themselves (the Collaborative's MHIN profile and About page, the MHIN post of
// April 2020, the Multistakeholder Pledge text and the Movement MHPSS Hub's pages), not derived
// from the data, so that a change to the data that the sources do not support fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDirectory } from '../../src/core/index.js';
import { checkEvidence, factsOf } from '../../src/core/model/evidence.js';
import { membersText } from '../../scripts/source-supports.js';
import { termIds } from '../../src/core/model/labels.js';

const text = readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8');
const { data, issues } = parseDirectory(text);
const byId = new Map(data.organizations.map((o) => [o.id, o]));
const org = (id: string) => {
  const found = byId.get(id);
  assert.ok(found, `${id} is in the directory`);
  return found;
};

const PROFILE = 'https://www.mhinnovation.net/organisations/mhpss-collaborative';
const ABOUT = 'https://mhpsscollaborative.org/about-us/';
const MHIN_POST =
  'https://www.mhinnovation.net/blog/2020/apr/14/collaborative-unite-and-strengthen-mental-health-support-initiatives-children-and';
const PLEDGE =
  'https://www.amalalliance.org/pledges/multistakeholder-pledge-fostering-mental-health-and-psychosocial-wellbeing';
const NORDIC_CONFERENCE = 'https://rodekors.dk/nordicmhpssconference';
const ECW_PARTNERSHIP =
  'https://www.educationcannotwait.org/news-stories/press-releases/education-cannot-wait-and-mhpss-collaborative-partner-deliver-mental';
const HUB_PAGE =
  "The Movement MHPSS Hub's page on MHPSS in the Red Cross Red Crescent Movement: policy and resolution, the 2020 roadmap, basic psychosocial support (no stable address)";

/** Each organization's ties exactly as its sources state them, and the source that states them. */
const TIES: Record<string, { roles: string[]; cites: string[] }> = {
  'mhpss-collaborative': { roles: [], cites: [PROFILE, ABOUT] },
  'save-the-children-denmark': {
    roles: ['host', 'event-co-organizer'],
    cites: [ABOUT, NORDIC_CONFERENCE],
  },
  'save-the-children': { roles: ['key-partner', 'pledge-signatory'], cites: [PROFILE, PLEDGE] },
  unicef: { roles: ['key-partner', 'pledge-signatory'], cites: [PROFILE, PLEDGE] },
  who: { roles: ['key-partner', 'pledge-signatory'], cites: [PROFILE, PLEDGE] },
  'kings-college-london': { roles: ['key-partner'], cites: [PROFILE] },
  upinion: { roles: ['key-partner'], cites: [PROFILE] },
  'mhpss-net': { roles: ['key-partner'], cites: [PROFILE] },
  mdi: { roles: ['key-partner'], cites: [PROFILE] },
  unhcr: { roles: ['key-partner'], cites: [PROFILE] },
  repssi: { roles: ['key-partner'], cites: [PROFILE] },
  'war-child-holland': { roles: ['key-partner'], cites: [PROFILE] },
  danida: { roles: ['funder'], cites: [PROFILE] },
  'education-cannot-wait': {
    roles: ['funder', 'announced-partnership'],
    cites: [PROFILE, ECW_PARTNERSHIP],
  },
  mhin: { roles: ['mhin-collaboration'], cites: [MHIN_POST] },
  'european-commission': { roles: ['pledge-signatory'], cites: [PLEDGE] },
  germany: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  netherlands: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  japan: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  'amal-alliance': { roles: ['pledge-signatory'], cites: [PLEDGE] },
  artolution: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  crs: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  hias: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  iom: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  imc: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  jrs: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  'columbia-pfmh': { roles: ['pledge-signatory'], cites: [PLEDGE] },
  unodc: { roles: ['pledge-signatory'], cites: [PLEDGE] },
  // The 2022 Nordic MHPSS conference page names the Danish Red Cross (co-host) and the IFRC
  // Psychosocial Centre, the Hub's former name, on its organising committee with the Collaborative.
  'danish-red-cross': { roles: ['event-co-organizer'], cites: [NORDIC_CONFERENCE] },
  'rcrc-mhpss-hub': { roles: ['event-co-organizer'], cites: [HUB_PAGE, NORDIC_CONFERENCE] },
  ifrc: { roles: ['none-stated'], cites: [HUB_PAGE] },
  icrc: { roles: ['none-stated'], cites: [HUB_PAGE] },
};

/** The 31 commitments of the pledge, by a phrase of each, and whom the pledge attributes it to. */
const ATTRIBUTIONS: [string, string[]][] = [
  [
    'Minimum Service Package on MHPSS developed by the IASC',
    ['european-commission', 'netherlands'],
  ],
  ['Implementing actions from the MHPSS MSP', ['imc', 'iom']],
  ['new phase of development of the Minimum Services Package', ['netherlands']],
  ['Multi-Sectoral MHPSS Assessment Toolkit', ['who']],
  ['Working with partners (UNHCR, UNICEF, UNFPA and the IASC MHPSS RG)', ['who']],
  [
    'Financing quality MHPSS interventions by partner organisations',
    ['european-commission', 'netherlands'],
  ],
  ['integral component of WHO’s emergency response', ['who']],
  ['full-scale simulation exercises', ['who']],
  ['MHPSS Rapid Deployment Mechanism to second experts', ['netherlands']],
  ['Hosting the experts seconded by the MHPSS RDM', ['iom']],
  ['Special Initiative “Displaced Persons and Host Countries”', ['germany']],
  ['access to remote MHPSS such as through hotlines', ['iom']],
  ['hotlines for psychological support', ['european-commission']],
  ['Asylum, Migration and Integration Fund', ['european-commission']],
  ['PROSPECTS Partnership', ['netherlands']],
  ['lessons learned from Japan’s disaster', ['japan']],
  ['co-leadership of the IASC working group on MHPSS and PB', ['crs', 'iom']],
  ['creative arts-based activities', ['iom', 'unicef']],
  ['community-based arts and culture', ['artolution']],
  ['Colors of Kindness program', ['amal-alliance']],
  ['child-friendly, and inclusive MHPSS interventions', ['amal-alliance']],
  ['mhGAP Humanitarian Intervention Guide', ['imc']],
  ['training package on addressing substance use disorders', ['unodc']],
  ['rapid assessments on substance use among refugees', ['unodc']],
  ['technical guidance document on addressing substance use', ['unodc']],
  ['caregiving support tools', ['unodc']],
  ["foundational knowledge on children and adolescents' mental health", ['save-the-children']],
  ['including BLOOM', ['unicef']],
  ['integrated and community-led MHPSS services', ['jrs']],
  ['integrated into all JRS programs', ['jrs']],
  ['mixed-methods research', ['columbia-pfmh', 'hias']],
];

describe("data/members.json: the Collaborative's network, as its sources describe it", () => {
  it('loads with no issues at all', () => {
    assert.deepEqual(
      issues.map((i) => i.message),
      [],
    );
  });

  it('does not call the list, or anyone in it, a member of the Collaborative', () => {
    for (const textField of [data.title, data.description]) {
      assert.ok(textField, 'the list has a title and a description');
      assert.doesNotMatch(textField, /member/i);
    }
    assert.match(data.title!, /MHPSS Collaborative/);
    const roles = data.taxonomies.roles!;
    for (const label of [roles.label, ...roles.terms.map((t) => t.label)]) {
      for (const [lang, value] of Object.entries(label)) {
        assert.doesNotMatch(value, /member|membre|miembro|عضو/i, `${lang}: ${value}`);
      }
    }
    for (const o of data.organizations) {
      assert.doesNotMatch(
        o.description ?? '',
        /members? (?:of|in) the (?:MHPSS )?Collaborative/i,
        `${o.id} is not called a member`,
      );
    }
  });

  it('lists exactly the 32 organizations of the sources, each with the ties its sources give', () => {
    assert.deepEqual(data.organizations.map((o) => o.id).sort(), Object.keys(TIES).sort());
    for (const [id, tie] of Object.entries(TIES)) {
      assert.deepEqual(termIds(org(id).roles).sort(), tie.roles.sort(), `${id}: ties`);
    }
    // Every tie is a term its facet defines, named as the source names it.
    const terms = data.taxonomies.roles!.terms.map((t) => [t.id, t.label.en]);
    assert.deepEqual(terms, [
      ['host', 'Host of the MHPSS Collaborative'],
      ['key-partner', 'Key partner of the MHPSS Collaborative'],
      ['funder', 'Funder of the MHPSS Collaborative'],
      ['mhin-collaboration', "Collaboration on the Collaborative's MHIN page"],
      ['pledge-signatory', 'Co-signatory of the Multistakeholder Pledge on MHPSS'],
      ['announced-partnership', 'Announced partnership with the MHPSS Collaborative'],
      ['event-co-organizer', 'Co-organizer of an event with the MHPSS Collaborative'],
      ['none-stated', 'No relationship stated in the sources'],
    ]);
  });

  it('cites, on every record, the source that states its tie', () => {
    for (const o of data.organizations) {
      assert.ok(o.sources?.length, `${o.id} has sources`);
      for (const s of o.sources) assert.ok(s.title.trim(), `${o.id}: every source has a title`);
      const cited = o.sources.flatMap((s) => [s.title, s.url ?? '']);
      for (const source of TIES[o.id]!.cites) {
        assert.ok(cited.includes(source), `${o.id} cites ${source}`);
      }
    }
  });

  it('links the host, key partners, funders and MHIN from the Collaborative’s own record', () => {
    const collaborative = org('mhpss-collaborative');
    assert.equal(collaborative.parent, 'save-the-children-denmark');
    const partners = Object.keys(TIES).filter((id) => TIES[id]!.roles.includes('key-partner'));
    assert.deepEqual([...(collaborative.partners ?? [])].sort(), [...partners, 'mhin'].sort());
    assert.deepEqual(collaborative.funders, ['danida', 'education-cannot-wait']);
    assert.equal(org('rcrc-mhpss-hub').parent, 'danish-red-cross');
    assert.equal(org('education-cannot-wait').parent, 'unicef');
  });

  it('keeps exactly the tags of the Collaborative’s profile, and whom it seeks to work with', () => {
    const c = org('mhpss-collaborative');
    assert.deepEqual(c.approaches, [
      'advocacy',
      'empowerment-service-user-involvement',
      'human-rights',
      'policy-legislation',
      'technology',
      'training-education-capacity-building',
    ]);
    assert.deepEqual(c.regions, [
      'africa',
      'central-america-caribbean',
      'europe',
      'middle-east',
      'north-america',
      'oceania',
      'south-america',
    ]);
    assert.deepEqual(c.populations, [
      'children-adolescents',
      'families-carers',
      'humanitarian-conflict-health',
      'maternal-neonatal-health',
    ]);
    assert.deepEqual(c.settings, ['community', 'primary-care', 'school', 'specialist-care']);
    assert.deepEqual(c.disorders, ['all-mental-health-conditions']);
    assert.deepEqual(c.countries, ['DK']);
    assert.deepEqual(c.seeking, [
      'Experts by experience/service users',
      'Other organizations',
      'Policy makers',
      'Researchers',
    ]);
  });

  it('attaches all 31 pledge commitments to the organizations they are attributed to (37 attributions)', () => {
    const all = data.organizations.flatMap((o) =>
      (o.commitments ?? []).map((c) => ({ org: o.id, ...c })),
    );
    assert.equal(all.length, 37);
    assert.equal(new Set(all.map((c) => c.text)).size, 31);
    for (const c of all) {
      assert.equal(
        c.source,
        'Multistakeholder Pledge: Fostering Mental Health and Psychosocial Wellbeing',
      );
      assert.equal(c.url, PLEDGE);
    }
    const seen = new Set<string>();
    for (const [phrase, orgs] of ATTRIBUTIONS) {
      const matching = all.filter((c) => c.text.includes(phrase));
      assert.ok(matching.length > 0, `a commitment says "${phrase}"`);
      assert.equal(
        new Set(matching.map((c) => c.text)).size,
        1,
        `"${phrase}" names one commitment`,
      );
      assert.deepEqual(matching.map((c) => c.org).sort(), orgs, phrase);
      seen.add(matching[0]!.text);
    }
    assert.equal(seen.size, 31, 'the phrases above name all 31 commitments');
    // Every organization with commitments is a co-signatory, and every co-signatory has some.
    for (const o of data.organizations) {
      assert.equal(
        (o.commitments ?? []).length > 0,
        termIds(o.roles).includes('pledge-signatory'),
        o.id,
      );
    }
  });

  it('names the two states the pledge names, and no ministry it does not', () => {
    assert.equal(org('germany').name, 'Government of Germany');
    assert.equal(org('netherlands').name, 'Government of the Netherlands');
    // The pledge names BMZ's Special Initiative for Germany's commitment, and no Dutch ministry.
    assert.match(org('germany').description!, /Federal Ministry for Economic Cooperation/);
    assert.doesNotMatch(org('netherlands').description!, /ministry/i);
    assert.equal(org('netherlands').website, 'https://www.government.nl');
  });

  it('gets the facts the sources correct right', () => {
    assert.equal(org('rcrc-mhpss-hub').website, 'https://mhpsshub.org');
    assert.match(org('columbia-pfmh').website!, /program-forced-migration-health/);
    for (const id of ['ifrc', 'icrc', 'danish-red-cross', 'rcrc-mhpss-hub']) {
      assert.equal(org(id).type, 'red-cross-red-crescent', id);
    }
    assert.notEqual(org('education-cannot-wait').type, 'un-agency');
    assert.equal(data.submit, 'mailto:info@mhpsscollaborative.org,mhin@lshtm.ac.uk');
    // WHO developed one toolkit "with support from the Netherlands": that does not make the
    // Netherlands a funder of WHO.
    assert.ok(!termIds(org('who').funders).includes('netherlands'));
    // Save the Children Denmark runs programmes in about a dozen countries of its own pages.
    assert.equal(org('save-the-children-denmark').type, 'international-ngo');
    assert.ok(termIds(org('save-the-children-denmark').countries).length >= 10);
    // "Save the Children International's Migration and Displacement Initiative".
    assert.equal(org('mdi').type, 'initiative');
    assert.equal(org('mdi').parent, 'save-the-children');
    // The WHO–UNHCR mhGAP Humanitarian Intervention Guide: mental, neurological and substance use.
    for (const id of ['who', 'unhcr']) {
      assert.deepEqual(
        termIds(org(id).disorders).sort(),
        ['all-mental-health-conditions', 'substance-use'],
        id,
      );
    }
    // The About page thanks Save the Children Denmark and the Ministry of Foreign Affairs of
    // Denmark; nothing about Danida and seed funding.
    assert.doesNotMatch(org('danida').description!, /seed/i);
  });

  it('gives every fact of every record the page that states it, with a quote (data/evidence.json)', () => {
    const evidence: unknown = JSON.parse(
      readFileSync(new URL('../../data/evidence.json', import.meta.url), 'utf8'),
    );
    assert.deepEqual(
      checkEvidence(data, evidence).map((i) => i.message),
      [],
    );
  });

  it('tells the detail view which facts each source supports, as the evidence says (npm run data:supports)', () => {
    assert.equal(text, membersText(), 'data/members.json: run `npm run data:supports`');
    // Every fact of every record is supported by at least one of its own sources.
    for (const o of data.organizations) {
      const supported = new Set(
        o.sources?.flatMap((s) => (s.supports as string[] | undefined) ?? []),
      );
      for (const fact of factsOf(o, data.taxonomies)) {
        assert.ok(supported.has(fact), `${o.id}: ${fact} has a source`);
      }
    }
  });

  it('answers where, how and for whom on most records, each tag sourced', () => {
    const tagged = (key: string) => data.organizations.filter((o) => termIds(o[key]).length).length;
    assert.ok(tagged('regions') >= 22, `regions on ${tagged('regions')} records`);
    assert.ok(tagged('countries') >= 20, `countries on ${tagged('countries')} records`);
    assert.ok(tagged('approaches') >= 28, `approaches on ${tagged('approaches')} records`);
    assert.ok(tagged('populations') >= 28, `populations on ${tagged('populations')} records`);
    // Searching "Uganda" finds more than one organization, and "Africa" more than four.
    const uganda = data.organizations.filter((o) => termIds(o.countries).includes('UG'));
    assert.ok(uganda.length >= 5, uganda.map((o) => o.id).join(', '));
    const africa = data.organizations.filter((o) => termIds(o.regions).includes('africa'));
    assert.ok(africa.length >= 15, `${africa.length} in Africa`);
  });

  it('labels every facet and term in four languages, one word for conditions in all', () => {
    assert.deepEqual(Object.keys(data.taxonomies).sort(), [
      'approaches',
      'disorders',
      'populations',
      'regions',
      'roles',
      'settings',
      'type',
    ]);
    for (const [key, tax] of Object.entries(data.taxonomies)) {
      for (const label of [tax.label, ...tax.terms.map((t) => t.label)]) {
        for (const lang of ['en', 'fr', 'es', 'ar']) {
          assert.ok(label[lang]?.trim(), `${key}: ${label.en} has a ${lang} label`);
        }
      }
    }
    const disorders = data.taxonomies.disorders!;
    assert.deepEqual(disorders.label, {
      en: 'Mental health condition',
      fr: 'Problème de santé mentale',
      es: 'Afección de salud mental',
      ar: 'حالة الصحة النفسية',
    });
    // Substance use covers alcohol too, not only narcotics (المخدرات).
    const substance = disorders.terms.find((t) => t.id === 'substance-use')!;
    assert.doesNotMatch(substance.label.ar!, /المخدرة|المخدرات/);
    for (const o of data.organizations) assert.ok(o.type, `${o.id} has a type`);
  });

  it('links only to https home pages', () => {
    for (const o of data.organizations) {
      if (o.website) assert.match(o.website, /^https:\/\//, o.id);
    }
  });
});
