// <mhpss-directory>: loads a directory (src, .data or the shipped list), keeps the visitor's
// search state, asks the core for results and hands them to the smaller elements to render.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing, type PropertyValues } from 'lit';
import {
  Directory,
  isHttpUrl,
  parseDirectory,
  type DataIssue,
  type Organization,
  type QueryResult,
  type QueryState,
  type SortOrder,
} from '../../core/index.js';
import type { MhpssResultList } from '../result-list/result-list.component.js';
import type { MhpssSearchBox } from '../search-box/search-box.component.js';
import type { ActiveFilter } from '../filter-chips/filter-chips.component.js';
import {
  emit,
  type FacetChangeDetail,
  type FilterRemoveDetail,
  type InputDetail,
  type OpenDetail,
  type PageChangeDetail,
} from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import { styles } from './directory.styles.js';
import { fetchDirectory, getDefaultSrc, setDefaultSrc } from './load-data.js';
import { readUrlState, writeUrlState } from './url-state.js';

type Status = 'loading' | 'ready' | 'error';

const filterIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true">
  <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

const skeleton = (n: number) =>
  html`<ul role="list" class="results" aria-hidden="true">
    ${Array.from(
      { length: n },
      () =>
        html`<li class="sk-card">
          <span class="sk avatar"></span>
          <div>
            <span class="sk"></span><span class="sk"></span><span class="sk"></span
            ><span class="sk"></span>
          </div>
        </li>`,
    )}
  </ul>`;

/**
 * @summary The searchable directory of MHPSS organizations: search as you type, facets, results and a detail view.
 * @tag mhpss-directory
 * @attr lang - UI language: `en`, `fr`, `es` or `ar`; default: the closest `lang` on the page (reflected).
 * @csspart base - The wrapper of everything.
 * @csspart search - The search box.
 * @csspart search-input - The search field itself.
 * @csspart facets - The facet column (a disclosure on narrow screens).
 * @csspart results - The results column.
 * @csspart status - The live result count.
 * @csspart sort - The sort menu.
 * @csspart chips - The selected filters' chips.
 * @csspart chip - Each selected filter's remove button.
 * @csspart clear - The "Clear all filters" button.
 * @csspart card - Each organization card.
 * @csspart avatar - Each card's logo or initials.
 * @csspart name - Each card's name button.
 * @csspart mark - Highlighted search matches.
 * @csspart pagination - The paging navigation.
 * @csspart detail - The detail dialog.
 * @csspart notice - The data-issues notice.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart suggest - The "Suggest an organization" link.
 * @cssprop [--mhpss-accent=#0b5c7a] - Accent colour: links, selection, focus ring.
 * @cssprop [--mhpss-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--mhpss-font=inherit] - Font family (inherits the page's by default).
 * @cssprop [--mhpss-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--mhpss-text=#1c2731] - Text colour.
 * @cssprop [--mhpss-muted=#55626d] - Secondary text colour.
 * @cssprop [--mhpss-surface=#ffffff] - Card and dialog background.
 * @cssprop [--mhpss-surface-alt=#f3f6f8] - Subtle backgrounds: tags, counts, hover.
 * @cssprop [--mhpss-border=#d3dbe1] - Border colour.
 * @cssprop [--mhpss-space=1rem] - Spacing unit.
 * @cssprop [--mhpss-mark=#fde68a] - Background of highlighted matches.
 * @cssprop [--mhpss-focus=var(--mhpss-accent)] - Focus ring colour.
 * @event {CustomEvent<StateChangeDetail>} mhpss-state-change - The visitor changed the search, filters, sort or page.
 * @event {CustomEvent<SelectDetail>} mhpss-select - The visitor opened an organization's detail view.
 * @event {CustomEvent<LoadDetail>} mhpss-load - A data set finished loading: valid organizations count and data issues.
 * @event {CustomEvent<ErrorDetail>} mhpss-error - The data could not be loaded.
 */
export class MhpssDirectory extends MhpssElement {
  static override styles = [tokens, styles];

  /** The shipped member list's URL, used when neither `src` nor `.data` is given. */
  static get defaultSrc(): string {
    return getDefaultSrc();
  }
  static set defaultSrc(url: string) {
    setDefaultSrc(url);
  }

