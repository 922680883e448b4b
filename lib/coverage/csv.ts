// CSV for spreadsheet users: UTF-8 with a byte-order mark (Excel on Chinese
// Windows opens BOM-less UTF-8 as GBK and garbles every name), CRLF lines,
// and cells that could start a formula defused with a leading apostrophe.

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
