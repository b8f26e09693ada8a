// English strings of the detail view: they come with its chunk, not with the first screen (the other
// languages' catalogues are loaded whole, and have them).
import type { AllStrings, DetailKey } from './en.js';

export const enDetail: Pick<AllStrings, DetailKey> = {
  close: 'Close',
  website: 'Website',
  email: 'Email',
  headquarters: 'Headquarters',
  countries: 'Countries',
  languages: 'Languages',
  partners: 'Partners',
  funders: 'Funders',
  parent: 'Part of',
  commitments: 'Pledge commitments',
  source: 'Source',
  sources: 'Sources',
  sourceMark: (n) => `source ${n}`,
  seeking: 'Seeking collaboration with',
  more: 'More information',
};
