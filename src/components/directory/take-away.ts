// "Download", "Print" and "Copy link": what a visitor takes away of the results they narrowed
// down — every page of them, in their order — and, in the detail view, a link to the open
// organization. Part of the chunk the directory loads beside its data; the CSV writer loads when
// the download choices open.
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { CORE_DEFAULTS as DEFAULTS } from '../../core/defaults.js';
import type { DirectoryData, Organization } from '../../core/model/schema.js';
import { DirectoryCore } from '../../core/search/directory-core.js';
import { queryAll } from '../../core/search/query-all.js';
import type { AllStrings } from '../../i18n/en.js';
import { complete } from '../../i18n/complete.js';
import { enDetail } from '../../i18n/en-detail.js';
import { enTakeAway } from '../../i18n/en-take-away.js';
import { LocalizeController } from '../shared/localize.js';
import { CopyLink } from './copy-link.js';
import type { PartHost, ShownState, TakeAwayView } from './host.js';
import { printList } from './print-list.js';
import { styles } from './take-away.styles.js';

/**
 * Most organizations "Download" and "Print" read from a source over a network (a server's pages
 * of DEFAULTS.maxPageSize); a larger view is refused with a sentence saying so.
 */
export const REMOTE_TAKE_AWAY_LIMIT = 2000;

/** Thrown when a remote source's view is larger than REMOTE_TAKE_AWAY_LIMIT. */
export class TooMany extends Error {
  override name = 'TooMany';
  constructor(readonly total: number) {
    super(`${total} organizations: more than ${REMOTE_TAKE_AWAY_LIMIT} from a server`);
  }
}

/**
 * Every organization the view matches, on all pages, in their order: at once from a source in
 * memory, else read page by page — from a source over a network, at most
 * REMOTE_TAKE_AWAY_LIMIT of them (else TooMany).
 */
export function shownOrganizations({
  source,
  state,
  total,
}: TakeAwayView): Organization[] | Promise<Organization[]> {
  if (source instanceof DirectoryCore) return queryAll(source, state);
  return (async () => {
    if (source.capabilities?.remote && total > REMOTE_TAKE_AWAY_LIMIT) throw new TooMany(total);
    const out: Organization[] = [];
    for (let page = 0, pageCount = 1; page < pageCount; page++) {
      const result = await source.query({ ...state, page, pageSize: DEFAULTS.maxPageSize });
      out.push(...result.hits.map((hit) => hit.organization));
      pageCount = result.pageCount;
    }
    return out;
  })();
}

/** What identifies a view (its question), to tell whether what was read is still its. */
const viewKey = (view: TakeAwayView) => JSON.stringify(view.state);

/** A download's file name: what it is and the day it was taken, e.g. `mhpss-directory-2026-12-01.csv`. */
export function downloadName(extension: string, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `mhpss-directory-${day}.${extension}`;
}

