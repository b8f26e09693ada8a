import { css } from 'lit';

export const styles = css`
  dialog {
    inline-size: min(46rem, 100% - 2rem);
    max-inline-size: none;
    max-block-size: min(92dvh, 100% - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(16 24 32 / 0.55);
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    gap: 1rem;
    padding: calc(var(--_space) * 1.25);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    --_avatar: 3.5rem;
  }
  .head > div {
    flex: 1;
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  .sub {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_border);
    color: var(--_text);
  }
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .content {
    padding: calc(var(--_space) * 1.25);
  }
  .content > p {
    margin-block: 0 0.75rem;
  }
  h3 {
    margin-block: calc(var(--_space) * 1.5) 0.5rem;
    font-size: 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.625rem 1.25rem;
    margin: calc(var(--_space) * 1.25) 0 0;
  }
  dt {
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.9375rem;
  }
  dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  dd dl {
    margin: 0;
  }
  dd ul:not(.tags) li + li {
    margin-block-start: 0.25rem;
  }
  a,
  .ref {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .ref {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .commitments li {
    padding-block: 0.625rem;
    padding-inline: 1rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_subtle);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .commitments li + li {
    margin-block-start: 0.625rem;
  }
  .commitments p {
    margin: 0;
  }
  .commitments .src {
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.75rem;
    font-size: 0.9375rem;
  }
  .sources li + li {
    margin-block-start: 0.375rem;
  }
  .sources li::marker {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Where a fact's mark took the visitor, whether they came by keyboard or pointer. */
  .sources li:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
    background: var(--_subtle);
  }
  .date {
    color: var(--_muted);
    white-space: nowrap;
  }
  /* A fact's sources: small numbers after it, footnote-style, each a button to its source. */
  .marks {
    display: inline-flex;
    gap: 0.125rem;
    margin-inline-start: 0.25rem;
    vertical-align: 0.15em;
  }
  .mark {
    min-inline-size: 1.25rem;
    min-block-size: 1.25rem;
    padding-inline: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-size: 0.6875rem;
    font-weight: 650;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  .mark:hover {
    border-color: var(--_accent);
  }
  @media (max-width: 40rem) {
    dialog {
      inline-size: 100%;
      block-size: 100%;
      max-block-size: none;
      margin: 0;
      border-radius: 0;
    }
    dl {
      grid-template-columns: 1fr;
      gap: 0.125rem;
    }
    dd + dt {
      margin-block-start: 0.625rem;
    }
  }
`;
