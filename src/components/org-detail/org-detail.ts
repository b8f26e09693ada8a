// Registers <mhpss-org-detail> (safe to run twice).
import { MhpssOrgDetail } from './org-detail.component.js';
import { define } from '../shared/element.js';

export { MhpssOrgDetail };

define('mhpss-org-detail', MhpssOrgDetail);
