// Registers <mhpss-summary> (safe to run twice). The directory loads this module as a chunk of
// its own, and only when its overview is shown (`summary` is not "none").
import { MhpssSummary } from './summary.component.js';
import { define } from '../shared/element.js';

export { MhpssSummary };

define('mhpss-summary', MhpssSummary);
