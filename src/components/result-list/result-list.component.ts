// One page of search results as cards, with previous/next paging. Only the page is rendered,
// and cards are reused in place (not keyed), so a keystroke updates at most one page of cards.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing } from 'lit';
import type { Hit } from '../../core/index.js';
import { emit } from '../shared/events.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import type { LabelSource } from '../shared/types.js';
import { styles } from './result-list.styles.js';

const arrow = (d: string) =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true">
    <path d=${d} fill="none" stroke="currentColor" stroke-width="2" />
  </svg>`;

/**
 * @summary A page of organization cards with previous/next paging.
 * @tag mhpss-result-list
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The list.
 * @csspart card - Each organization card (the card's base part).
 * @csspart pagination - The paging navigation.
 * @csspart card-extra - What a directory's partner adds to each card.
 * @cssprop [--mhpss-space=1rem] - Spacing unit between cards.
 * @event {CustomEvent<PageChangeDetail>} mhpss-page-change - The visitor asked for another page.
 * @event {CustomEvent<OpenDetail>} mhpss-open - The visitor opened an organization (from a card).
 */
export class MhpssResultList extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = {
    hits: { attribute: false },
    directory: { attribute: false },
    page: { type: Number },
    pageCount: { type: Number, attribute: 'page-count' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The hits of the current page, as `Directory.query()` returns them. */
  hits: Hit[] = [];

  /** Names facet terms on the cards. */
  declare directory?: LabelSource;

  /** The current page, 0-based. */
  page = 0;

  /** How many pages there are; paging shows when there is more than one. */
  pageCount = 1;

  /** The heading level of each organization's name (1–6). */
  headingLevel = 3;

  override render() {
    const t = this.i18n.t;
    // The page's tag, not the UI language: the cards name terms in the data's language.
    const lang = this.i18n.tag;
    const last = this.page >= this.pageCount - 1;
    return html`<ul class="list" part="base" role="list">
        ${this.hits.map(
          (hit) =>
            html`<li>
              <mhpss-org-card
                exportparts="base: card, avatar, name, mark, extra: card-extra"
                lang=${lang}
                .organization=${hit.organization}
                .highlights=${hit.highlights}
                .directory=${this.directory}
                .headingLevel=${this.headingLevel}
              ></mhpss-org-card>
            </li>`,
        )}
      </ul>
      ${
        this.pageCount > 1
          ? html`<nav part="pagination" aria-label=${t.pages} dir=${t.dir}>
              <button
                class="btn"
                aria-disabled=${this.page <= 0}
                @click=${() => this.go(this.page - 1)}
              >
                ${arrow('M10 3 5 8l5 5')}${t.prev}
              </button>
              <span class="page">${t.page(this.page + 1, this.pageCount)}</span>
              <button class="btn" aria-disabled=${last} @click=${() => this.go(this.page + 1)}>
                ${t.next}${arrow('m6 3 5 5-5 5')}
              </button>
            </nav>`
          : nothing
      }`;
  }

  /** Moves keyboard focus to the first result. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('mhpss-org-card')?.focus(options);
  }

  private go(page: number): void {
    if (page < 0 || page >= this.pageCount || page === this.page) return;
    this.page = page;
    emit(this, 'mhpss-page-change', { page });
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-result-list')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-result-list': MhpssResultList;
  }
}
