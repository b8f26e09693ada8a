// A partner's own UI strings: changes to the built-in ones and whole new languages, given as an
// object (the directory's `strings`) or as JSON (a `<script type="application/json"
// slot="strings">` child). JSON has no functions, so the strings that depend on a number or a
// name (counts, pages, …) take templates: "{n} partners", or plural forms chosen by
// Intl.PluralRules — `{ "=0": "No partners", "one": "{n} partner", "other": "{n} partners" }`.
// Whatever cannot be used is reported in a sentence that names it; the rest is kept.
import { LANGUAGE_PATTERN, isObject } from '../core/model/patterns.js';
import type { AllStrings, Strings } from './en.js';
import { LANGUAGES, type Lang } from './index.js';

type FunctionKey = {
  [K in keyof AllStrings]: AllStrings[K] extends (...args: never[]) => string ? K : never;
}[keyof AllStrings];

/** A template: text with `{placeholder}`s, or its plural forms (`=0`, `zero`, `one`, `two`, `few`, `many`, `other`). */
export type StringTemplate = string | Readonly<Record<string, string>>;

/** One language's strings as a partner gives them: any of them; a function or a template where the built-in one is a function. */
export type PartnerCatalogue = {
  [K in keyof AllStrings]?: K extends FunctionKey ? AllStrings[K] | StringTemplate : AllStrings[K];
};

/** UI strings by BCP 47 language tag: `{ en: { search: 'Find a partner' }, de: { dir: 'ltr', … } }`. */
export type PartnerStrings = Readonly<Record<string, PartnerCatalogue>>;

/**
 * The placeholders of each string that depends on values, in the order of its arguments. Plural
 * forms are chosen by the first number among them.
 */
export const STRING_PARAMS: { readonly [K in FunctionKey]: Names<Parameters<AllStrings[K]>> } = {
  remove: ['label'],
  count: ['n'],
  page: ['page', 'count'],
  issues: ['n'],
  searched: ['text'],
  picked: ['n'],
  pickedName: ['label', 'n'],
  showMore: ['n'],
  closeMatches: ['query'],
  tooMany: ['n', 'max'],
  sourceMark: ['n'],
};

/** One name per argument (a mapped tuple keeps the arity, so a new argument needs a name). */
type Names<T extends readonly unknown[]> = { readonly [I in keyof T]: string };

