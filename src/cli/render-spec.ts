// `mhpss-directory render`: its options, its help and what it says on the command line, apart
// from the command (render.ts) so that the grammar (options.ts) can list it without a circle.

export const RENDER_OPTIONS = {
  lang: {
    type: 'string',
    value: 'L',
    help: 'the language of the page: en, fr, es, ar (right to left), or any BCP 47 tag',
  },
  facets: {
    type: 'string',
    value: 'KEYS',
    help: "the element's facets, e.g. 'regions approaches'",
  },
  scope: {
    type: 'string',
    value: 'TERMS',
    help: "a fixed pre-filter, e.g. 'regions:middle-east' (applied and written)",
  },
  'page-size': { type: 'string', value: 'N', help: 'results per page (default 20)' },
  all: { type: 'boolean', help: 'render every organization, not the first page' },
  'heading-level': {
    type: 'string',
    value: 'N',
    help: 'the level of the heading of the results, 1-6 (default 2); names one below',
  },
  src: { type: 'string', value: 'URL', help: "the element's src: where the widget loads the data" },
  script: {
    type: 'string',
    value: 'URL',
    help: 'the script to load (default: this version on jsDelivr)',
  },
  format: {
    type: 'string',
    short: 'f',
    value: 'FORMAT',
    help: 'read FILE as json, csv or xlsx (default: by extension or content)',
  },
  output: {
    type: 'string',
    short: 'o',
    value: 'FILE',
    help: 'write to FILE instead of standard output',
  },
} as const;

export const RENDER_SUMMARY: [usage: string, text: string] = [
  'render [options] FILE',
  'the embed code with the first page pre-rendered as plain HTML',
];

export const RENDER_DETAILS = `Writes the embed code of a directory: the script tag and an <mhpss-directory>
element whose content is the first page of results as the element shows it (the
count, then each organization's name, acronym, type, headquarters, description and
website), in plain HTML. Visitors read it before the script runs and without
JavaScript; the element replaces it with its own view once it has its data. It has
no inline style and no script, so it works under a strict Content-Security-Policy.
Render it again when the data changes: the element replaces an outdated page anyway.`;

export const renderMessages = {
  pageSizeOrAll: () => '--page-size and --all cannot be used together',
  badPageSize: (value: string) =>
    `--page-size must be a whole number from 1 to 1000, not '${value}'`,
  badHeadingLevel: (value: string) =>
    `--heading-level must be a number from 1 to 6, not '${value}'`,
  badLang: (value: string) =>
    `--lang must be a language tag such as en, fr or pt-BR, not '${value}'`,
  badScope: (token: string) =>
    `--scope: '${token}' is not facet:term (e.g. regions:middle-east); it is ignored`,
  unknownScope: (facet: string, terms: string[]) =>
    `--scope: the data has no ${terms.length ? `term ${terms.map((t) => `'${t}'`).join(', ')} in ` : ''}facet '${facet}'; it is ignored`,
  unknownFacets: (keys: string[]) =>
    `--facets: the data has no facet ${keys.map((k) => `'${k}'`).join(', ')}; the element ignores ${keys.length === 1 ? 'it' : 'them'}`,
  wrote: (label: string, shown: number, total: number, target: string) =>
    `${label}: wrote ${shown === total ? `all ${total}` : `${shown} of ${total}`} organizations to ${target}`,
};
