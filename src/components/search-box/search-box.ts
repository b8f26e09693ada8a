// Registers <mhpss-search-box> (safe to run twice).
import { MhpssSearchBox } from './search-box.component.js';
import { define } from '../shared/element.js';

export { MhpssSearchBox };

define('mhpss-search-box', MhpssSearchBox);