  static override properties = {
    src: {},
    data: { attribute: false },
    facets: {},
    scope: {},
    query: {},
    urlState: { attribute: 'url-state' },
    pageSize: { type: Number, attribute: 'page-size' },
    suggestUrl: { attribute: 'suggest-url' },
    text: { state: true },
    filters: { state: true },
    sort: { state: true },
    page: { state: true },
    selected: { state: true },
    status: { state: true },
    errorMessage: { state: true },
    issues: { state: true },
    noticeOpen: { state: true },
    filtersOpen: { state: true },
  };

  /** URL of a directory JSON or CSV file; default: the shipped member list. */
  declare src?: string;

  /** A directory document (object or JSON text) to show instead of `src`. */
  declare data?: unknown;

  /** Facet keys to show, space-separated and in order; default: every facet in the data. */
  declare facets?: string;

  /** A fixed pre-filter visitors cannot remove: `facet:term` tokens, e.g. `regions:africa`. */
  declare scope?: string;

  /** Initial search text. */
  declare query?: string;

  /** Mirror the search in the page URL (`<prefix>q`, `-sort`, `-page`, `-f-<facet>`, `-org`): a boolean attribute, or the prefix itself (default `mhpss-`). */
  declare urlState?: string | boolean | null;

  /** Results per page. */
  pageSize = 20;

  /** Where visitors can suggest an organization (an http(s) or mailto: URL); no link without it. */
  declare suggestUrl?: string;

  // Internal reactive state (`state: true` above).
  private text = '';
  private filters: Record<string, string[]> = {};
  /** The visitor's sort; unset means the core's default (relevance with text, else name). */
  declare private sort?: SortOrder;
  private page = 0;
  declare private selected?: Organization;
  private status: Status = 'loading';
  private errorMessage = '';
  private issues: DataIssue[] = [];
  private noticeOpen = false;
  private filtersOpen = false;

  private get searchBox(): MhpssSearchBox | null {
    return this.renderRoot?.querySelector('mhpss-search-box');
  }
  private get resultList(): MhpssResultList | null {
    return this.renderRoot?.querySelector('mhpss-result-list');
  }

  private directory?: Directory;
  private result?: QueryResult;
  private resultKey = '';
  private shownFacets: string[] = [];
  private scopeFilters: Record<string, string[]> = {};
  private loading?: AbortController;
  private started = false;
  private userChange = false;
  private urlRestored = false;
  private urlKey = '';
  private focusAfterUpdate?: () => void;
  /** The `dir` this element wrote on itself (a partner's own `dir` attribute is left alone). */
  private ownDir?: string;
  /** Set by Retry: once loaded (or failed again), keyboard focus goes somewhere useful. */
  private refocusAfterLoad = false;

  /** The organizations matching the current search and filters (all pages). */
  get total(): number {
    return this.result?.total ?? 0;
  }

  /** Loads the data again (what the Retry button does). */
  reload(): Promise<void> {
    return this.load();
  }

  private get urlPrefix(): string | undefined {
    const value = this.urlState;
    if (value === undefined || value === null || value === false || value === 'false') return;
    return typeof value === 'string' && value !== '' && value !== 'true' ? value : 'mhpss-';
  }

  /** Without search text there is nothing to rank: the core lists by name. */
  private get effectiveSort(): SortOrder {
    return this.text.trim() ? (this.sort ?? 'relevance') : 'name';
  }

  private get queryState(): QueryState {
    return {
      text: this.text,
      filters: this.filters,
      scope: this.scopeFilters,
      sort: this.sort,
      page: this.page,
      pageSize: this.pageSize > 0 ? this.pageSize : 20,
      lang: this.i18n.lang,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query')) {
      this.text = this.query ?? '';
      this.page = 0;
    }
    if (!this.started || changed.has('src') || changed.has('data')) {
      this.started = true;
      void this.load();
    }
    const dir = this.directory;
    if (!dir || this.status !== 'ready') return;
    if (changed.has('urlState') && this.urlPrefix) this.urlRestored = true;
    if (changed.has('facets') || changed.has('status')) this.shownFacets = this.parseFacets(dir);
    if (changed.has('scope') || changed.has('status')) this.scopeFilters = this.parseScope(dir);
    const state = this.queryState;
    const key = JSON.stringify(state);
    if (key !== this.resultKey || changed.has('status')) {
      this.result = dir.query(state);
      this.resultKey = key;
      if (this.result.page !== this.page) this.page = this.result.page;
    }
  }

