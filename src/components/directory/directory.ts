// Registers <mhpss-directory> and every element it is made of (safe to run twice).
import '../facet-group/facet-group.js';
import '../filter-chips/filter-chips.js';
import '../org-detail/org-detail.js';
import '../result-list/result-list.js';
import '../search-box/search-box.js';
import { MhpssDirectory } from './directory.component.js';
import { define } from '../shared/element.js';

export { MhpssDirectory };

define('mhpss-directory', MhpssDirectory);
