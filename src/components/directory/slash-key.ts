// "/" outside a text field goes to the search box: the first directory's on a page with several
// (it takes the key, the others see it taken). Shift is allowed: French and Spanish keyboards
// need it to type "/".
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SlashKey implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** The search box, once it is rendered. */
    private readonly box: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.handleKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.handleKey);
  }

  private readonly handleKey = (event: KeyboardEvent): void => {
    const box = this.box();
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.defaultPrevented ||
      !box ||
      // Typed into a field: text inputs, textareas, contenteditable (:read-write), and selects.
      // (A script's own keydown on document or window has no `matches`.)
      (event.composedPath()[0] as Element).matches?.(':read-write, select')
    )
      return;
    box.focus();
    // A hidden widget, or one behind a modal dialog, cannot take focus: the key stays the page's.
    if (box.matches(':focus-within')) event.preventDefault();
  };
}
