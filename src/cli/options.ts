// The command line's grammar: which options each command takes, how they are read, and the
// help texts. Anything a command does not take is a usage error (exit 2), never ignored.
import { parseArgs } from 'node:util';
import { cliMessages } from '../core/model/messages.js';
import { RENDER_DETAILS, RENDER_OPTIONS, RENDER_SUMMARY } from './render-spec.js';

/** Exit statuses, the same in every command (also in --help and the README). */
export const EXIT = Object.freeze({ ok: 0, data: 1, usage: 2, internal: 70 });

/** A failure the command reports in one line; `code` is machine-readable. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT.data,
  ) {
    super(message);
  }
}

/** The command was called wrongly: exit 2, with a pointer to the help. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super('usage', message, EXIT.usage);
  }
}

export type Command = 'validate' | 'import' | 'export' | 'render' | 'serve';
export const COMMANDS: readonly Command[] = ['validate', 'import', 'export', 'render', 'serve'];

export const INPUT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonld', 'hsds', 'hsds-tabular'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help, for string options. */
  value?: string;
  help: string;
}

const SHARED = {
  sheet: {
    type: 'string',
    value: 'NAME',
    help: 'Excel: the sheet to read, by name or number (default: the first)',
  },
  taxonomies: {
    type: 'string',
    value: 'FILE',
    help: 'CSV, Excel: take the facets (terms, labels) from this JSON directory',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
} satisfies Record<string, OptionSpec>;

const SPECS: Record<Command, Record<string, OptionSpec>> = {
  validate: {
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      help: 'read every FILE as json, csv or xlsx (default: by extension, content)',
    },
    sheet: SHARED.sheet,
    taxonomies: SHARED.taxonomies,
    evidence: {
      type: 'string',
      value: 'FILE',
      help: 'also check FILE, the evidence of every fact (a page and a quote per fact)',
    },
    json: { type: 'boolean', help: 'print the result as JSON' },
    quiet: { type: 'boolean', short: 'q', help: 'print only errors and the summary' },
    help: SHARED.help,
  },
  import: {
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      help: 'read FILE as csv, xlsx or json (default: by extension or content)',
    },
    sheet: SHARED.sheet,
    taxonomies: SHARED.taxonomies,
    output: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      help: 'write to FILE instead of standard output',
    },
    help: SHARED.help,
  },
  export: {
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      help: 'csv (default), jsonld, hsds or hsds-tabular',
    },
    'input-format': {
      type: 'string',
      value: 'FORMAT',
      help: 'read FILE as json, csv or xlsx (default: by extension, content)',
    },
    sheet: SHARED.sheet,
    taxonomies: SHARED.taxonomies,
    output: {
      type: 'string',
      short: 'o',
      value: 'PATH',
      help: 'write to PATH (a folder for hsds-tabular), not standard output',
    },
    'no-bom': { type: 'boolean', help: 'csv: leave out the UTF-8 byte-order mark Excel needs' },
    'base-url': {
      type: 'string',
      value: 'URL',
      help: 'jsonld: node ids are URL + id (default: urn:uuid: ids)',
    },
    identity: {
      type: 'string',
      value: 'TEXT',
      help: 'jsonld, hsds: what the UUIDs are derived from (default: the title)',
    },
    'member-of': {
      type: 'string',
      value: 'ID',
      help: 'jsonld: the organization all are members of (member lists only)',
    },
    help: SHARED.help,
  },
  render: { ...RENDER_OPTIONS, help: SHARED.help },
  serve: {
    db: {
      type: 'string',
      value: 'URL',
      help: 'PostgreSQL to use (postgres://…); default: an embedded one in this process',
    },
    port: { type: 'string', short: 'p', value: 'N', help: 'port to listen on (default 8080)' },
    host: {
      type: 'string',
      value: 'HOST',
      help: 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)',
    },
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      help: 'read FILE as json, csv or xlsx (default: by extension, content)',
    },
    sheet: SHARED.sheet,
    taxonomies: SHARED.taxonomies,
    identity: {
      type: 'string',
      value: 'TEXT',
      help: 'what the HSDS UUIDs are derived from (default: the title)',
    },
    help: SHARED.help,
  },
};

