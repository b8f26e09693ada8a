import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  /* A card out of sight is not styled, laid out or painted until it comes near the viewport
     (its last size is kept): a phone renders the few cards it shows, not twenty, on the first
     screen and at every keystroke. The clip margin keeps the hover shadow and focus ring. */
  .list > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
    overflow-clip-margin: 0.75rem;
  }
  nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-block-start: calc(var(--_space) * 1.25);
  }
  .page {
    color: var(--_muted);
    font-size: 0.9375rem;
    font-variant-numeric: tabular-nums;
  }
  svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  [dir='rtl'] svg {
    transform: scaleX(-1);
  }
`;
