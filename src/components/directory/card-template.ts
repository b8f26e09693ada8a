// A partner's `<template slot="card">`, filled in for one organization. The template is the
// partner's own markup; the organization's values only ever go in as text: into text nodes,
// and into attributes as attribute text — percent-encoded in addresses, so a name can never
// become a `javascript:` link — and never into scripts, styles or event handlers.
import { isHttpUrl, type Organization } from '../../core/model/schema.js';

/** The placeholders a card template may use. */
export const CARD_PLACEHOLDERS = ['id', 'name', 'acronym', 'website', 'email'] as const;

type Values = Record<(typeof CARD_PLACEHOLDERS)[number], string>;

const PLACEHOLDER = /\{(\w+)\}/g;
/** Attributes that hold addresses. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'ping',
  'background',
  'xlink:href',
]);
/** Schemes an address filled with data may have (or none: a relative address). */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

const fillText = (text: string, values: Values) =>
  text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof Values] : whole,
  );

/** An address: values percent-encoded, except a `{website}` the address starts with. */
const fillUrl = (text: string, values: Values) =>
  text.replace(PLACEHOLDER, (whole, name: string, at: number) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name as keyof Values];
    return at === 0 && name === 'website' ? value : encodeURIComponent(value).replace(/%40/g, '@');
  });

function safeScheme(url: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * A copy of the template's content for one organization: `{id}`, `{name}`, `{acronym}`,
 * `{website}` and `{email}` filled in as text (an absent value is empty). Scripts are left out;
 * `on…` and `style` attributes and `<style>` text are kept as written, unfilled.
 */
export function fillCardTemplate(
  template: HTMLTemplateElement,
  organization: Organization,
  warn: (problem: string) => void = () => {},
): DocumentFragment {
  const website = organization.website;
  const values: Values = {
    id: organization.id,
    name: organization.name,
    acronym: organization.acronym ?? '',
    website: website && isHttpUrl(website) ? website : '',
    email: organization.email ?? '',
  };
  const content = document.importNode(template.content, true);
  for (const script of content.querySelectorAll('script')) {
    warn('the card template has a <script>; scripts in card templates are not run');
    script.remove();
  }
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (node.parentElement?.localName !== 'style') node.data = fillText(node.data, values);
      continue;
    }
    for (const attribute of [...(node as Element).attributes]) {
      const name = attribute.name.toLowerCase();
      if (!attribute.value.match(PLACEHOLDER)) continue;
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') {
        warn(
          `the card template's ${name} attribute cannot hold placeholders; it is kept as written`,
        );
        continue;
      }
      if (!URL_ATTRIBUTES.has(name)) {
        attribute.value = fillText(attribute.value, values);
        continue;
      }
      const url = fillUrl(attribute.value, values);
      if (safeScheme(url)) attribute.value = url;
      else {
        warn(
          `the card template's ${name}="${attribute.value}" is not a web, mail or phone address once filled in; it is left out`,
        );
        (node as Element).removeAttribute(attribute.name);
      }
    }
  }
  return content;
}
