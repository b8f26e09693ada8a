// "Copy link": the button that copies a link to the view (url-state.ts makes it) with the
// Clipboard API, confirms it on screen and to screen readers, and shows it in a field to copy by
// hand where the clipboard cannot be written.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AllStrings } from '../../i18n/en.js';

/** How long "Link copied" stays on screen. */
export const COPIED_MS = 5000;

export const linkIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true">
  <path
    d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
  />
</svg>`;

/** One "Copy link" control and its state, rendered by the element it sits in (`owner`). */
export class CopyLink {
  /** The confirmation on screen ("Link copied"), announced politely. */
  private copied = '';
  /** The link shown in a field to copy by hand, when the clipboard could not be written. */
  private manual?: string;
  private timer?: ReturnType<typeof setTimeout>;
  /** The element the control is rendered in (it renders again when the control changes). */
  owner?: ReactiveControllerHost;

  constructor(
    /** The link to copy now, or undefined when there is no view yet. */
    private readonly link: () => string | undefined,
    private readonly t: () => AllStrings,
    /** The button's text. */
    private readonly label: (t: AllStrings) => string,
  ) {}

  /** The button, its live confirmation and, when needed, the field with the link. */
  render(): TemplateResult {
    const t = this.t();
    // A link shown to copy by hand is for the view it was made for.
    if (this.manual !== undefined && this.link() !== this.manual) this.manual = undefined;
    return html`<button class="btn" @click=${this.handleCopy}>${linkIcon}${this.label(t)}</button>
      <p class="copied" aria-live="polite">${this.copied}</p>
      ${
        this.manual !== undefined
          ? html`<label class="manual"
              >${t.copyManually} <input readonly .value=${this.manual} @focus=${selectAll}
            /></label>`
          : nothing
      }`;
  }

  /** Stops the confirmation's timer (the owner went away). */
  stop(): void {
    clearTimeout(this.timer);
  }

  private update(): void {
    this.owner?.requestUpdate();
  }

  private readonly handleCopy = async (event: Event) => {
    const link = this.link();
    if (link === undefined) return;
    const place = (event.currentTarget as HTMLElement).parentElement;
    clearTimeout(this.timer);
    try {
      // Throws where there is no clipboard (an http: page) or writing it is refused.
      await navigator.clipboard.writeText(link);
      this.manual = undefined;
      this.copied = this.t().linkCopied;
      this.timer = setTimeout(() => {
        this.copied = '';
        this.update();
      }, COPIED_MS);
      this.update();
    } catch {
      this.copied = '';
      this.manual = link;
      this.update();
      await this.owner?.updateComplete;
      place?.querySelector<HTMLInputElement>('.manual input')?.focus();
    }
  };
}

function selectAll(event: Event): void {
  (event.target as HTMLInputElement).select();
}
