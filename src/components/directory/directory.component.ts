// <mhpss-directory>: renders the page's outline (its regions are templates in directory-view.ts)
// and turns the visitor's actions into changes of its view and public events. What it shows —
// the source it opened from `src`, `endpoint`, `.data`, the shipped list or `.source`, the
// visitor's view, the answer on screen, the lazy parts — is the state controller's
// (directory-state.ts); the hand-over from a pre-rendered first page is takeover.ts's. What a
// first screen does not need loads later, in chunks of its own (parts.ts, memory-source.ts).
import { html, type PropertyValues } from 'lit';
import { headingLevel } from '../../core/attributes.js';
import { hasWords, type SortOrder } from '../../core/search/directory-core.js';
import type { DirectorySource } from '../../core/source.js';
import * as views from '../../core/state/view-state.js';
import type { PartnerStrings } from '../../i18n/custom.js';
import type { MhpssResultList } from '../result-list/result-list.component.js';
import type { MhpssSearchBox } from '../search-box/search-box.component.js';
import { ContextProvider } from '../shared/context.js';
import { MhpssElement } from '../shared/element.js';
import {
  emit,
  type FacetChangeDetail,
  type FacetToggleDetail,
  type FilterRemoveDetail,
  type InputDetail,
  type OpenDetail,
  type PageChangeDetail,
} from '../shared/events.js';
import { PROVIDED, type Provided } from '../shared/localize.js';
import { tokens } from '../shared/tokens.styles.js';
import { DirectoryState } from './directory-state.js';
import { styles } from './directory.styles.js';
import type { CardContent } from './host.js';
import { detailDialog, facetColumn, resultsColumn, suggestLink, topBar } from './directory-view.js';
import { getDefaultSrc, setDefaultSrc, type Loaded } from './load-data.js';
import { Takeover } from './takeover.js';

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
 * @csspart reduced - The line saying what a plain HSDS server's directory cannot do (no filters, counts or sorting).
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart suggest - The "Suggest an organization" link.
 * @csspart summary - The overview (organizations per region, approach and population).
 * @csspart toolbar - The "Download", "Print" and "Copy link" controls.
 * @csspart card-extra - What a partner adds to each card (the `card` template or `cardContent`).
 * @slot strings - A `<script type="application/json">` of UI strings by language, as the `strings` property takes them.
 * @slot card - A `<template>` added to each card: `{name}`, `{acronym}`, `{id}`, `{website}` and `{email}` are filled in as text.
 * @slot - A pre-rendered first page (`mhpss-directory render`): shown as it is, in the page's styles, until the directory shows its own.
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
 * @event {CustomEvent<ErrorDetail>} mhpss-error - The data could not be loaded, or the source could not answer a search.
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
    endpoint: {},
    data: { attribute: false },
    source: { attribute: false },
    facets: {},
    scope: {},
    query: {},
    urlState: { attribute: 'url-state' },
    pageSize: { type: Number, attribute: 'page-size' },
    suggestUrl: { attribute: 'suggest-url' },
    summary: {},
    headingLevel: { attribute: 'heading-level' },
    strings: { attribute: false },
    cardContent: { attribute: false },
    dismissed: { state: true },
    filtersOpen: { state: true },
  };

  /** URL of a directory JSON or CSV file; default: the shipped list. */
  declare src?: string;

  /** Base URL of an Open Referral HSDS 3.0 API (`mhpss-directory serve`, or any other) to show instead of `src` and `.data`: the directory lives on the server, and is asked as the visitor searches. */
  declare endpoint?: string;

  /** A directory document (object or JSON text) to show instead of `src`. */
  declare data?: unknown;

  /** A directory to show instead of `src`, `endpoint` and `.data`: any `DirectorySource`, in memory or a server's. */
  declare source?: DirectorySource;

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

  /** The level of the directory's own headings, 1–6 (default 2): the results' heading; each organization's name is one level below. */
  declare headingLevel?: number | string;

  /** UI strings by language tag, over the built-in ones: `{ en: { search: 'Find a partner' } }`; a new language needs them all. */
  declare strings?: PartnerStrings;

  /** Content added to each card: `(organization) => Node | string` (text is shown as text); the `card` template's alternative. */
  declare cardContent?: CardContent;

  /** The load whose data-issues notice the visitor dismissed (a new load brings its own). */
  declare private dismissed?: Loaded;
  private filtersOpen = false;
  /** Each facet's disclosure as the visitor left it, by key (the first three start open). */
  private readonly facetViews = new Map<string, FacetToggleDetail>();

  /** What the extras provide every element this directory renders (its partner's strings, cards). */
  private readonly provider = new ContextProvider<Provided | undefined>(this, PROVIDED, undefined);

  private readonly state = new DirectoryState(this, this.i18n);

  private readonly takeover = new Takeover(
    this,
    () => !!this.state.answers.result || this.state.failure !== undefined,
    () => this.i18n.t.dir === 'rtl',
  );

  /** Gives every element this directory renders what the extras provide (again: it changed). */
  provide(value: Provided): void {
    this.provider.set(value);
  }

  /** The organizations matching the current search and filters (all pages). */
  get total(): number {
    return this.state.answers.result?.total ?? 0;
  }

  /** Loads the data again (what the Retry button does). */
  reload(): Promise<void> {
    return this.state.loader.run();
  }

  private get searchBox(): MhpssSearchBox | null {
    return this.renderRoot?.querySelector('mhpss-search-box');
  }
  private get resultList(): MhpssResultList | null {
    return this.renderRoot?.querySelector('mhpss-result-list');
  }

  /**
   * Resolves once the view shows the current state, lazily loaded parts and the answer on its way
   * included (text search for the typed words, the detail dialog, URL state turned on); not the
   * data itself. Every wait is bounded: a part that never arrives becomes an error state.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let waits; (waits = this.state.settled); done = await super.getUpdateComplete()) {
      await waits;
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.state.update(changed);
    // Its own chunk, beside the data, unless the partner turned it off.
    if (changed.has('summary') && this.summary !== 'none') this.state.parts.summary();
  }

  override render() {
    // The partner's pre-rendered first page, as it is, until the directory has its own answer.
    if (this.takeover.shows) {
      return html`<slot></slot><slot name="strings"></slot><slot name="card"></slot>`;
    }
    // Until its strings have arrived a page in another language sees the skeleton, not English.
    const { t, lang, tag, ready } = this.i18n;
    // What the elements it renders are told: the partner's UI language for the tag, if they add
    // one, else the tag itself (their UI strings and data labels both follow from it).
    const handed = this.i18n.provided?.lang(tag) ?? tag;
    const { state } = this;
    const { view, loaded, failure } = state;
    const source = loaded?.source;
    const { result, status } = state.answers;
    const failed = failure !== undefined;
    const active = source && result ? views.activeFilters(result.filters, source, tag) : [];
    // A plain HSDS server's directory: no facet column, overview or sorts it lacks, and one line
    // that says so.
    const can = source?.capabilities;
    const counts = can?.facetCounts !== false;
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
      ${topBar({
        t,
        ready,
        handed,
        text: view.text,
        // Not set: the data's own `submit` link; set to "": no link at all.
        suggest: suggestLink(this.suggestUrl ?? source?.data.submit, t),
        suggestPending: !source && this.suggestUrl === undefined,
      })}
      <div class="layout ${this.filtersOpen ? 'open' : ''} ${counts ? '' : 'whole'}">
        ${facetColumn({
          t,
          open: this.filtersOpen,
          active: active.length,
          hidden: !counts,
          onToggle: this.handleToggleFilters,
          source,
          result,
          shown: state.parsed?.shown ?? [],
          tag,
          handed,
          views: this.facetViews,
          failed,
        })}
        ${resultsColumn({
          t,
          busy: !failed && (!result || status === 'pending'),
          // The level of the directory's own headings; names are one below.
          level: headingLevel(this.headingLevel),
          overview: counts && this.summary !== 'none' ? { facets: this.facets } : undefined,
          quiet: failed || !ready,
          text: view.text,
          hasWords: hasWords(view.text),
          sorts: can?.sorts ?? ['relevance', 'name'],
          onSort: this.handleSort,
          reduced: can?.facetCounts === false || can?.filters === false,
          active,
          issues: this.dismissed === loaded ? 0 : (loaded?.issueCount ?? 0),
          onDismiss: this.handleDismiss,
          failure,
          result,
          handed,
          source,
          prerendered: this.takeover.present,
          onRetry: this.handleRetry,
          onClearSearch: this.handleClearSearch,
          extras: state.parts.extras?.render(),
        })}
      </div>
      ${detailDialog(handed, state.selected, source)}
      <slot name="strings"></slot><slot name="card"></slot>
    </div>`;
  }

  private handleInput(event: CustomEvent<InputDetail>): void {
    event.stopPropagation();
    void this.state.change({ text: event.detail.value });
  }

  private handleFacetChange(event: CustomEvent<FacetChangeDetail>): void {
    event.stopPropagation();
    const { facet, selected } = event.detail;
    void this.state.change({ filters: views.withTerms(this.state.view.filters, facet, selected) });
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
    const filters = views.withoutTerm(this.state.view.filters, facet, term);
    void this.state.change({ filters });
    if (!Object.keys(filters).length) void this.focusAfterUpdate(() => this.searchBox);
  }

  private handleFilterClear(event: Event): void {
    event.stopPropagation();
    void this.state.change({ filters: {} });
    void this.focusAfterUpdate(() => this.searchBox);
  }

  private readonly handleClearSearch = () => {
    void this.state.change({ text: '' });
    void this.focusAfterUpdate(() => this.searchBox);
  };

  private handleSort(event: Event): void {
    void this.state.change({ sort: (event.target as HTMLSelectElement).value as SortOrder });
  }

  private handlePageChange(event: CustomEvent<PageChangeDetail>): void {
    event.stopPropagation();
    void this.state.change({ page: event.detail.page });
    // Start reading the new page from its first result.
    void this.focusAfterUpdate(() => this.resultList);
  }

  private handleOpen(event: CustomEvent<OpenDetail>): void {
    event.stopPropagation();
    this.state.open(event.detail.organization);
    emit(this, 'mhpss-select', { organization: event.detail.organization });
  }

  private handleClose(event: Event): void {
    event.stopPropagation();
    this.state.open(undefined);
  }

  private readonly handleRetry = async () => {
    await this.state.retry();
    // The Retry button is gone: the search box, or the new Retry button.
    (this.state.failure === undefined
      ? this.searchBox
      : this.renderRoot.querySelector<HTMLElement>('.error button')
    )?.focus();
  };

  private handleDismiss(): void {
    this.dismissed = this.state.loaded;
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

// With the class, not the registering module, so that `querySelector('mhpss-directory')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-directory': MhpssDirectory;
  }
}
