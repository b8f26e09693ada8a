// mhpss-directory/define: registers every element. Safe to import twice (or next to the CDN
// script): a tag that is already registered is left alone.
import './components/directory/directory.js';
import './components/facet-group/facet-group.js';
import './components/filter-chips/filter-chips.js';
import './components/org-detail/org-detail.js';
import './components/summary/summary.js';

// The element classes and their types, by name (each one a semver promise, as in the root entry).
export {
  type ActiveFilter,
  type ErrorDetail,
  type FacetChangeDetail,
  type FacetToggleDetail,
  type FilterRemoveDetail,
  type InputDetail,
  type LabelSource,
  type LinkClickDetail,
  type LinkKind,
  type LoadDetail,
  MhpssDirectory,
  type MhpssEventMap,
  MhpssFacetGroup,
  MhpssFilterChips,
  MhpssOrgCard,
  MhpssOrgDetail,
  MhpssResultList,
  MhpssSearchBox,
  MhpssSummary,
  type OpenDetail,
  type PageChangeDetail,
  type SelectDetail,
  type StateChangeDetail,
} from './components/index.js';
