// Registers <mhpss-org-card> (safe to run twice).
import { MhpssOrgCard } from './org-card.component.js';
import { define } from '../shared/element.js';

export { MhpssOrgCard };

define('mhpss-org-card', MhpssOrgCard);
