import { css } from 'lit';

export const styles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 650;
    font-size: 0.9375rem;
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
  input:checked ~ .count {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
`;
