// The sentences that describe data issues, as a chunk of their own for the widget: only a file
// with issues needs them.
export { describeIssues } from '../../core/load.js';
