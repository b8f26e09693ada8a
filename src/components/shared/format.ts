// Small rendering helpers shared by the elements: match highlighting, initials, links.
// Everything goes through Lit text bindings: data never becomes markup.
import { html, type TemplateResult } from 'lit';
import type { MatchRange } from '../../core/search/snippet.js';
import { isHttpUrl, type Organization } from '../../core/model/schema.js';

/** The text with each matched range wrapped in <mark>. */
export function highlight(
  text: string,
  ranges: readonly MatchRange[] | undefined,
): string | (string | TemplateResult)[] {
  if (!ranges?.length) return text;
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from, at);
    const end = Math.min(to, text.length);
    if (end <= start) continue;
    out.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

const SMALL_WORDS = /^(of|the|for|and|in|on|de|du|des|la|le|les|el|los|las|y|et|pour|por|para)$/i;

/** Up to two letters for an avatar: the acronym's start, or the first significant words'. */
export function initials(org: Pick<Organization, 'name' | 'acronym'>): string {
  const first = (word: string) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '';
  const acronym = [...(org.acronym ?? '')].filter((c) => first(c)).join('');
  if (acronym) return acronym.slice(0, 2).toUpperCase();
  return org.name
    .split(/[\s\-–—/]+/)
    .filter((w) => first(w) && !SMALL_WORDS.test(w))
    .slice(0, 2)
    .map(first)
    .join('')
    .toUpperCase();
}

/** `key-partner` → `Key partner`, `fundingSource` → `Funding source`. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An http(s) link that opens in a new tab without handing the partner page to the target. */
export function safeLink(url: string, text: string = url, part = 'link'): TemplateResult | string {
  if (!isHttpUrl(url)) return text;
  return html`<a part=${part} href=${url} target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/**
 * A date as a page gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written in `lang`: "2023",
 * "May 2024", "24 May 2022"; anything else as it is.
 */
export function formatDate(date: string, lang: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  try {
    return new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      ...(month ? { month: 'long' } : {}),
      ...(day ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  } catch {
    return date;
  }
}

/** A URL without its scheme and trailing slash, for display. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

/** The organization's logo over its initials; the initials stay if the logo fails to load. */
export function avatar(org: Pick<Organization, 'name' | 'acronym' | 'logo'>): TemplateResult {
  const logo = org.logo && isHttpUrl(org.logo) ? org.logo : undefined;
  return html`<span class="avatar" part="avatar" aria-hidden="true"
    >${initials(org)}${
      logo
        ? html`<img
            src=${logo}
            alt=""
            loading="lazy"
            referrerpolicy="no-referrer"
            @error=${(e: Event) => (e.target as HTMLElement).remove()}
          />`
        : ''
    }</span
  >`;
}
