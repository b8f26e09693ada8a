// What the print stylesheet prints: the shown organizations as a plain list, every page of them,
// each with its website and email written out. Built with the DOM, text as text, right before
// the browser prints.
import type { QueryState } from '../../core/search/directory-core.js';
import type { DirectorySource } from '../../core/source.js';
import { displayName } from '../../core/model/labels.js';
import { isHttpUrl, type Organization } from '../../core/model/schema.js';
import type { AllStrings } from '../../i18n/en.js';

/** The UI strings and the language of data labels. */
export interface Words {
  t: AllStrings;
  tag: string;
}

/** An element with attributes and children; text is appended as text, never as markup. */
function el(
  tag: string,
  attributes: Record<string, string> | null,
  ...children: (Node | string | false | undefined)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  node.append(...children.filter((child): child is Node | string => !!child));
  return node;
}

/** The printed list (`.print`): what it holds, then each organization. */
export function printList(
  dir: DirectorySource,
  state: QueryState,
  /** The filters that apply, in taxonomy order (the answer's). */
  filters: Record<string, string[]>,
  organizations: Organization[],
  words: Words,
): HTMLElement {
  const { t, tag } = words;
  const text = state.text?.trim();
  const about = [
    t.count(organizations.length),
    ...(text ? [t.searched(text)] : []),
    ...Object.entries(filters).map(
      ([facet, terms]) =>
        `${dir.facetLabel(facet, tag)}: ${terms.map((id) => dir.termLabel(facet, id, tag)).join(', ')}`,
    ),
  ].join(' · ');
  const title = dir.data.title;
  return el(
    'div',
    { class: 'print', dir: t.dir },
    title && el('h2', { dir: 'auto' }, title),
    el('p', { class: 'about' }, about),
    el('ol', null, ...organizations.map((org) => printItem(org, dir, words))),
  );
}

function printItem(org: Organization, dir: DirectorySource, { t, tag }: Words): HTMLElement {
  const type = typeof org.type === 'string' ? dir.termLabel('type', org.type, tag) : '';
  const hq = org.headquarters;
  const place = [hq?.city, hq?.country && displayName(hq.country, tag, 'region')]
    .filter(Boolean)
    .join(', ');
  const meta = [type, place].filter(Boolean).join(' · ');
  const website = org.website && isHttpUrl(org.website) ? org.website : undefined;
  const link = (label: string, href: string, text: string) =>
    el('p', null, `${label}: `, el('a', { href }, text));
  return el(
    'li',
    null,
    el('h3', { dir: 'auto' }, org.acronym ? `${org.name} (${org.acronym})` : org.name),
    meta && el('p', { class: 'meta', dir: 'auto' }, meta),
    org.description && el('p', { dir: 'auto' }, org.description),
    website && link(t.website, website, website),
    org.email && link(t.email, `mailto:${org.email}`, org.email),
  );
}
