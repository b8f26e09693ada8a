// Registers <mhpss-org-card> (safe to run twice).
import { MhpssOrgCard } from './org-card.component.js';

export { MhpssOrgCard };

if (!customElements.get('mhpss-org-card')) customElements.define('mhpss-org-card', MhpssOrgCard);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-org-card': MhpssOrgCard;
  }
}
