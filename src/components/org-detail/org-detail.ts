// Registers <mhpss-org-detail> (safe to run twice).
import { MhpssOrgDetail } from './org-detail.component.js';

export { MhpssOrgDetail };

if (!customElements.get('mhpss-org-detail'))
  customElements.define('mhpss-org-detail', MhpssOrgDetail);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-org-detail': MhpssOrgDetail;
  }
}