  protected override updated(): void {
    this.reflectDir();
    if (this.status === 'ready') this.announceAndMirror();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
  }

  /**
   * The host carries the UI's direction too, so that the page lays the box out (and assistive
   * technology reads it) right to left in Arabic, unless the partner set `dir` on it.
   */
  private reflectDir(): void {
    const dir = this.i18n.t.dir;
    const current = this.getAttribute('dir');
    if (current !== null && current !== this.ownDir) return;
    if (current !== dir) this.setAttribute('dir', dir);
    this.ownDir = dir;
  }

  private announceAndMirror(): void {
    if (this.userChange) {
      this.userChange = false;
      emit(this, 'mhpss-state-change', {
        query: this.text,
        filters: this.filters,
        sort: this.effectiveSort,
        page: this.page,
        total: this.total,
      });
    }
    const prefix = this.urlPrefix;
    if (prefix && this.urlRestored) {
      const state: QueryState = {
        text: this.text,
        filters: this.filters,
        sort: this.sort,
        page: this.page,
      };
      const key = prefix + JSON.stringify(state) + this.selected?.id;
      if (key !== this.urlKey) {
        this.urlKey = key;
        writeUrlState(prefix, state, this.selected?.id);
      }
    }
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.status = 'loading';
    this.errorMessage = '';
    try {
      const { data, issues } =
        this.data !== undefined && this.data !== null
          ? parseDirectory(this.data)
          : await fetchDirectory(this.src || getDefaultSrc(), loading.signal);
      if (loading.signal.aborted) return;
      const dir = new Directory(data, { lang: this.i18n.lang });
      this.directory = dir;
      this.issues = issues;
      this.noticeOpen = issues.length > 0;
      if (issues.length) {
        console.warn(
          `mhpss-directory: ${issues.length} data issue(s):\n${issues.map((i) => i.message).join('\n')}`,
        );
      }
      this.restoreState(dir);
      this.status = 'ready';
      this.afterLoadFocus();
      emit(this, 'mhpss-load', { count: dir.size, issues });
    } catch (error) {
      if (loading.signal.aborted) return;
      this.directory = undefined;
      this.status = 'error';
      this.errorMessage = error instanceof Error ? error.message : String(error);
      console.error(`mhpss-directory: ${this.errorMessage}`);
      this.afterLoadFocus();
      emit(this, 'mhpss-error', { message: this.errorMessage });
    }
  }

  /** After Retry, the Retry button is gone: focus the search box, or the new Retry button. */
  private afterLoadFocus(): void {
    if (!this.refocusAfterLoad) return;
    this.refocusAfterLoad = false;
    this.focusAfterUpdate = () => {
      if (this.status === 'ready') this.searchBox?.focus();
      else this.renderRoot.querySelector<HTMLElement>('.error button')?.focus();
    };
  }

  /** After a load: the URL's state if mirrored, and no filter the new data does not have. */
  private restoreState(dir: Directory): void {
    const prefix = this.urlPrefix;
    if (prefix) {
      const { state, org } = readUrlState(prefix, dir.facetKeys);
      if (state.text !== undefined) this.text = state.text;
      if (state.filters) this.filters = state.filters;
      if (state.sort) this.sort = state.sort;
      if (state.page !== undefined) this.page = state.page;
      this.selected = org ? dir.get(org) : undefined;
      this.urlRestored = true;
    } else if (this.selected) {
      this.selected = dir.get(this.selected.id);
    }
    const filters: Record<string, string[]> = {};
    for (const [key, terms] of Object.entries(this.filters)) {
      const known = terms.filter((id) => dir.data.taxonomies[key]?.terms.some((t) => t.id === id));
      if (known.length) filters[key] = known;
    }
    this.filters = filters;
  }

  private parseFacets(dir: Directory): string[] {
    const wanted = this.facets?.trim()
      ? [...new Set(this.facets.trim().split(/\s+/))]
      : dir.facetKeys;
    return wanted.filter((key) => {
      const known = dir.facetKeys.includes(key);
      if (!known)
        console.warn(
          `mhpss-directory: facets: '${key}' is not a facet of this data; it is ignored`,
        );
      return known;
    });
  }

