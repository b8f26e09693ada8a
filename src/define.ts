// mhpss-directory/define: registers every element. Safe to import twice (or next to the CDN
// script): a tag that is already registered is left alone.
import './components/directory/directory.js';
import './components/facet-group/facet-group.js';
import './components/filter-chips/filter-chips.js';
import './components/org-detail/org-detail.js';
import './components/summary/summary.js';

export * from './components/index.js';
