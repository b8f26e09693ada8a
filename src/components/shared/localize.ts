// Resolves an element's UI language the way the page means it: the element's own `lang`, else
// the closest [lang] ancestor (across shadow roots), else the document; re-renders the element
// when the document's language changes (sites that switch language without a reload).
import type { ReactiveController, ReactiveElement } from 'lit';
import { resolveLang, strings, type Lang, type Strings } from '../../i18n/index.js';

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

function closestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }

  /** The supported UI language in effect. */
  get lang(): Lang {
    // The property first: Lit renders before it reflects the property to the attribute.
    return resolveLang((this.host as { lang?: string }).lang || closestLang(this.host));
  }

  /** The UI strings in effect. */
  get t(): Strings {
    return strings(this.lang);
  }
}
