// The full-text engine of a directory: folds the records' names, acronyms, descriptions, facet
// term labels (every language), cities and country names (the UI's four languages and the
// directory's) into the inverted index, then searches and highlights. Built with the Directory from npm; loaded after the first results in the widget.
import { add, wordsFor } from './bitset.js';
import { COUNTRY_NAME_LANGUAGES } from '../model/built-in-facets.js';
import type { DirectoryCore, TextEngine } from './directory-core.js';
import { matchRanges } from './highlight.js';
import { displayName } from '../model/labels.js';
import { tokenize } from './tokenizer.js';
import type { Organization } from '../model/schema.js';
import { TextSearch, type SearchMatches } from './search.js';
import type { LabelGroups } from './text-index.js';

/** Builds the text index of `dir`'s records and returns the engine to attach to it. */
export function createTextEngine(dir: DirectoryCore): TextEngine<SearchMatches> {
  const { labels, tags } = searchLabels(dir);
  const search = new TextSearch(dir.data.organizations, labels, tags);
  return {
    key(text) {
      const { words, lastTyped } = search.parse(text);
      return words.length ? `${words.join(' ')}\u0000${lastTyped}` : undefined;
    },
    search: (text, within) => search.search(text, within),
    highlight(organization: Organization, m: SearchMatches) {
      const out: ReturnType<TextEngine['highlight']> = {};
      const name = matchRanges(organization.name, m.highlight, true);
      if (name.length) out.name = name;
      if (organization.acronym) {
        const acronym = matchRanges(organization.acronym, m.highlight, true);
        if (acronym.length) out.acronym = acronym;
      }
      if (organization.description && m.highlightText.size) {
        out.text = matchRanges(organization.description, m.highlightText);
      }
      return out;
    },
  };
}

/**
 * Searches nobody sees, for when the visitor is reading (the widget runs them when idle): the
 * first keystrokes would otherwise pay for compiling the search code and for the letter-pair
 * index of typo search (built on the first typo), hundreds of milliseconds on a slow phone with
 * thousands of organizations. Two words of the first name, the first one misspelt (completion,
 * typos, phrases, facets), then its first letter alone, which matches most records (as a
 * visitor's first keystroke does).
 */
export function warmUp(dir: DirectoryCore): void {
  const [first = [], second = []] = (dir.data.organizations[0]?.name ?? '')
    .split(/\s+/)
    .map((word) => [...word]);
  const typo = [...first.slice(0, 2), ...first.slice(3)].join('');
  dir.query({ text: `${typo} ${second.slice(0, 2).join('')}` });
  dir.query({ text: first[0] ?? 'a' });
}

/**
 * What text search sees besides names, acronyms and descriptions: facet term labels (every
 * language) and country names as shared label groups, folded once; each record's city. The
 * server (`serve`) indexes with it too, so that both search the same words.
 */
export function searchLabels(
  dir: Pick<DirectoryCore, 'data' | 'facetKeys' | 'facetIndex' | 'lang' | 'size'>,
): {
  labels: LabelGroups;
  tags: (string[] | undefined)[];
} {
  const fold = (texts: (string | undefined)[]) => [
    ...new Set(texts.flatMap((t) => (t ? tokenize(t) : []))),
  ];
  // The facets' terms, with their own record bitsets from the facet index.
  const words: string[][] = [];
  const records: Uint32Array[] = [];
  dir.facetKeys.forEach((key, f) => {
    dir.data.taxonomies[key]!.terms.forEach((term, t) => {
      words.push(fold(Object.values(term.label)));
      records.push(dir.facetIndex.termBits[f]![t]!);
    });
  });
  // Countries (headquarters, countries of work), named in every language of the UI and the
  // directory's own: a visitor finds Uganda as "Uganda", "Ouganda" or "أوغندا" on any page.
  const langs = [...new Set([...COUNTRY_NAME_LANGUAGES, dir.lang])];
  const countries = new Map<string, Uint32Array>();
  const place = (d: number, code: unknown) => {
    if (typeof code !== 'string') return;
    let bits = countries.get(code);
    if (!bits) {
      bits = new Uint32Array(wordsFor(dir.size));
      countries.set(code, bits);
      words.push(fold(langs.map((l) => displayName(code, l, 'region'))));
      records.push(bits);
    }
    add(bits, d);
  };
  const tags: (string[] | undefined)[] = [];
  dir.data.organizations.forEach((org, d) => {
    const hq = org.headquarters;
    if (hq) {
      place(d, hq.country);
      if (typeof hq.city === 'string' && hq.city) tags[d] = tokenize(hq.city);
    }
    if (Array.isArray(org.countries)) for (const code of org.countries) place(d, code);
  });
  return { labels: { words, records }, tags };
}
