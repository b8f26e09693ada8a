// Picks the text of a multilingual label for a UI language, falling back to English.
import type { LocalizedText } from './schema.js';

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
