import { css } from 'lit';

export const styles = css`
  .base {
    border-block-end: 1px solid var(--_border);
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.25rem;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: none;
    font-size: 0.9375rem;
    font-weight: 650;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_subtle);
  }
  .name {
    flex: 1;
    min-inline-size: 0;
  }
  .ticked {
    flex: none;
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .chevron {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    color: var(--_muted);
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  fieldset {
    margin: 0;
    padding-block: 0.125rem 0.75rem;
    padding-inline: 0.25rem;
    border: 0;
    min-inline-size: 0;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.25rem;
    padding-block: 0.25rem;
    padding-inline: 0.375rem;
    line-height: 1.3;
    margin-inline: -0.375rem;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
    font-size: 0.9375rem;
  }
  label:hover {
    background: var(--_subtle);
  }
  input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }
  .label {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .count {
    flex: none;
    min-inline-size: 2rem;
    padding-inline: 0.4rem;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.8125rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .disabled {
    color: var(--_muted);
    cursor: default;
  }
  .disabled:hover {
    background: none;
  }
  .disabled .label {
    opacity: 0.7;
  }
  /* "Not stated": after the terms, set apart and muted, so it never reads as one of them. */
  li:has(> .not-stated) {
    margin-block-start: 0.25rem;
    padding-block-start: 0.25rem;
    border-block-start: 1px dashed var(--_border);
  }
  .not-stated .label {
    color: var(--_muted);
  }
  input:checked ~ .count {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .more {
    min-block-size: 2.25rem;
    margin-block-start: 0.25rem;
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .disabled {
      color: GrayText;
    }
    .ticked,
    /* "Not stated": after the terms, set apart and muted, so it never reads as one of them. */
  li:has(> .not-stated) {
      margin-block-start: 0.25rem;
      padding-block-start: 0.25rem;
      border-block-start: 1px dashed var(--_border);
    }
    .not-stated .label {
      color: var(--_muted);
    }
    input:checked ~ .count {
      border: 1px solid;
    }
  }
`;
