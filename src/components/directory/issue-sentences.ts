// The sentences that describe data issues, the hint for a missing shipped list and what a
// partner's `facets` or `scope` names that the data does not have, as a chunk of their own for
// the widget: only a file with issues, or a page with a mistake, needs them.
export { describeIssues } from '../../core/model/load.js';
export { messages } from '../../core/model/messages.js';

/** Says in the console what of a partner's setting is ignored, and why. */
export function warnSetting(setting: 'facets' | 'scope', token: string): void {
  console.warn(
    `mhpss-directory: ${setting}: '${token}' ${
      setting === 'facets'
        ? 'is not a facet of this data'
        : "is not a 'facet:term' pair of this data (e.g. 'regions:africa')"
    }; it is ignored`,
  );
}
