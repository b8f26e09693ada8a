// English strings of the overview: they come with its chunk, not with the first screen (the other
// languages' catalogues are loaded whole, and have them).
import type { AllStrings, SummaryKey } from './en.js';

export const enSummary: Pick<AllStrings, SummaryKey | 'selected'> = {
  summary: 'Overview',
  summaryTable: 'Show as table',
  summaryColumn: 'Organizations',
  selected: 'Selected filters',
};
