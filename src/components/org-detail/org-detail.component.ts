// Everything a record holds, in a native modal <dialog>: focus moves in, Escape closes, and the
// opener gets focus back. Partners, funders and parent open their own entries in place; the
// record's sources close the view, numbered, and every fact a source supports (`supports`) carries
// the numbers of its sources, footnote-style: buttons that take focus to the source (a fragment
// link would not cross the shadow root), named "source 2", not "2".
/* eslint-disable lit-a11y/no-redundant-role -- role="list" restores the list semantics WebKit drops from lists styled list-style: none. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  FACETS_AFTER,
  ORGANIZATION_FIELDS,
  organizationField,
  type FieldDescription,
} from '../../core/model/fields.js';
import { isHttpUrl, type Organization } from '../../core/model/schema.js';
import { displayName, termIds } from '../../core/model/labels.js';
import type { Strings } from '../../i18n/index.js';
import { emit } from '../shared/events.js';
import { avatar, formatDate, humanize, safeLink, shortUrl } from '../shared/format.js';
import { MhpssElement } from '../shared/element.js';
import { reportLinkClick } from '../shared/link-click.js';
import { tokens } from '../shared/tokens.styles.js';
import type { LabelSource } from '../shared/types.js';
import { styles } from './org-detail.styles.js';
import { complete } from '../../i18n/complete.js';
import { enDetail } from '../../i18n/en-detail.js';

/** The fields shown as rows of the details list, in the table's order (core/model/fields.ts). */
const ROWS = ORGANIZATION_FIELDS.filter((field) => field.detail === 'row');

/** What a fact's marks need: their numbers and the sources' titles. */
type Mark = (fact: string) => TemplateResult | typeof nothing;

/** Each fact's sources, by number (1-based, the Sources list's order), from their `supports`. */
function sourcesByFact(org: Organization): Map<string, number[]> {
  const byFact = new Map<string, number[]>();
  (org.sources ?? []).forEach((source, i) => {
    const supports: unknown = source.supports;
    if (!Array.isArray(supports)) return;
    for (const fact of supports) {
      if (typeof fact !== 'string') continue;
      const numbers = byFact.get(fact) ?? [];
      if (!numbers.includes(i + 1)) numbers.push(i + 1);
      byFact.set(fact, numbers);
    }
  });
  return byFact;
}

/**
 * @summary An organization's full record and its sources in a modal dialog; partners, funders and parent link to their own entries.
 * @tag mhpss-org-detail
 * @attr lang - UI language (BCP 47); defaults to the closest `lang` on the page (reflected).
 * @csspart base - The dialog.
 * @csspart close - The close button.
 * @csspart link - Links to websites and email.
 * @cssprop [--mhpss-surface=#ffffff] - Dialog background.
 * @cssprop [--mhpss-accent=#0b5c7a] - Link and commitment accent colour.
 * @event {CustomEvent<OpenDetail>} mhpss-open - The visitor followed a partner, funder or parent to its entry.
 * @event {CustomEvent} mhpss-close - The visitor closed the dialog (close button, Escape or backdrop).
 * @event {CustomEvent<LinkClickDetail>} mhpss-link-click - The visitor followed the organization's website, email, a source or another link; navigation is not delayed.
 */
export class MhpssOrgDetail extends MhpssElement {
  static override styles = [tokens, styles];
  static override properties = {
    organization: { attribute: false },
    directory: { attribute: false },
    open: { type: Boolean, reflect: true },
  };

  /** The organization to show. */
  declare organization?: Organization;

  /** Names facet terms and resolves partner, funder and parent ids to organizations. */
  declare directory?: LabelSource;

  /** Whether the dialog is open. Setting it from code opens or closes it without events. */
  open = false;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private opener?: HTMLElement;

  /** Opens the dialog; focus returns to the element focused before, when it closes. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog (no event: the visitor did not ask). */
  close(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (this.open && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.showModal();
    } else if (!this.open && dialog.open) {
      dialog.close();
    } else if (this.open && changed.has('organization') && changed.get('organization')) {
      // Another entry in the same dialog: start reading from its name.
      dialog.scrollTop = 0;
      this.renderRoot.querySelector('h2')?.focus();
    }
  }

