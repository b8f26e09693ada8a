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
