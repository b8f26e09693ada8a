// The element classes, without registering them: for apps that register tags themselves.
export { MhpssDirectory } from './directory/directory.component.js';
export { MhpssSearchBox } from './search-box/search-box.component.js';
export { MhpssFacetGroup } from './facet-group/facet-group.component.js';
export { MhpssFilterChips, type ActiveFilter } from './filter-chips/filter-chips.component.js';
export { MhpssResultList } from './result-list/result-list.component.js';
export { MhpssOrgCard } from './org-card/org-card.component.js';
export { MhpssOrgDetail } from './org-detail/org-detail.component.js';
export { MhpssSummary } from './summary/summary.component.js';
export type {
  ErrorDetail,
  FacetChangeDetail,
  FacetToggleDetail,
  FilterRemoveDetail,
  InputDetail,
  LinkClickDetail,
  LinkKind,
  LoadDetail,
  MhpssEventMap,
  OpenDetail,
  PageChangeDetail,
  SelectDetail,
  StateChangeDetail,
} from './shared/events.js';
export type { LabelSource } from './shared/types.js';
