// What <mhpss-directory> shows, as one controller over a small host interface: the source it
// opened (load-data.ts, load-controller.ts), the visitor's view (core/state/view-state.ts), the
// answer on screen (query-controller.ts) and the lazy parts (parts.ts). The element renders it
// and turns the visitor's events into its actions; it fires the public events they cause.
import type { PropertyValues, ReactiveController } from 'lit';
import { CORE_DEFAULTS as DEFAULTS } from '../../core/defaults.js';
import type { Organization } from '../../core/model/schema.js';
import type { QueryState } from '../../core/search/directory-core.js';
import type { DirectorySource } from '../../core/source.js';
import * as views from '../../core/state/view-state.js';
import type { ViewState } from '../../core/state/view-state.js';
import { emit } from '../shared/events.js';
import type { LocalizeController } from '../shared/localize.js';
import type { CustomHost, ShownState } from './host.js';
import { describeError, openSource, type Loaded } from './load-data.js';
import { LoadController } from './load-controller.js';
import { MemorySource, prepareLanguage, whenIdle } from './memory-source.js';
import { chunks, Parts } from './parts.js';
import { QueryController } from './query-controller.js';

/** The directory as its state sees it: what the partner set. */
export interface DirectoryHost extends CustomHost {
  readonly src?: string;
  readonly endpoint?: string;
  readonly data?: unknown;
  readonly source?: DirectorySource;
  readonly facets?: string;
  readonly scope?: string;
  readonly query?: string;
  readonly pageSize: number;
}

export class DirectoryState implements ReactiveController, ShownState {
  /** The visitor's search, filters, sort and page. */
  view: ViewState = views.EMPTY_VIEW;
  /** The organization whose detail view is open. */
  selected?: Organization;
  /** The id of an organization a link opens that the source is still asked for. */
  private wanted?: string;
  /** The facets to show, and the scope, as read from the attributes for one source. */
  parsed?: {
    source: DirectorySource;
    facets?: string;
    scope?: string;
    shown: string[];
    scopeFilters: Record<string, string[]>;
  };
  private scopeChecked?: unknown;
  /** The failed answer last reported as `mhpss-error`. */
  private reported?: unknown;
  /** Counts the visitor's changes: only the last one's is announced. */
  private changes = 0;

  readonly loader: LoadController<Loaded>;
  readonly answers: QueryController;
  readonly parts: Parts;

  constructor(
    private readonly host: DirectoryHost,
    private readonly i18n: LocalizeController,
  ) {
    this.loader = new LoadController<Loaded>(host, {
      task: (signal) => this.load(signal),
      onComplete: async (loaded) => {
        const { source } = loaded;
        const issues = await loaded.issues.catch(() => []);
        // A newer load has started meanwhile: its own event will follow.
        if (this.loader.value !== loaded) return;
        if (issues.length) {
          // Known once every record was read: the notice comes with them.
          host.requestUpdate();
          console.warn(
            `mhpss-directory: ${issues.length} data issue(s):\n${issues.map((i) => i.message).join('\n')}`,
          );
        }
        emit(host, 'mhpss-load', { count: source.size, issues });
        // What the first screen did not need, while the visitor reads it.
        whenIdle(() => {
          if (source instanceof MemorySource) void source.search().catch(() => {});
          void chunks.detail().catch(() => {});
        });
      },
      onError: (error) => this.report(error),
    });
    this.answers = new QueryController(host, (result) => {
      this.view = views.settle(this.view, result);
      // Scope terms the data does not have, said once per reading of the attributes.
      if (this.scopeChecked !== this.parsed) {
        this.scopeChecked = this.parsed;
        this.warn('scope', result.dropped.scope);
      }
      return this.question;
    });
    this.parts = new Parts(host, this);
    host.addController(this);
  }

  /** The source, once loaded. */
  get loaded(): Loaded | undefined {
    return this.loader.status === 'complete' ? this.loader.value : undefined;
  }

  /** What failed, if anything did: the load, a part the view waits for, the last answer. */
  get failure(): unknown {
    const { loader, parts, answers } = this;
    return loader.status === 'error'
      ? loader.error
      : (parts.error ?? (answers.status === 'error' ? answers.error : undefined));
  }

  /**
   * Settles once what the view waits for now — an answer, a part — has come or failed (each wait
   * is bounded); undefined when it waits for nothing.
   */
  get settled(): Promise<unknown> | undefined {
    const { parts, answers } = this;
    const waits = parts.settled;
    return answers.status === 'pending' ? Promise.all([waits, answers.pending]) : waits;
  }

  /** What the source is asked: the view under the page's scope, page size and language. */
  get question(): QueryState {
    const { pageSize } = this.host;
    return views.toQuery(this.view, {
      scope: this.parsed?.scopeFilters,
      pageSize: pageSize > 0 ? pageSize : DEFAULTS.pageSize,
      lang: this.i18n.tag,
    });
  }

