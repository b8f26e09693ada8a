// The few UI strings a pre-rendered first page says, in the four built-in languages. They are the
// element's own (src/i18n/: `results`, `count`, `page`), which the core cannot import;
// test/core/first-page.test.ts keeps the two word for word the same.
import { writeNumber } from '../model/numbers.js';

/** What a pre-rendered first page says besides the data. */
export interface FirstPageStrings {
  /** The direction of the language. */
  dir: 'ltr' | 'rtl';
  /** The heading of the results. */
  results: string;
  /** The number of organizations found. */
  count: (n: number) => string;
  /** Where this page is among the pages of results. */
  page: (page: number, count: number) => string;
}

let arabicPlural: Intl.PluralRules | undefined;

export const FIRST_PAGE_STRINGS: Readonly<Record<'en' | 'fr' | 'es' | 'ar', FirstPageStrings>> = {
  en: {
    dir: 'ltr',
    results: 'Organizations',
    count: (n) =>
      n === 0
        ? 'No organizations found'
        : n === 1
          ? '1 organization'
          : `${writeNumber(n, 'en')} organizations`,
    page: (page, count) => `Page ${writeNumber(page, 'en')} of ${writeNumber(count, 'en')}`,
  },
  fr: {
    dir: 'ltr',
    results: 'Organisations',
    count: (n) =>
      n === 0
        ? 'Aucune organisation trouvée'
        : n === 1
          ? '1 organisation'
          : `${writeNumber(n, 'fr')} organisations`,
    page: (page, count) => `Page ${writeNumber(page, 'fr')} sur ${writeNumber(count, 'fr')}`,
  },
  es: {
    dir: 'ltr',
    results: 'Organizaciones',
    count: (n) =>
      n === 0
        ? 'No se encontraron organizaciones'
        : n === 1
          ? '1 organización'
          : `${writeNumber(n, 'es')} organizaciones`,
    page: (page, count) => `Página ${writeNumber(page, 'es')} de ${writeNumber(count, 'es')}`,
  },
  ar: {
    dir: 'rtl',
    results: 'المنظمات',
    count: (n) => {
      switch ((arabicPlural ??= new Intl.PluralRules('ar')).select(n)) {
        case 'zero':
          return 'لم يتم العثور على منظمات';
        case 'one':
          return 'منظمة واحدة';
        case 'two':
          return 'منظمتان';
        case 'few':
          return `${writeNumber(n, 'ar')} منظمات`;
        default:
          return `${writeNumber(n, 'ar')} منظمة`;
      }
    },
    page: (page, count) => `الصفحة ${writeNumber(page, 'ar')} من ${writeNumber(count, 'ar')}`,
  },
};

/** The built-in strings for a BCP 47 tag: its primary language if built in, else English. */
export function firstPageStrings(lang: string): FirstPageStrings {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0]!;
  return Object.hasOwn(FIRST_PAGE_STRINGS, primary)
    ? FIRST_PAGE_STRINGS[primary as keyof typeof FIRST_PAGE_STRINGS]
    : FIRST_PAGE_STRINGS.en;
}
