// JSX types for the plain tags in React 19 (`<mhpss-directory src="..." />` without the wrappers):
// every element's public properties, its attributes, and its events as `onmhpss-...` props (React
// 19 adds a listener for `on<event name>` on custom elements). Types only: importing
// `mhpss-directory/jsx` (or `mhpss-directory/react`) brings them into scope.
import type { WebComponentProps } from '@lit/react';
import type { MhpssDirectory } from '../components/directory/directory.component.js';
import type { MhpssFacetGroup } from '../components/facet-group/facet-group.component.js';
import type { MhpssFilterChips } from '../components/filter-chips/filter-chips.component.js';
import type { MhpssOrgCard } from '../components/org-card/org-card.component.js';
import type { MhpssOrgDetail } from '../components/org-detail/org-detail.component.js';
import type { MhpssResultList } from '../components/result-list/result-list.component.js';
import type { MhpssSearchBox } from '../components/search-box/search-box.component.js';
import type { MhpssSummary } from '../components/summary/summary.component.js';

type Handler<K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K]) => void;
type Events<K extends keyof HTMLElementEventMap> = { [E in K as `on${E}`]?: Handler<E> };
type Props<I extends HTMLElement, K extends keyof HTMLElementEventMap, A> = WebComponentProps<I> &
  Events<K> &
  A;

/** The props of each plain tag in JSX. */
export interface JsxElements {
  'mhpss-directory': Props<
    MhpssDirectory,
    'mhpss-state-change' | 'mhpss-select' | 'mhpss-load' | 'mhpss-error' | 'mhpss-link-click',
    {
      'url-state'?: string | boolean;
      'page-size'?: number | string;
      'suggest-url'?: string;
    }
  >;
  'mhpss-search-box': Props<MhpssSearchBox, 'mhpss-input', object>;
  'mhpss-facet-group': Props<MhpssFacetGroup, 'mhpss-facet-change' | 'mhpss-facet-toggle', object>;
  'mhpss-filter-chips': Props<
    MhpssFilterChips,
    'mhpss-filter-remove' | 'mhpss-filter-clear',
    object
  >;
  'mhpss-result-list': Props<
    MhpssResultList,
    'mhpss-page-change' | 'mhpss-open',
    { 'page-count'?: number | string }
  >;
  'mhpss-org-card': Props<MhpssOrgCard, 'mhpss-open', { 'heading-level'?: number | string }>;
  'mhpss-org-detail': Props<
    MhpssOrgDetail,
    'mhpss-open' | 'mhpss-close' | 'mhpss-link-click',
    object
  >;
  'mhpss-summary': Props<MhpssSummary, 'mhpss-facet-change', object>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging.
    interface IntrinsicElements extends JsxElements {}
  }
}
