// A synthetic directory of N organizations on the shipped taxonomies, deterministic (seeded), for
// the browser benchmark: realistic names, acronyms, descriptions and facet memberships.
import { readFileSync } from 'node:fs';

const WORDS = {
  first: [
    'Global',
    'International',
    'National',
    'Regional',
    'Community',
    'United',
    'Mercy',
    'Hope',
    'Open',
    'New',
    'Safe',
    'Bright',
    'Common',
    'Peace',
    'Green',
    'Healing',
    'Shared',
    'Local',
    'Rural',
    'Urban',
  ],
  middle: [
    'Children',
    'Families',
    'Youth',
    'Mental Health',
    'Psychosocial',
    'Refugee',
    'Resilience',
    'Wellbeing',
    'Trauma',
    'Care',
    'Relief',
    'Education',
    'Recovery',
    'Protection',
    'Women',
    'Health',
    'Play',
    'Arts',
    'Peer Support',
    'Counselling',
  ],
  last: [
    'Network',
    'Alliance',
    'Foundation',
    'Initiative',
    'Association',
    'Trust',
    'Centre',
    'Institute',
    'Collective',
    'Partnership',
    'Society',
    'Fund',
    'Project',
    'Coalition',
    'Hub',
  ],
  places: [
    'Amman',
    'Beirut',
    'Nairobi',
    'Kampala',
    'Dhaka',
    'Bogotá',
    'Kyiv',
    'Geneva',
    'London',
    'Manila',
    'Addis Ababa',
    'Juba',
    'Kabul',
    'Gaziantep',
    'Cox’s Bazar',
  ],
  countries: [
    'JO',
    'LB',
    'KE',
    'UG',
    'BD',
    'CO',
    'UA',
    'CH',
    'GB',
    'PH',
    'ET',
    'SS',
    'AF',
    'TR',
    'SY',
    'YE',
    'SO',
    'IQ',
    'PS',
    'SD',
  ],
  verbs: [
    'supports',
    'trains',
    'accompanies',
    'works with',
    'advocates for',
    'researches care for',
    'builds services for',
  ],
  who: [
    'children and adolescents',
    'families and carers',
    'refugees and displaced people',
    'survivors of violence',
    'health workers',
    'teachers',
    'young mothers',
    'older people',
  ],
  how: [
    'community-based psychosocial support',
    'play and arts activities',
    'psychological first aid',
    'peer support groups',
    'school-based programmes',
    'remote counselling',
    'specialised mental health care',
  ],
};

/** Mulberry32: small, fast, seeded. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDirectory(count, membersPath = 'data/members.json', seed = 42) {
  const shipped = JSON.parse(readFileSync(membersPath, 'utf8'));
  const taxonomies = shipped.taxonomies;
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, max) => [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
  ];
  const organizations = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(WORDS.first)} ${pick(WORDS.middle)} ${pick(WORDS.last)} ${pick(WORDS.places)}`;
    const acronym = name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const org = {
      id: `org-${i}`,
      name: `${name} ${i}`,
      acronym: rand() < 0.5 ? acronym : undefined,
      description: `${name} ${pick(WORDS.verbs)} ${pick(WORDS.who)} through ${pick(WORDS.how)} and ${pick(WORDS.how)}, in partnership with local organizations in ${pick(WORDS.places)} and ${pick(WORDS.places)}.`,
      website: `https://example.org/${i}`,
      headquarters: { city: pick(WORDS.places), country: pick(WORDS.countries) },
      countries: some(WORDS.countries, 4),
    };
    for (const [key, tax] of Object.entries(taxonomies)) {
      const ids = tax.terms.map((t) => t.id);
      org[key] = key === 'type' ? pick(ids) : some(ids, 3);
    }
    if (i > 10) org.partners = [`org-${Math.floor(rand() * i)}`];
    organizations.push(JSON.parse(JSON.stringify(org)));
  }
  return { version: 1, title: `Synthetic directory (${count})`, taxonomies, organizations };
}
