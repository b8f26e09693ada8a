// English strings of "Download", "Print" and "Copy link": they come with the toolbar's chunk,
// not with the first screen (the other languages' catalogues are loaded whole, and have them).
import { writeNumber } from '../core/model/numbers.js';
import type { AllStrings, DetailKey, FilterKey, Strings, SummaryKey } from './en.js';

/** The keys `Strings` leaves optional for the toolbar: those whose English comes with it. */
type TakeAwayKey = Exclude<
  { [K in keyof Strings]-?: undefined extends Strings[K] ? K : never }[keyof Strings],
  DetailKey | FilterKey | SummaryKey
>;

// Take it away
export const enTakeAway: Pick<AllStrings, TakeAwayKey> = {
  download: 'Download',
  downloadCsv: 'Spreadsheet (CSV)',
  downloadJson: 'Data file (JSON)',
  print: 'Print',
  copyLink: 'Copy link',
  copyOrganizationLink: 'Copy link',
  linkCopied: 'Link copied',
  copyManually: 'Copy this link:',
  searched: (text) => `Search: “${text}”`,
  tooMany: (n, max) =>
    `${writeNumber(n, 'en')} organizations are too many to take from the server at once: narrow the view to ${writeNumber(max, 'en')} or fewer.`,
};
