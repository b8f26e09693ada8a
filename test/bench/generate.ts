// Seeded synthetic directories for the bench: organizations with a name (often with an
// acronym), a 40–80-word description, facet memberships like the real shipped list, and a
// fixed set of queries with typos. The same seed gives the same first records at every size,
// so the queries (taken from the first 1,000) mean the same thing at 1k, 10k and 100k.
import type { DirectoryData, Organization, Taxonomy } from '../../src/core/model/schema.js';

/** mulberry32: small, fast, good enough to make test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN = `mental health psychosocial support wellbeing children adolescents youth families
refugees displaced migrants asylum communities women girls survivors violence trauma stress
recovery resilience care services counselling counseling therapy psychological first aid training
supervision capacity building research evidence evaluation policy advocacy coordination networks
partners humanitarian emergency crisis conflict disaster response preparedness education schools
teachers learning protection rights inclusion disability depression anxiety grief substance use
suicide prevention peer community based clinical specialised specialized primary healthcare
integration referral pathways case management parenting caregivers early childhood development
livelihoods economic empowerment gender older people persons detention conflict-affected settings
camps urban rural health workers volunteers staff wellbeing self-help groups digital tools mobile
helpline remote online platform guidelines standards toolkit manual curriculum assessment
screening monitoring learning accountability funding grants donors government ministry local
national international global regional faith organizations civil society academic university
institute foundation coalition alliance network federation society association committee
programme programmes projects activities interventions approaches methods practices arts play
sport music creative expression storytelling dialogue reconciliation peacebuilding social
cohesion stigma awareness campaigns outreach home visits safe spaces friendly centres clinics
hospitals mobile teams frontline responders workforce wellbeing burnout ethics safeguarding
data information management systems quality assurance scale sustainability financing`
  .split(/\s+/)
  .filter(Boolean);

const COMMON = `the and of to in for with on by at from as a an is are that this which their its
our we they it be has have been were was through across within between among into about over
more most many several other such each all both new also provide provides providing work works
working help helps helping support supports supporting offer offers deliver delivers promote
promotes strengthen strengthens improve improves ensure ensures reach reaches serve serves
including based led focused long term short high low access quality people lives years since
founded operates operating countries areas region where when how while well able local`
  .split(/\s+/)
  .filter(Boolean);

const ORG_NOUNS =
  `Foundation Alliance Network Initiative Institute Centre Center Society Association
Coalition Trust Fund Council Collective Partnership Project Federation Organisation Organization
Services Relief Aid Action Mission Group Consortium Forum`
    .split(/\s+/)
    .filter(Boolean);
const ORG_ADJ = `Global International National Regional Community Humanitarian Independent United
Mental Youth Family Children's Women's Refugee Health Hope Bright Open Safe Healing Peace Common
New Green Bridge Harbor Light Horizon Unity Solidarity`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = `ka lo mi ra ne su to vi ber dan el ar tu na ko sa li mo ha ri ba de zu fa ya
gor lin mar tal ven qui sol dor kel`
  .split(/\s+/)
  .filter(Boolean);

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export const FACETS: Record<string, string[]> = {
  regions: [
    'Africa',
    'Middle East and North Africa',
    'Asia and the Pacific',
    'Europe',
    'Latin America and the Caribbean',
    'North America',
    'Global',
    'Eastern Europe',
  ],
  approaches: [
    'Advocacy',
    'Capacity building',
    'Direct services',
    'Research',
    'Coordination',
    'Funding',
    'Policy',
    'Community-based support',
    'Digital',
    'Training',
  ],
  populations: [
    'Children and adolescents',
    'Refugees and displaced people',
    'Women and girls',
    'Older people',
    'Persons with disabilities',
    'Humanitarian workers',
    'Survivors of violence',
    'Families and caregivers',
    'Youth',
    'General population',
  ],
  settings: ['Conflict', 'Natural disaster', 'Protracted crisis', 'Development', 'Camps', 'Urban'],
  disorders: [
    'Depression',
    'Anxiety',
    'PTSD',
    'Substance use',
    'Psychosis',
    'Suicide prevention',
    'Grief',
    'Neurodevelopmental',
  ],
  layers: [
    'Basic services and security',
    'Community and family supports',
    'Focused supports',
    'Specialised services',
  ],
  type: ['UN agency', 'International NGO', 'National NGO', 'Academic', 'Government', 'Network'],
};
const FRENCH: Record<string, string> = {
  Africa: 'Afrique',
  Europe: 'Europe',
  Research: 'Recherche',
  Advocacy: 'Plaidoyer',
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function taxonomies(): Record<string, Taxonomy> {
  const out: Record<string, Taxonomy> = {};
  for (const [key, labels] of Object.entries(FACETS)) {
    out[key] = {
      label: { en: cap(key) },
      terms: labels.map((en) => {
        const label: Record<string, string> & { en: string } = { en };
        if (FRENCH[en]) label.fr = FRENCH[en];
        return { id: slug(en), label };
      }),
    };
  }
  return out;
}

/** Zipf-like pick: early words of a list are much more common than late ones. */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.2)));

