import { css } from 'lit';

export const styles = css`
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  ul {
    display: contents;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
    padding-block: 0.125rem;
    padding-inline: 0.75rem 0.5rem;
    border: 1px solid color-mix(in srgb, var(--_accent) 35%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
    color: var(--_text);
    font-size: 0.875rem;
    cursor: pointer;
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip svg {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    color: var(--_accent);
  }
  .clear {
    min-block-size: 2rem;
    padding-inline: 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
`;
