// Registers <mhpss-result-list> (safe to run twice).
import '../org-card/org-card.js';
import { MhpssResultList } from './result-list.component.js';
import { define } from '../shared/element.js';

export { MhpssResultList };

define('mhpss-result-list', MhpssResultList);
