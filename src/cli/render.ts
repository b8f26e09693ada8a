// `mhpss-directory render FILE`: the embed code with the first page pre-rendered, written by the
// core's renderFirstPage over the directory in FILE. What the data does not have among --facets
// and --scope is said on standard error, as the element says it in the console.
import { readFileSync } from 'node:fs';
import { Directory, renderFirstPage } from '../core/index.js';
import { parseFacets, parseScope } from '../core/attributes.js';
import { CORE_DEFAULTS } from '../core/defaults.js';
import { cliMessages } from '../core/model/messages.js';
import { isLanguageTag } from '../core/model/patterns.js';
import { EXIT, formatOption, INPUT_FORMATS, UsageError, type Values } from './options.js';
import { loadDirectory, readInput, writeOutput } from './io.js';
import { renderMessages } from './render-spec.js';

const str = (values: Values, key: string) => values[key] as string | undefined;
const warn = (message: string) => process.stderr.write(`${message}\n`);

/** The jsDelivr URL of this package version's CDN module: what the snippet pins. */
export function pinnedScript(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name: string;
    version: string;
  };
  return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/mhpss-directory.js`;
}

/** A whole-number option within a range, or a usage error saying so. */
function wholeNumber(
  values: Values,
  key: string,
  min: number,
  max: number,
  message: (value: string) => string,
): number | undefined {
  const raw = str(values, key);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new UsageError(message(raw), 'render');
  return n;
}

export async function renderCommand(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) {
    throw new UsageError(cliMessages.needsOneFile('render'), 'render');
  }
  if (values.all && values['page-size'] !== undefined) {
    throw new UsageError(renderMessages.pageSizeOrAll(), 'render');
  }
  const pageSize = wholeNumber(values, 'page-size', 1, 1000, renderMessages.badPageSize);
  const headingLevel = wholeNumber(values, 'heading-level', 1, 6, renderMessages.badHeadingLevel);
  const lang = str(values, 'lang');
  if (lang !== undefined && !isLanguageTag(lang)) {
    throw new UsageError(renderMessages.badLang(lang), 'render');
  }
  const format = formatOption(values, 'format', INPUT_FORMATS, 'render');
  const input = await readInput(files[0]!);
  const { data, issues } = await loadDirectory(input, {
    command: 'render',
    warn,
    ...(format ? { format } : {}),
  });
  for (const issue of issues) {
    warn(`${input.label}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const directory = new Directory(data);

  // What the element would ignore, said here too.
  const facets = str(values, 'facets');
  const unknown = parseFacets(facets, directory.facetKeys).unknown;
  if (unknown.length) warn(renderMessages.unknownFacets(unknown));
  const scope = str(values, 'scope');
  const read = parseScope(scope);
  for (const token of read.invalid) warn(renderMessages.badScope(token));
  const dropped = directory.query({ scope: read.scope, pageSize: 1 }).dropped.scope;
  for (const [facet, terms] of Object.entries(dropped)) {
    warn(renderMessages.unknownScope(facet, Object.hasOwn(data.taxonomies, facet) ? terms : []));
  }

  const html = renderFirstPage(directory, {
    script: str(values, 'script') ?? pinnedScript(),
    ...(lang !== undefined ? { lang } : {}),
    ...(facets !== undefined ? { facets } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
    ...(headingLevel !== undefined ? { headingLevel } : {}),
    ...(str(values, 'src') !== undefined ? { src: str(values, 'src') } : {}),
    all: values.all === true,
  });
  const target = str(values, 'output');
  await writeOutput(target, html);
  if (target !== undefined && target !== '-') {
    const total = directory.query({ scope: read.scope, pageSize: 1 }).total;
    const shown = values.all ? total : Math.min(total, pageSize ?? CORE_DEFAULTS.pageSize);
    warn(renderMessages.wrote(input.label, shown, total, target));
  }
  return errors ? EXIT.data : EXIT.ok;
}
