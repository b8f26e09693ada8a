import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
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
