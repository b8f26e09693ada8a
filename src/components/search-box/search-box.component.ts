// A search field that reports every keystroke: the directory searches as the visitor types.
import { html } from 'lit';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './search-box.styles.js';

/**
 * @summary A search field for organizations that reports each keystroke (search as you type).
 * @tag mhpss-search-box
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The wrapper around the icon and the field.
 * @csspart input - The search field.
 * @cssprop [--mhpss-border=#d3dbe1] - The field's border colour.
 * @cssprop [--mhpss-radius=0.5rem] - The field's corner radius.
 * @event {CustomEvent<InputDetail>} mhpss-input - The visitor changed the search text (typing, or Escape, which empties the field).
 */
export class MhpssSearchBox extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = { value: {}, label: {}, placeholder: {} };

  /** The search text. */
  value = '';

  /** The field's accessible name; defaults to the translated "Search organizations". */
  declare label?: string;

  /** Hint shown in the empty field; defaults to a translated one. */
  declare placeholder?: string;

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input');
  }

  /** Moves keyboard focus to the field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override render() {
    const t = this.i18n.t;
    return html`<div class="base" part="base" dir=${t.dir}>
      <label class="sr-only" for="q">${this.label ?? t.search}</label>
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        aria-hidden="true"
      >
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        id="q"
        part="input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        .value=${this.value}
        placeholder=${this.placeholder ?? t.placeholder}
        @input=${this.handleInput}
        @keydown=${this.handleKeydown}
      />
    </div>`;
  }

  /** Escape empties the field, as a search everywhere does (Firefox's type=search does not). */
  private handleKeydown(event: KeyboardEvent): void {
    const input = this.input!;
    if (event.key !== 'Escape' || !input.value || event.isComposing) return;
    // Handled: the page (a dialog around the widget, say) does not also take this Escape.
    event.preventDefault();
    event.stopPropagation();
    input.value = '';
    this.handleInput();
  }

  private handleInput(): void {
    this.value = this.input!.value;
    emit(this, 'mhpss-input', { value: this.value });
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-search-box')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-search-box': MhpssSearchBox;
  }
}
