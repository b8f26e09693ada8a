// Registers <mhpss-directory> and every element it is made of (safe to run twice). The detail
// dialog registers itself from its own chunk when a visitor first opens an organization.
import '../facet-group/facet-group.js';
import '../filter-chips/filter-chips.js';
import '../result-list/result-list.js';
import '../search-box/search-box.js';
import { MhpssDirectory } from './directory.component.js';
import { define } from '../shared/element.js';

export { MhpssDirectory };

define('mhpss-directory', MhpssDirectory);