  private parseScope(dir: Directory): Record<string, string[]> {
    const scope: Record<string, string[]> = {};
    for (const token of (this.scope ?? '').split(/\s+/).filter(Boolean)) {
      const [facet = '', term, rest] = token.split(':');
      if (
        term &&
        rest === undefined &&
        dir.data.taxonomies[facet]?.terms.some((t) => t.id === term)
      ) {
        (scope[facet] ??= []).push(term);
      } else {
        console.warn(
          `mhpss-directory: scope: '${token}' is not a 'facet:term' pair of this data (e.g. 'regions:africa'); it is ignored`,
        );
      }
    }
    return scope;
  }

  override render() {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const dir = this.status === 'ready' ? this.directory : undefined;
    const result = dir ? this.result : undefined;
    const sort = this.effectiveSort;
    const active: ActiveFilter[] = dir
      ? Object.entries(this.filters).flatMap(([facet, terms]) =>
          terms.map((term) => ({
            facet,
            term,
            label: dir.termLabel(facet, term, lang),
            facetLabel: dir.facetLabel(facet, lang),
          })),
        )
      : [];
    const suggest =
      this.suggestUrl && (isHttpUrl(this.suggestUrl) || /^mailto:/i.test(this.suggestUrl))
        ? html`<a
            class="suggest"
            part="suggest"
            href=${this.suggestUrl}
            target="_blank"
            rel="noopener noreferrer"
            >${t.suggest}</a
          >`
        : nothing;
    return html`<div
      class="base"
      part="base"
      lang=${lang}
      dir=${t.dir}
      @mhpss-input=${this.handleInput}
      @mhpss-facet-change=${this.handleFacetChange}
      @mhpss-filter-remove=${this.handleFilterRemove}
      @mhpss-filter-clear=${this.handleFilterClear}
      @mhpss-page-change=${this.handlePageChange}
      @mhpss-open=${this.handleOpen}
      @mhpss-close=${this.handleClose}
    >
      <div class="top">
        <mhpss-search-box
          part="search"
          exportparts="input: search-input"
          lang=${lang}
          .value=${this.text}
        ></mhpss-search-box>
        ${suggest}
      </div>
      <div class="layout ${this.filtersOpen ? 'open' : ''}">
        <div class="facets" part="facets">
          <button
            class="btn toggle"
            aria-expanded=${this.filtersOpen}
            aria-controls="panel"
            @click=${this.handleToggleFilters}
          >
            ${filterIcon}${t.filters}${active.length ? ` (${active.length})` : ''}
          </button>
          <div class="panel" id="panel">
            ${
              dir && result
                ? this.shownFacets.map(
                    (key) =>
                      html`<mhpss-facet-group
                        facet=${key}
                        label=${dir.facetLabel(key, lang)}
                        lang=${lang}
                        .terms=${result.facets[key] ?? []}
                      ></mhpss-facet-group>`,
                  )
                : this.status === 'loading'
                  ? html`<div class="sk-facets" aria-hidden="true">
                      ${[1, 2, 3, 4, 5].map(() => html`<span class="sk"></span>`)}
                    </div>`
                  : nothing
            }
          </div>
        </div>
        <div class="results" part="results" aria-busy=${this.status === 'loading'}>
          <div class="summary">
            <p class="status" part="status" role="status">
              ${this.status === 'loading' ? t.loading : result ? t.count(result.total) : ''}
            </p>
            ${
              result
                ? html`<label class="sort"
                    >${t.sort}
                    <select part="sort" @change=${this.handleSort}>
                      <option
                        value="relevance"
                        .selected=${sort === 'relevance'}
                        ?disabled=${!this.text.trim()}
                      >
                        ${t.relevance}
                      </option>
                      <option value="name" .selected=${sort === 'name'}>${t.byName}</option>
                    </select></label
                  >`
                : nothing
            }
          </div>
          <mhpss-filter-chips
            part="chips"
            exportparts="chip, clear"
            lang=${lang}
            .filters=${active}
          ></mhpss-filter-chips>
          ${
            this.noticeOpen
              ? html`<div class="notice" part="notice">
                  <p>${t.issues(this.issues.length)}</p>
                  <button class="dismiss" aria-label=${t.dismiss} @click=${this.handleDismiss}>
                    ×
                  </button>
                </div>`
              : nothing
          }
          ${this.renderBody(result)}
        </div>
      </div>
      <mhpss-org-detail
        exportparts="base: detail"
        lang=${lang}
        .organization=${this.selected}
        .directory=${dir}
        ?open=${!!this.selected}
      ></mhpss-org-detail>
    </div>`;
  }

