// The embed code with a pre-rendered first page: `<mhpss-directory>` with the first page of
// results as plain, semantic HTML in its light DOM — what visitors read before the script runs or
// without it, and what the element replaces with its own view once it has its first answer. No
// inline style and no script in it, so it passes a strict Content-Security-Policy and a CMS's
// HTML sanitizer; every value is escaped, and only http(s) links are written.
import { headingLevel, parseScope } from '../attributes.js';
import { CORE_DEFAULTS as DEFAULTS } from '../defaults.js';
import { displayName } from '../model/labels.js';
import { isHttpUrl } from '../model/patterns.js';
import type { Hit, QueryResult, QueryState } from '../query.js';
import { firstPageStrings, type FirstPageStrings } from './first-page-strings.js';

export type { FirstPageStrings };

/** What the first page needs of a directory: a synchronous answer, as the in-memory Directory gives. */
export interface FirstPageSource {
  /** How many organizations the directory holds. */
  readonly size: number;
  /** One page of results (the element asks the same question). */
  query(state: QueryState): QueryResult;
  /** A term's label in `lang`. */
  termLabel(facet: string, term: string, lang?: string): string;
}

export interface FirstPageOptions {
  /** Language of the words, labels and name order (BCP 47), written as the element's `lang`; default: English, and no `lang` (the element follows the page). */
  lang?: string;
  /** The element's `facets` attribute, written as given (it does not change the results). */
  facets?: string;
  /** The element's `scope` attribute (`facet:term` tokens), applied to the results and written. */
  scope?: string;
  /** Results per page, written as `page-size` (default 20). */
  pageSize?: number;
  /** Every organization instead of the first page (for a small list: a whole directory without JavaScript). */
  all?: boolean;
  /** The element's `src`: the data's URL (default: the list shipped with the script). */
  src?: string;
  /** The level of the results' heading, written as `heading-level` (default 2); names are one below. */
  headingLevel?: number;
  /** The widget's module URL: a `<script type="module">` line comes first. */
  script?: string;
  /** The script's Subresource Integrity hash (`sha384-…`): the browser refuses other bytes. */
  integrity?: string;
  /** Other attributes of the element, in order, written as given (`''`: a boolean attribute). */
  attributes?: readonly (readonly [name: string, value: string])[];
  /** Words over the built-in ones of the language (a partner who renamed "organizations"). */
  strings?: Partial<FirstPageStrings>;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => text(s).replace(/"/g, '&quot;');

/** A website as its link reads: without the scheme and a bare trailing slash. */
const linkText = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * The embed code of a directory with its first page pre-rendered, as `mhpss-directory render`
 * writes it: the element with the attributes given and, as its children, the first page of
 * results as the element shows it — a heading, the count, then each organization's name (a
 * heading one level below), acronym, type, headquarters and short description, and a link to its
 * website — in the language asked (`dir="rtl"` for Arabic). Pure: the same input, the same text.
 *
 * @example
 * ```ts
 * import { Directory, parseDirectory, renderFirstPage } from 'mhpss-directory/core';
 *
 * const dir = new Directory(parseDirectory(json).data);
 * const html = renderFirstPage(dir, {
 *   lang: 'fr',
 *   scope: 'regions:middle-east',
 *   script: 'https://cdn.jsdelivr.net/npm/mhpss-directory@0.1.0/dist/cdn/mhpss-directory.js',
 * });
 * ```
 */
export function renderFirstPage(
  directory: FirstPageSource,
  options: FirstPageOptions = {},
): string {
  const lang = options.lang?.trim() || DEFAULTS.lang;
  const t = { ...firstPageStrings(lang), ...options.strings };
  const level = headingLevel(options.headingLevel);
  const pageSize =
    typeof options.pageSize === 'number' && options.pageSize > 0 ? options.pageSize : undefined;
  const question: QueryState = {
    text: '',
    filters: {},
    page: 0,
    scope: parseScope(options.scope).scope,
    pageSize: pageSize ?? DEFAULTS.pageSize,
    lang,
  };
  const first = directory.query(question);
  const hits = options.all ? everyHit(directory, question, first) : first.hits;

  const attributes: [string, string][] = [];
  if (options.lang?.trim()) attributes.push(['lang', lang]);
  if (t.dir === 'rtl') attributes.push(['dir', 'rtl']);
  if (options.src) attributes.push(['src', options.src]);
  if (options.facets?.trim()) attributes.push(['facets', options.facets.trim()]);
  if (options.scope?.trim()) attributes.push(['scope', options.scope.trim()]);
  if (pageSize !== undefined) attributes.push(['page-size', String(pageSize)]);
  if (options.headingLevel !== undefined) attributes.push(['heading-level', String(level)]);
  for (const [name, value] of options.attributes ?? []) {
    if (!ATTRIBUTE_NAME.test(name) || /^on/.test(name) || name === 'style') continue;
    attributes.push([name, value]);
  }
  const open = attributes.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${attr(v)}"`)).join('');

  const lines: string[] = [];
  if (options.script) {
    const sri = options.integrity?.trim()
      ? ` integrity="${attr(options.integrity.trim())}" crossorigin="anonymous"`
      : '';
    lines.push(`<script type="module" src="${attr(options.script)}"${sri}></script>`);
  }
  lines.push(`<mhpss-directory${open}>`);
  lines.push(`  <h${level}>${text(t.results)}</h${level}>`);
  lines.push(`  <p>${text(t.count(first.total))}</p>`);
  if (hits.length) {
    const name = Math.min(level + 1, 6);
    lines.push('  <ul>');
    for (const hit of hits) lines.push(...card(hit, name, directory, lang));
    lines.push('  </ul>');
  }
  if (!options.all && first.pageCount > 1) {
    lines.push(`  <p>${text(t.page(1, first.pageCount))}</p>`);
  }
  lines.push('</mhpss-directory>');
  return `${lines.join('\n')}\n`;
}

/** Every organization the question finds, page after page of the largest size. */
function everyHit(directory: FirstPageSource, question: QueryState, first: QueryResult): Hit[] {
  if (first.pageCount <= 1) return first.hits;
  const hits: Hit[] = [];
  const pageSize = DEFAULTS.maxPageSize;
  for (let page = 0, count = 1; page < count; page++) {
    const result = directory.query({ ...question, page, pageSize });
    count = result.pageCount;
    hits.push(...result.hits);
  }
  return hits;
}

/** One organization as a list item: what its card shows, as text and one link. */
function card(hit: Hit, level: number, directory: FirstPageSource, lang: string): string[] {
  const org = hit.organization;
  const type = typeof org.type === 'string' ? directory.termLabel('type', org.type, lang) : '';
  const hq = org.headquarters;
  const place = [hq?.city, hq?.country && displayName(hq.country, lang, 'region')]
    .filter(Boolean)
    .join(', ');
  const meta = [org.acronym, type, place].filter(Boolean) as string[];
  const description = hit.highlights.description?.text ?? org.description;
  const out = ['    <li>', `      <h${level} dir="auto">${text(org.name)}</h${level}>`];
  if (meta.length) out.push(`      <p dir="auto">${text(meta.join(' · '))}</p>`);
  if (description) out.push(`      <p dir="auto">${text(description)}</p>`);
  if (typeof org.website === 'string' && isHttpUrl(org.website)) {
    out.push(`      <p><a href="${attr(org.website)}">${text(linkText(org.website))}</a></p>`);
  }
  out.push('    </li>');
  return out;
}
