// The toolbar's styles, and the print stylesheet: on paper the directory is the current results
// as a plain list, addresses written out, and none of the controls.
import { css } from 'lit';

export const styles = css`
  /* After the results: what to do with them once read. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding-block-start: 0.875rem;
    border-block-start: 1px solid var(--_border);
  }
  .toolbar .btn,
  .share .btn {
    min-block-size: 2.25rem;
    font-size: 0.9375rem;
  }
  .toolbar svg,
  .share svg {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .downloads {
    position: relative;
  }
  /* Why a server's view was not taken: a line of its own under the buttons. */
  .refused {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  /* Opens upwards: the toolbar is at the bottom of the directory. */
  .choices {
    position: absolute;
    z-index: 2;
    inset-block-end: calc(100% + 0.25rem);
    inset-inline-start: 0;
    display: grid;
    gap: 0.25rem;
    min-inline-size: 13rem;
    padding: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.12);
  }
  .choices[hidden] {
    display: none;
  }
  .choices .btn {
    justify-content: flex-start;
    border-color: transparent;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.625rem;
  }
  .copied {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .manual {
    flex: 1 1 100%;
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .manual input {
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .print {
    display: none;
  }
  @media print {
    .base > :not(.print) {
      display: none !important;
    }
    .print {
      display: block;
      color: #000;
    }
    .print h2 {
      margin: 0 0 0.25rem;
      font-size: 1.25rem;
    }
    .print .about {
      margin: 0 0 1rem;
      color: #333;
    }
    .print ol {
      margin: 0;
      padding-inline-start: 1.75rem;
    }
    .print li {
      margin-block-end: 0.875rem;
      break-inside: avoid;
    }
    .print h3 {
      margin: 0;
      font-size: 1rem;
    }
    .print p {
      margin: 0.125rem 0 0;
    }
    .print .meta {
      color: #333;
    }
    .print a {
      color: inherit;
      text-decoration: none;
      overflow-wrap: anywhere;
    }
  }
`;
