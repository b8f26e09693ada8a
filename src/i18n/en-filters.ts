// English strings of the filter column (facets and chips): they come with its chunk, not with the first screen (the other
// languages' catalogues are loaded whole, and have them).
import type { AllStrings, FilterKey } from './en.js';

export const enFilters: Pick<AllStrings, FilterKey> = {
  selected: 'Selected filters',
  clearAll: 'Clear all filters',
  remove: (label) => `Remove filter: ${label}`,
  picked: (n) => `${n} selected`,
  pickedName: (label, n) => `${label}, ${n} selected`,
  showMore: (n) => `Show ${n} more`,
  showFewer: 'Show fewer',
};