  private async load(signal: AbortSignal): Promise<Loaded> {
    this.parts.error = undefined;
    if (!this.host.source) prepareLanguage(this.i18n.tag);
    const [loaded] = await Promise.all([
      openSource(this.host, this.i18n.tag, signal),
      this.i18n.load(),
      this.parts.beforeResults(),
    ]);
    this.restoreUrl(loaded.source);
    if (this.selected) this.openById(loaded.source, this.selected.id);
    return loaded;
  }

  /** The URL's view for this source, when mirrored or opened from a link. */
  private restoreUrl(source: DirectorySource): void {
    const snapshot = this.parts.url?.restore(source.facetKeys);
    if (!snapshot) return;
    this.view = views.restore(this.view, snapshot.state);
    this.openById(source, snapshot.org);
  }

  /**
   * Opens an organization by id: at once when the source has it, else once a source that can be
   * asked (a server) has answered — unless the visitor opened or closed another meanwhile.
   */
  private openById(source: DirectorySource, id: string | undefined): void {
    const known = id === undefined ? undefined : source.get(id);
    this.open(known);
    if (id === undefined || known || !source.organization) return;
    this.wanted = id;
    // None by that id (or no answer): the link's `org` leaves the URL.
    const settle = (organization?: Organization) => {
      if (this.wanted === id) this.open(organization);
    };
    this.parts.track(
      source.organization(id).then(settle, (error: unknown) => {
        settle();
        throw error;
      }),
    );
  }

  /** Before each render (the host's willUpdate): load, read the attributes, ask the source. */
  update(changed: PropertyValues): void {
    const { host } = this;
    if (changed.has('query')) this.view = views.apply(this.view, { text: host.query ?? '' });
    if (
      changed.has('src') ||
      changed.has('endpoint') ||
      changed.has('data') ||
      changed.has('source') ||
      this.loader.status === 'initial'
    ) {
      this.answers.forget();
      void this.loader.run();
    }
    const source = this.loaded?.source;
    if (!source) return;
    this.parts.withResults();
    // url-state turned on (or its prefix changed) after loading, or a link followed on this page:
    // a shared link wins.
    if (this.parts.url?.needsRestore) this.restoreUrl(source);
    const { facets, scope } = host;
    const { parsed } = this;
    if (parsed?.source !== source || parsed.facets !== facets || parsed.scope !== scope) {
      const shown = views.parseFacets(facets, source.facetKeys);
      this.warn('facets', shown.unknown);
      const read = views.parseScope(scope);
      this.warn('scope', read.invalid);
      this.parsed = { source, facets, scope, shown: shown.shown, scopeFilters: read.scope };
    }
    // Opening a record, a disclosure, a menu, a lazy part arriving: the question stays the same,
    // and so does the answer.
    this.answers.ask(source, this.question);
  }

  hostUpdated(): void {
    const { status, error, result } = this.answers;
    if (status === 'error' && error !== this.reported) this.report((this.reported = error));
    if (result) this.parts.url?.mirror(this.view as QueryState, this.selected?.id ?? this.wanted);
  }

  /** A visitor's change of the view (see `apply`); once the view shows it, the page is told. */
  async change(to: Partial<ViewState>): Promise<void> {
    this.view = views.apply(this.view, to);
    const change = ++this.changes;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const { result, status } = this.answers;
    // A later change will say its own; a failed answer has nothing to say.
    if (change !== this.changes || !result || status !== 'complete') return;
    emit(this.host, 'mhpss-state-change', {
      query: this.view.text,
      filters: result.filters,
      sort: result.sort,
      page: result.page,
      total: result.total,
    });
  }

  /** Opens an organization's detail view (undefined: closes it). */
  open(organization: Organization | undefined): void {
    this.selected = organization;
    this.wanted = undefined;
    if (organization) {
      this.parts.detail();
      const source = this.loaded?.source;
      // A server's record names others it has not sent: asked for, so that they show as links.
      if (source?.organization) {
        const { renderRoot } = this.host;
        this.parts.track(
          import('./related.js').then((m) =>
            m.askRelated(source, organization, renderRoot, () => this.selected === organization),
          ),
        );
      }
    }
    this.host.requestUpdate();
  }

  /**
   * Asks again what failed: the load (a part the view waits for comes with it), or the answer.
   * Resolves once the view shows the outcome.
   */
  async retry(): Promise<void> {
    if (this.loader.status === 'error' || this.parts.error) await this.loader.run();
    else {
      this.answers.retry();
      await this.host.updateComplete;
    }
  }

  /** Says what of the partner's `facets` or `scope` is ignored, from the sentences' chunk. */
  private warn(setting: 'facets' | 'scope', tokens: string[] | Record<string, string[]>): void {
    if (Object.keys(tokens).length) {
      this.parts.track(import('./issue-sentences.js').then((m) => m.warnSetting(setting, tokens)));
    }
  }

  /** Tells the page about a failure (loading, or a source's answer). */
  private report(error: unknown): void {
    const { message, code } = describeError(error);
    console.error(`mhpss-directory: ${message}`);
    emit(this.host, 'mhpss-error', { message, code });
  }
}
