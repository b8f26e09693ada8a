// Resolves an element's language the way the page means it: the element's own `lang`, else the
// closest [lang] ancestor (across shadow roots), else the document; re-renders the element when
// the document's language changes (sites that switch language without a reload). Two answers:
// the UI language (one with translated strings: en, fr, es, ar) and the data language (the tag
// itself, so `lang="de"` still gets German term labels and name order when the data has them).
// A partner's own strings (the directory's `strings`) reach every element the directory renders
// by context (context.ts): each element asks the closest directory above it, across shadow roots.
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { writeNumber } from '../../core/model/numbers.js';
import type { Organization } from '../../core/model/schema.js';
import { en } from '../../i18n/en.js';
import { loadStrings, loadedStrings, resolveLang, type Strings } from '../../i18n/index.js';
import { requestContext } from './context.js';

/**
 * What a directory gives itself and every element in its shadow tree: a partner's UI strings
 * and the content they add to each card.
 */
export interface Provided {
  /** The UI language the partner gives for a BCP 47 tag (their own key for it), if any. */
  lang(tag: string): string | undefined;
  /** The strings for a BCP 47 tag: `base` (the tag's built-in catalogue, or English) with the partner's. */
  strings(tag: string, base: Strings): Strings;
  /** The content a partner adds to an organization's card, if any. */
  readonly card?: (organization: Organization) => Node | null;
  /** What the detail dialog adds to the open organization ("Copy link"); `detail` renders it. */
  detailTools?(detail: ReactiveElement): unknown;
}

/** The context a directory provides its partner's strings and cards under. */
export const PROVIDED = 'mhpss-provided';

/** Connected elements, rendered again when the document's language changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

const parentOf = (node: Node) => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

function closestLang(el: Element): string | null {
  for (let node: Node | null = el; node; node = parentOf(node)) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

const refresh = () => hosts.forEach((host) => host.requestUpdate());

/** An element with controllers: any Lit element, or a directory part's host. */
type Host = ReactiveControllerHost & HTMLElement;

export class LocalizeController implements ReactiveController {
  /** What the closest directory provides: its partner's strings and cards, if any. */
  provided?: Provided;
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(refresh);
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
    requestContext<Provided | undefined>(this.host, PROVIDED, (value, unsubscribe) => {
      this.provided = value;
      this.unsubscribe = unsubscribe;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = this.provided = undefined;
  }

  /** The language tag in effect, as written (BCP 47; `en` when none is set or it is blank). */
  get tag(): string {
    // The property first: Lit renders before it reflects the property to the attribute.
    const tag = ((this.host as { lang?: string }).lang || closestLang(this.host) || '').trim();
    return tag || 'en';
  }

  /**
   * The UI language in effect: a language the partner's strings add for the tag, else the tag's
   * language if translated, else English.
   */
  get lang(): string {
    const tag = this.tag;
    return this.provided?.lang(tag) ?? resolveLang(tag);
  }

  /** A count as the UI language writes it (12,345; 12 345): see core/model/numbers.ts. */
  num(n: number): string {
    return writeNumber(n, this.lang);
  }

  /** True once the UI strings of the language in effect are loaded (or English stands in). */
  get ready(): boolean {
    return loadedStrings(resolveLang(this.tag)) !== undefined;
  }

  /**
   * The UI strings in effect, with the partner's. Until a catalogue has arrived this is English
   * and the catalogue is requested; the element renders again when it is there.
   */
  get t(): Strings {
    const tag = this.tag;
    let strings = loadedStrings(resolveLang(tag));
    if (!strings) {
      void this.load().then(() => this.host.requestUpdate());
      strings = en;
    }
    return this.provided?.strings(tag, strings) ?? strings;
  }

  /**
   * Resolves once the strings of the language in effect are loaded (the built-in catalogue
   * under it: English under a language the partner adds).
   */
  load(): Promise<Strings> {
    return loadStrings(resolveLang(this.tag));
  }
}
