// The public theming knobs, read once per shadow root into private `--_` variables so every
// element falls back to the same defaults. Custom properties inherit through shadow roots, so
// setting `--mhpss-accent` on <mhpss-directory> themes every element inside it.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_accent: var(--mhpss-accent, #0b5c7a);
    --_accent-contrast: var(--mhpss-accent-contrast, #ffffff);
    --_text: var(--mhpss-text, #1c2731);
    --_muted: var(--mhpss-muted, #55626d);
    --_surface: var(--mhpss-surface, #ffffff);
    --_subtle: var(--mhpss-surface-alt, #f3f6f8);
    --_border: var(--mhpss-border, #d3dbe1);
    --_radius: var(--mhpss-radius, 0.5rem);
    --_space: var(--mhpss-space, 1rem);
    --_mark: var(--mhpss-mark, #fde68a);
    --_focus: var(--mhpss-focus, var(--_accent));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--mhpss-font, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-weight: 500;
  }
  .btn:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .btn[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
    pointer-events: none;
  }
  .btn.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_avatar, 3rem);
    block-size: var(--_avatar, 3rem);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    color: var(--_accent);
    font-weight: 700;
    letter-spacing: 0.02em;
    overflow: hidden;
    position: relative;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    background: #fff;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  /* A long term wraps rather than being cut off (narrow cards, 200 % zoom). */
  .tags li {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  /* Visitors who ask for reduced motion get none: no animation or transition anywhere. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
  /* Windows High Contrast and other forced colours drop backgrounds and shadows: every control
     keeps a border, focus rings and matches take the system's colours. */
  @media (forced-colors: active) {
    :host {
      --_focus: Highlight;
    }
    button,
    select {
      border: 1px solid ButtonText !important;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
