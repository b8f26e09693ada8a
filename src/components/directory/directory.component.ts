// <mhpss-directory>: loads a directory (src, .data or the shipped list), keeps the visitor's
// search state, asks the core for results and hands them to the smaller elements to render.
// What a first screen does not need loads later, in chunks of its own: text search (after the
// first results, or at the first keystroke), the detail dialog, CSV reading, other languages'
// strings, URL state, "Download"/"Print"/"Copy link", and a partner's own strings and card content.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing, type PropertyValues } from 'lit';
import { CORE_DEFAULTS as DEFAULTS } from '../../core/defaults.js';
import { DirectoryCore, hasWords } from '../../core/search/directory-core.js';
import type { QueryResult, QueryState, SortOrder } from '../../core/search/directory-core.js';
import { DirectoryLoadError, type DirectoryLoadErrorCode } from '../../core/model/load-errors.js';
import type { DataIssue } from '../../core/model/load.js';
import { isSubmitUrl, type Organization } from '../../core/model/schema.js';
import type { ActiveFilter } from '../filter-chips/filter-chips.component.js';
import type { MhpssResultList } from '../result-list/result-list.component.js';
import type { MhpssSearchBox } from '../search-box/search-box.component.js';
import {
  emit,
  type FacetChangeDetail,
  type FacetToggleDetail,
  type FilterRemoveDetail,
  type InputDetail,
  type OpenDetail,
  type PageChangeDetail,
} from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import type { PartnerStrings } from '../../i18n/custom.js';
import type { CardContent } from './customize.js';
import type { Extras } from './extras.js';
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
    ready = import('../../core/search/text-engine.js').then(({ createTextEngine, warmUp }) => {
      if (dir.searchable) return;
      dir.attachTextEngine(createTextEngine(dir));
      whenIdle(() => warmUp(dir));
    });
    // A chunk that did not arrive can be asked for again.
    ready.catch(() => searchReady.delete(dir));
    searchReady.set(dir, ready);
  }
  return ready;
}

const loadDetail = () => import('../org-detail/org-detail.js');
const loadSummary = () => import('../summary/summary.js');
/** The filter column and the toolbar (and the partner's strings and cards, if any). */
const loadExtras = () => import('./extras.js');

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
 * @csspart summary - The overview (organizations per region, approach and population).
 * @csspart toolbar - The "Download", "Print" and "Copy link" controls.
 * @csspart card-extra - What a partner adds to each card (the `card` template or `cardContent`).
 * @slot strings - A `<script type="application/json">` of UI strings by language, as the `strings` property takes them.
 * @slot card - A `<template>` added to each card: `{name}`, `{acronym}`, `{id}`, `{website}` and `{email}` are filled in as text.
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
 * @event {CustomEvent<LinkClickDetail>} mhpss-link-click - The visitor followed an organization's website, email or other link (card or detail view); navigation is not delayed.
 */
export class MhpssDirectory extends MhpssElement {
  static override styles = [tokens, styles];

