// Resolves an element's language the way the page means it: the element's own `lang`, else the
// closest [lang] ancestor (across shadow roots), else the document; re-renders the element when
// the document's language changes (sites that switch language without a reload). Two answers:
// the UI language (one with translated strings: en, fr, es, ar) and the data language (the tag
// itself, so `lang="de"` still gets German term labels and name order when the data has them).
import type { ReactiveController, ReactiveElement } from 'lit';
import { en } from '../../i18n/en.js';
import {
  loadStrings,
  loadedStrings,
  resolveLang,
  type Lang,
  type Strings,
} from '../../i18n/index.js';

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

  /** The language tag in effect, as written (BCP 47; `en` when none is set or it is blank). */
  get tag(): string {
    // The property first: Lit renders before it reflects the property to the attribute.
    const tag = ((this.host as { lang?: string }).lang || closestLang(this.host) || '').trim();
    return tag || 'en';
  }

  /** The UI language in effect: the tag's language if translated, else English. */
  get lang(): Lang {
    return resolveLang(this.tag);
  }

  /** True once the UI strings of the language in effect are loaded. */
  get ready(): boolean {
    return loadedStrings(this.lang) !== undefined;
  }

  /**
   * The UI strings in effect. Until a catalogue has arrived this is English and the catalogue
   * is requested; the element renders again when it is there.
   */
  get t(): Strings {
    const lang = this.lang;
    const strings = loadedStrings(lang);
    if (strings) return strings;
    void loadStrings(lang).then(() => this.host.requestUpdate());
    return en;
  }

  /** Resolves once the strings of the language in effect are loaded. */
  load(): Promise<Strings> {
    return loadStrings(this.lang);
  }
}
