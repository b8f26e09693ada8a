// Registers <mhpss-directory> and the elements of its first results (safe to run twice). The
// filter column and the detail dialog register themselves from chunks of their own, which the
// directory loads beside its data (filters) and when the browser is idle (detail).
import '../result-list/result-list.js';
import '../search-box/search-box.js';
import { MhpssDirectory } from './directory.component.js';
import { define } from '../shared/element.js';

export { MhpssDirectory };

define('mhpss-directory', MhpssDirectory);
