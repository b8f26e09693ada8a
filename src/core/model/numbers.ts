// Numbers as a UI language writes them: 12,345 · 12 345 · 12.345 (Spanish keeps four digits
// together: 1234). The built-in languages write numbers below 1,000 as the digits alone, and
// Intl's first number costs milliseconds on a slow phone: it is asked only for larger ones.
// Arabic keeps Latin digits, as its strings and the data's years and phone numbers do.
const BUILT_IN = /^(?:en|fr|es|ar)$/;

/** `n` (a count: a whole number, 0 or more) as `lang` writes it. */
export function writeNumber(n: number, lang: string): string {
  if (n < 1000 && BUILT_IN.test(lang)) return `${n}`;
  return n.toLocaleString(lang, lang === 'ar' ? { numberingSystem: 'latn' } : undefined);
}
