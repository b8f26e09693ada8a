// One facet (Region, Approach…) as a disclosure: a button that opens a group of checkboxes with
// live counts. A long group shows its most frequent terms and a "Show N more" button.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FacetTermCount } from '../../core/search/directory-core.js';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './facet-group.styles.js';
import { complete } from '../../i18n/complete.js';
import { enFilters } from '../../i18n/en-filters.js';

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
  <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />
</svg>`;

/**
 * @summary A facet as a disclosure: a button (with the count of ticked terms) opening a group of checkboxes, each term with its live count; zero-count terms stay visible but disabled; a long group folds to its top terms; the "Not stated" term comes last, muted, shown while it counts or is ticked.
 * @tag mhpss-facet-group
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The wrapper of the button and the group.
 * @csspart toggle - The button that opens and closes the group.
 * @csspart label - The facet's name, in the button.
 * @csspart selected - The count of ticked terms, in the button.
 * @csspart terms - The group of checkboxes (a fieldset).
 * @csspart term - Each term's row (label).
 * @csspart count - Each term's count.
 * @csspart more - The "Show N more" / "Show fewer" button.
 * @cssprop [--mhpss-accent=#0b5c7a] - Checkbox, selected-count and "Show more" colour.
 * @event {CustomEvent<FacetChangeDetail>} mhpss-facet-change - The visitor ticked or unticked a term.
 * @event {CustomEvent<FacetToggleDetail>} mhpss-facet-toggle - The visitor opened or closed the group, or showed more or fewer terms.
 */
export class MhpssFacetGroup extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = {
    facet: {},
    label: {},
    terms: { attribute: false },
    open: { type: Boolean, reflect: true },
    showAll: { type: Boolean, attribute: 'show-all' },
    limit: { type: Number },
  };

  /** The facet key, e.g. `regions`; reported in events. */
  facet = '';

  /** The facet's visible name, e.g. "Region". */
  label = '';

  /** The terms with their counts and selection, as `Directory.query()` returns them. */
  terms: FacetTermCount[] = [];

  /** Whether the group is open (its checkboxes shown), like `<details open>`. */
  open = false;

  /** Whether a long group shows every term rather than its top `limit` ones. */
  showAll = false;

  /**
   * How many terms a long group shows while folded: those with the highest counts, plus every
   * ticked one; groups of up to `limit` + 2 terms show them all; 0 never folds.
   */
  limit = 6;

  override render() {
    const t = complete(this.i18n.t, enFilters);
    const label = this.label || this.facet;
    const ticked = this.terms.filter((term) => term.selected).length;
    const shown = this.shownTerms();
    const folded = this.own.length - shown.filter((term) => !term.notStated).length;
    return html`<div class="base" part="base" dir=${t.dir}>
      <button
        class="toggle"
        part="toggle"
        aria-expanded=${this.open}
        aria-controls="terms"
        aria-label=${
          // "Approach, 2 selected": the visible words, with the pause a comma gives.
          ticked ? t.pickedName(label, ticked) : nothing
        }
        @click=${this.handleToggle}
      >
        <span class="name" part="label" dir="auto">${label}</span>
        ${ticked ? html`<span class="ticked" part="selected">${t.picked(ticked)}</span>` : nothing}
        ${chevron}
      </button>
      <fieldset id="terms" part="terms" ?hidden=${!this.open}>
        <legend class="sr-only"><span dir="auto">${label}</span></legend>
        <ul role="list">
          ${repeat(
            shown,
            (term) => term.id,
            (term) => {
              const disabled = term.count === 0 && !term.selected;
              const classes = `${disabled ? 'disabled' : ''} ${term.notStated ? 'not-stated' : ''}`;
              return html`<li>
                <label part="term" class=${classes.trim()}>
                  <input
                    type="checkbox"
                    .value=${term.id}
                    .checked=${term.selected}
                    ?disabled=${disabled}
                    @change=${this.handleChange}
                  />
                  <span class="label" dir="auto">${term.label}</span>
                  <span class="count" part="count">${this.i18n.num(term.count)}</span>
                </label>
              </li>`;
            },
          )}
        </ul>
        ${
          folded || (this.showAll && this.foldable)
            ? html`<button class="more" part="more" @click=${this.handleMore}>
                ${folded ? t.showMore(folded) : t.showFewer}
              </button>`
            : nothing
        }
      </fieldset>
    </div>`;
  }

  /** The facet's own terms: all but "Not stated". */
  private get own(): FacetTermCount[] {
    return this.terms.filter((term) => !term.notStated);
  }

  /** Whether this group is long enough to fold ("Show 2 more" would cost a row to save one). */
  private get foldable(): boolean {
    return this.limit > 0 && this.own.length > this.limit + 2;
  }

  /**
   * The terms on screen, in the data's order: all of them, or (folded) the `limit` with the
   * highest counts, every ticked one, and the one with keyboard focus, so that unticking a term
   * never takes it from under the visitor. Counts rank better than the data's order: the most
   * common approaches of the shipped list are last in its alphabetical order. "Not stated" is
   * last, folded or not, whenever it counts or is ticked: a short list must not read as
   * "nowhere else".
   */
  private shownTerms(): FacetTermCount[] {
    const { own } = this;
    const focused = this.shadowRoot?.activeElement;
    const focusedId = focused instanceof HTMLInputElement ? focused.value : undefined;
    const absent = this.terms.filter(
      (term) => term.notStated && (term.count > 0 || term.selected || term.id === focusedId),
    );
    if (this.showAll || !this.foldable) return [...own, ...absent];
    // Array.prototype.sort is stable: equal counts keep the data's order.
    const top = new Set([...own].sort((a, b) => b.count - a.count).slice(0, this.limit));
    return [
      ...own.filter((term) => top.has(term) || term.selected || term.id === focusedId),
      ...absent,
    ];
  }

  private handleToggle(): void {
    this.open = !this.open;
    this.emitToggle();
  }

  private handleMore(): void {
    this.showAll = !this.showAll;
    this.emitToggle();
  }

  private emitToggle(): void {
    emit(this, 'mhpss-facet-toggle', {
      facet: this.facet,
      open: this.open,
      showAll: this.showAll,
    });
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
