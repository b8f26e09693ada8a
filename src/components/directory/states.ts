// What the directory shows where its results and filters will be, while they load.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html } from 'lit';

export const filterIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true">
  <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

const skeletonCard = html`<li class="sk-card">
  <span class="sk avatar"></span>
  <div>
    <span class="sk"></span><span class="sk"></span><span class="sk"></span><span class="sk"></span>
  </div>
</li>`;
export const skeleton = html`<ul role="list" class="results" aria-hidden="true">
  ${skeletonCard}${skeletonCard}${skeletonCard}
</ul>`;
export const facetSkeleton = html`<div class="sk-facets" aria-hidden="true">
  <span class="sk"></span><span class="sk"></span><span class="sk"></span><span class="sk"></span
  ><span class="sk"></span>
</div>`;
