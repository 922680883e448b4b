import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRows } from './read';

// A sheet long enough that its XML spans many inflate chunks: every Chinese
// cell must come back whole, wherever the chunk boundaries fall.

async function sheet(rows: string[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const ws = book.addWorksheet('站点');
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

describe('XLSX import keeps multi-byte characters whole', () => {
  it.each([false, true])('reads 4,000 rows of Chinese text unchanged (shared strings: %s)', async (shared) => {
    const rows = [['名称', '设施'], ...Array.from({ length: 4000 }, (_, i) => [`驿站${'工'.repeat((i * 7) % 13)}${i}`, i % 2 ? '卫生间、饮用水' : '微波炉'])];
    const bytes = shared ? await sharedStringsBook(rows) : await sheet(rows);
    const got: string[][] = [];
    for await (const r of (await openRows('xlsx', () => Readable.from(bytes))).rows) got.push(r);
    expect(got.filter((r) => r.join('').includes('\uFFFD'))).toEqual([]);
    expect(got).toEqual(rows);
  }, 60_000);
});

async function sharedStringsBook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('站点');
  ws.addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}