  /** The shipped list's URL, used when neither `src` nor `.data` is given. */
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
    summary: {},
    strings: { attribute: false },
    cardContent: { attribute: false },
    text: { state: true },
    filters: { state: true },
    sort: { state: true },
    page: { state: true },
    selected: { state: true },
    dismissed: { state: true },
    filtersOpen: { state: true },
  };

  /** URL of a directory JSON or CSV file; default: the shipped list. */
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

  /** The overview above the results (organizations per region, approach and population; a click ticks the term): `auto` (or any value but `none`) shows it, `none` turns it off and never loads its code. */
  summary = 'auto';
  /** UI strings by language tag, over the built-in ones: `{ en: { search: 'Find a partner' } }`; a new language needs them all. */
  declare strings?: PartnerStrings;

  /** Content added to each card: `(organization) => Node | string` (text is shown as text); the `card` template's alternative. */
  declare cardContent?: CardContent;

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

  /** Each facet's disclosure as the visitor left it, by key (the first three start open). */
  private readonly facetViews = new Map<string, FacetToggleDetail>();

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
  /** The toolbar and the partner's strings and cards, once they are there. */
  declare private extras?: Extras;
  /** Resolves once the extras (and the partner's strings and cards) are in place. */
  declare private extrasReady?: Promise<void>;
  declare private extrasAwaited?: boolean;
  /** What the shown result answers: the directory, its engine and the query state's values. */
  declare private asked?: unknown[];

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
    document.addEventListener('keydown', this.handleSlash);
    // Beside the data, and smaller, so the filter column and the toolbar are usually there with
    // the first results (which wait for them when the partner changes strings or cards); the
    // toolbar follows the results, so nothing above it moves when it comes later.
    this.extrasReady ??= loadExtras()
      .then(
        (m) =>
          new m.Extras(
            this,
            // The view as it is now: what "Download", "Print" and "Copy link" take away.
            () =>
              this.result && {
                dir: this.loaded!.dir,
                state: this.queryState,
                org: this.selected?.id,
                prefix: this.urlPrefix,
              },
          ).ready,
      )
      // A chunk that did not arrive leaves the directory without them, not broken.
      .then(
        (extras) => {
          this.extras = extras;
          this.requestUpdate();
        },
        () => undefined,
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.handleSlash);
  }

  /**
   * "/" outside a text field goes to the search box: the first widget's on a page with several
   * (it takes the key, the others see it taken). Shift is allowed: French and Spanish keyboards
   * need it to type "/".
   */
  private readonly handleSlash = (event: KeyboardEvent): void => {
    const box = this.searchBox;
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.defaultPrevented ||
      !box ||
      // Typed into a field: text inputs, textareas, contenteditable (:read-write), and selects.
      // (A script's own keydown on document or window has no `matches`.)
      (event.composedPath()[0] as Element).matches?.(':read-write, select')
    )
      return;
    box.focus();
    // A hidden widget, or one behind a modal dialog, cannot take focus: the key stays the page's.
    if (box.matches(':focus-within')) event.preventDefault();
  };

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
    return typeof value === 'string' && value !== '' && value !== 'true'
      ? value
      : DEFAULTS.urlPrefix;
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
      // The partner's strings or cards (a `strings` script or a `card` template: the directory's
      // only children): the first results wait for them.
      (this.strings || this.firstElementChild) && this.extrasReady,
    ]);
    const dir = new DirectoryCore(data, { lang: this.i18n.tag });
    this.restoreUrl(dir);
    if (this.selected) this.selected = dir.get(this.selected.id);
    return { dir, issueCount, issues };
  }

  /**
   * The URL's state for this directory, when mirrored or opened from a link: read before
   * anything is written.
   */
  private restoreUrl(dir: DirectoryCore): void {
    const snapshot = this.url.restore(dir.facetKeys);
    if (!snapshot) return;
    const { state, org } = snapshot;
    if (state.text !== undefined) this.text = state.text;
    if (state.filters) this.filters = state.filters;
    // A link says its sort even when it is the default (`sort: undefined`); url-state only when set.
    if ('sort' in state) this.sort = state.sort;
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
    // Its own chunk, beside the data, unless the partner turned it off.
    if (changed.has('summary') && this.summary !== 'none' && !customElements.get('mhpss-summary'))
      this.waitFor(loadSummary());
    const loaded = this.loaded;
    if (!loaded) {
      this.result = this.asked = undefined;
      return;
    }
    const { dir } = loaded;
    // The filter column and the toolbar come with the first results, or soon after:
    // updateComplete waits for them once there are results to filter (not before, so a
    // directory that is still loading reports its loading state).
    if (!this.extras && this.extrasReady && !this.extrasAwaited) {
      this.extrasAwaited = true;
      this.waitFor(this.extrasReady);
    }
    if (this.url.needsRestore) {
      // url-state turned on (or its prefix changed) after loading, or a link was followed on
      // this page: a shared link wins.
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
    // Opening a record, a disclosure, a menu, a lazy part arriving: the answer stays the same.
    const state = this.queryState;
    const asked = [dir, dir.searchable, ...Object.values(state)];
    if (this.asked?.every((value, i) => value === asked[i])) return;
    this.asked = asked;
    const result = dir.query(state);
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
      pageSize: this.pageSize > 0 ? this.pageSize : DEFAULTS.pageSize,
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
      @mhpss-facet-toggle=${this.handleFacetToggle}
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
                ? (this.parsed?.shown ?? []).map((key, i) => {
                    const view = this.facetViews.get(key);
                    return html`<mhpss-facet-group
                      facet=${key}
                      label=${dir.facetLabel(key, tag)}
                      lang=${lang}
                      .terms=${result.facets[key] ?? []}
                      .open=${view ? view.open : i < 3}
                      .showAll=${!!view?.showAll}
                    ></mhpss-facet-group>`;
                  })
                : status === 'error'
                  ? nothing
                  : facetSkeleton
            }
          </div>
        </div>
        <div class="results" part="results" aria-busy=${!result && status !== 'error'}>
          ${
            result && this.summary !== 'none'
              ? html`<mhpss-summary
                  part="summary"
                  lang=${tag}
                  .facets=${this.facets}
                  .counts=${result.facets}
                  .directory=${dir}
                ></mhpss-summary>`
              : nothing
          }
          <div class="summary">
            <p class="status" part="status" role="status">
              ${result ? t.count(result.total) : status === 'error' || !ready ? '' : t.loading}${
                // Inside the live region, so that it is announced with the count it explains; a
                // full stop, heard and not seen, ends the count's sentence before it.
                result?.match === 'most' && result.total
                  ? html`<span class="sr-only">. </span
                      ><span class="near"
                        >${t.closeMatches(`\u2068${this.text.trim()}\u2069`)}</span
                      >`
                  : nothing
              }
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
          ${this.renderBody()} ${this.extras?.render()}
        </div>
      </div>
      <mhpss-org-detail
        exportparts="base: detail"
        lang=${lang}
        .organization=${this.selected}
        .directory=${dir}
        ?open=${!!this.selected}
      ></mhpss-org-detail>
      <slot name="strings"></slot><slot name="card"></slot>
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
      exportparts="card, pagination, avatar, name, mark, card-extra"
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

  private handleFacetToggle(event: CustomEvent<FacetToggleDetail>): void {
    event.stopPropagation();
    this.facetViews.set(event.detail.facet, event.detail);
    // Render with it, so that a group later given another facet's place gets that facet's view.
    this.requestUpdate();
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
