// What the directory adds to its first screen, as a chunk loaded beside the data: the filter
// column, the toolbar ("Download", "Print", "Copy link"), the "/" shortcut to the search box
// and, for partners who change them, their own strings and card content — a further chunk,
// loaded only for directories that have any. What it provides reaches every element the
// directory renders by context.
import type { ReactiveController, ReactiveElement } from 'lit';
import { en } from '../../i18n/en.js';
import { enDetail } from '../../i18n/en-detail.js';
import { enFilters } from '../../i18n/en-filters.js';
import { enSummary } from '../../i18n/en-summary.js';
import { enTakeAway } from '../../i18n/en-take-away.js';
import type { Strings } from '../../i18n/index.js';
import type { Provided } from '../shared/localize.js';
import type { Customizer } from './customize.js';
import './filters.js';
import type { CustomHost, ShownState } from './host.js';
import { SlashKey } from './slash-key.js';
import { TakeAway } from './take-away.js';

export class Extras implements ReactiveController, Provided {
  private readonly takeAway: TakeAway;
  private custom?: Customizer;
  private loading?: Promise<void>;
  /** Resolves (to these extras) once what the partner changes, if anything, is in place. */
  readonly ready: Promise<this>;
  /** A child added, removed or edited (a CMS, a framework) is read again on the next update. */
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: CustomHost,
    state: ShownState,
  ) {
    this.takeAway = new TakeAway(host, state);
    new SlashKey(host, () => host.renderRoot.querySelector('mhpss-search-box'));
    host.addController(this);
    // The partner's strings and cards, for the directory and every element it renders.
    host.provide(this);
    this.ready = Promise.resolve(this.customize()).then(() => this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  hostUpdate(): void {
    void this.customize();
  }

  /** Loads the partner's strings and cards once the directory has any. */
  private customize(): Promise<void> | undefined {
    const host = this.host;
    if (
      this.loading ||
      !(host.strings || host.cardContent || host.querySelector(':scope > [slot]'))
    ) {
      return this.loading;
    }
    return (this.loading = import('./customize.js')
      .then(
        (m) =>
          void (this.custom = new m.Customizer(
            host,
            { ...en, ...enDetail, ...enFilters, ...enSummary, ...enTakeAway },
            () => host.provide(this),
          )),
        // The built-in strings and cards stay.
        (error: unknown) => console.error(`mhpss-directory: ${error}`),
      )
      .finally(() => host.requestUpdate()));
  }

  lang(tag: string): string | undefined {
    return this.custom?.lang(tag);
  }

  strings(tag: string, base: Strings): Strings {
    return this.custom ? this.custom.strings(tag, base) : base;
  }

  /** The content for each card, or undefined when the partner adds none. */
  get card(): Provided['card'] {
    return this.custom?.card;
  }

  /** The toolbar, for the directory's summary row. */
  render() {
    return this.takeAway.render();
  }

  detailTools(detail: ReactiveElement) {
    return this.takeAway.detailTools(detail);
  }
}
