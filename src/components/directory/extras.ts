// What the directory adds to its first screen, as a chunk loaded beside the data: the filter
// column, the toolbar ("Download", "Print", "Copy link") and, for partners who change them,
// their own strings and card content — a further chunk, loaded only for directories that have
// any.
import type { ReactiveController, ReactiveElement } from 'lit';
import { en } from '../../i18n/en.js';
import { enTakeAway } from '../../i18n/en-take-away.js';
import type { Strings } from '../../i18n/index.js';
import { providers, type Provided } from '../shared/localize.js';
import type { Customizer } from './customize.js';
import type { MhpssDirectory } from './directory.component.js';
import './filters.js';
import { TakeAway, type TakeAwayView } from './take-away.js';

export class Extras implements ReactiveController, Provided {
  private readonly takeAway: TakeAway;
  private custom?: Customizer;
  private loading?: Promise<void>;
  /** Resolves (to these extras) once what the partner changes, if anything, is in place. */
  readonly ready: Promise<this>;
  /** A child added, removed or edited (a CMS, a framework) is read again on the next update. */
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: MhpssDirectory,
    view: () => TakeAwayView | undefined,
  ) {
    this.takeAway = new TakeAway(host, view);
    host.addController(this);
    // The partner's strings and cards, for the directory and every element it renders.
    providers.set(host, () => this);
    this.ready = Promise.resolve(this.customize()).then(() => this);
  }

  /** A link to a view followed on this page changes only the fragment: the view follows it. */
  private readonly handleHashChange = () => this.host.requestUpdate();

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    addEventListener('hashchange', this.handleHashChange);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    removeEventListener('hashchange', this.handleHashChange);
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
        (m) => void (this.custom = new m.Customizer(host, { ...en, ...enTakeAway })),
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
