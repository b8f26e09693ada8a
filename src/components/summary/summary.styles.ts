import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: 0.75rem;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .title {
    display: none;
    font-weight: 650;
  }
  .toggle {
    flex: 1 1 auto;
    justify-content: center;
  }
  .chevron {
    inline-size: 1rem;
    block-size: 1rem;
    transition: transform 0.15s;
  }
  .open .chevron {
    transform: rotate(180deg);
  }
  .view {
    min-block-size: 2.25rem;
    font-size: 0.875rem;
  }
  .view[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .panel,
  .base:not(.open) .view {
    display: none;
  }
  .panel {
    gap: 1rem 1.5rem;
  }
  .open .panel {
    display: flex;
    flex-wrap: wrap;
  }
  .chart,
  table {
    flex: 1 1 20rem;
    min-inline-size: 0;
    margin: 0;
  }
  .chart {
    display: flex;
    flex-direction: column;
    container-type: inline-size;
  }
  .caption,
  caption {
    margin: 0 0 0.375rem;
    font-weight: 650;
    font-size: 0.9375rem;
    text-align: start;
  }
  .marks {
    flex: 1;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
    gap: 0.375rem;
  }
  .bars .marks {
    display: block;
    columns: 19rem 3;
    column-gap: 1.25rem;
  }
  .mark {
    inline-size: 100%;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    text-align: start;
    line-height: 1.25;
    cursor: pointer;
  }
  .mark:not(:disabled):hover {
    border-color: var(--_accent);
  }
  .mark:disabled {
    border-style: dashed;
    color: var(--_muted);
    cursor: default;
  }
  .label {
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-weight: 650;
  }
  .check {
    inline-size: 0.875em;
    block-size: 0.875em;
    margin-inline-end: 0.25em;
    vertical-align: -0.0625em;
  }
  /* Tiles: the label over a large count, tinted by the count; selected ones solid. */
  .tiles .mark {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 0.25rem;
    min-block-size: 4.25rem;
    padding: 0.5rem 0.625rem;
  }
  .tiles .count {
    font-size: 1.375rem;
    line-height: 1;
  }
  .tint-1 {
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  .tint-2 {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  .tint-3 {
    background: color-mix(in srgb, var(--_accent) 21%, var(--_surface));
  }
  .tint-4 {
    background: color-mix(in srgb, var(--_accent) 28%, var(--_surface));
  }
  .tiles .on {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* The shipped regions, roughly where they are: west stays on the left in every language. */
  @container (min-width: 20rem) {
    .map {
      direction: ltr;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      grid-template-areas:
        'na eu as as'
        'ca af me .'
        'sa af . oc';
    }
    .map .label {
      font-size: 0.75rem;
    }
    [data-area='north-america'] {
      grid-area: na;
    }
    [data-area='central-america-caribbean'] {
      grid-area: ca;
    }
    [data-area='south-america'] {
      grid-area: sa;
    }
    [data-area='europe'] {
      grid-area: eu;
    }
    [data-area='africa'] {
      grid-area: af;
    }
    [data-area='middle-east'] {
      grid-area: me;
    }
    [data-area='asia'] {
      grid-area: as;
    }
    [data-area='oceania'] {
      grid-area: oc;
    }
  }
  /* Bars: label and count on one line, the bar under them, scaled to the facet's largest count. */
  .bars .mark {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'label count' 'track track';
    align-items: baseline;
    gap: 0.1875rem 0.5rem;
    margin-block-end: 0.125rem;
    padding: 0.25rem 0.5rem 0.375rem;
    border-color: transparent;
    break-inside: avoid;
  }
  .bars .label {
    grid-area: label;
  }
  .bars .count {
    grid-area: count;
  }
  /* Wide enough: the bar between the label and the count, one line a term. */
  @container (min-width: 22rem) {
    .bars .mark {
      grid-template-columns: minmax(0, 1fr) minmax(3rem, 32%) 1.75rem;
      grid-template-areas: 'label track count';
      align-items: center;
      padding-block: 0.25rem;
    }
    .bars .track {
      block-size: 0.5rem;
    }
    .bars .count {
      text-align: end;
    }
  }
  .bars .mark:not(:disabled):hover {
    border-color: var(--_border);
  }
  .bars .count {
    font-size: 0.8125rem;
  }
  .track {
    grid-area: track;
    display: block;
    block-size: 0.375rem;
    border-radius: 999px;
    background: var(--_subtle);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
  }
  .bars .on {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  /* Bar lengths are classes, not style attributes (strict CSP): 5 % steps. */
  .w-0 {
    inline-size: 0%;
  }
  .w-1 {
    inline-size: 5%;
  }
  .w-2 {
    inline-size: 10%;
  }
  .w-3 {
    inline-size: 15%;
  }
  .w-4 {
    inline-size: 20%;
  }
  .w-5 {
    inline-size: 25%;
  }
  .w-6 {
    inline-size: 30%;
  }
  .w-7 {
    inline-size: 35%;
  }
  .w-8 {
    inline-size: 40%;
  }
  .w-9 {
    inline-size: 45%;
  }
  .w-10 {
    inline-size: 50%;
  }
  .w-11 {
    inline-size: 55%;
  }
  .w-12 {
    inline-size: 60%;
  }
  .w-13 {
    inline-size: 65%;
  }
  .w-14 {
    inline-size: 70%;
  }
  .w-15 {
    inline-size: 75%;
  }
  .w-16 {
    inline-size: 80%;
  }
  .w-17 {
    inline-size: 85%;
  }
  .w-18 {
    inline-size: 90%;
  }
  .w-19 {
    inline-size: 95%;
  }
  .w-20 {
    inline-size: 100%;
  }
  /* The table view. */
  table {
    align-self: start;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding-block: 0.25rem;
    padding-inline: 0 0.75rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    font-weight: 400;
  }
  thead th {
    color: var(--_muted);
    font-weight: 650;
  }
  td,
  th:last-child {
    padding-inline-end: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .term {
    padding: 0.125rem 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .term:disabled {
    color: var(--_muted);
    text-decoration: none;
    cursor: default;
  }
  tr.on th,
  tr.on td {
    font-weight: 650;
  }
  /* "Not stated": the last row, muted, so it never reads as one of the terms. */
  .not-stated .term,
  .not-stated td {
    color: var(--_muted);
  }
  @container (min-width: 30rem) {
    .title {
      display: block;
    }
    .base:not(.open) .view {
      display: inline-flex;
    }
    .toggle {
      display: none;
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
    }
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
    }
    .on {
      outline: 2px solid Highlight;
    }
  }
`;
