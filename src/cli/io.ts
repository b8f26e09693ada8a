// Reading inputs (files or standard input, any text encoding Excel writes, CSV, JSON or .xlsx)
// and writing outputs (standard output, a file, a folder), each failure as one CliError line.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  DirectoryLoadError,
  parseDirectory,
  parseDirectoryCsv,
  parseDirectoryTable,
  type ParseResult,
  type Taxonomy,
} from '../core/index.js';
import { looksLikeCsv } from '../core/formats/sniff.js';
import { cliMessages, fileErrorReason } from '../core/model/messages.js';
import { CliError, UsageError, type Command, type InputFormat } from './options.js';

/** What standard input is called in messages. */
export const STDIN_LABEL = '(standard input)';

/** A read input: its path (`-` for standard input), its name in messages, its bytes. */
export interface Input {
  path: string;
  label: string;
  bytes: Uint8Array;
}

const reasonOf = (error: unknown) =>
  fileErrorReason((error as NodeJS.ErrnoException).code, (error as Error).message);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/** Reads a file, or standard input for `-`. Throws CliError (exit 1) naming the path and why. */
export async function readInput(path: string): Promise<Input> {
  const label = path === '-' ? STDIN_LABEL : path;
  try {
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    return { path, label, bytes };
  } catch (error) {
    throw new CliError('cannot-read', cliMessages.cannotRead(label, reasonOf(error)));
  }
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * The format of an input: given, else a workbook by the extension of the file name (never a
 * folder name) or its ZIP signature, else CSV or JSON as the core's looksLikeCsv decides from
 * the name and the text (`{`, `[` or `<` starts JSON; an HTML page is then reported as such).
 */
function inputFormat(
  input: Input,
  given: InputFormat | undefined,
  text: () => string,
): InputFormat {
  if (given) return given;
  const name = input.path === '-' ? '' : basename(input.path);
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') throw new CliError('old-xls', cliMessages.oldXls(input.label));
  const bytes = input.bytes;
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new CliError('old-xls', cliMessages.oldXls(input.label));
  }
  if (ext === '.json' || ext === '.jsonld') return 'json';
  return looksLikeCsv(name, text()) ? 'csv' : 'json';
}

/**
 * The text of an input: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark (Excel's "Unicode text"), else Windows-1252 (Excel's plain "CSV" on Windows), which
 * `utf8: false` tells.
 */
function decodeText(bytes: Uint8Array): { text: string; utf8: boolean } {
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes), utf8: true };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes), utf8: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), utf8: false };
  }
}

export interface LoadOptions {
  format?: InputFormat;
  sheet?: string;
  taxonomies?: Record<string, Taxonomy>;
  command: Command;
  warn: (message: string) => void;
  /** Ignore --sheet and --taxonomies where they do not apply (validate, several files). */
  lenient?: boolean;
}

/**
 * Reads a directory from an input in any supported format. Throws CliError (exit 1) when the
 * input cannot be read as a directory, UsageError when an option does not fit the input.
 */
export async function loadDirectory(input: Input, options: LoadOptions): Promise<ParseResult> {
  let decoded: { text: string; utf8: boolean } | undefined;
  const text = () => (decoded ??= decodeText(input.bytes)).text;
  const format = inputFormat(input, options.format, text);
  if (!options.lenient && options.sheet !== undefined && format !== 'xlsx') {
    throw new UsageError(cliMessages.sheetOnlyForXlsx(), options.command);
  }
  if (!options.lenient && options.taxonomies !== undefined && format === 'json') {
    throw new UsageError(cliMessages.taxonomiesOnlyForSheets(), options.command);
  }
  const taxonomies = options.taxonomies ? { taxonomies: options.taxonomies } : {};
  try {
    if (format === 'xlsx') {
      // Loaded only for workbooks: most runs never pay for the zip and XML readers.
      const { readWorkbookSheet } = await import('./xlsx.js');
      const { name, rows } = await readWorkbookSheet(input, options.sheet);
      return parseDirectoryTable(rows, { ...taxonomies, sheet: name });
    }
    const source = text();
    if (!decoded!.utf8) options.warn(cliMessages.notUtf8(input.label));
    if (format === 'csv') return parseDirectoryCsv(source, taxonomies);
    return parseDirectory(source);
  } catch (error) {
    if (error instanceof DirectoryLoadError) {
      throw new CliError(error.code, `${input.label}: ${error.message}`);
    }
    throw error;
  }
}

/** Writes text to standard output (no target, or `-`) or to a file. */
export async function writeOutput(target: string | undefined, text: string): Promise<void> {
  if (target === undefined || target === '-') {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new CliError(
      'cannot-write',
      cliMessages.cannotWrite(target, await writeReason(target, error)),
    );
  }
}

/** Why a file could not be written: a missing folder is named, other reasons as they are. */
async function writeReason(target: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return reasonOf(error);
  let folder = dirname(target);
  // Name the first folder on the way that is missing.
  for (;;) {
    const parent = dirname(folder);
    if (parent === folder || (await exists(parent))) break;
    folder = parent;
  }
  return cliMessages.missingFolder(folder);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes several files into a folder, making the folder when its parent exists (a missing
 * parent is an error, as for a single file). Files already there under other names are kept.
 */
export async function writeFolder(folder: string, files: Record<string, string>): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      const info = await stat(folder);
      if (!info.isDirectory()) {
        throw new CliError(
          'cannot-write',
          cliMessages.cannotMakeFolder(folder, fileErrorReason('EEXIST', '')),
        );
      }
    } else {
      const reason = code === 'ENOENT' ? await writeReason(folder, error) : reasonOf(error);
      throw new CliError('cannot-write', cliMessages.cannotMakeFolder(folder, reason));
    }
  }
  for (const [name, text] of Object.entries(files)) await writeOutput(join(folder, name), text);
}
