import { css } from 'lit';

export const styles = css`
  article {
    position: relative;
    display: flex;
    gap: 0.875rem;
    padding: calc(var(--_space) * 0.875);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition:
      border-color 0.15s,
      box-shadow 0.15s;
  }
  article:hover {
    border-color: color-mix(in srgb, var(--_accent) 55%, var(--_border));
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.06);
  }
  article:focus-within {
    border-color: var(--_accent);
  }
  .body {
    flex: 1;
    min-inline-size: 0;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .name {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .name button {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    color: var(--_text);
    cursor: pointer;
  }
  /* The whole card opens the detail view; the button is the one focus stop. */
  .name button::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .name button:focus-visible {
    outline: none;
  }
  .name button:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  article:hover .name button {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .acronym {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .meta {
    margin-block: 0.125rem 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .desc {
    margin-block: 0.5rem 0;
    font-size: 0.9375rem;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .tags {
    margin-block-start: 0.625rem;
  }
  /* Above the name button's card-wide click area, so its own links work. */
  .extra {
    position: relative;
    z-index: 1;
    margin-block-start: 0.625rem;
  }
  @media (max-width: 30rem) {
    article {
      --_avatar: 2.5rem;
    }
  }
`;
