// A server's record names others (parent, partners, funders) that no answer has held yet: they
// are asked for when its detail view opens, so that they show as links. A chunk of its own: only
// a source that must be asked (a server's, with `organization`) loads it.
import type { Organization } from '../../core/model/schema.js';
import type { DirectorySource } from '../../core/source.js';

/** Most related organizations asked of a server per detail view. */
export const RELATED_LIMIT = 24;

/**
 * Asks `source` for the organizations `organization` names that it does not hold; then, if
 * `current()` still holds, tells the detail view in `root` to render its links again.
 */
export async function askRelated(
  source: DirectorySource,
  organization: Organization,
  root: ParentNode,
  current: () => boolean,
): Promise<void> {
  const ask = source.organization?.bind(source);
  if (!ask) return;
  const ids = [organization.parent, organization.partners, organization.funders]
    .flat()
    .filter((id): id is string => typeof id === 'string' && !source.get(id));
  const asked = [...new Set(ids)].slice(0, RELATED_LIMIT).map((id) => ask(id).catch(() => {}));
  if (!asked.length) return;
  await Promise.all(asked);
  if (current()) {
    root
      .querySelector<HTMLElement & { requestUpdate(): void }>('mhpss-org-detail')
      ?.requestUpdate();
  }
}
