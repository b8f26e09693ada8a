import { css } from 'lit';

export const styles = css`
  .base {
    position: relative;
  }
  svg {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.875rem;
    block-size: 100%;
    inline-size: 1.125rem;
    color: var(--_muted);
    pointer-events: none;
  }
  input {
    inline-size: 100%;
    min-block-size: 3rem;
    padding-block: 0.5rem;
    padding-inline: 2.75rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.0625rem;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input:focus-visible {
    outline-offset: 0;
    border-color: var(--_focus);
  }
`;