  private renderBody(result: QueryResult | undefined) {
    const t = this.i18n.t;
    if (this.status === 'loading') return skeleton(3);
    if (this.status === 'error') {
      return html`<div class="state error" part="error" role="alert">
        <p class="title">${t.error}</p>
        <p class="detail">${this.errorMessage}</p>
        <button class="btn primary" @click=${this.handleRetry}>${t.retry}</button>
      </div>`;
    }
    if (!result) return nothing;
    if (result.total === 0) {
      return html`<div class="state" part="empty">
        <p class="title">${t.empty}</p>
        <p>${t.emptyHint}</p>
        ${this.text ? html`<button class="btn" @click=${this.handleClearSearch}>${t.clearSearch}</button>` : nothing}
      </div>`;
    }
    return html`<mhpss-result-list
      exportparts="card, pagination, avatar, name, mark"
      lang=${this.i18n.lang}
      .hits=${result.hits}
      .directory=${this.directory}
      .page=${result.page}
      .pageCount=${result.pageCount}
    ></mhpss-result-list>`;
  }

  /** Records a visitor's change: back to the first page, and an event once rendered. */
  private change(): void {
    this.page = 0;
    this.userChange = true;
  }

  private handleInput(event: CustomEvent<InputDetail>): void {
    event.stopPropagation();
    this.text = event.detail.value;
    this.change();
  }

  private handleFacetChange(event: CustomEvent<FacetChangeDetail>): void {
    event.stopPropagation();
    const { facet, selected } = event.detail;
    const filters = { ...this.filters, [facet]: selected };
    if (!selected.length) delete filters[facet];
    this.filters = filters;
    this.change();
  }

  private handleFilterRemove(event: CustomEvent<FilterRemoveDetail>): void {
    event.stopPropagation();
    const { facet, term } = event.detail;
    const filters = {
      ...this.filters,
      [facet]: (this.filters[facet] ?? []).filter((id) => id !== term),
    };
    if (!filters[facet]!.length) delete filters[facet];
    this.filters = filters;
    this.change();
    if (!Object.keys(filters).length) this.focusAfterUpdate = () => this.searchBox?.focus();
  }

  private handleFilterClear(event: Event): void {
    event.stopPropagation();
    this.filters = {};
    this.change();
    this.focusAfterUpdate = () => this.searchBox?.focus();
  }

  private handleClearSearch(): void {
    this.text = '';
    this.change();
    this.focusAfterUpdate = () => this.searchBox?.focus();
  }

  private handleSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as SortOrder;
    this.change();
  }

  private handlePageChange(event: CustomEvent<PageChangeDetail>): void {
    event.stopPropagation();
    this.page = event.detail.page;
    this.userChange = true;
    // Start reading the new page from its first result.
    this.focusAfterUpdate = () =>
      void this.resultList?.updateComplete.then(() => this.resultList?.focus());
  }

  private handleOpen(event: CustomEvent<OpenDetail>): void {
    event.stopPropagation();
    this.selected = event.detail.organization;
    emit(this, 'mhpss-select', { organization: event.detail.organization });
  }

  private handleClose(event: Event): void {
    event.stopPropagation();
    this.selected = undefined;
  }

  private handleRetry(): void {
    this.refocusAfterLoad = true;
    void this.load();
  }

  private handleDismiss(): void {
    this.noticeOpen = false;
    // The focused button goes away: carry on with what follows it (the results).
    this.focusAfterUpdate = () => {
      const next =
        this.resultList ??
        this.renderRoot.querySelector<HTMLElement>('.state button') ??
        this.searchBox;
      next?.focus();
    };
  }

  private handleToggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-directory')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-directory': MhpssDirectory;
  }
}
