// Registers <mhpss-result-list> (safe to run twice).
import '../org-card/org-card.js';
import { MhpssResultList } from './result-list.component.js';

export { MhpssResultList };

if (!customElements.get('mhpss-result-list'))
  customElements.define('mhpss-result-list', MhpssResultList);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-result-list': MhpssResultList;
  }
}
