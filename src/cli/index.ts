// The mhpss-directory command: validate data files, convert CSV to JSON, export to other formats.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DirectoryLoadError,
  directoryToCsv,
  directoryToHsds,
  directoryToJsonLd,
  parseDirectory,
  parseDirectoryCsv,
  type DataIssue,
  type ParseResult,
} from '../core/index.js';
import { looksLikeCsv } from '../core/csv.js';

const USAGE = `Usage: mhpss-directory <command> [options]

Commands:
  validate FILE...           check directory files (JSON or CSV); exit 1 on any error
      --json                 print the result as JSON
      --quiet                print only errors and the summary
  import FILE.csv            convert a CSV sheet to the JSON data format
      --taxonomies FILE      take the facets (and labels) from this JSON directory
      -o, --output FILE      write to FILE instead of standard output
  export FILE                convert a directory to another format
      --format FORMAT        csv (default), jsonld or hsds
      -o, --output FILE      write to FILE instead of standard output

  -h, --help                 show this help
  -v, --version              show the version

Issues are printed as  FILE: record N (id): field: what is wrong
Record numbers count from 1; for CSV files the spreadsheet row is given too.`;

class UsageError extends Error {}

interface FileReport {
  file: string;
  ok: boolean;
  organizations?: number;
  errors: number;
  warnings: number;
  issues: DataIssue[];
  loadError?: string;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new DirectoryLoadError(`cannot read the file: ${why}`);
  }
}

function load(file: string, taxonomiesFrom?: string): ParseResult {
  const text = readText(file);
  if (looksLikeCsv(file, text)) {
    const taxonomies = taxonomiesFrom ? load(taxonomiesFrom).data.taxonomies : undefined;
    return parseDirectoryCsv(text, taxonomies ? { taxonomies } : {});
  }
  return parseDirectory(text);
}

function validateFile(file: string): FileReport {
  try {
    const { data, issues } = load(file);
    const errors = issues.filter((i) => i.severity === 'error').length;
    return {
      file,
      ok: errors === 0,
      organizations: data.organizations.length,
      errors,
      warnings: issues.length - errors,
      issues,
    };
  } catch (error) {
    if (!(error instanceof DirectoryLoadError)) throw error;
    return { file, ok: false, errors: 1, warnings: 0, issues: [], loadError: error.message };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function validate(files: string[], json: boolean, quiet: boolean): number {
  if (files.length === 0) throw new UsageError('validate needs at least one FILE');
  const reports = files.map(validateFile);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok: reports.every((r) => r.ok), files: reports }, null, 2)}\n`,
    );
  } else {
    for (const report of reports) {
      if (report.loadError) {
        process.stdout.write(`${report.file}: ${report.loadError}\n`);
        continue;
      }
      for (const issue of report.issues) {
        if (quiet && issue.severity !== 'error') continue;
        const tag = issue.severity === 'warning' ? 'warning: ' : '';
        process.stdout.write(`${report.file}: ${tag}${issue.message}\n`);
      }
      process.stdout.write(
        `${report.file}: ${plural(report.organizations ?? 0, 'organization')} valid, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}\n`,
      );
    }
    if (reports.length > 1) {
      const bad = reports.filter((r) => !r.ok).length;
      process.stdout.write(`${plural(reports.length, 'file')} checked, ${bad} with errors\n`);
    }
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

function output(text: string, file: string | undefined): void {
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}

function reportIssues(file: string, issues: DataIssue[]): void {
  for (const issue of issues) {
    process.stderr.write(
      `${file}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}\n`,
    );
  }
}

function convert(
  command: 'import' | 'export',
  files: string[],
  values: { output?: string; format?: string; taxonomies?: string },
): number {
  if (files.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
  const file = files[0]!;
  const format = command === 'import' ? 'json' : (values.format ?? 'csv');
  if (!['json', 'csv', 'jsonld', 'hsds'].includes(format)) {
    throw new UsageError(`unknown format '${format}': use csv, jsonld or hsds`);
  }
  let result: ParseResult;
  try {
    result = load(file, values.taxonomies);
  } catch (error) {
    if (error instanceof DirectoryLoadError)
      throw new DirectoryLoadError(`${file}: ${error.message}`);
    throw error;
  }
  const { data, issues } = result;
  reportIssues(file, issues);
  let text: string;
  if (format === 'csv') text = directoryToCsv(data);
  else if (format === 'jsonld') text = `${JSON.stringify(directoryToJsonLd(data), null, 2)}\n`;
  else if (format === 'hsds') text = `${JSON.stringify(directoryToHsds(data), null, 2)}\n`;
  else text = `${JSON.stringify(data, null, 2)}\n`;
  output(text, values.output);
  const skipped = issues.filter((i) => i.severity === 'error').length;
  if (values.output) {
    process.stderr.write(
      `${file}: wrote ${plural(data.organizations.length, 'organization')} to ${values.output}${skipped ? ` (${plural(skipped, 'error')} reported above)` : ''}\n`,
    );
  }
  return skipped ? 1 : 0;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      taxonomies: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  switch (command) {
    case 'validate':
      return validate(files, values.json ?? false, values.quiet ?? false);
    case 'import':
    case 'export':
      return convert(command, files, values);
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

function run(): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const name = basename(process.argv[1] ?? 'mhpss-directory').replace(/\.js$/, '');
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(
        `${name === 'index' ? 'mhpss-directory' : name}: ${(error as Error).message}\n\n${USAGE}\n`,
      );
      process.exitCode = 2;
    } else if (error instanceof DirectoryLoadError) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}

run();
