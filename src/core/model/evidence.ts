// Evidence: for every fact a record states, the page that states it and a short quote from it.
// Maintainers and reviewers read it (data/evidence.json for the shipped list); what a visitor
// needs of it — which source supports which fact — travels in the directory's own `sources`.
import { factsOf } from './facts.js';
import {
  evidenceMessages,
  MAX_QUOTE_LENGTH,
  where,
  type DataIssue,
  type DataIssueCode,
} from './messages.js';
import { isObject, isPartialDate } from './patterns.js';
import type { DirectoryData, Organization } from './schema.js';

export { factsOf } from './facts.js';

/** One page's support for one fact. */
export interface EvidenceItem {
  /** The fact, `field:value`: `regions:africa`, `countries:UG`, `partners:who`, `headquarters`. */
  fact: string;
  /** The page's address: one of the record's `sources`. */
  url?: string;
  /** For a source without an address: its title, as the record's `sources` give it. */
  title?: string;
  /** A short verbatim quote from the page that states the fact. */
  quote: string;
  /** The page's own date, where it shows one: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
}

/** An evidence file: each organization's evidence, by organization id. */
export interface EvidenceDocument {
  version: 1;
  description?: string;
  organizations: Record<string, EvidenceItem[]>;
}

/** `field` and `value` of a `field:value` fact (`headquarters` has no value). */
function splitFact(fact: string): [string, string | undefined] {
  const at = fact.indexOf(':');
  return at < 0 ? [fact, undefined] : [fact.slice(0, at), fact.slice(at + 1)];
}

/**
 * Checks an evidence document against a directory: every fact of every record has evidence;
 * each item cites one of its record's sources (by address, or by title for a source without
 * one), quotes something, and dates itself properly; and no item speaks of a fact or record
 * the directory does not have. Returns the issues in the shape of {@link DataIssue}, in record
 * order.
 *
 * @example
 * ```ts
 * const issues = checkEvidence(data, JSON.parse(readFileSync('data/evidence.json', 'utf8')));
 * // record 4 (unicef): regions: 'africa' has no evidence: add the page that states it, …
 * ```
 */
export function checkEvidence(data: DirectoryData, evidence: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  const issue = (
    code: DataIssueCode & `evidence-${string}`,
    severity: DataIssue['severity'],
    path: string,
    message: string,
    index?: number,
    id?: string,
  ) =>
    issues.push({
      severity,
      ...(index === undefined ? {} : { index }),
      ...(id === undefined ? {} : { id }),
      path,
      code,
      message: `${index === undefined ? 'evidence' : where(index, id)}: ${message}`,
    });
  if (!isObject(evidence) || evidence.version !== 1 || !isObject(evidence.organizations)) {
    issue('evidence-unreadable', 'error', '', evidenceMessages.unreadable());
    return issues;
  }
  const byId = evidence.organizations;
  data.organizations.forEach((org, index) => {
    const { id } = org;
    const items = Object.hasOwn(byId, id) ? byId[id] : undefined;
    const list = Array.isArray(items) ? items : [];
    const facts = factsOf(org, data.taxonomies);
    const factSet = new Set(facts);
    const urls = new Set((org.sources ?? []).flatMap((s) => (s.url ? [s.url] : [])));
    const titles = new Set((org.sources ?? []).filter((s) => !s.url).map((s) => s.title));
    const covered = new Set<string>();
    list.forEach((item: unknown, i) => {
      const at = `evidence[${i}]`;
      if (
        !isObject(item) ||
        typeof item.fact !== 'string' ||
        typeof item.quote !== 'string' ||
        (typeof item.url !== 'string' && typeof item.title !== 'string')
      ) {
        issue('evidence-bad-item', 'error', at, evidenceMessages.badItem(at), index, id);
        return;
      }
      const { fact, quote } = item;
      if (!factSet.has(fact)) {
        issue('evidence-not-a-fact', 'warning', at, evidenceMessages.notAFact(at, fact), index, id);
        return;
      }
      const cited =
        typeof item.url === 'string' ? urls.has(item.url) : titles.has(item.title as string);
      if (!cited) {
        const page = typeof item.url === 'string' ? item.url : `'${String(item.title)}'`;
        issue(
          'evidence-not-a-source',
          'error',
          at,
          evidenceMessages.notASource(at, fact, page),
          index,
          id,
        );
        return;
      }
      if (!quote.trim()) {
        issue(
          'evidence-empty-quote',
          'error',
          at,
          evidenceMessages.emptyQuote(at, fact),
          index,
          id,
        );
        return;
      }
      if (quote.length > MAX_QUOTE_LENGTH) {
        issue(
          'evidence-long-quote',
          'warning',
          at,
          evidenceMessages.longQuote(at, fact, quote.length),
          index,
          id,
        );
      }
      if (item.date !== undefined && !isPartialDate(item.date)) {
        issue('evidence-bad-date', 'error', at, evidenceMessages.badDate(at, item.date), index, id);
      }
      covered.add(fact);
    });
    for (const fact of facts) {
      if (covered.has(fact)) continue;
      const [field, value] = splitFact(fact);
      issue('evidence-missing', 'error', field, evidenceMessages.missing(field, value), index, id);
    }
  });
  const known = new Set(data.organizations.map((org) => org.id));
  for (const id of Object.keys(byId)) {
    if (!known.has(id)) {
      issue('evidence-unknown-record', 'warning', '', evidenceMessages.unknownRecord(id));
    }
  }
  return issues;
}

/**
 * Which facts each of a record's sources supports, from the evidence: what the detail view
 * needs to point every fact at its source, without the evidence file. Sources keep their order;
 * facts their order of {@link factsOf}.
 */
export function sourceSupports(
  org: Organization,
  taxonomies: DirectoryData['taxonomies'],
  items: readonly EvidenceItem[],
): string[][] {
  const facts = factsOf(org, taxonomies);
  return (org.sources ?? []).map((source) => {
    const cites = (item: EvidenceItem) =>
      source.url ? item.url === source.url : !item.url && item.title === source.title;
    const supported = new Set(items.filter(cites).map((item) => item.fact));
    return facts.filter((fact) => supported.has(fact));
  });
}
