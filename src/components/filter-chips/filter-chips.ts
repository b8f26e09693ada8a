// Registers <mhpss-filter-chips> (safe to run twice).
import { MhpssFilterChips } from './filter-chips.component.js';

export { MhpssFilterChips };
export type { ActiveFilter } from './filter-chips.component.js';

if (!customElements.get('mhpss-filter-chips'))
  customElements.define('mhpss-filter-chips', MhpssFilterChips);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-filter-chips': MhpssFilterChips;
  }
}
