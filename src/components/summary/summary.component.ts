// An overview of the organizations shown: per region as tiles (a small map for the shipped
// regions), per approach and per population as bars. Every mark is a toggle that ticks its term
// like the facet checkboxes, and the same numbers are a table on request. It draws the counts it
// is given (`Directory.query().facets`) and computes none of them.
import { html, nothing } from 'lit';
import { BUILT_IN_FACETS } from '../../core/model/built-in-facets.js';
import type { FacetTermCount } from '../../core/search/directory-core.js';
import type { Strings } from '../../i18n/index.js';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { humanize } from '../shared/format.js';
import { tokens } from '../shared/tokens.styles.js';
import type { LabelSource } from '../shared/types.js';
import { styles } from './summary.styles.js';
import { complete } from '../../i18n/complete.js';
import { enSummary } from '../../i18n/en-summary.js';

/** Pictured first when the facets include them; the other facets fill up to `MAX_CHARTS`. */
const PREFERRED = ['regions', 'approaches', 'populations'];
const MAX_CHARTS = 3;
/** A facet with more terms than this is left to the facet list: a wall of marks is no overview. */
const MAX_TERMS = 24;

/**
 * The shipped list's regions, in the reading order of the tile map (west to east, north to
 * south; the grid areas are in the styles). A `regions` facet with other terms gets plain tiles.
 */
const MAP = [
  'north-america',
  'europe',
  'asia',
  'central-america-caribbean',
  'africa',
  'middle-east',
  'south-america',
  'oceania',
];

/** Steps of the tiles' tint and of the bars' length (the exact count is always written). */
const TINTS = 4;
const STEPS = 20;

const check = html`<svg class="check" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="2.2" />
</svg>`;
const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
  <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />
