// The few UI strings a pre-rendered first page says, in the four built-in languages. They are the
// element's own (src/i18n/: `results`, `count`, `page`), which the core cannot import;
// test/core/first-page.test.ts keeps the two word for word the same.

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
/** Numbers as each language writes them (12,345; 12 345; 12.345), as the element does. */
const num = (n: number, lang: string) =>
  n < 1000
    ? `${n}`
    : n.toLocaleString(lang, lang === 'ar' ? { numberingSystem: 'latn' } : undefined);

export const FIRST_PAGE_STRINGS: Readonly<Record<'en' | 'fr' | 'es' | 'ar', FirstPageStrings>> = {
  en: {
    dir: 'ltr',
    results: 'Organizations',
    count: (n) =>
      n === 0
        ? 'No organizations found'
        : n === 1
          ? '1 organization'
          : `${num(n, 'en')} organizations`,
    page: (page, count) => `Page ${num(page, 'en')} of ${num(count, 'en')}`,
  },
  fr: {
    dir: 'ltr',
    results: 'Organisations',
    count: (n) =>
      n === 0
        ? 'Aucune organisation trouvée'
        : n === 1
          ? '1 organisation'
          : `${num(n, 'fr')} organisations`,
    page: (page, count) => `Page ${num(page, 'fr')} sur ${num(count, 'fr')}`,
  },
  es: {
    dir: 'ltr',
    results: 'Organizaciones',
    count: (n) =>
      n === 0
        ? 'No se encontraron organizaciones'
        : n === 1
          ? '1 organización'
          : `${num(n, 'es')} organizaciones`,
    page: (page, count) => `Página ${num(page, 'es')} de ${num(count, 'es')}`,
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
          return `${num(n, 'ar')} منظمات`;
        default:
          return `${num(n, 'ar')} منظمة`;
      }
    },
    page: (page, count) => `الصفحة ${num(page, 'ar')} من ${num(count, 'ar')}`,
  },
};

/** The built-in strings for a BCP 47 tag: its primary language if built in, else English. */
export function firstPageStrings(lang: string): FirstPageStrings {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0]!;
  return Object.hasOwn(FIRST_PAGE_STRINGS, primary)
    ? FIRST_PAGE_STRINGS[primary as keyof typeof FIRST_PAGE_STRINGS]
    : FIRST_PAGE_STRINGS.en;
}
