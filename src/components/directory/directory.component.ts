// <mhpss-directory>: loads a directory (src, .data or the shipped list), keeps the visitor's
// search state, asks the core for results and hands them to the smaller elements to render.
// What a first screen does not need loads later, in chunks of its own: text search (after the
// first results, or at the first keystroke), the detail dialog, CSV reading, other languages'
// strings, URL state.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing, type PropertyValues } from 'lit';
import { DirectoryCore, hasWords } from '../../core/directory-core.js';
import type { QueryResult, QueryState, SortOrder } from '../../core/directory-core.js';
import { DirectoryLoadError, type DirectoryLoadErrorCode } from '../../core/load-errors.js';
import type { DataIssue } from '../../core/load.js';
import { isSubmitUrl, type Organization } from '../../core/schema.js';
import type { ActiveFilter } from '../filter-chips/filter-chips.component.js';
import type { MhpssResultList } from '../result-list/result-list.component.js';
import type { MhpssSearchBox } from '../search-box/search-box.component.js';
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
import { fetchDirectory, getDefaultSrc, readDirectory, setDefaultSrc } from './load-data.js';
import { LoadController, type LoadStatus } from './load-controller.js';
import { UrlStateController } from './url-state-controller.js';

/** What a completed load holds: the directory (text search attaches later) and its data issues. */
interface Loaded {
  dir: DirectoryCore;
  issueCount: number;
  issues: Promise<DataIssue[]>;
}

/** Text search, built once per directory, from its own chunk. */
const searchReady = new WeakMap<DirectoryCore, Promise<void>>();
function loadSearch(dir: DirectoryCore): Promise<void> {
  let ready = searchReady.get(dir);
  if (!ready) {
    ready = import('../../core/text-engine.js').then(({ createTextEngine }) => {
      if (dir.searchable) return;
      dir.attachTextEngine(createTextEngine(dir));
      whenIdle(() => warmSearch(dir));
    });
    // A chunk that did not arrive can be asked for again.
    ready.catch(() => searchReady.delete(dir));
    searchReady.set(dir, ready);
  }
  return ready;
}

/**
 * Searches nobody sees, while the visitor reads: the first keystrokes would otherwise pay for
 * compiling the search code and for the letter-pair index of typo search (built on the first
 * typo), hundreds of milliseconds on a slow phone with thousands of organizations. Two words of
 * the first name, the first one misspelt (completion, typos, phrases, facets), then its first
 * letter alone, which matches most records (as a visitor's first keystroke does).
 */
function warmSearch(dir: DirectoryCore): void {
  const [first = [], second = []] = (dir.data.organizations[0]?.name ?? '')
    .split(/\s+/)
    .map((word) => [...word]);
  const typo = [...first.slice(0, 2), ...first.slice(3)].join('');
  dir.query({ text: `${typo} ${second.slice(0, 2).join('')}` });
  dir.query({ text: first[0] ?? 'a' });
}

const loadDetail = () => import('../org-detail/org-detail.js');
const loadFilters = () => import('./filters.js');

/** Work for when the browser has nothing better to do (and soon, at the latest). */
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(work, { timeout: 2000 })
    : setTimeout(work, 200);

const filterIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true">
  <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

const skeletonCard = html`<li class="sk-card">
  <span class="sk avatar"></span>
  <div>
    <span class="sk"></span><span class="sk"></span><span class="sk"></span><span class="sk"></span>
  </div>
</li>`;
const skeleton = html`<ul role="list" class="results" aria-hidden="true">
  ${skeletonCard}${skeletonCard}${skeletonCard}
</ul>`;
const facetSkeleton = html`<div class="sk-facets" aria-hidden="true">
  <span class="sk"></span><span class="sk"></span><span class="sk"></span><span class="sk"></span
  ><span class="sk"></span>
</div>`;