const SUMMARY: Record<Command, [usage: string, text: string]> = {
  validate: ['validate [options] FILE...', 'check directory files: every issue, then a summary'],
  import: ['import [options] FILE', 'convert a sheet (CSV, Excel .xlsx) to the JSON format'],
  export: ['export [options] FILE', 'convert a directory to CSV, JSON-LD or Open Referral HSDS'],
  render: RENDER_SUMMARY,
  serve: ['serve [options] [FILE]', 'serve a directory as an HSDS 3.0 API over PostgreSQL'],
};
const DETAILS: Record<Command, string> = {
  validate: `Checks directory files (JSON, CSV or Excel .xlsx) and prints every issue, then a
summary per file. Exits 1 when any file has an error or cannot be read.
With --evidence FILE it also checks that every fact of every record (each facet term,
country, partner, funder, parent and headquarters) has evidence in FILE: the address of one
of the record's sources, a short quote from it that states the fact, and the page's date
where it shows one (data/evidence.json is the shipped list's).`,
  import: `Converts a sheet (CSV, or the first sheet of an Excel .xlsx workbook) to the JSON
data format, reporting every row it cannot take whole on standard error.`,
  export: `Converts a directory (JSON, CSV or Excel) to another format:
  csv           a sheet for Excel (UTF-8 with a byte-order mark, formula cells guarded)
  jsonld        schema.org JSON-LD (organizations, their types, relations and facets)
  hsds          Open Referral HSDS 3.0 JSON (one page of fully nested organizations)
  hsds-tabular  HSDS 3.0 tables (CSV files and a datapackage.json) in the folder -o DIR
Ids in jsonld and hsds are UUIDs derived from --identity (default: the directory's title)
and each record's id, so exporting again gives the same ids.`,
  render: RENDER_DETAILS,
  serve: `Serves a directory as an Open Referral HSDS 3.0 API (/, /organizations,
/organizations/{id}, /taxonomies, /taxonomy_terms) with the profile extension the
widget uses: term filters, a scope, sort and facet counts (see the README).
FILE is a directory (JSON, CSV or Excel) or an HSDS tabular export (a folder with
its datapackage.json). With --db the schema is created or migrated and FILE imported
into that PostgreSQL (again only when FILE changed); without FILE, --db serves what the
database holds, read only (a streaming replica, say). Without --db, FILE is loaded
into an embedded PostgreSQL in this process. Needs the packages pg (for --db) or
@electric-sql/pglite (embedded): npm install pg @electric-sql/pglite`,
};

const FOOTER = `FILE may be - for standard input. The format of a file is decided by its extension
(.json, .csv, .tsv, .xlsx), else by its content; folder names never count.
Issues are printed as  FILE: record N (id): field: what is wrong
(for sheets with the row: record 2 (who, row 4)).

Exit status: 0 ok; 1 data errors, or a file that cannot be read or written;
2 the command was called wrongly; 70 an internal error (please report it).`;

const optionLines = (spec: Record<string, OptionSpec>) =>
  Object.entries(spec).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(25)} ${o.help}`;
  });

/** The one-line usage of a command (or of the tool), printed after a usage error. */
export function usageLine(command?: Command): string {
  return command
    ? `Usage: mhpss-directory ${SUMMARY[command][0]}  (mhpss-directory ${command} --help for more)`
    : 'Usage: mhpss-directory <command> [options]  (mhpss-directory --help for more)';
}

/** The help of one command, or the general help. */
export function helpText(command?: Command): string {
  if (command) {
    return [
      `Usage: mhpss-directory ${SUMMARY[command][0]}`,
      '',
      DETAILS[command],
      '',
      'Options:',
      ...optionLines(SPECS[command]),
      '',
      FOOTER,
    ].join('\n');
  }
  return [
    'Usage: mhpss-directory <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${SUMMARY[c][0].padEnd(27)} ${SUMMARY[c][1]}`),
    '',
    'Options:',
    '  -h, --help                show this help (mhpss-directory COMMAND --help: a command)',
    '  -v, --version             show the version',
    '',
    FOOTER,
  ].join('\n');
}

