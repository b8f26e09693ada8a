// The UI string lookup: picks the translation for a BCP 47 tag (fr-CA → fr), falling back to
// English. English is built in; the other catalogues are small modules loaded when a page first
// needs them (in the CDN build, chunks next to the script), so an English page never pays for
// Arabic.
import { en, type Strings } from './en.js';

export type { Strings };
export type Lang = 'en' | 'fr' | 'es' | 'ar';

/** The UI languages with a full translation. */
export const LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'ar'];

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Strings>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  es: () => import('./es.js').then((m) => m.es),
  ar: () => import('./ar.js').then((m) => m.ar),
};

const loaded = new Map<Lang, Strings>([['en', en]]);
const pending = new Map<Lang, Promise<Strings>>();
/** Catalogues that did not arrive: English stands in until one is asked for again. */
const failed = new Set<Lang>();

/** The supported UI language for a BCP 47 tag: its primary subtag if translated, else `en`. */
export function resolveLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGUAGES.includes(primary) ? primary : 'en';
}

/**
 * The UI strings for a language if they are loaded (English always is, and stands in for a
 * catalogue that failed to load).
 */
export function loadedStrings(lang: Lang): Strings | undefined {
  return loaded.get(lang) ?? (failed.has(lang) ? en : undefined);
}

/** Loads (once) and returns the UI strings for a language; English if the catalogue fails. */
export function loadStrings(lang: Lang): Promise<Strings> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    failed.delete(lang);
    promise = loaders[lang as Exclude<Lang, 'en'>]().then(
      (strings) => {
        loaded.set(lang, strings);
        return strings;
      },
      (error: unknown) => {
        // A chunk that did not arrive (offline, a blocked request) leaves the UI in English
        // (rendering does not ask again), and the next element that loads tries again.
        pending.delete(lang);
        failed.add(lang);
        console.warn(`mhpss-directory: the '${lang}' strings could not be loaded (${error})`);
        return en;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
