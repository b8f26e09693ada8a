import { css } from 'lit';

export const styles = css`
  :host(:state(rtl)) {
    direction: rtl;
  }
  /* A pre-rendered first page is the page's own content: in the page's text styles. */
  :host(:state(prerendered)) {
    color: inherit;
    font-family: inherit;
    line-height: inherit;
  }
  /* The host inherits from the page; a hostile page (\`* { letter-spacing: …; text-transform: … }\`)
     is stopped here, so every element inside starts from the same text settings. */
  .base {
    container-type: inline-size;
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1.25rem;
    margin-block-end: calc(var(--_space) * 1.25);
  }
  mhpss-search-box {
    flex: 1 1 18rem;
  }
  .suggest {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }
  .pending {
    visibility: hidden;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .toggle {
    inline-size: 100%;
    justify-content: center;
  }
  .toggle svg {
    inline-size: 1.125rem;
    block-size: 1.125rem;
  }
  .panel {
    display: none;
    margin-block-start: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .open .panel {
    display: grid;
  }
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
    }
    /* No facet column (a plain HSDS server has no counts): the results take the width. */
    .layout.whole {
      grid-template-columns: minmax(0, 1fr);
    }
    .toggle {
      display: none;
    }
    .panel {
      display: grid;
      align-content: start;
      margin: 0;
      padding: 0;
      border: 0;
    }
  }
  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: calc(var(--_space) * 0.875);
    min-inline-size: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .status {
    margin: 0;
    font-weight: 650;
  }
  .near {
    display: block;
    font-weight: 400;
  }
  .reduced {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .facets[hidden] {
    display: none;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  select {
    min-block-size: 2.25rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
  }
  .state {
    padding: calc(var(--_space) * 2) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .state p {
    margin: 0 0 0.75rem;
  }
  .state .title {
    font-weight: 650;
    font-size: 1.0625rem;
  }
  .state .detail {
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .error {
    border-style: solid;
    border-color: #e3b7b7;
    background: #fdf6f6;
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.625rem;
    padding-inline: 1rem 0.5rem;
    border-radius: var(--_radius);
    background: #fff8e6;
    border: 1px solid #f0dca8;
    color: #5c4a12;
    font-size: 0.875rem;
  }
  .notice p {
    flex: 1;
    margin: 0;
  }
  .dismiss {
    flex: none;
    padding: 0.25rem 0.5rem;
    border: 0;
    background: none;
    color: inherit;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }
  .sk {
    display: block;
    block-size: 0.875rem;
    margin-block-end: 0.625rem;
    border-radius: 4px;
    background: linear-gradient(
        90deg,
        var(--_subtle) 25%,
        color-mix(in srgb, var(--_border) 60%, var(--_subtle)) 50%,
        var(--_subtle) 75%
      )
      0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .sk.field {
    flex: 1 1 18rem;
    block-size: 2.75rem;
    margin: 0;
    border-radius: var(--_radius);
  }
  .sk-card {
    display: flex;
    gap: 0.875rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .sk-card > div {
    flex: 1;
  }
  /* Line widths of the loading placeholders: classes, not style attributes (strict CSP). */
  .sk-card div .sk:nth-child(1) {
    inline-size: 55%;
  }
  .sk-card div .sk:nth-child(2) {
    inline-size: 35%;
  }
  .sk-card div .sk:nth-child(4) {
    inline-size: 80%;
  }
  .sk-facets .sk:nth-child(5n + 1) {
    inline-size: 70%;
  }
  .sk-facets .sk:nth-child(5n + 2) {
    inline-size: 50%;
  }
  .sk-facets .sk:nth-child(5n + 3) {
    inline-size: 60%;
  }
  .sk-facets .sk:nth-child(5n + 4) {
    inline-size: 45%;
  }
  .sk-facets .sk:nth-child(5n) {
    inline-size: 65%;
  }
  .sk.avatar {
    inline-size: 3rem;
    block-size: 3rem;
    margin: 0;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
`;