/**
 * @summary The searchable directory of MHPSS organizations: search as you type, facets, results and a detail view.
 * @tag mhpss-directory
 * @attr lang - Language (BCP 47): UI strings in `en`, `fr`, `es` or `ar` (right to left), data labels and name order in any language the data has; default: the closest `lang` on the page (reflected).
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
    dismissed: { state: true },
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

  /** Where visitors can suggest an organization (an http(s) or mailto: URL); default: the data's `submit` link; `""` shows none. */
  declare suggestUrl?: string;

  // The visitor's view (`state: true` above).
  private text = '';
  private filters: Record<string, string[]> = {};
  /** The visitor's sort; unset means the core's default (relevance with text, else name). */
  declare private sort?: SortOrder;
  private page = 0;
  declare private selected?: Organization;
  /** The load whose data-issues notice the visitor dismissed (a new load brings its own). */
  declare private dismissed?: Loaded;
  private filtersOpen = false;

  /** The answer to the current view, computed before each render. */
  private result?: QueryResult;
  /** The `facets` and `scope` attributes as read for one directory (read again when either changes). */
  private parsed?: {
    dir: DirectoryCore;
    facets?: string;
    scope?: string;
    shown: string[];
    scopeFilters: Record<string, string[]>;
  };
  /** Lazy work the current view waits for (text search for the typed words). */
  private readonly waiting = new Set<Promise<unknown>>();

  private readonly loader = new LoadController<Loaded>(this, {
    task: (signal) => this.loadData(signal),
    onComplete: async (loaded) => {
      const { dir } = loaded;
      const issues = await loaded.issues.catch(() => []);
      // A newer load has started meanwhile: its own event will follow.
      if (this.loader.value !== loaded) return;
      if (issues.length) {
        console.warn(
          `mhpss-directory: ${issues.length} data issue(s):\n${issues.map((i) => i.message).join('\n')}`,
        );
      }
      emit(this, 'mhpss-load', { count: dir.size, issues });
      // What the first screen did not need, while the visitor reads it.
      whenIdle(() => {
        void loadSearch(dir).catch(() => {});
        void loadDetail().catch(() => {});
      });
    },
    onError: (error) => {
      const { message, code } = describeError(error);
      console.error(`mhpss-directory: ${message}`);
      emit(this, 'mhpss-error', { message, code });
    },
    afterRetry: (status: LoadStatus) => {
      // The Retry button is gone: the search box, or the new Retry button.
      if (status === 'complete') this.searchBox?.focus();
      else this.renderRoot.querySelector<HTMLElement>('.error button')?.focus();
    },
  });

  private readonly url = new UrlStateController(this, () => this.urlPrefix);

  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!customElements.get('mhpss-facet-group')) this.waitFor(loadFilters());
  }

  private get searchBox(): MhpssSearchBox | null {
    return this.renderRoot?.querySelector('mhpss-search-box');
  }
  private get resultList(): MhpssResultList | null {
    return this.renderRoot?.querySelector('mhpss-result-list');
  }
  private get loaded(): Loaded | undefined {
    return this.loader.status === 'complete' ? this.loader.value : undefined;
  }

  /** The organizations matching the current search and filters (all pages). */
  get total(): number {
    return this.result?.total ?? 0;
  }

  /** Loads the data again (what the Retry button does). */
  reload(): Promise<void> {
    return this.loader.run();
  }

  private get urlPrefix(): string | undefined {
    const value = this.urlState;
    if (value === undefined || value === null || value === false || value === 'false') return;
    return typeof value === 'string' && value !== '' && value !== 'true' ? value : 'mhpss-';
  }

  /**
   * Resolves once the view shows the current state, lazily loaded parts included (text search
   * for the typed words, the detail dialog, URL state turned on); not the data itself.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.waiting.size) {
      await Promise.allSettled(this.waiting);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Renders again once lazy work the view needs is done; updateComplete waits for it. */
  private waitFor(work: Promise<unknown>): void {
    const tracked = work.then(
      () => this.requestUpdate(),
      (error: unknown) => console.error(`mhpss-directory: ${error}`),
    );
    this.waiting.add(tracked);
    void tracked.finally(() => this.waiting.delete(tracked));
  }

  private async loadData(signal: AbortSignal): Promise<Loaded> {
    const [{ data, issueCount, issues }] = await Promise.all([
      this.data !== undefined && this.data !== null
        ? readDirectory(this.data)
        : fetchDirectory(this.src || getDefaultSrc(), signal),
      this.i18n.load(),
      this.url.prepare(),
    ]);
    const dir = new DirectoryCore(data, { lang: this.i18n.tag });
    this.restoreUrl(dir);
    if (this.selected) this.selected = dir.get(this.selected.id);
    return { dir, issueCount, issues };
  }

  /** The URL's state for this directory, when mirrored: read before anything is written. */
  private restoreUrl(dir: DirectoryCore): void {
    const snapshot = this.url.restore(dir.facetKeys);
    if (!snapshot) return;
    const { state, org } = snapshot;
    if (state.text !== undefined) this.text = state.text;
    if (state.filters) this.filters = state.filters;
    if (state.sort) this.sort = state.sort;
    if (state.page !== undefined) this.page = state.page;
    this.selected = org ? dir.get(org) : undefined;
    if (this.selected) this.waitFor(loadDetail());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query')) {
      this.text = this.query ?? '';
      this.page = 0;
    }
    if (this.loader.status === 'initial' || changed.has('src') || changed.has('data')) {
      void this.loader.run();
    }
    const loaded = this.loaded;
    if (!loaded) {
      this.result = undefined;
      return;
    }
    const { dir } = loaded;
    if (changed.has('urlState') && this.url.needsRestore) {
      // url-state turned on (or its prefix changed) after loading: a shared link wins.
      this.waitFor(this.url.prepare().then(() => this.restoreUrl(dir)));
    }
    let parsed = this.parsed;
    const reparse =
      parsed?.dir !== dir || parsed.facets !== this.facets || parsed.scope !== this.scope;
    if (reparse) {
      parsed = this.parsed = {
        dir,
        facets: this.facets,
        scope: this.scope,
        shown: this.parseFacets(dir),
        scopeFilters: this.parseScope(),
      };
    }
    if (hasWords(this.text) && !dir.searchable) {
      // The words need the text index: keep the last answer on screen until it is there.
      this.waitFor(loadSearch(dir));
      return;
    }
    const result = dir.query(this.queryState);
    this.result = result;
    if (result.page !== this.page) this.page = result.page;
    // Filters the data does not have (from a shared link, or kept across a reload) go.
    if (Object.keys(result.dropped.filters).length) this.filters = result.filters;
    if (reparse) {
      for (const [facet, terms] of Object.entries(result.dropped.scope)) {
        for (const term of terms) warnScope(`${facet}:${term}`);
      }
    }
  }

  private get queryState(): QueryState {
    return {
      text: this.text,
      filters: this.filters,
      scope: this.parsed?.scopeFilters,
      sort: this.sort,
      page: this.page,
      pageSize: this.pageSize > 0 ? this.pageSize : 20,
      lang: this.i18n.tag,
    };
  }

  protected override updated(): void {
    const rtl = this.i18n.t.dir === 'rtl';
    // The host's own direction follows the UI (a custom state, so a partner's `dir` is untouched).
    try {
      if (rtl) this.internals.states.add('rtl');
      else this.internals.states.delete('rtl');
    } catch {
      // Browsers without custom states: the inner wrapper's dir still applies.
    }
    if (this.result) {
      this.url.mirror(
        { text: this.text, filters: this.filters, sort: this.sort, page: this.page },
        this.selected?.id,
      );
    }
  }

  /** After a visitor's change: once the view shows it, tell the page. */
  private async announce(): Promise<void> {
    await this.updateComplete;
    const result = this.result;
    if (!result) return;
    emit(this, 'mhpss-state-change', {
      query: this.text,
      filters: result.filters,
      sort: result.sort,
      page: result.page,
      total: result.total,
    });
  }

  private parseFacets(dir: DirectoryCore): string[] {
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

  /** `facet:term` tokens; whether the data has them is the core's answer (result.dropped). */
  private parseScope(): Record<string, string[]> {
    const scope: Record<string, string[]> = {};
    for (const token of (this.scope ?? '').split(/\s+/).filter(Boolean)) {
      const [facet = '', term, rest] = token.split(':');
      if (facet && term && rest === undefined && facet !== '__proto__') {
        (scope[facet] ??= []).push(term);
      } else warnScope(token);
    }
    return scope;
  }

  override render() {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    const tag = this.i18n.tag;
    const dir = this.loaded?.dir;
    const result = this.result;
    const status = this.loader.status;
    const active: ActiveFilter[] =
      dir && result
        ? Object.entries(result.filters).flatMap(([facet, terms]) =>
            terms.map((term) => ({
              facet,
              term,
              label: dir.termLabel(facet, term, tag),
              facetLabel: dir.facetLabel(facet, tag),
            })),
          )
        : [];
    const loaded = this.loaded;
    const issueCount = loaded?.issueCount ?? 0;
    const notice = issueCount > 0 && this.dismissed !== loaded;
    // Until its strings have arrived a page in another language sees the skeleton, not English.
    const ready = this.i18n.ready;
    // Not set: the data's own `submit` link; set to "": no link at all.
    const suggestUrl = this.suggestUrl ?? dir?.data.submit;
    const suggest =
      suggestUrl && isSubmitUrl(suggestUrl)
        ? html`<a
            class="suggest"
            part="suggest"
            href=${suggestUrl}
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
        ${
          ready
            ? html`<mhpss-search-box
                part="search"
                exportparts="input: search-input"
                lang=${lang}
                .value=${this.text}
              ></mhpss-search-box>`
            : html`<span class="sk field" aria-hidden="true"></span>`
        }
        ${ready ? suggest : nothing}
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
              dir && result && customElements.get('mhpss-facet-group')
                ? (this.parsed?.shown ?? []).map(
                    (key) =>
                      html`<mhpss-facet-group
                        facet=${key}
                        label=${dir.facetLabel(key, tag)}
                        lang=${lang}
                        .terms=${result.facets[key] ?? []}
                      ></mhpss-facet-group>`,
                  )
                : status === 'error'
                  ? nothing
                  : facetSkeleton
            }
          </div>
        </div>
        <div class="results" part="results" aria-busy=${!result && status !== 'error'}>
          <div class="summary">
            <p class="status" part="status" role="status">
              ${result ? t.count(result.total) : status === 'error' || !ready ? '' : t.loading}
            </p>
            ${
              result
                ? html`<label class="sort"
                    >${t.sort}
                    <select part="sort" @change=${this.handleSort}>
                      <option
                        value="relevance"
                        .selected=${result.sort === 'relevance'}
                        ?disabled=${!hasWords(this.text)}
                      >
                        ${t.relevance}
                      </option>
                      <option value="name" .selected=${result.sort === 'name'}>${t.byName}</option>
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
            notice && result
              ? html`<div class="notice" part="notice">
                  <p>${t.issues(issueCount)}</p>
                  <button class="dismiss" aria-label=${t.dismiss} @click=${this.handleDismiss}>
                    ×
                  </button>
                </div>`
              : nothing
          }
          ${this.renderBody()}
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

  private renderBody() {
    const t = this.i18n.t;
    const result = this.result;
    if (this.loader.status === 'error') {
      return html`<div class="state error" part="error" role="alert">
        <p class="title">${t.error}</p>
        <p class="detail">${describeError(this.loader.error).message}</p>
        <button class="btn primary" @click=${this.handleRetry}>${t.retry}</button>
      </div>`;
    }
    if (!result) return skeleton;
    if (result.total === 0) {
      return html`<div class="state" part="empty">
        <p class="title">${t.empty}</p>
        <p>${t.emptyHint}</p>
        ${
          this.text
            ? html`<button class="btn" @click=${this.handleClearSearch}>${t.clearSearch}</button>`
            : nothing
        }
      </div>`;
    }
    return html`<mhpss-result-list
      exportparts="card, pagination, avatar, name, mark"
      lang=${this.i18n.lang}
      .hits=${result.hits}
      .directory=${this.loaded?.dir}
      .page=${result.page}
      .pageCount=${result.pageCount}
    ></mhpss-result-list>`;
  }

  /** A visitor's change of the search or filters: back to the first page, then announced. */
  private change(): void {
    this.page = 0;
    void this.announce();
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
    const filters = { ...this.filters };
    const rest = (filters[facet] ?? []).filter((id) => id !== term);
    if (rest.length) filters[facet] = rest;
    else delete filters[facet];
    this.filters = filters;
    this.change();
    if (!Object.keys(filters).length) void this.focusAfterUpdate(() => this.searchBox);
  }

  private handleFilterClear(event: Event): void {
    event.stopPropagation();
    this.filters = {};
    this.change();
    void this.focusAfterUpdate(() => this.searchBox);
  }

  private handleClearSearch(): void {
    this.text = '';
    this.change();
    void this.focusAfterUpdate(() => this.searchBox);
  }

  private handleSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as SortOrder;
    this.change();
  }

  private handlePageChange(event: CustomEvent<PageChangeDetail>): void {
    event.stopPropagation();
    this.page = event.detail.page;
    void this.announce();
    // Start reading the new page from its first result.
    void this.focusAfterUpdate(() => this.resultList);
  }

  private handleOpen(event: CustomEvent<OpenDetail>): void {
    event.stopPropagation();
    this.selected = event.detail.organization;
    if (!customElements.get('mhpss-org-detail')) this.waitFor(loadDetail());
    emit(this, 'mhpss-select', { organization: event.detail.organization });
  }

  private handleClose(event: Event): void {
    event.stopPropagation();
    this.selected = undefined;
  }

  private handleRetry(): void {
    void this.loader.retry();
  }

  private handleDismiss(): void {
    this.dismissed = this.loaded;
    // The focused button goes away: carry on with what follows it (the results).
    void this.focusAfterUpdate(
      () =>
        this.resultList ??
        this.renderRoot.querySelector<HTMLElement>('.state button') ??
        this.searchBox,
    );
  }

  private handleToggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  /** Focuses what `target` finds once the view has rendered (and its own content has). */
  private async focusAfterUpdate(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const el = target();
    if (el && 'updateComplete' in el) await (el as MhpssResultList).updateComplete;
    el?.focus();
  }
}

function warnScope(token: string): void {
  console.warn(
    `mhpss-directory: scope: '${token}' is not a 'facet:term' pair of this data (e.g. 'regions:africa'); it is ignored`,
  );
}

/** The sentence and code of a load failure, whatever was thrown. */
function describeError(error: unknown): { message: string; code: DirectoryLoadErrorCode } {
  if (error instanceof DirectoryLoadError) return { message: error.message, code: error.code };
  return { message: error instanceof Error ? error.message : String(error), code: 'unreadable' };
}

// With the class, not the registering module, so that `querySelector('mhpss-directory')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-directory': MhpssDirectory;
  }
}
