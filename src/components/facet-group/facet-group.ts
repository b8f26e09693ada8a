// Registers <mhpss-facet-group> (safe to run twice).
import { MhpssFacetGroup } from './facet-group.component.js';

export { MhpssFacetGroup };

if (!customElements.get('mhpss-facet-group'))
  customElements.define('mhpss-facet-group', MhpssFacetGroup);

declare global {
  interface HTMLElementTagNameMap {
    'mhpss-facet-group': MhpssFacetGroup;
  }
}
