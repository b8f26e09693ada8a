// The sentences that describe data issues (and the hint for a missing shipped list), as a chunk
// of their own for the widget: only a file with issues needs them.
export { describeIssues } from '../../core/model/load.js';
export { messages } from '../../core/model/messages.js';
