// Reads one sheet of an Excel workbook (.xlsx) into rows of cells with read-excel-file. Node
// and CLI only: nothing under src/core, src/components or src/cdn.ts imports this module, so
// the library never reaches a browser bundle. The rows then go through the same column rules
// as CSV (parseDirectoryTable in the core).
import readXlsxFile from 'read-excel-file/node';
import type { TableRow } from '../core/index.js';
import { cliMessages } from '../core/model/messages.js';
import { CliError } from './options.js';

/** A sheet read from a workbook: its name and its rows (row 1 first, blank rows kept). */
export interface WorkbookSheet {
  name: string;
  rows: TableRow[];
}

/**
 * Reads the sheet named `sheet` (exact name, then ignoring case; a number picks the sheet by
 * position, 1 = the first), or the first sheet. Throws CliError (exit 1) when the input is not
 * a workbook it can read or has no such sheet.
 */
export async function readWorkbookSheet(
  input: { label: string; bytes: Uint8Array },
  sheet?: string,
): Promise<WorkbookSheet> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(input.bytes))) as typeof sheets;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'XLS_FILE_NOT_SUPPORTED') {
      throw new CliError('old-xls', cliMessages.oldXls(input.label));
    }
    throw new CliError('not-xlsx', cliMessages.notXlsx(input.label));
  }
  const names = sheets.map((s) => s.sheet);
  if (names.length === 0) throw new CliError('no-sheets', cliMessages.noSheets(input.label));
  let found = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!found && sheet !== undefined) {
    const wanted = sheet.trim().toLowerCase();
    found =
      sheets.find((s) => s.sheet.trim().toLowerCase() === wanted) ??
      (/^\d+$/.test(sheet) ? sheets[Number(sheet) - 1] : undefined);
  }
  if (!found) {
    throw new CliError(
      'no-such-sheet',
      cliMessages.sheetNotFound(input.label, sheet ?? '1', names),
    );
  }
  return { name: found.sheet, rows: found.data };
}
