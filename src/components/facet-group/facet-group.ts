// Registers <mhpss-facet-group> (safe to run twice).
import { MhpssFacetGroup } from './facet-group.component.js';
import { define } from '../shared/element.js';

export { MhpssFacetGroup };

define('mhpss-facet-group', MhpssFacetGroup);
