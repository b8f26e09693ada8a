// Registers <mhpss-search-box> (safe to run twice).
import { MhpssSearchBox } from './search-box.component.js';

export { MhpssSearchBox };

if (!customElements.get('mhpss-search-box'))
  customElements.define('mhpss-search-box', MhpssSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-search-box': MhpssSearchBox;
  }
}
