// The mhpss-directory command: validate directory files, convert sheets (CSV, Excel) to JSON,
// export to CSV, schema.org JSON-LD and Open Referral HSDS, render the embed code with its first
// page, serve an HSDS API. Every expected failure is one line on standard error and an exit
// status from EXIT; a closed output pipe ends the command quietly.
import { readFileSync } from 'node:fs';
import {
  directoryToCsv,
  directoryToHsds,
  directoryToHsdsTabular,
  directoryToJsonLd,
  type DataIssue,
  type ParseResult,
  type Taxonomy,
} from '../core/index.js';
import { checkEvidence } from '../core/model/evidence.js';
import { cliMessages } from '../core/model/messages.js';
import { renderCommand } from './render.js';
import { serveMessages } from './serve-messages.js';
import {
  loadDirectory,
  readInput,
  STDIN_LABEL,
  writeFolder,
  writeOutput,
  type Input,
} from './io.js';
import {
  CliError,
  EXIT,
  EXPORT_FORMATS,
  formatOption,
  helpText,
  INPUT_FORMATS,
  parseCommandLine,
  usageLine,
  UsageError,
  type Command,
  type ExportFormat,
  type InputFormat,
  type Values,
} from './options.js';

interface FileReport {
  file: string;
  ok: boolean;
  organizations?: number;
  errors: number;
  warnings: number;
  issues: DataIssue[];
  loadError?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const str = (values: Values, key: string) => values[key] as string | undefined;
const warn = (message: string) => process.stderr.write(`${message}\n`);

function checkStdin(files: readonly string[], command: Command): void {
  if (files.filter((f) => f === '-').length > 1) {
    throw new UsageError(cliMessages.stdinTwice(), command);
  }
}

/** The facets of the directory named by --taxonomies, for filing a sheet's cells. */
async function taxonomiesFrom(
  values: Values,
  command: Command,
): Promise<Record<string, Taxonomy> | undefined> {
  const path = str(values, 'taxonomies');
  if (path === undefined) return undefined;
  const input = await readInput(path);
  return (await loadDirectory(input, { command, warn })).data.taxonomies;
}

interface Loaded extends ParseResult {
  input: Input;
}

/** Reads one input as a directory, with the options every command shares. */
async function load(
  path: string,
  command: Command,
  values: Values,
  taxonomies: Record<string, Taxonomy> | undefined,
  format: InputFormat | undefined,
  lenient = false,
): Promise<Loaded> {
  const input = await readInput(path);
  const result = await loadDirectory(input, {
    command,
    warn,
    lenient,
    ...(format ? { format } : {}),
    ...(str(values, 'sheet') !== undefined ? { sheet: str(values, 'sheet') } : {}),
    ...(taxonomies ? { taxonomies } : {}),
  });
  return { ...result, input };
}

async function validate(files: string[], values: Values): Promise<number> {
  if (files.length === 0) throw new UsageError(cliMessages.needsFiles('validate'), 'validate');
  checkStdin(files, 'validate');
  const format = formatOption(values, 'format', INPUT_FORMATS, 'validate');
  const taxonomies = await taxonomiesFrom(values, 'validate');
  const evidence = await evidenceFrom(values);
  const reports: FileReport[] = [];
  for (const file of files) {
    const label = file === '-' ? STDIN_LABEL : file;
    try {
      // With several files, --sheet and --taxonomies apply to the sheets among them.
      const loaded = await load(file, 'validate', values, taxonomies, format, true);
      const { data } = loaded;
      const issues = evidence
        ? [...loaded.issues, ...checkEvidence(data, evidence.json)]
        : loaded.issues;
      const errors = errorCount(issues);
      reports.push({
        file: label,
        ok: errors === 0,
        organizations: data.organizations.length,
        errors,
        warnings: issues.length - errors,
        issues,
      });
    } catch (error) {
      if (!(error instanceof CliError) || error instanceof UsageError) throw error;
      const message = error.message.startsWith(`${label}: `)
        ? error.message.slice(label.length + 2)
        : error.message;
      reports.push({
        file: label,
        ok: false,
        errors: 1,
        warnings: 0,
        issues: [],
        loadError: message,
      });
    }
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (values.json) {
    out(JSON.stringify({ ok: reports.every((r) => r.ok), files: reports }, null, 2));
  } else {
    for (const report of reports) {
      if (report.loadError) {
        out(`${report.file}: ${report.loadError}`);
        continue;
      }
      for (const issue of report.issues) {
        if (values.quiet && issue.severity !== 'error') continue;
        out(issueLine(report.file, issue));
      }
      out(
        cliMessages.fileSummary(
          report.file,
          plural(report.organizations ?? 0, 'organization'),
          plural(report.errors, 'error'),
          plural(report.warnings, 'warning'),
        ),
      );
    }
    if (reports.length > 1) {
      const bad = reports.filter((r) => !r.ok).length;
      out(cliMessages.filesSummary(plural(reports.length, 'file'), bad));
    }
  }
  return reports.every((r) => r.ok) ? EXIT.ok : EXIT.data;
}

/** The evidence file named by --evidence, parsed (a file that is not JSON is a CliError). */
async function evidenceFrom(values: Values): Promise<{ json: unknown } | undefined> {
  const path = str(values, 'evidence');
  if (path === undefined) return undefined;
  const input = await readInput(path);
  try {
    return { json: JSON.parse(new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '')) };
  } catch (error) {
    throw new CliError(
      'unreadable-evidence',
      cliMessages.evidenceNotJson(input.label, (error as Error).message),
    );
  }
}

/** An issue as the CLI prints it: `label: [warning: ]sentence`. */
const issueLine = (label: string, issue: DataIssue) =>
  `${label}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;

const errorCount = (issues: DataIssue[]) => issues.filter((i) => i.severity === 'error').length;

/** Prints the issues on stderr and returns how many are errors. */
function reportIssues(label: string, issues: DataIssue[]): number {
  for (const issue of issues) warn(issueLine(label, issue));
  return errorCount(issues);
}

function summary(label: string, count: number, target: string | undefined, errors: number) {
  if (target === undefined || target === '-') return;
  const what = plural(count, 'organization');
  warn(
    cliMessages.wrote(
      label,
      what,
      target,
      errors ? ` (${plural(errors, 'error')} reported above)` : '',
    ),
  );
}

async function importSheet(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError(cliMessages.needsOneFile('import'), 'import');
  const inputFormat = formatOption(values, 'format', INPUT_FORMATS, 'import');
  const taxonomies = await taxonomiesFrom(values, 'import');
  const { data, issues, input } = await load(files[0]!, 'import', values, taxonomies, inputFormat);
  const errors = reportIssues(input.label, issues);
  const target = str(values, 'output');
  await writeOutput(target, `${JSON.stringify(data, null, 2)}\n`);
  summary(input.label, data.organizations.length, target, errors);
  return errors ? EXIT.data : EXIT.ok;
}

/** Options that only one export format (or a few) reads. */
const FORMAT_OPTIONS: Record<string, readonly ExportFormat[]> = {
  'no-bom': ['csv'],
  'base-url': ['jsonld'],
  'member-of': ['jsonld'],
  identity: ['jsonld', 'hsds', 'hsds-tabular'],
};

async function exportDirectory(files: string[], values: Values): Promise<number> {
  if (files.length !== 1) throw new UsageError(cliMessages.needsOneFile('export'), 'export');
  const format = formatOption(values, 'format', EXPORT_FORMATS, 'export') ?? 'csv';
  const inputFormat = formatOption(values, 'input-format', INPUT_FORMATS, 'export');
  for (const [option, formats] of Object.entries(FORMAT_OPTIONS)) {
    if (values[option] !== undefined && !formats.includes(format)) {
      throw new UsageError(cliMessages.optionOnlyFor(`--${option}`, formats.join(', ')), 'export');
    }
  }
  const target = str(values, 'output');
  if (format === 'hsds-tabular' && (target === undefined || target === '-')) {
    throw new UsageError(cliMessages.needsFolder(format), 'export');
  }
  const taxonomies = await taxonomiesFrom(values, 'export');
  const { data, issues, input } = await load(files[0]!, 'export', values, taxonomies, inputFormat);
  const errors = reportIssues(input.label, issues);
  const identity = str(values, 'identity');
  const ids = identity !== undefined ? { identity } : {};
  if (format === 'hsds-tabular') {
    await writeFolder(target!, directoryToHsdsTabular(data, ids));
  } else {
    let text: string;
    if (format === 'csv') text = directoryToCsv(data, { bom: values['no-bom'] !== true });
    else if (format === 'hsds') text = `${JSON.stringify(directoryToHsds(data, ids), null, 2)}\n`;
    else {
      const baseUrl = str(values, 'base-url');
      const memberOf = str(values, 'member-of');
      let doc: unknown;
      try {
        doc = directoryToJsonLd(data, {
          ...ids,
          ...(baseUrl !== undefined ? { baseUrl } : {}),
          ...(memberOf !== undefined ? { memberOf } : {}),
        });
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new CliError('bad-member-of', `${input.label}: ${error.message}`);
      }
      text = `${JSON.stringify(doc, null, 2)}\n`;
    }
    await writeOutput(target, text);
  }
  summary(input.label, data.organizations.length, target, errors);
  return errors ? EXIT.data : EXIT.ok;
}

/** The --port value: a whole number from 0 to 65535. */
function portOption(values: Values): number | undefined {
  const raw = str(values, 'port');
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || port > 65535) {
    throw new UsageError(serveMessages.badPort(raw), 'serve');
  }
  return port;
}

/**
 * Serves a directory as an HSDS 3.0 API until stopped (Ctrl-C, SIGTERM). The server and its
 * database packages are loaded only here: other commands never touch them.
 */
async function serveDirectory(files: string[], values: Values): Promise<number> {
  if (files.length > 1) throw new UsageError(cliMessages.needsOneFile('serve'), 'serve');
  const db = str(values, 'db');
  if (files.length === 0 && db === undefined) {
    throw new UsageError(serveMessages.needsFileOrDb(), 'serve');
  }
  const port = portOption(values);
  const { serve, ServerSetupError } = await import('../server/index.js');
  let data: ParseResult['data'] | undefined;
  let errors = 0;
  if (files[0] !== undefined) {
    const { hsdsTabularFolder, readHsdsTabular } = await import('../server/hsds-tabular.js');
    const folder = files[0] === '-' ? undefined : await hsdsTabularFolder(files[0]);
    let result: ParseResult;
    let label: string;
    if (folder) {
      label = folder;
      try {
        result = await readHsdsTabular(folder);
      } catch (error) {
        if (error instanceof ServerSetupError) throw new CliError(error.code, error.message);
        throw error;
      }
    } else {
      const format = formatOption(values, 'format', INPUT_FORMATS, 'serve');
      const taxonomies = await taxonomiesFrom(values, 'serve');
      const loaded = await load(files[0], 'serve', values, taxonomies, format);
      result = loaded;
      label = loaded.input.label;
    }
    errors = reportIssues(label, result.issues);
    data = result.data;
  }
  const identity = str(values, 'identity');
  let running: Awaited<ReturnType<typeof serve>>;
  try {
    const started = Date.now();
    running = await serve({
      ...(db !== undefined ? { db } : {}),
      ...(data ? { data } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(str(values, 'host') !== undefined ? { host: str(values, 'host') } : {}),
      ...(identity !== undefined ? { identity } : {}),
    });
    if (running.imported) {
      warn(
        running.imported.imported
          ? serveMessages.imported(running.imported.size, Date.now() - started)
          : serveMessages.unchanged(running.imported.size),
      );
    }
  } catch (error) {
    if (error instanceof ServerSetupError)
      throw new CliError(error.code, `mhpss-directory: ${error.message}`);
    throw error;
  }
  const size = running.imported?.size;
  warn(
    serveMessages.listening(
      running.url,
      size ?? 0,
      db !== undefined ? 'PostgreSQL' : 'embedded PostgreSQL',
    ),
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      running.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return errors ? EXIT.data : EXIT.ok;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.version && !parsed.command) {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (parsed.help) {
    process.stdout.write(`${helpText(parsed.command)}\n`);
    return EXIT.ok;
  }
  switch (parsed.command) {
    case 'validate':
      return validate(parsed.files, parsed.values);
    case 'import':
      return importSheet(parsed.files, parsed.values);
    case 'export':
      return exportDirectory(parsed.files, parsed.values);
    case 'render':
      return renderCommand(parsed.files, parsed.values);
    case 'serve':
      return serveDirectory(parsed.files, parsed.values);
    default:
      throw new UsageError(cliMessages.noCommand());
  }
}

/** A reader that stops early (`| head`) closes the pipe: end quietly with the status so far. */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw error;
    });
  }
}

async function run(): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`mhpss-directory: ${error.message}\n${usageLine(error.command)}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(
        `mhpss-directory: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`,
      );
      process.exitCode = EXIT.internal;
    }
  }
}

await run();
