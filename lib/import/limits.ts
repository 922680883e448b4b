// What an import accepts, end to end. Every limit is checked as the file is
// read, so a file past one is refused as soon as it is passed, not after it has
// all been read. The README and SECURITY.md quote these numbers.

export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  bytes: 200 * 1024 * 1024,
  /** Data rows: above the national 200,000 stations. Blank rows count too (an XLSX of empty rows is still work). */
  rows: 250_000,
  /** Cells in the header or any row; GeoJSON property names across all features. */
  columns: 100,
  /** Bytes a workbook's parts unpack to, as its zip directory declares (zip bombs). */
  unzipped: 500 * 1024 * 1024,
  /** Characters of one header cell. */
  headerChars: 200,
} as const;

export type LimitName = 'bytes' | 'rows' | 'columns' | 'unzipped';

/** The file is past one of IMPORT_LIMITS: refused whole, naming the limit. */
export class LimitExceeded extends Error {
  readonly max: number;
  constructor(readonly limit: LimitName) {
    super(`import ${limit}: at most ${IMPORT_LIMITS[limit]}`);
    this.max = IMPORT_LIMITS[limit];
  }
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