</svg>`;

/** The facets to picture: the preferred ones among `keys`, then the others, at most three. */
export function picturedFacets(keys: readonly string[]): string[] {
  const preferred = PREFERRED.filter((key) => keys.includes(key));
  return [...preferred, ...keys.filter((key) => !preferred.includes(key))].slice(0, MAX_CHARTS);
}

/**
 * @summary An overview of the organizations shown, per region (tiles) and per approach and population (bars); each mark ticks its term, and a table shows the same numbers, with a "Not stated" row per facet.
 * @tag mhpss-summary
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The section around everything.
 * @csspart toggle - The "Overview" disclosure button (narrow layouts only).
 * @csspart view - The "Show as table" toggle.
 * @csspart chart - Each facet's chart.
 * @csspart mark - Each tile or bar (a toggle button).
 * @csspart table - Each facet's table (table view).
 * @cssprop [--mhpss-accent=#0b5c7a] - Tile tint, bar and selection colour.
 * @event {CustomEvent<FacetChangeDetail>} mhpss-facet-change - The visitor ticked or unticked a term by its tile, bar or table row.
 */
export class MhpssSummary extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = {
    counts: { attribute: false },
    directory: { attribute: false },
    facets: {},
    open: { state: true },
    table: { state: true },
    focused: { state: true },
  };

  /** Each facet's terms with their counts and selection, as `Directory.query().facets` returns them. */
  counts: Record<string, FacetTermCount[]> = {};

  /** Names the facets (their labels in the page language); without it, the keys are humanized. */
  declare directory?: LabelSource;

  /** The facets it may picture, space-separated: `regions`, `approaches` and `populations` first, then the others, three at most, each with 1 to 24 terms; default: every facet in `counts`. */
  declare facets?: string;

  /** Narrow layouts: whether the visitor opened the overview (wide ones always show it). */
  private open = false;
  /** Whether the visitor asked for the table instead of the chart. */
  private table = false;
  /** The term of each chart that keeps its tab stop (arrow keys move between the others). */
  private focused: Record<string, string> = {};

  /**
   * The facets drawn: those it may picture that have 1 to `MAX_TERMS` terms of their own,
   * preferred first. By default the directory's taxonomies, not the built-in `countries`.
   */
  private get pictured(): string[] {
    const counts = this.counts ?? {};
    const keys = this.facets?.trim()
      ? this.facets.trim().split(/\s+/)
      : (this.directory?.facetKeys ??
        Object.keys(counts).filter((key) => !BUILT_IN_FACETS.includes(key)));
    return picturedFacets(
      keys.filter((key) => {
        const terms = Object.hasOwn(counts, key) ? counts[key] : undefined;
        const own = Array.isArray(terms) ? terms.filter((term) => !term.notStated).length : 0;
        return own > 0 && own <= MAX_TERMS;
      }),
    );
  }

  private label(key: string): string {
    return this.directory?.facetLabel(key, this.i18n.tag) ?? humanize(key);
  }

  override render() {
    const t = complete(this.i18n.t, enSummary);
    const keys = this.pictured;
    if (!keys.length) return nothing;
    return html`<section
      class="base ${this.open ? 'open' : ''}"
      part="base"
      dir=${t.dir}
      aria-labelledby="title"
    >
      <div class="head">
        <span class="title" id="title">${t.summary}</span>
        <button
          class="btn toggle"
          part="toggle"
          aria-expanded=${this.open}
          aria-controls="panel"
          @click=${this.handleToggle}
        >
          ${t.summary}${chevron}
        </button>
        <button class="btn view" part="view" aria-pressed=${this.table} @click=${this.handleView}>
          ${t.summaryTable}
        </button>
      </div>
      <div class="panel" id="panel">
        ${keys.map((key, i) => (this.table ? this.renderTable(key, t) : this.renderChart(key, i, t)))}
      </div>
    </section>`;
  }

  private renderChart(key: string, index: number, t: Strings) {
    // "Not stated" is a row of the table, not a region of the map nor a bar among the terms.
    const terms = this.counts[key]!.filter((term) => !term.notStated);
    const max = Math.max(1, ...terms.map((term) => term.count));
    // The first facet is drawn as tiles, as a map when it is the shipped list's regions.
    const tiles = index === 0;
    const map = tiles && key === 'regions' && terms.every((term) => MAP.includes(term.id));
    const marks = map ? [...terms].sort((a, b) => MAP.indexOf(a.id) - MAP.indexOf(b.id)) : terms;
    const enabled = marks.filter((term) => term.count > 0 || term.selected);
    const stop =
      enabled.find((term) => term.id === this.focused[key]) ??
      enabled.find((term) => term.selected) ??
      enabled[0];
    return html`<div class="chart ${tiles ? 'tiles' : 'bars'}" part="chart">
      <p class="caption" id="caption-${index}"><span dir="auto">${this.label(key)}</span></p>
      <div
        role="toolbar"
        class="marks ${map ? 'map' : ''}"
        aria-labelledby="caption-${index}"
        @keydown=${this.handleKeydown}
      >
        ${marks.map((term) => {
          const share = term.count / max;
          const step = tiles
            ? `tint-${Math.ceil(share * TINTS)}`
            : `w-${term.count ? Math.max(1, Math.round(share * STEPS)) : 0}`;
          return html`<button
            class="mark ${term.selected ? 'on' : ''} ${tiles ? step : ''}"
            part="mark"
            data-area=${map ? term.id : nothing}
            dir=${t.dir}
            tabindex=${term === stop ? 0 : -1}
            aria-pressed=${term.selected}
            ?disabled=${term.count === 0 && !term.selected}
            @click=${() => this.handleMark(key, term)}
            @focus=${() => (this.focused = { ...this.focused, [key]: term.id })}
          >
            <span class="label" dir="auto">${term.selected ? check : nothing}${term.label}</span>
            <span class="count"
              ><span aria-hidden="true">${this.i18n.num(term.count)}</span
              ><span class="sr-only">${t.count(term.count)}</span></span
            >
            ${tiles ? nothing : html`<span class="track"><span class="fill ${step}"></span></span>`}
          </button>`;
        })}
      </div>
    </div>`;
  }

  private renderTable(key: string, t: Strings) {
    const label = this.label(key);
    return html`<table part="table">
      <caption>
        <span dir="auto">${label}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col"><span class="sr-only">${label}</span></th>
          <th scope="col">${t.summaryColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${this.counts[key]!.map(
          (term) =>
            html`<tr class="${term.selected ? 'on' : ''} ${term.notStated ? 'not-stated' : ''}">
              <th scope="row">
                <button
                  class="term"
                  aria-pressed=${term.selected}
                  ?disabled=${term.count === 0 && !term.selected}
                  @click=${() => this.handleMark(key, term)}
                >
                  <span dir="auto">${term.selected ? check : nothing}${term.label}</span>
                </button>
              </th>
              <td>${this.i18n.num(term.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private handleToggle(): void {
    this.open = !this.open;
  }

  private handleView(): void {
    this.table = !this.table;
  }

  /** Arrow keys, Home and End move between a chart's marks (in its reading direction). */
  private handleKeydown(event: KeyboardEvent): void {
    const toolbar = event.currentTarget as HTMLElement;
    const marks = [...toolbar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const at = marks.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = marks.length - 1;
    else if (event.key in step) next = (at + step[event.key]! + marks.length) % marks.length;
    else return;
    event.preventDefault();
    marks[next]!.focus();
  }

  private handleMark(facet: string, term: FacetTermCount): void {
    const checked = !term.selected;
    // Standalone use has no parent to answer with new counts, so the summary keeps its own state.
    const terms = this.counts[facet]!.map((t) =>
      t.id === term.id ? { ...t, selected: checked } : t,
    );
    this.counts = { ...this.counts, [facet]: terms };
    emit(this, 'mhpss-facet-change', {
      facet,
      term: term.id,
      checked,
      selected: terms.filter((t) => t.selected).map((t) => t.id),
    });
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-summary')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-summary': MhpssSummary;
  }
}
