// The UI string lookup: picks the translation for a BCP 47 tag (fr-CA → fr), falling back to
// English, so that every element speaks the same language as the page around it.
import { ar } from './ar.js';
import { en, type Strings } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { Strings };
export type Lang = 'en' | 'fr' | 'es' | 'ar';

const translations: Record<Lang, Strings> = { en, fr, es, ar };

/** The UI languages with a full translation. */
export const LANGUAGES = Object.keys(translations) as Lang[];

/** The supported UI language for a BCP 47 tag: its primary subtag if translated, else `en`. */
export function resolveLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGUAGES.includes(primary) ? primary : 'en';
}

/** The UI strings for a BCP 47 tag. */
export function strings(tag: string | null | undefined): Strings {
  return translations[resolveLang(tag)];
}
