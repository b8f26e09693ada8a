// One facet (Region, Approach…) as a group of checkboxes with live counts.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html } from 'lit';
import type { FacetTermCount } from '../../core/index.js';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './facet-group.styles.js';

/**
 * @summary A facet as a group of checkboxes, each term with its live count; zero-count terms stay visible but disabled.
 * @tag mhpss-facet-group
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The fieldset.
 * @csspart label - The facet's name (legend).
 * @csspart term - Each term's row (label).
 * @csspart count - Each term's count.
 * @cssprop [--mhpss-accent=#0b5c7a] - Checkbox and selected-count colour.
 * @event {CustomEvent<FacetChangeDetail>} mhpss-facet-change - The visitor ticked or unticked a term.
 */
export class MhpssFacetGroup extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = { facet: {}, label: {}, terms: { attribute: false } };

  /** The facet key, e.g. `regions`; reported in events. */
  facet = '';

  /** The facet's visible name, e.g. "Region". */
  label = '';

  /** The terms with their counts and selection, as `Directory.query()` returns them. */
  terms: FacetTermCount[] = [];

  override render() {
    return html`<fieldset part="base" dir=${this.i18n.t.dir}>
      <legend part="label"><span dir="auto">${this.label || this.facet}</span></legend>
      <ul role="list">
        ${this.terms.map((term) => {
          const disabled = term.count === 0 && !term.selected;
          return html`<li>
            <label part="term" class=${disabled ? 'disabled' : ''}>
              <input
                type="checkbox"
                .value=${term.id}
                .checked=${term.selected}
                ?disabled=${disabled}
                @change=${this.handleChange}
              />
              <span class="label" dir="auto">${term.label}</span>
              <span class="count" part="count">${term.count}</span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  private handleChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    // Standalone use has no parent to answer with new counts, so the group keeps its own state.
    this.terms = this.terms.map((t) =>
      t.id === input.value ? { ...t, selected: input.checked } : t,
    );
    const selected = this.terms.filter((t) => t.selected).map((t) => t.id);
    emit(this, 'mhpss-facet-change', {
      facet: this.facet,
      term: input.value,
      checked: input.checked,
      selected,
    });
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-facet-group')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-facet-group': MhpssFacetGroup;
  }
}
