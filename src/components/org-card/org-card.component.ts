// One search result: an organization's name (with matches marked), where it is based and what
// it does. The name is a button that asks for the detail view.
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing } from 'lit';
import type { Hit, Organization } from '../../core/index.js';
import { displayName, termIds } from '../../core/model/labels.js';
import { emit } from '../shared/events.js';
import { avatar, highlight } from '../shared/format.js';
import { MhpssElement } from '../shared/element.js';
import { tokens } from '../shared/tokens.styles.js';
import type { LabelSource } from '../shared/types.js';
import { styles } from './org-card.styles.js';

/**
 * @summary An organization as a search result card; its name opens the detail view.
 * @tag mhpss-org-card
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The card (an article).
 * @csspart avatar - The logo or initials.
 * @csspart name - The name button.
 * @csspart mark - Highlighted matches.
 * @csspart extra - What a partner adds to the card, in a directory (or an `extra` element with `part="extra"`).
 * @cssprop [--mhpss-surface=#ffffff] - Card background.
 * @cssprop [--mhpss-border=#d3dbe1] - Card border.
 * @cssprop [--mhpss-radius=0.5rem] - Card corner radius.
 * @event {CustomEvent<OpenDetail>} mhpss-open - The visitor asked to see the organization's details.
 */
export class MhpssOrgCard extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = {
    organization: { attribute: false },
    highlights: { attribute: false },
    directory: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    extra: { attribute: false },
  };

  /** The organization to show. */
  declare organization?: Organization;

  /** Match ranges to mark, from a search hit. */
  highlights: Hit['highlights'] = {};

  /** Names facet terms; without it the card shows no term tags. */
  declare directory?: LabelSource;

  /** The heading level of the name (1–6). */
  headingLevel = 3;

  /** Content added under the card's own (a Node, or text shown as text); in a directory, by default what its partner adds (`cardContent`, the `card` template). */
  declare extra?: Node | string | null;

  override render() {
    const org = this.organization;
    if (!org) return nothing;
    const { dir } = this.i18n.t;
    // Terms and countries in the page's language (`de` when the data has German), not the UI's.
    const lang = this.i18n.tag;
    const hl = this.highlights ?? {};
    const dirData = this.directory;
    const type =
      typeof org.type === 'string' && dirData ? dirData.termLabel('type', org.type, lang) : '';
    const hq = org.headquarters;
    const place = [hq?.city, hq?.country && displayName(hq.country, lang, 'region')]
      .filter(Boolean)
      .join(', ');
    const meta = [type, place].filter(Boolean).join(' · ');
    const tags = dirData
      ? dirData.facetKeys
          .filter((key) => key !== 'type')
          .flatMap((key) => termIds(org[key]).map((id) => dirData.termLabel(key, id, lang)))
          .slice(0, 4)
      : [];
    const description =
      hl.description ?? (org.description ? { text: org.description, ranges: [] } : undefined);
    return html`<article part="base" aria-labelledby="name" dir=${dir}>
      ${avatar(org)}
      <div class="body">
        <div class="title">
          <div class="name" id="name" role="heading" aria-level=${this.headingLevel}>
            <button part="name" dir="auto" @click=${this.handleOpen}>
              ${highlight(org.name, hl.name)}
            </button>
          </div>
          ${org.acronym ? html`<span class="acronym" dir="auto">${highlight(org.acronym, hl.acronym)}</span>` : nothing}
        </div>
        ${meta ? html`<p class="meta"><span dir="auto">${meta}</span></p>` : nothing}
        ${description ? html`<p class="desc" dir="auto">${highlight(description.text, description.ranges)}</p>` : nothing}
        ${
          tags.length
            ? html`<ul class="tags" role="list">
                ${tags.map((tag) => html`<li dir="auto">${tag}</li>`)}
              </ul>`
            : nothing
        }
        ${this.extra ?? this.i18n.provided?.card?.(org)}
      </div>
    </article>`;
  }

  /** Moves keyboard focus to the card's name button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('button')?.focus(options);
  }

  private handleOpen(): void {
    if (this.organization) emit(this, 'mhpss-open', { organization: this.organization });
  }
}

// With the class, not the registering module, so that `querySelector('mhpss-org-card')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-org-card': MhpssOrgCard;
  }
}