export type Values = Record<string, string | boolean | undefined>;

export interface Parsed {
  command?: Command;
  help: boolean;
  version: boolean;
  files: string[];
  values: Values;
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two words. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * What a mistyped word most likely meant: the closest candidate within two edits (three for
 * long words: '--taxonomy' for '--taxonomies'), when no other is as close.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const scored = candidates
    .map((c) => [c, distance(word.toLowerCase(), c)] as const)
    .filter(([, d]) => d <= (word.length >= 8 ? 3 : Math.min(2, Math.floor(word.length / 2))))
    .sort((x, y) => x[1] - y[1]);
  if (!scored.length || (scored.length > 1 && scored[1]![1] === scored[0]![1])) return undefined;
  return scored[0]![0];
}

/**
 * Reads the arguments: the command first, then its options and files in any order. Throws
 * UsageError for an unknown command or option, an option a command does not take, a missing
 * value or a value given to a switch.
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const first = argv.findIndex((a) => !a.startsWith('-') || a === '-');
  const name = first < 0 ? undefined : argv[first];
  if (name === 'help') {
    const topic = argv[first + 1];
    const command = COMMANDS.find((c) => c === topic);
    if (topic !== undefined && !command) {
      throw new UsageError(cliMessages.unknownCommand(topic, nearest(topic, COMMANDS)));
    }
    return { command, help: true, version: false, files: [], values: {} };
  }
  if (name !== undefined && !COMMANDS.includes(name as Command)) {
    throw new UsageError(cliMessages.unknownCommand(name, nearest(name, COMMANDS)));
  }
  const command = name as Command | undefined;
  const spec: Record<string, OptionSpec> = command
    ? SPECS[command]
    : { help: SHARED.help, version: { type: 'boolean', short: 'v', help: '' } };
  const args = first < 0 ? [...argv] : [...argv.slice(0, first), ...argv.slice(first + 1)];
  const { tokens } = parseArgs({
    args,
    options: Object.fromEntries(
      Object.entries(spec).map(([k, o]) => [
        k,
        { type: o.type, ...(o.short ? { short: o.short } : {}) },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Values = {};
  const files: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    const option = spec[token.name];
    if (!option) {
      // A long option's likely meaning ('--quet' → '--quiet'); one letter is too little to guess.
      const near = token.rawName.startsWith('--')
        ? nearest(token.name, Object.keys(spec))
        : undefined;
      const meant = near === undefined ? undefined : `--${near}`;
      throw new UsageError(
        command
          ? cliMessages.unknownOption(command, token.rawName, meant)
          : cliMessages.unknownGlobalOption(token.rawName, meant),
        command,
      );
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined)
        throw new UsageError(cliMessages.optionTakesNoValue(token.rawName), command);
      values[token.name] = true;
    } else {
      const value = token.value;
      if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
        throw new UsageError(cliMessages.optionNeedsValue(token.rawName), command);
      }
      values[token.name] = value;
    }
  }
  return {
    command,
    help: values.help === true,
    version: values.version === true,
    files,
    values,
  };
}

/** Checks a format option against the formats it may name. */
export function formatOption<T extends string>(
  values: Values,
  key: string,
  allowed: readonly T[],
  command: Command,
): T | undefined {
  const value = values[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    const asOutput =
      command !== 'export' && (EXPORT_FORMATS as readonly string[]).includes(String(value));
    throw new UsageError(
      asOutput
        ? cliMessages.exportFormatAsInput(command, String(value))
        : cliMessages.unknownFormat(`--${key}`, String(value), allowed),
      command,
    );
  }
  return value as T;
}
