import Papa from 'papaparse';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { cellText } from './cells';
import { decodeStream, type Encoding } from './decode';
import { IMPORT_LIMITS, LimitExceeded } from './limits';

// Rows of a file as arrays of text, the header first. Every format streams.

export type Format = 'csv' | 'xlsx' | 'geojson';

export function formatOf(fileName: string): Format | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  return null;
}

export type Source = { rows: AsyncIterable<string[]>; encoding: Encoding | null };

/** The file is not what its name says (a broken workbook, text named .geojson): the admin's problem, not a server fault. */
export class UnreadableFile extends Error {
  constructor(readonly format: Format, cause: unknown) {
    super(`not a readable ${format} file`, { cause });
  }
}

// A parser's error while reading becomes UnreadableFile; a limit passed, or a client gone, stays what it is.
async function* guarded(format: Format, rows: AsyncIterable<string[]>): AsyncIterable<string[]> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof LimitExceeded || (e instanceof Error && e.name === 'AbortError') ? e : new UnreadableFile(format, e);
  }
}

// papaparse's stream input does work quadratic in the rows of one chunk (20,000
// short rows in a chunk: 6 s; a 64 KB chunk of them is that), so it gets the
// text in pieces of PIECE characters: 250,000 rows in under a second.
const PIECE = 1024;
async function* pieces(text: Readable): AsyncIterable<string> {
  for await (const chunk of text) {
    const s = String(chunk);
    for (let i = 0; i < s.length; i += PIECE) yield s.slice(i, i + PIECE);
  }
}

async function* csvRows(text: Readable): AsyncIterable<string[]> {
  const source = Readable.from(pieces(text));
  const parser = source.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' }));
  source.on('error', (e) => parser.destroy(e));
  for await (const row of parser as AsyncIterable<string[]>) yield row.map(String);
}

// exceljs and stream-json load on first use: half a second of start-up that
// a CSV import (and the command line's every run) need not pay.
async function* xlsxRows(open: () => Readable, file?: string): AsyncIterable<string[]> {
  if (file) await (await import('./workbook-size')).checkWorkbookSize(file);
  const [{ default: excel }, { keepCharactersWhole }] = await Promise.all([import('exceljs'), import('./xlsx-utf8')]);
  keepCharactersWhole();
  const reader = new excel.stream.xlsx.WorkbookReader(open(), { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  let seen = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // Blank rows are skipped but counted: a sheet of a million empty rows is still work.
      if (++seen > IMPORT_LIMITS.rows + 1) throw new LimitExceeded('rows');
      const values = (row as ExcelJS.Row).values as unknown[];
      const cells = values.slice(1).map(cellText); // exceljs rows are 1-based
      if (cells.some((c) => c.trim() !== '')) yield cells;
    }
    return; // the first sheet only
  }
}

/** `open` gives the file's bytes from the start; GeoJSON reads them twice. A workbook on disk (`file`) has its size checked first. */
export async function openRows(format: Format, open: () => Readable, file?: string): Promise<Source> {
  if (format === 'xlsx') return { rows: guarded(format, xlsxRows(open, file)), encoding: null };
  if (format === 'geojson') return { rows: guarded(format, (await import('./geojson')).geojsonRows(open)), encoding: null };
  const { text, encoding } = await decodeStream(open());
  return { rows: guarded(format, csvRows(text)), encoding };
}

/**
 * Reads the header row now, so a file refused at its header (too many columns,
 * a zip bomb) is refused before an answer starts. A file that cannot be read
 * at all is left for the run to report, as it reports any unreadable file.
 */
export async function withHeaderRead(source: Source): Promise<Source> {
  const it = source.rows[Symbol.asyncIterator]();
  let first: IteratorResult<string[]>;
  try {
    first = await it.next();
  } catch (e) {
    if (e instanceof LimitExceeded) throw e;
    return { ...source, rows: failing(e) };
  }
  if (!first.done && first.value.length > IMPORT_LIMITS.columns) throw new LimitExceeded('columns');
  async function* rows() {
    if (first.done) return;
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { ...source, rows: rows() };
}

async function* failing(e: unknown): AsyncIterable<string[]> {
  throw e;
}
