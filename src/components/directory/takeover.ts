// The directory's hand-over from a partner's pre-rendered first page (`mhpss-directory render`)
// to its own view, and the host's custom states that follow from it: `:state(prerendered)` while
// that page is shown (it keeps the page's own text styles), `:state(rtl)` when the UI reads
// right to left (a custom state, so that a partner's `dir` on the element is untouched).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Takeover implements ReactiveController {
  /** The directory has shown its own view: a pre-rendered first page is never shown again. */
  private tookOver = false;
  private readonly internals: ElementInternals;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The directory has its first answer, or knows it will have none. */
    private readonly answered: () => boolean,
    private readonly rtl: () => boolean,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  /**
   * True while the partner's pre-rendered first page (the light DOM, but for the `strings` and
   * `card` children) is what the directory shows: until its first answer or failure. The page is
   * shown through the default slot, and the live view replaces it in one frame, so the two are
   * never both on screen nor both exposed to assistive technology.
   */
  get shows(): boolean {
    return !this.tookOver && !this.answered() && this.present;
  }

  /** The partner gave a pre-rendered first page (kept under an error state: the best there is). */
  get present(): boolean {
    return [...this.host.childNodes].some((node) =>
      node instanceof Element
        ? !node.hasAttribute('slot')
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  hostUpdated(): void {
    const prerendered = this.shows;
    if (!prerendered) this.tookOver = true;
    try {
      for (const [name, on] of [
        ['rtl', this.rtl()],
        ['prerendered', prerendered],
      ] as const) {
        if (on) this.internals.states.add(name);
        else this.internals.states.delete(name);
      }
    } catch {
      // Browsers without custom states: the inner wrapper's dir still applies.
    }
  }
}
