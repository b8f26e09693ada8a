// `mhpss-link-click`: which of an organization's links a visitor followed, for the page's
// analytics. Reported from the click itself, never preventing or delaying the navigation.
import type { Organization } from '../../core/model/schema.js';
import { emit, type LinkKind } from './events.js';

const sameUrl = (url: string | undefined, href: string): boolean => {
  try {
    return !!url && new URL(url).href === href;
  } catch {
    return false;
  }
};

/** What a link of an organization is, by its address. */
function linkKind(organization: Organization, href: string): LinkKind {
  if (/^mailto:/i.test(href)) return 'email';
  if (sameUrl(organization.website, href)) return 'website';
  const documents = [...(organization.sources ?? []), ...(organization.commitments ?? [])];
  return documents.some((d) => sameUrl(d.url, href)) ? 'source' : 'link';
}

/**
 * Fires `mhpss-link-click` from `target` when `event` (a click, or a middle-button auxclick)
 * followed a link inside the listening element.
 */
export function reportLinkClick(
  event: MouseEvent,
  organization: Organization | undefined,
  target: EventTarget,
): void {
  if (!organization || (event.type === 'auxclick' && event.button !== 1)) return;
  const path = event.composedPath();
  const end = event.currentTarget ? path.indexOf(event.currentTarget) : -1;
  const link = path
    .slice(0, end < 0 ? undefined : end + 1)
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (link) {
    emit(target, 'mhpss-link-click', {
      organization,
      url: link.href,
      kind: linkKind(organization, link.href),
    });
  }
}
