// The regions of <mhpss-directory> as templates: each a pure function of what it shows and of
// the handlers it calls, so that the element's render reads as the page's outline (search box,
// filter column, status and sort, notices, results) and each region can be read on its own.
import { html, nothing, type TemplateResult } from 'lit';
import { isSubmitUrl, type Organization } from '../../core/model/schema.js';
import type { QueryResult, SortOrder } from '../../core/query.js';
import type { DirectorySource } from '../../core/source.js';
import type { activeFilters } from '../../core/state/view-state.js';
import type { Strings } from '../../i18n/en.js';
import type { FacetToggleDetail } from '../shared/events.js';
import { describeError } from './load-data.js';
import { facetSkeleton, filterIcon, skeleton } from './states.js';

type Handler = (event: Event) => void;

/** The "Suggest an organization" link, when its address is one a visitor may follow. */
export function suggestLink(url: string | undefined, t: Strings): TemplateResult | typeof nothing {
  return url && isSubmitUrl(url)
    ? html`<a class="suggest" part="suggest" href=${url} target="_blank" rel="noopener noreferrer"
        >${t.suggest}</a
      >`
    : nothing;
}

/** The search box and the suggest link; their skeletons until the strings have come. */
export function topBar(o: {
  t: Strings;
  ready: boolean;
  handed: string;
  text: string;
  suggest: TemplateResult | typeof nothing;
  /** The link may still come (with the data, or with the strings): keep its place. */
  suggestPending: boolean;
}): TemplateResult {
  const { t, ready, suggest } = o;
  return html`<div class="top">
    ${
      ready
        ? html`<mhpss-search-box
            part="search"
            exportparts="input: search-input"
            lang=${o.handed}
            .value=${o.text}
          ></mhpss-search-box>`
        : html`<span class="sk field" aria-hidden="true"></span>`
    }
    ${
      ready && suggest !== nothing
        ? suggest
        : suggest !== nothing || o.suggestPending
          ? // The link comes with the strings, or with the data (its own `submit` link): its
            // place is kept meanwhile, so that nothing under the search box moves then.
            html`<span class="suggest pending" aria-hidden="true">${t.suggest}</span>`
          : nothing
    }
  </div>`;
}

/**
 * The filter column: on narrow screens a disclosure whose button counts the ticked terms, and
 * the facet groups; hidden over a source that cannot count (a plain HSDS server).
 */
export function facetColumn(
  o: FacetPanel & { t: Strings; open: boolean; active: number; hidden: boolean; onToggle: Handler },
): TemplateResult {
  return html`<div class="facets" part="facets" ?hidden=${o.hidden}>
    <button class="btn toggle" aria-expanded=${o.open} aria-controls="panel" @click=${o.onToggle}>
      ${filterIcon}${o.t.filters}${o.active ? ` (${o.active})` : ''}
    </button>
    <div class="panel" id="panel">${facetPanel(o)}</div>
  </div>`;
}

interface FacetPanel {
  source: DirectorySource | undefined;
  result: QueryResult | undefined;
  shown: readonly string[];
  tag: string;
  handed: string;
  views: ReadonlyMap<string, FacetToggleDetail>;
  failed: boolean;
}

/** The facet groups shown, each as the visitor left it (open, all terms); a skeleton before. */
function facetPanel(o: FacetPanel): TemplateResult | typeof nothing {
  const { source, result } = o;
  if (source && result && customElements.get('mhpss-facet-group')) {
    return html`${o.shown.map((key, i) => {
      const view = o.views.get(key);
      return html`<mhpss-facet-group
        facet=${key}
        label=${source.facetLabel(key, o.tag)}
        lang=${o.handed}
        .terms=${result.facets[key] ?? []}
        .open=${view ? view.open : i < 3}
        .showAll=${!!view?.showAll}
      ></mhpss-facet-group>`;
    })}`;
  }
  return o.failed ? nothing : facetSkeleton;
}

interface StatusBar {
  t: Strings;
  result: QueryResult | undefined;
  /** Nothing to say yet: the load failed, or the strings are not here. */
  quiet: boolean;
  text: string;
  hasWords: boolean;
  sorts: readonly SortOrder[];
  onSort: Handler;
}

interface ResultsBody {
  t: Strings;
  failure: unknown;
  result: QueryResult | undefined;
  text: string;
  handed: string;
  level: number;
  source: DirectorySource | undefined;
  /** A pre-rendered first page to keep under the error state. */
  prerendered: boolean;
  onRetry: Handler;
  onClearSearch: Handler;
}

/**
 * The results column, top to bottom: its heading (for screen readers), the overview, the live
 * count and the sort menu, what a reduced source cannot do, the chips of the ticked terms, the
 * data-issues notice, the results (or the empty or error state) and the take-away toolbar.
 */
