// mhpss-directory/react: a React component for every element, made with @lit/react. Importing it
// registers the tags (like `mhpss-directory/define`); the elements' events are `onMhpss...` props
// whose handlers receive the typed CustomEvent. `react` is an optional peer dependency.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MhpssDirectory as DirectoryElement } from '../components/directory/directory.js';
import { MhpssFacetGroup as FacetGroupElement } from '../components/facet-group/facet-group.js';
import { MhpssFilterChips as FilterChipsElement } from '../components/filter-chips/filter-chips.js';
import { MhpssOrgCard as OrgCardElement } from '../components/org-card/org-card.js';
import { MhpssOrgDetail as OrgDetailElement } from '../components/org-detail/org-detail.js';
import { MhpssResultList as ResultListElement } from '../components/result-list/result-list.js';
import { MhpssSearchBox as SearchBoxElement } from '../components/search-box/search-box.js';
import { MhpssSummary as SummaryElement } from '../components/summary/summary.js';
import type { MhpssEventMap } from '../components/shared/events.js';

export type { JsxElements } from './jsx.js';

/** An event prop's name, typed by the event map (a name and its detail type cannot disagree). */
const event = <K extends keyof MhpssEventMap>(name: K) => name as EventName<MhpssEventMap[K]>;

/** `<mhpss-directory>`: the whole directory. */
export const MhpssDirectory = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-directory',
  elementClass: DirectoryElement,
  displayName: 'MhpssDirectory',
  events: {
    onMhpssStateChange: event('mhpss-state-change'),
    onMhpssSelect: event('mhpss-select'),
    onMhpssLoad: event('mhpss-load'),
    onMhpssError: event('mhpss-error'),
    onMhpssLinkClick: event('mhpss-link-click'),
  },
});

/** `<mhpss-search-box>`: the search field. */
export const MhpssSearchBox = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-search-box',
  elementClass: SearchBoxElement,
  displayName: 'MhpssSearchBox',
  events: { onMhpssInput: event('mhpss-input') },
});

/** `<mhpss-facet-group>`: one facet's checkboxes. */
export const MhpssFacetGroup = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-facet-group',
  elementClass: FacetGroupElement,
  displayName: 'MhpssFacetGroup',
  events: {
    onMhpssFacetChange: event('mhpss-facet-change'),
    onMhpssFacetToggle: event('mhpss-facet-toggle'),
  },
});

/** `<mhpss-filter-chips>`: the selected filters and "Clear all filters". */
export const MhpssFilterChips = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-filter-chips',
  elementClass: FilterChipsElement,
  displayName: 'MhpssFilterChips',
  events: {
    onMhpssFilterRemove: event('mhpss-filter-remove'),
    onMhpssFilterClear: event('mhpss-filter-clear'),
  },
});

/** `<mhpss-result-list>`: a page of result cards and the paging. */
export const MhpssResultList = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-result-list',
  elementClass: ResultListElement,
  displayName: 'MhpssResultList',
  events: {
    onMhpssPageChange: event('mhpss-page-change'),
    onMhpssOpen: event('mhpss-open'),
  },
});

/** `<mhpss-org-card>`: one organization as a result card. */
export const MhpssOrgCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-org-card',
  elementClass: OrgCardElement,
  displayName: 'MhpssOrgCard',
  events: { onMhpssOpen: event('mhpss-open') },
});

/** `<mhpss-org-detail>`: the detail dialog of one organization. */
export const MhpssOrgDetail = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-org-detail',
  elementClass: OrgDetailElement,
  displayName: 'MhpssOrgDetail',
  events: {
    onMhpssOpen: event('mhpss-open'),
    onMhpssClose: event('mhpss-close'),
    onMhpssLinkClick: event('mhpss-link-click'),
  },
});

/** `<mhpss-summary>`: the overview per region, approach and population, whose marks tick terms. */
export const MhpssSummary = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'mhpss-summary',
  elementClass: SummaryElement,
  displayName: 'MhpssSummary',
  events: { onMhpssFacetChange: event('mhpss-facet-change') },
});
