import ExcelJS from 'exceljs';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

// exceljs 4.4's streaming reader decodes each inflated chunk of the sheet XML
// on its own, so a Chinese character split across two chunks becomes "���"
// (exceljs issues #2063 and #2084, unfixed upstream). It happens about once in
// a few thousand rows, wherever the 16 KB boundaries fall. Feeding the parser
// text from one StringDecoder per entry keeps split characters whole.

type Chunks = AsyncIterable<Buffer | string>;
type ReaderInternals = {
  _parseWorksheet(iterator: Chunks, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  __utf8Whole?: true;
};

async function* wholeCharacters(chunks: Chunks): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

export function keepCharactersWhole(): void {
  const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
  if (proto.__utf8Whole) return;
  const parseWorksheet = proto._parseWorksheet;
  const parseSharedStrings = proto._parseSharedStrings;
  if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
    throw new Error('exceljs changed its WorkbookReader internals: review lib/import/xlsx-utf8.ts');
  }
  proto._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, wholeCharacters(iterator), sheetNo);
  };
  proto._parseSharedStrings = function (entry) {
    entry.setEncoding('utf8'); // a string stream decodes across chunk boundaries
    return parseSharedStrings.call(this, entry);
  };
  proto.__utf8Whole = true;
}