export function resultsColumn(
  o: StatusBar &
    ResultsBody & {
      busy: boolean;
      /** The overview's facets (the `facets` attribute); not given: no overview. */
      overview?: { facets?: string };
      /** The source cannot filter or count: say so in one line. */
      reduced: boolean;
      active: ReturnType<typeof activeFilters>;
      /** Data issues the visitor has not dismissed. */
      issues: number;
      onDismiss: Handler;
      extras: unknown;
    },
): TemplateResult {
  const { t, result } = o;
  return html`<div class="results" part="results" aria-busy=${o.busy}>
    <div class="sr-only" role="heading" aria-level=${o.level}>${t.results}</div>
    ${
      result && o.overview
        ? html`<mhpss-summary
            part="summary"
            lang=${o.handed}
            .facets=${o.overview.facets}
            .counts=${result.facets}
            .directory=${o.source}
          ></mhpss-summary>`
        : nothing
    }
    ${statusBar(o)}
    ${result && o.reduced ? html`<p class="reduced" part="reduced">${t.reduced}</p>` : nothing}
    <mhpss-filter-chips
      part="chips"
      exportparts="chip, clear"
      lang=${o.handed}
      .filters=${o.active}
    ></mhpss-filter-chips>
    ${o.issues && result ? issuesNotice(t, o.issues, o.onDismiss) : nothing} ${resultsBody(o)}
    ${o.extras}
  </div>`;
}

/** The live count (with the close-matches note) and the sort menu. */
function statusBar(o: StatusBar): TemplateResult {
  const { t, result, sorts } = o;
  return html`<div class="summary">
    <p class="status" part="status" role="status">
      ${result ? t.count(result.total) : o.quiet ? '' : t.loading}${
        // Inside the live region, so that it is announced with the count it explains; a full
        // stop, heard and not seen, ends the count's sentence before it.
        result?.match === 'most' && result.total
          ? html`<span class="sr-only">. </span
              ><span class="near">${t.closeMatches(`\u2068${o.text.trim()}\u2069`)}</span>`
          : nothing
      }
    </p>
    ${
      result && sorts.length
        ? html`<label class="sort"
            >${t.sort}
            <select part="sort" @change=${o.onSort}>
              <option
                value="relevance"
                .selected=${result.sort === 'relevance'}
                ?disabled=${!o.hasWords}
                ?hidden=${!sorts.includes('relevance')}
              >
                ${t.relevance}
              </option>
              <option
                value="name"
                .selected=${result.sort === 'name'}
                ?hidden=${!sorts.includes('name')}
              >
                ${t.byName}
              </option>
            </select></label
          >`
        : nothing
    }
  </div>`;
}

/** The data-issues notice, until the visitor dismisses it. */
function issuesNotice(t: Strings, count: number, onDismiss: Handler): TemplateResult {
  return html`<div class="notice" part="notice">
    <p>${t.issues(count)}</p>
    <button class="dismiss" aria-label=${t.dismiss} @click=${onDismiss}>×</button>
  </div>`;
}

/** The results, the empty state or the error state (over a pre-rendered page, if any). */
function resultsBody(o: ResultsBody): TemplateResult {
  const { t, result } = o;
  if (o.failure !== undefined) {
    // A pre-rendered first page stays under the error: it is still the best there is.
    return html`<div class="state error" part="error" role="alert">
        <p class="title">${t.error}</p>
        <p class="detail">${describeError(o.failure).message}</p>
        <button class="btn primary" @click=${o.onRetry}>${t.retry}</button>
      </div>
      ${o.prerendered && !result ? html`<slot></slot>` : nothing}`;
  }
  if (!result) return skeleton;
  if (!result.total) {
    return html`<div class="state" part="empty">
      <p class="title">${t.empty}</p>
      <p>${t.emptyHint}</p>
      ${
        o.text
          ? html`<button class="btn" @click=${o.onClearSearch}>${t.clearSearch}</button>`
          : nothing
      }
    </div>`;
  }
  return html`<mhpss-result-list
    exportparts="card, pagination, avatar, name, mark, card-extra"
    lang=${o.handed}
    heading-level=${Math.min(o.level + 1, 6)}
    .hits=${result.hits}
    .directory=${o.source}
    .page=${result.page}
    .pageCount=${result.pageCount}
  ></mhpss-result-list>`;
}

/** The detail dialog, open while an organization is selected. */
export function detailDialog(
  handed: string,
  selected: Organization | undefined,
  source: DirectorySource | undefined,
): TemplateResult {
  return html`<mhpss-org-detail
    exportparts="base: detail"
    lang=${handed}
    .organization=${selected}
    .directory=${source}
    ?open=${!!selected}
  ></mhpss-org-detail>`;
}