const icon = (d: string) =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true">
    <path
      d=${d}
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
    />
  </svg>`;
const downloadIcon = icon('M10 3v9m-4-4 4 4 4-4M4 15v2h12v-2');
const printIcon = icon('M6 8V3h8v5M6 14H4V8h12v6h-2M6 11h8v6H6z');

/** Adds the toolbar's styles to a shadow root (the directory's, the detail dialog's). */
function adopt(root: unknown): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** The English the toolbar and the printed list bring (it is not on the first screen). */
const english = { ...enTakeAway, ...enDetail };

export class TakeAway implements ReactiveController {
  /** The view as the directory shows it now, once it shows results. */
  private view(): TakeAwayView | undefined {
    const { loaded, answers, selected, question, parts } = this.state;
    const { result } = answers;
    const { url } = parts;
    return loaded && result
      ? {
          source: loaded.source,
          state: question,
          total: result.total,
          filters: result.filters,
          org: selected?.id,
          link: url && ((org?: string) => url.linkTo(question, org)),
        }
      : undefined;
  }

  /** Whether the download choices are open. */
  private open = false;
  private printed?: HTMLElement;
  /** Why the last "Download" or "Print" took nothing (a server's view too large), for its view. */
  private refused?: { total: number; view: string };
  private csv?: Promise<typeof import('./csv-reader.js')>;
  private readonly i18n: LocalizeController;
  /** "Copy link" in the toolbar: the view. */
  private readonly copy: CopyLink;
  /** "Copy link" in the detail view: the view with the open organization. */
  private readonly copyOrganization: CopyLink;

  constructor(
    private readonly host: PartHost,
    private readonly state: ShownState,
  ) {
    this.i18n = new LocalizeController(host);
    const link = () => {
      const shown = this.view();
      return shown?.link?.(shown.org);
    };
    this.copy = new CopyLink(
      link,
      () => this.t,
      (t) => t.copyLink,
    );
    this.copy.owner = host;
    this.copyOrganization = new CopyLink(
      link,
      () => this.t,
      (t) => t.copyOrganizationLink,
    );
    host.addController(this);
  }

  /**
   * The strings in effect, with the toolbar's and the printed list's English under them (the
   * keys the toolbar, Copy link and the printed list read; typed whole for their sake).
   */
  private get t(): AllStrings {
    return complete(this.i18n.t, english) as AllStrings;
  }

  hostConnected(): void {
    adopt(this.host.renderRoot);
    addEventListener('beforeprint', this.handleBeforePrint);
    addEventListener('afterprint', this.handleAfterPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.handleBeforePrint);
    removeEventListener('afterprint', this.handleAfterPrint);
    this.close();
    this.copy.stop();
    this.copyOrganization.stop();
  }

  /** The toolbar, for the directory's summary row. */
  render(): TemplateResult | typeof nothing {
    const view = this.view();
    if (!view) return nothing;
    const { t } = this;
    const some = view.total > 0;
    return html`<div class="toolbar" part="toolbar">
      ${
        some
          ? html`<div
                class="downloads"
                @keydown=${this.handleMenuKey}
                @focusout=${this.handleMenuFocusOut}
              >
                <button
                  class="btn"
                  aria-expanded=${this.open}
                  aria-controls="downloads"
                  @click=${this.handleMenu}
                >
                  ${downloadIcon}${t.download}
                </button>
                <div class="choices" id="downloads" ?hidden=${!this.open}>
                  <button class="btn" @click=${this.handleCsv}>${t.downloadCsv}</button>
                  <button class="btn" @click=${this.handleJson}>${t.downloadJson}</button>
                </div>
              </div>
              <button class="btn" @click=${this.handlePrint}>${printIcon}${t.print}</button>`
          : nothing
      }
      ${this.copy.render()}
      ${
        this.refused?.view === viewKey(view)
          ? html`<p class="refused" role="alert">
              ${t.tooMany(this.refused.total, REMOTE_TAKE_AWAY_LIMIT)}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** "Copy link" for the detail dialog (`detail`), which renders it: a link to the organization. */
  detailTools(detail: ReactiveElement): TemplateResult {
    adopt(detail.renderRoot);
    this.copyOrganization.owner = detail;
    return html`<div class="share">${this.copyOrganization.render()}</div>`;
  }

  private get menuButton(): HTMLButtonElement | null | undefined {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('.downloads > button');
  }

  private setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (open) {
      document.addEventListener('pointerdown', this.handleOutside, true);
      // The writer is on its way before a format is chosen.
      void this.loadCsv().catch(() => undefined);
    } else document.removeEventListener('pointerdown', this.handleOutside, true);
    this.host.requestUpdate();
  }

  private close(): void {
    this.setOpen(false);
  }

  private loadCsv() {
    return (this.csv ??= import('./csv-reader.js').catch((error: unknown) => {
      this.csv = undefined;
      throw error;
    }));
  }

  private readonly handleMenu = () => this.setOpen(!this.open);

  private readonly handleMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.close();
    this.menuButton?.focus();
  };

  /** Tabbing out of the choices closes them. */
  private readonly handleMenuFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    if (to && !menu.contains(to)) this.close();
  };

  /** A click anywhere else closes the choices (focus need not move: Safari does not focus buttons). */
  private readonly handleOutside = (event: Event) => {
    const menu = this.host.renderRoot.querySelector('.downloads');
    if (menu && !event.composedPath().includes(menu)) this.close();
  };

  private readonly handleCsv = () => void this.download('csv');
  private readonly handleJson = () => void this.download('json');

  /** The shown organizations, or undefined when a server's view is too large (then said). */
  private async taken(view: TakeAwayView): Promise<Organization[] | undefined> {
    this.refused = undefined;
    try {
      return await shownOrganizations(view);
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
      this.refused = { total: error.total, view: viewKey(view) };
      this.host.requestUpdate();
      return undefined;
    }
  }

  /** Saves every shown organization, in their order, as CSV (the import format) or JSON. */
  private async download(format: 'csv' | 'json'): Promise<void> {
    const view = this.view();
    if (!view) return;
    this.close();
    this.menuButton?.focus();
    const organizations = await this.taken(view);
    if (!organizations) return;
    const data = { ...(view.source.data as DirectoryData), organizations };
    const text =
      format === 'csv'
        ? (await this.loadCsv()).directoryToCsv(data)
        : `${JSON.stringify(data, null, 2)}\n`;
    const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = downloadName(format);
    a.hidden = true;
    this.host.renderRoot.append(a);
    a.click();
    a.remove();
    // Long enough for any browser to have started saving it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** Organizations read for "Print" from a source that must be asked, for the view they show. */
  private prepared?: { view: string; organizations: Organization[] };

  private readonly handlePrint = async () => {
    const view = this.view();
    // A source that must be asked is read first (printing itself does not wait).
    if (view && !(view.source instanceof DirectoryCore)) {
      const organizations = await this.taken(view);
      if (!organizations) return;
      this.prepared = { view: viewKey(view), organizations };
    }
    print();
    this.prepared = undefined;
  };

  /** Before printing, the print stylesheet's list: every shown organization. */
  private readonly handleBeforePrint = () => {
    this.handleAfterPrint();
    const view = this.view();
    const base = this.host.renderRoot.querySelector('.base');
    const shown =
      view &&
      (this.prepared?.view === viewKey(view)
        ? this.prepared.organizations
        : shownOrganizations(view));
    // A source that cannot list every match at once prints what "Print" read, else none.
    if (!view || !base || !Array.isArray(shown)) return;
    this.printed = printList(view.source, view.state, view.filters, shown, {
      t: this.t,
      tag: this.i18n.tag,
    });
    base.append(this.printed);
  };

  private readonly handleAfterPrint = () => {
    this.printed?.remove();
    this.printed = undefined;
  };
}
