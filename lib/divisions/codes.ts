import fs from 'node:fs';
import path from 'node:path';
import { CHINA } from './layers';

// The division codes alone, for configuration checks: catalog.ts also works out
// every English name (≈ 250 ms), which a check at start-up need not pay for.

let codes: ReadonlySet<string> | null = null;

/** A GB/T 2260 code of the catalog (province, city or county), or 100000 for all of China. */
export function isDivisionCode(code: string): boolean {
  if (code === CHINA) return true;
  if (!codes) {
    const file = path.join(process.cwd(), 'prisma', 'data', 'china', 'divisions.json');
    const { rows } = JSON.parse(fs.readFileSync(file, 'utf8')) as { rows: [string, ...unknown[]][] };
    codes = new Set(rows.map(([code]) => code));
  }
  return codes.has(code);
}
