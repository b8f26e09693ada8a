// A search field that reports every keystroke: the directory searches as the visitor types.
import { html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { emit } from '../shared/events.js';
import { LocalizeController } from '../shared/localize.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './search-box.styles.js';

/**
 * @summary A search field for organizations that reports each keystroke (search as you type).
 * @tag mhpss-search-box
 * @csspart base - The wrapper around the icon and the field.
 * @csspart input - The search field.
 * @cssprop [--mhpss-border=#d3dbe1] - The field's border colour.
 * @cssprop [--mhpss-radius=0.5rem] - The field's corner radius.
 * @event {CustomEvent<InputDetail>} mhpss-input - The visitor changed the search text.
 */
export class MhpssSearchBox extends LitElement {
  static override styles = [tokens, styles];

  /** The search text. */
  @property() value = '';

  /** The field's accessible name; defaults to the translated "Search organizations". */
  @property() label?: string;

  /** Hint shown in the empty field; defaults to a translated one. */
  @property() placeholder?: string;

  /** UI language (BCP 47); defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang!: string;

  @query('input') private input?: HTMLInputElement;

  private readonly i18n = new LocalizeController(this);

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
      />
    </div>`;
  }

  private handleInput(): void {
    this.value = this.input!.value;
    emit(this, 'mhpss-input', { value: this.value });
  }
}
