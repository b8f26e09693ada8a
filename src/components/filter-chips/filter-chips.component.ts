// The visitor's selected filters as removable chips, with "Clear all filters".
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing } from 'lit';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './filter-chips.styles.js';
import { complete } from '../../i18n/complete.js';
import { enFilters } from '../../i18n/en-filters.js';

/** One selected filter, with the labels to show for it. */
export interface ActiveFilter {
  facet: string;
  term: string;
  label: string;
  facetLabel?: string;
  /** The facet's "Not stated" term: its chip names the facet too ("Region: Not stated"). */
  notStated?: boolean;
}

/**
 * @summary The selected filters as removable chips, followed by a "Clear all filters" button; renders nothing when no filter is selected.
 * @tag mhpss-filter-chips
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The wrapper.
 * @csspart chip - Each filter's remove button.
 * @csspart clear - The "Clear all filters" button.
 * @cssprop [--mhpss-accent=#0b5c7a] - Chip outline and "clear all" colour.
 * @event {CustomEvent<FilterRemoveDetail>} mhpss-filter-remove - The visitor removed one filter.
 * @event {CustomEvent} mhpss-filter-clear - The visitor cleared all filters.
 */
export class MhpssFilterChips extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = { filters: { attribute: false } };

  /** The selected filters, in display order. */
  filters: ActiveFilter[] = [];

  override render() {
    if (!this.filters.length) return nothing;
    const t = complete(this.i18n.t, enFilters);
    return html`<div class="base" part="base" dir=${t.dir}>
      <ul role="list" aria-label=${t.selected}>
        ${this.filters.map((f) => {
          const named = f.facetLabel ? `${f.facetLabel}: ${f.label}` : f.label;
          return html`<li>
            <button
              class="chip"
              part="chip"
              aria-label=${t.remove(named)}
              @click=${() => this.handleRemove(f)}
            >
              <span dir="auto">${f.notStated ? named : f.label}</span>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" />
              </svg>
            </button>
          </li>`;
        })}
      </ul>
      <button class="clear" part="clear" @click=${this.handleClear}>${t.clearAll}</button>
    </div>`;
  }

  private handleRemove(filter: ActiveFilter): void {
    const index = this.filters.indexOf(filter);
    this.filters = this.filters.filter((f) => f !== filter);
    emit(this, 'mhpss-filter-remove', { facet: filter.facet, term: filter.term });
    // Keep keyboard focus on the chips: the next one, else the previous, else "clear all".
    void this.updateComplete.then(() => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
      chips[Math.min(index, chips.length - 1)]?.focus();
    });
  }

  private handleClear(): void {
    this.filters = [];
    emit(this, 'mhpss-filter-clear', {});
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-filter-chips')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-filter-chips': MhpssFilterChips;
  }
}
