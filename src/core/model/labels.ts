// Picks the text of a multilingual label for a UI language, falling back to English.
import type { LocalizedText } from './schema.js';

/** A facet's term ids on a record: a list, or a lone id written as text (as `type` usually is). */
export function termIds(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
/** Names already asked for, by `lang|type`: Intl's `of` is slow enough to show in every answer. */
const named = new Map<string, Map<string, string>>();

/** A country (`region`) or language name in `lang` from Intl, or the code itself. */
export function displayName(code: string, lang: string, type: 'region' | 'language'): string {
  const key = `${lang}|${type}`;
  let names = named.get(key);
  if (!names) {
    named.set(key, (names = new Map()));
    try {
      displayNames.set(key, new Intl.DisplayNames([lang], { type, fallback: 'code' }));
    } catch {
      displayNames.set(key, null);
    }
  }
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = displayNames.get(key)?.of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(code, name);
  }
  return name;
}

/** The text for `lang`: the exact tag, then its primary language (fr-CA → fr), then `en`. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const exact = text[lang];
  if (exact) return exact;
  const primary = lang.split('-')[0]!.toLowerCase();
  const byPrimary = text[primary];
  if (byPrimary) return byPrimary;
  return text.en;
}