  override render() {
    const t = complete(this.i18n.t, enDetail);
    const org = this.organization;
    // The backdrop click is a mouse shortcut; keyboards have Escape (native to <dialog>).
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<dialog
      part="base"
      aria-labelledby="title"
      dir=${t.dir}
      @close=${this.handleClose}
      @click=${this.handleClick}
      @auxclick=${this.handleClick}
    >
      ${org ? this.renderRecord(org, t) : nothing}
    </dialog>`;
  }

  // autofocus on the close button is how a <dialog> names its first focus stop.
  /* eslint-disable lit-a11y/no-autofocus */
  private renderRecord(org: Organization, t: Strings & typeof enDetail): TemplateResult {
    // Terms, countries and languages in the page's language, not the UI's (as facets name them).
    const lang = this.i18n.tag;
    const dir = this.directory;
    const type =
      typeof org.type === 'string' ? (dir?.termLabel('type', org.type, lang) ?? org.type) : '';
    const facets = (dir?.facetKeys ?? []).filter(
      (key) => key !== 'type' && termIds(org[key]).length > 0,
    );
    // The built-in fields and the facets have their place; any other key is listed after them.
    const extras = Object.keys(org).filter(
      (key) => key !== 'type' && !organizationField(key) && !facets.includes(key),
    );
    // Data text is isolated (dir="auto"): a stray right-to-left override stays inside its value.
    const row = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${typeof value === 'string' ? html`<span dir="auto">${value}</span>` : value}</dd>`
        : nothing;
    // A row's label is the UI string named by the field (`website` → "Website").
    const label = (key: string) => {
      const text = (t as unknown as Record<string, unknown>)[key];
      return typeof text === 'string' ? text : humanize(key);
    };
    const list = (items: unknown[] | undefined, tags = false) =>
      items?.length
        ? html`<ul role="list" class=${tags ? 'tags' : ''}>
            ${items.map((i) => html`<li dir="auto">${i}</li>`)}
          </ul>`
        : '';
    // A fact's source numbers, as buttons to the sources; nothing for a fact no source supports.
    const byFact = sourcesByFact(org);
    const mark: Mark = (fact) => {
      const numbers = byFact.get(fact);
      return numbers
        ? html`<span class="marks"
            >${numbers.map(
              (n) =>
                html`<button
                  class="mark"
                  aria-label=${t.sourceMark(n)}
                  title=${org.sources![n - 1]!.title}
                  @click=${() => this.handleMark(n)}
                >
                  ${n}
                </button>`,
            )}</span
          >`
        : nothing;
    };
    return html`<header class="head">
        ${avatar(org)}
        <div>
          <h2 id="title" tabindex="-1" dir="auto">${org.name}</h2>
          ${
            org.acronym || type
              ? html`<p class="sub">
                  <span dir="auto">${[org.acronym, type].filter(Boolean).join(' · ')}</span
                  >${type ? mark(`type:${String(org.type)}`) : nothing}
                </p>`
              : nothing
          }
          ${
            org.parent
              ? html`<p class="sub">
                  ${t.parent} ${this.renderRef(org.parent)}${mark(`parent:${org.parent}`)}
                </p>`
              : nothing
          }
          ${this.i18n.provided?.detailTools?.(this) ?? nothing}
        </div>
        <button
          class="close"
          part="close"
          autofocus
          aria-label=${t.close}
          @click=${this.handleCloseClick}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
      </header>
      <div class="content">
        ${(org.description ?? '')
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p) => html`<p dir="auto">${p}</p>`)}
        <dl>
          ${ROWS.map(
            (field) =>
              html`${row(label(field.key), this.renderField(org, field, lang, list, mark))}
              ${
                field.key === FACETS_AFTER
                  ? facets.map((key) =>
                      row(
                        dir!.facetLabel(key, lang),
                        list(
                          termIds(org[key]).map(
                            (id) => html`${dir!.termLabel(key, id, lang)}${mark(`${key}:${id}`)}`,
                          ),
                          true,
                        ),
                      ),
                    )
                  : nothing
              }`,
          )}
          ${extras.map((key) => row(humanize(key), this.renderValue(org[key])))}
        </dl>
        ${
          org.commitments?.length
            ? html`<h3>${t.commitments}</h3>
                <ul role="list" class="commitments">
                  ${org.commitments.map(
                    (c) =>
                      html`<li>
                        <p dir="auto">${c.text}</p>
                        ${
                          c.source || c.url || c.date
                            ? html`<p class="src">
                                ${t.source}:
                                ${c.url ? safeLink(c.url, c.source || shortUrl(c.url)) : c.source}
                                ${c.date ? html`(<time datetime=${c.date}>${c.date}</time>)` : nothing}
                              </p>`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        ${
          org.sources?.length
            ? html`<h3>${t.sources}</h3>
                <ol class="sources">
                  ${org.sources.map(
                    (s, i) =>
                      html`<li dir="auto" id=${`source-${i + 1}`} tabindex="-1">
                        ${s.url ? safeLink(s.url, s.title === s.url ? shortUrl(s.url) : s.title) : s.title}
                        ${
                          typeof s.date === 'string'
                            ? html`<span class="date"
                                >(<bdi
                                  ><time datetime=${s.date}>${formatDate(s.date, lang)}</time></bdi
                                >)</span
                              >`
                            : nothing
                        }
                      </li>`,
                  )}
                </ol>`
            : nothing
        }
      </div>`;
  }

  /* eslint-enable lit-a11y/no-autofocus */

  /**
   * A row's value, as the field's kind says: a link, an address, tags, references or text; the
   * facts among them (headquarters, countries, partners, funders) with their sources' marks.
   */
  private renderField(
    org: Organization,
    field: FieldDescription,
    lang: string,
    list: (items: unknown[] | undefined, tags?: boolean) => unknown,
    mark: Mark,
  ): unknown {
    const value: unknown = org[field.key];
    if (value === undefined || value === null) return '';
    const items = Array.isArray(value) ? (value as string[]) : [];
    switch (field.kind) {
      case 'url':
        return typeof value === 'string' && safeLink(value, shortUrl(value));
      case 'email':
        return html`<a part="link" href=${`mailto:${String(value)}`}>${value}</a>`;
      case 'place': {
        const place = value as Record<string, unknown>;
        const text = (field.parts ?? [])
          .map((part) =>
            part === 'country' && typeof place[part] === 'string'
              ? displayName(place[part], lang, 'region')
              : place[part],
          )
          .filter(Boolean)
          .join(', ');
        return text && html`<span dir="auto">${text}</span>${mark(field.key)}`;
      }
      case 'countries':
        return list(
          items.map(
            (code) => html`${displayName(code, lang, 'region')}${mark(`${field.key}:${code}`)}`,
          ),
          true,
        );
      case 'languages':
        return list(
          items.map((tag) => displayName(tag, lang, 'language')),
          true,
        );
      case 'ref':
        return this.renderRef(String(value));
      case 'refs':
        return list(items.map((id) => html`${this.renderRef(id)}${mark(`${field.key}:${id}`)}`));
      case 'texts':
        return list(items);
      default:
        return typeof value === 'string' ? value : this.renderValue(value);
    }
  }

  /** An organization id as a button to its entry, or as plain text when it is not in the data. */
  private renderRef(id: string): TemplateResult | string {
    const target = this.directory?.get(id);
    if (!target) return html`<span dir="auto">${id}</span>`;
    return html`<button class="ref" dir="auto" @click=${() => this.handleOpen(target)}>
      ${target.name}
    </button>`;
  }

  /** Fields this version has no view for, shown as text, links, lists and nested lists. */
  private renderValue(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') {
      if (isHttpUrl(value)) return safeLink(value, shortUrl(value));
      if (this.directory?.get(value)) return this.renderRef(value);
      return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(value) ? humanize(value) : value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (depth > 2 || value === null || typeof value !== 'object') return '';
    if (Array.isArray(value)) {
      const items = value.map((v) => this.renderValue(v, depth + 1)).filter((v) => v !== '');
      return items.length
        ? html`<ul role="list">
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        : '';
    }
    return html`<dl>
      ${Object.entries(value).map(
        ([k, v]) =>
          html`<dt>${humanize(k)}</dt>
            <dd>${this.renderValue(v, depth + 1)}</dd>`,
      )}
    </dl>`;
  }

  /** A source's mark: focus goes to the source in the list (and the dialog scrolls to it). */
  private handleMark(n: number): void {
    this.renderRoot.querySelector<HTMLElement>(`#source-${n}`)?.focus();
  }

  private handleOpen(organization: Organization): void {
    this.organization = organization;
    emit(this, 'mhpss-open', { organization });
  }

  private handleCloseClick(): void {
    this.dialog.close();
  }

  private handleClick(event: MouseEvent): void {
    reportLinkClick(event, this.organization, this);
    // The dialog has no padding: a click on the dialog element itself is on the backdrop.
    if (event.type === 'click' && event.target === this.dialog) this.dialog.close();
  }

  private handleClose(): void {
    const byVisitor = this.open;
    this.open = false;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    if (byVisitor) emit(this, 'mhpss-close', {});
  }
}

/** The focused element, looking inside shadow roots (the opener is usually in one). */
function deepActiveElement(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return (el as HTMLElement | null) ?? undefined;
}

// With the class, not the registering module, so that `querySelector('mhpss-org-detail')` is typed
// from any import of the package.
declare global {
  interface HTMLElementTagNameMap {
    'mhpss-org-detail': MhpssOrgDetail;
  }
}
