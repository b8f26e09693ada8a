// Registers <mhpss-filter-chips> (safe to run twice).
import { MhpssFilterChips } from './filter-chips.component.js';
import { define } from '../shared/element.js';

export { MhpssFilterChips };
export type { ActiveFilter } from './filter-chips.component.js';

define('mhpss-filter-chips', MhpssFilterChips);