export function generate(size: number, seed = 20261122): DirectoryData {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const proper = () => {
    let w = '';
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return cap(w);
  };
  const tax = taxonomies();
  const ids = new Set<string>();
  const organizations: Organization[] = [];
  for (let i = 0; i < size; i++) {
    const place = proper();
    const shape = r();
    const name =
      shape < 0.3
        ? `${proper()} ${pick(ORG_NOUNS)}`
        : shape < 0.6
          ? `${pick(ORG_ADJ)} ${cap(pick(DOMAIN))} ${pick(ORG_NOUNS)}`
          : shape < 0.85
            ? `${pick(ORG_NOUNS)} for ${cap(pick(DOMAIN))} ${cap(pick(DOMAIN))} in ${place}`
            : `${place} ${pick(ORG_ADJ)} ${pick(ORG_NOUNS)}`;
    const words: string[] = [];
    const length = 40 + Math.floor(r() * 41);
    for (let w = 0; w < length; w++) {
      const x = r();
      words.push(
        x < 0.45
          ? COMMON[zipf(r, COMMON.length)]!
          : x < 0.97
            ? DOMAIN[zipf(r, DOMAIN.length)]!
            : place,
      );
    }
    words[0] = cap(words[0]!);
    const description = `${words.join(' ')}.`;
    let id = slug(name) || `org-${i}`;
    if (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    const org: Organization = { id, name, description };
    if (r() < 0.5) {
      org.acronym = name
        .split(/\s+/)
        .filter((w) => !['for', 'in', 'of', 'the', 'and'].includes(w))
        .map((w) => w[0]!.toUpperCase())
        .join('');
    }
    for (const [key, taxonomy] of Object.entries(tax)) {
      const terms = taxonomy.terms.map((t) => t.id);
      if (key === 'type') {
        org.type = terms[zipf(r, terms.length)]!;
        continue;
      }
      const n = 1 + Math.floor(r() * (key === 'disorders' ? 2 : 3));
      org[key] = [...new Set(Array.from({ length: n }, () => terms[zipf(r, terms.length)]!))];
    }
    organizations.push(org);
  }
  return { version: 1, title: `Synthetic directory (${size})`, taxonomies: tax, organizations };
}

export interface BenchQuery {
  text: string;
  kind: string;
  /** For queries made from one organization's name: that name, expected first. */
  expect?: string;
  /** Two facet filters, for the "with filters" runs. */
  filters: Record<string, string[]>;
}

/** One typo: drop, swap, double or replace a letter (never the first). */
export function typo(word: string, r: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const kind = Math.floor(r() * 4);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + 'aeiou'.replace(word[i]!, '')[Math.floor(r() * 4)] + word.slice(i + 1);
}

/** The fixed query set: names (exact, typo, reordered, partial), acronyms, topics with typos. */
export function queries(data: DirectoryData, seed = 7): BenchQuery[] {
  const r = rng(seed);
  const orgs = data.organizations.slice(0, 1000);
  const org = () => orgs[Math.floor(r() * orgs.length)]!;
  const withAcronym = () => {
    for (;;) {
      const o = org();
      if (o.acronym && o.acronym.length >= 3) return o;
    }
  };
  const typoWords = (text: string) => {
    const words = text.split(' ');
    const i = Math.floor(r() * words.length);
    words[i] = typo(words[i]!, r);
    return words.join(' ');
  };
  const fromName = (make: (name: string) => string): [string, string, string] => {
    const name = org().name;
    return [make(name), '', name];
  };
  const named: [string, string, string][] = [
    fromName((n) => n),
    fromName((n) => n.toLowerCase()),
    fromName(typoWords),
    fromName((n) => typoWords(typoWords(n))),
    fromName(typoWords),
    fromName((n) => n.split(' ').reverse().join(' ')),
  ];
  const kinds = [
    'full name',
    'full name, lower case',
    'name, one typo',
    'name, two typos',
    'name, one typo',
    'name, other word order',
  ];
  named.forEach((q, i) => (q[1] = kinds[i]!));
  const texts: [string, string, string?][] = [
    ...named,
    [org().name.split(' ').slice(0, 2).join(' ').slice(0, -2), 'name, partial'],
    [org().name.split(' ')[0]!.slice(0, 5), 'first word, partial'],
    [withAcronym().acronym!.toLowerCase(), 'acronym'],
    [withAcronym().acronym!, 'acronym'],
    ['psychosocal support', 'topic, typo'],
    ['mental helth children', 'topic, typo'],
    ['refugee famlies', 'topic, typo'],
    ['trauma counseling', 'topic'],
    ['suicide prevnetion youth', 'topic, transposition'],
    ['psychologcal first aid', 'topic, typo'],
    ['community based wellbeing', 'topic'],
    ['peer support volunters', 'topic, typo'],
    ['digital helpline', 'topic'],
    ['capacity bulding teachers', 'topic, typo'],
  ];
  const tax = data.taxonomies;
  return texts.map(([text, kind, expect], i) => ({
    text,
    kind,
    ...(expect ? { expect } : {}),
    filters: {
      regions: [tax.regions!.terms[i % 3]!.id, tax.regions!.terms[3 + (i % 4)]!.id],
      populations: [tax.populations!.terms[i % 5]!.id],
    },
  }));
}