const PLURAL_FORMS = /^(?:=\d+|zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{(\w+)\}/g;

/** A partner's strings as read: the usable ones by lower-case tag, and what was left out. */
export interface ReadStrings {
  catalogues: Map<string, Partial<Strings>>;
  problems: string[];
}

/** True when the built-in strings have no translation for this language (a partner adds it). */
export const isNewLanguage = (tag: string): boolean =>
  !LANGUAGES.includes(tag.toLowerCase().split(/[-_]/)[0] as Lang);

/** The known key closest to a misspelt one, when it is close enough to suggest. */
function closestKey(key: string, reference: AllStrings): string | undefined {
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min(
          row[j]! + 1,
          next[j - 1]! + 1,
          row[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
        );
      }
      row = next;
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of Object.keys(reference)) {
    const d = distance(key, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

/** A compiled template, or why it cannot be used. */
export type CompiledTemplate =
  { fn: (...args: unknown[]) => string; unknown: string[]; error?: undefined } | { error: string };

/**
 * A template as the function the elements call: placeholders filled in (numbers formatted for
 * the language), the plural form chosen for the first number; or a sentence saying why the
 * template cannot be used. `unknown`: placeholders that are not the string's (left as written).
 */
export function compileTemplate(
  key: FunctionKey,
  template: unknown,
  lang: string,
): CompiledTemplate {
  const params: readonly string[] = STRING_PARAMS[key];
  const forms: Record<string, string> = typeof template === 'string' ? { other: template } : {};
  if (isObject(template)) {
    for (const [form, text] of Object.entries(template)) {
      if (!PLURAL_FORMS.test(form)) {
        return {
          error: `'${form}' is not a plural form (=0, =1, …, zero, one, two, few, many, other)`,
        };
      }
      if (typeof text !== 'string') return { error: `the '${form}' form is not text` };
      forms[form] = text;
    }
    if (forms.other === undefined) return { error: "plural forms need an 'other' form" };
  } else if (typeof template !== 'string') {
    return {
      error: `expected text with ${params.map((p) => `{${p}}`).join(', ')}, plural forms or a function`,
    };
  }
  const unknown = [
    ...new Set(
      Object.values(forms).flatMap((text) =>
        [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((p) => !params.includes(p)),
      ),
    ),
  ];
  let plural: Intl.PluralRules;
  let numbers: Intl.NumberFormat;
  try {
    plural = new Intl.PluralRules(lang);
    numbers = new Intl.NumberFormat(lang);
  } catch {
    plural = new Intl.PluralRules('en');
    numbers = new Intl.NumberFormat('en');
  }
  const fn = (...args: unknown[]) => {
    const first = args.find((a): a is number => typeof a === 'number');
    const text =
      first === undefined
        ? forms.other!
        : (forms[`=${first}`] ?? forms[plural.select(first)] ?? forms.other!);
    return text.replace(PLACEHOLDER, (whole, name: string) => {
      const at = params.indexOf(name);
      if (at < 0) return whole;
      const value = args[at];
      return typeof value === 'number' ? numbers.format(value) : String(value ?? '');
    });
  };
  return { fn, unknown };
}

/**
 * Reads a partner's strings for the elements: each source is an object or JSON text, named in
 * the sentences (`strings`, the script child); a later source wins over an earlier one.
 * `reference`: every built-in string in English, which says what the keys are. Gives
 * every usable string by lower-case language tag, and a sentence for each thing left out. A new
 * language lacking strings is reported too: English stands in for them.
 */
export function readPartnerStrings(
  sources: readonly (readonly [input: unknown, where: string])[],
  reference: AllStrings,
): ReadStrings {
  const catalogues = new Map<string, Partial<Strings>>();
  const problems: string[] = [];
  for (const [input, where] of sources) readSource(input, where, reference, catalogues, problems);
  for (const [lang, catalogue] of catalogues) {
    if (!isNewLanguage(lang)) continue;
    const missing = Object.keys(reference).filter((key) => !Object.hasOwn(catalogue, key));
    if (missing.length) {
      problems.push(
        `strings for '${lang}': a new language needs every UI string; missing ${missing.join(', ')} (English is shown for them)`,
      );
    }
  }
  return { catalogues, problems };
}

function readSource(
  source: unknown,
  where: string,
  reference: AllStrings,
  catalogues: Map<string, Partial<Strings>>,
  problems: string[],
): void {
  let input = source;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (error) {
      problems.push(`${where}: not JSON (${error instanceof Error ? error.message : error})`);
      return;
    }
  }
  if (input === undefined || input === null) return;
  if (!isObject(input)) {
    problems.push(
      `${where}: expected an object of languages, e.g. { "en": { "search": "Find a partner" } }`,
    );
    return;
  }
  for (const [tag, catalogue] of Object.entries(input)) {
    const at = `${where}.${tag}`;
    if (!LANGUAGE_PATTERN.test(tag)) {
      problems.push(`${at}: '${tag}' is not a language tag (BCP 47, e.g. 'fr' or 'pt-BR')`);
      continue;
    }
    if (!isObject(catalogue)) {
      problems.push(`${at}: expected an object of UI strings, e.g. { "search": "…" }`);
      continue;
    }
    const lang = tag.toLowerCase();
    const out: Record<string, unknown> = { ...catalogues.get(lang) };
    for (const [key, value] of Object.entries(catalogue)) {
      const path = `${at}.${key}`;
      if (!Object.hasOwn(reference, key)) {
        const near = closestKey(key, reference);
        problems.push(`${path}: not a UI string${near ? ` (did you mean '${near}'?)` : ''}`);
      } else if (key === 'dir') {
        if (value === 'ltr' || value === 'rtl') out.dir = value;
        else problems.push(`${path}: expected 'ltr' or 'rtl'`);
      } else if (typeof reference[key as keyof AllStrings] === 'function') {
        const compiled: CompiledTemplate =
          typeof value === 'function'
            ? { fn: value as (...args: unknown[]) => string, unknown: [] }
            : compileTemplate(key as FunctionKey, value, lang);
        if (compiled.error !== undefined) problems.push(`${path}: ${compiled.error}`);
        else {
          out[key] = compiled.fn;
          if (compiled.unknown.length) {
            const known = STRING_PARAMS[key as FunctionKey].map((p: string) => `{${p}}`);
            problems.push(
              `${path}: ${compiled.unknown.map((p) => `{${p}}`).join(', ')} is not one of its placeholders (${known.join(', ')}); it is shown as written`,
            );
          }
        }
      } else if (typeof value === 'string') out[key] = value;
      else problems.push(`${path}: expected text`);
    }
    catalogues.set(lang, out as Partial<Strings>);
  }
}
