// The sentences that describe data issues, the hint for a missing shipped list and what a
// partner's `facets` or `scope` names that the data does not have, as a chunk of their own for
// the widget: only a file with issues, or a page with a mistake, needs them.
export { describeIssues } from '../../core/model/load.js';
export { messages } from '../../core/model/messages.js';

/**
 * Says in the console what of a partner's setting is ignored, and why: the tokens, or the scope
 * terms (by facet) the data does not have.
 */
export function warnSetting(
  setting: 'facets' | 'scope',
  tokens: string[] | Record<string, string[]>,
): void {
  const listed = Array.isArray(tokens)
    ? tokens
    : Object.entries(tokens).flatMap(([facet, terms]) => terms.map((term) => `${facet}:${term}`));
  for (const token of listed) {
    console.warn(
      `mhpss-directory: ${setting}: '${token}' ${
        setting === 'facets'
          ? 'is not a facet of this data'
          : "is not a 'facet:term' pair of this data (e.g. 'regions:africa')"
      }; it is ignored`,
    );
  }
}
