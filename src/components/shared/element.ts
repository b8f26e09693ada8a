// The base of every element: the `lang` property, reflected so that nested elements' closest-[lang]
// lookup finds it, and the UI strings in effect. Properties are declared in `static properties`
// (not decorators): the CDN bundle then carries neither tslib's decorator helper nor Lit's.
import { LitElement, type PropertyDeclarations } from 'lit';
import { LocalizeController } from './localize.js';

export class MhpssElement extends LitElement {
  /**
   * `lang`: UI language (BCP 47: `en`, `fr`, `es` or `ar` are translated); defaults to the
   * closest `lang` on the page. Subclasses' own `static properties` add to this one.
   */
  static override properties: PropertyDeclarations = { lang: { reflect: true } };

  protected readonly i18n = new LocalizeController(this);

  /** Resolves once the element has rendered in its language (a catalogue may load first). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!this.i18n.ready) {
      await this.i18n.load();
      done = await super.getUpdateComplete();
    }
    return done;
  }
}

/** Registers a tag unless it already is (every registering module is safe to run twice). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
