// Writes test/fixtures/members.xlsx with write-excel-file (the sibling of read-excel-file, which
// the CLI reads workbooks with), so the Excel tests read a file a real writer made:
//   node --import tsx scripts/xlsx-fixture.ts
// Sheet "Members" holds exactly the cells of test/fixtures/members.csv (the CSV and Excel
// routes must give the same directory); sheet "Typed" has numbers, dates, booleans and blanks.
import writeXlsxFile from 'write-excel-file/node';
import { readFileSync } from 'node:fs';
import { parseCsvRows } from '../src/core/formats/csv.js';

export const XLSX_FIXTURE = new URL('../test/fixtures/members.xlsx', import.meta.url);

/** The cells of the "Typed" sheet, as the test expects to read them back. */
export const TYPED_ROWS: (string | number | boolean | Date | null)[][] = [
  ['id', 'name', 'website', 'founded', 'staff', 'verified'],
  ['alpha', 'Alpha', 'https://alpha.example', new Date(Date.UTC(2018, 4, 1)), 42, true],
  [null, null, null, null, null, null],
  ['beta', 'Beta', 'not a link', new Date(Date.UTC(2020, 0, 31, 9, 30)), 7.5, false],
];

const text = (value: string) => ({ value, type: String });
const cell = (value: string | number | boolean | Date | null) => {
  if (value === null) return null;
  if (value instanceof Date) return { value, type: Date, format: 'yyyy-mm-dd hh:mm' };
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  return text(value);
};

export async function writeFixture(path: URL | string = XLSX_FIXTURE): Promise<void> {
  const csv = readFileSync(new URL('../test/fixtures/members.csv', import.meta.url), 'utf8');
  const members = parseCsvRows(csv).map((row) => row.map((c) => (c === '' ? null : text(c))));
  await writeXlsxFile([
    { sheet: 'Members', data: members },
    { sheet: 'Typed', data: TYPED_ROWS.map((row) => row.map(cell)) },
  ]).toFile(typeof path === 'string' ? path : path.pathname);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFixture();
  console.log('wrote test/fixtures/members.xlsx');
}
