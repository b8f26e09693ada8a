// What every directory's facets have besides its taxonomies' terms: a "not stated" term in each
// facet (the organizations that state none of its terms) and the `countries` facet (the
// countries of work the records list). Their ids and labels live here, in the four languages of
// the UI, so that the in-memory engine, a server and the sources over it name them alike.
import { displayName, localize } from './labels.js';
import type { LocalizedText } from './schema.js';

/**
 * The id of every facet's last term: the organizations that state no term of the facet. A
 * filter like any term (`filters: { regions: ['-'] }`), also in `scope` and URL state
 * (`mhpss-f-regions=-`). Never a term id of the data: ids are slugs.
 */
export const NOT_STATED = '-';

/** The facet of the records' countries of work (`countries`), whose terms are ISO 3166-1 codes. */
export const COUNTRIES_FACET = 'countries';

/**
 * Facets every query result has and its filters take besides the data's taxonomies, in this
 * order after them; shown only when asked for (`facets="regions countries"`).
 */
export const BUILT_IN_FACETS: readonly string[] = Object.freeze([COUNTRIES_FACET]);

/**
 * The languages a directory's text search names countries in, besides the directory's own:
 * those of the UI, so that "Uganda", "Ouganda" and "أوغندا" find the same organizations.
 */
export const COUNTRY_NAME_LANGUAGES: readonly string[] = Object.freeze(['en', 'fr', 'es', 'ar']);

const NOT_STATED_LABEL: LocalizedText = {
  en: 'Not stated',
  fr: 'Non indiqué',
  es: 'No indicado',
  ar: 'غير مذكور',
};

const COUNTRIES_LABEL: LocalizedText = { en: 'Country', fr: 'Pays', es: 'País', ar: 'البلد' };

/** The label of a built-in facet in `lang` (English for other languages); undefined for others. */
export function builtInFacetLabel(facet: string, lang: string): string | undefined {
  return facet === COUNTRIES_FACET ? localize(COUNTRIES_LABEL, lang) : undefined;
}

/**
 * The label in `lang` of a term the data does not name itself: "Not stated" (English for
 * languages other than en, fr, es, ar), or a country's name from Intl.DisplayNames; undefined
 * for a taxonomy's own terms.
 */
export function builtInTermLabel(facet: string, term: string, lang: string): string | undefined {
  if (term === NOT_STATED) return localize(NOT_STATED_LABEL, lang);
  return facet === COUNTRIES_FACET ? displayName(term, lang, 'region') : undefined;
}
