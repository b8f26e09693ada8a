// The checks of the data format that need no zod: ids, facet keys, language tags, dates, links
// and plain objects. The schemas (schema.ts) are built on them, and code that must stay small
// (the strings reader of the widget, say) tests values with them directly.

/** Organization and term ids: lowercase slugs such as `save-the-children`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Facet (taxonomy) keys: they become organization field names and URL parameter names. */
export const FACET_KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
/** A practical BCP 47 check: language, then optional script/region/variant subtags. */
export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
/** ISO 8601 calendar date, optionally with a time. */
export const DATE_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A date as a page gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a source's, an evidence item's). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/**
 * A fact a record states, as a source's `supports` names it: `field:value` (`regions:africa`,
 * `countries:UG`, `partners:who`, `parent:save-the-children`, `type:un-agency`) or `headquarters`.
 */
export const FACT_PATTERN =
  /^(?:headquarters|[a-zA-Z][a-zA-Z0-9_-]{0,63}:[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*)$/;
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
export const HTTP_URL_PATTERN = /^https?:\/\/\S+$/i;

/** True for a JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for absolute `http:` / `https:` URLs with a host — the only web links ever rendered. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * True for a link visitors may follow to suggest an organization: an http(s) URL, or a
 * `mailto:` link to one or more email addresses (`mailto:a@x.org,b@y.org?subject=…`).
 */
export function isSubmitUrl(value: string): boolean {
  if (isHttpUrl(value)) return true;
  const match = /^mailto:([^?#]+)(?:\?[^#\s]*)?$/i.exec(value);
  if (!match) return false;
  let addresses: string[];
  try {
    addresses = decodeURIComponent(match[1]!).split(',');
  } catch {
    return false;
  }
  return addresses.every((address) => EMAIL_PATTERN.test(address.trim()));
}

/**
 * The checks of single values that the widget's validation runs (validate.ts), written without
 * zod so that zod stays out of the browser's critical path. The zod schemas of schema.ts accept
 * exactly the same values (test/core/value-checks.test.ts compares them on generated input).
 * They read an object's own keys only, so a page whose old scripts added enumerable properties
 * to Object.prototype changes nothing.
 */
export type ValueCheck = (value: unknown) => boolean;

const matching =
  (pattern: RegExp): ValueCheck =>
  (value) =>
    typeof value === 'string' && pattern.test(value);

/** An organization or term id (IdSchema). */
export const isId = matching(ID_PATTERN);
/** Text with something besides white space (NonEmptyTextSchema). */
export const isNonEmptyText = matching(/\S/);
/** An absolute http(s) URL with a host (HttpUrlSchema). */
export const isHttpUrlText: ValueCheck = (value) => typeof value === 'string' && isHttpUrl(value);
/** An email address (EmailSchema). */
export const isEmail = matching(EMAIL_PATTERN);
/** A BCP 47 language tag (LanguageTagSchema). */
export const isLanguageTag = matching(LANGUAGE_PATTERN);
/** An ISO 8601 date, optionally with a time (DateSchema). */
export const isDate = matching(DATE_PATTERN);
/** A date as a page gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (PartialDateSchema). */
export const isPartialDate = matching(PARTIAL_DATE_PATTERN);
/** A fact, `field:value` or `headquarters` (FactSchema). */
export const isFact = matching(FACT_PATTERN);
/** Text in several languages: a non-empty `en`, every other key text (LocalizedTextSchema). */
export const isLocalizedText: ValueCheck = (value) =>
  isObject(value) &&
  Object.hasOwn(value, 'en') &&
  isNonEmptyText(value.en) &&
  Object.keys(value).every((key) => typeof value[key] === 'string');
