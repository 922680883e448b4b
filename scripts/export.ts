// npm run export -- FILE.csv|xlsx|geojson [--locale en] [--public] [--county 360102]
// Writes every station (not archived) in WGS-84; --public leaves out notes.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createPrismaClient } from '../lib/db-client';
import { exportStream, type ExportFormat } from '../lib/export/formats';
import { stationsWhere } from '../lib/export/stations';
import { formatOf } from '../lib/import/read';

if (process.env.DATABASE_URL === undefined && (await import('node:fs')).existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/yizhan.db';
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const file = process.argv[2];
  const format = file && !file.startsWith('--') ? formatOf(file) : null;
  if (!file || !format) {
    console.error('usage: npm run export -- FILE.csv|xlsx|geojson [--locale en] [--public] [--county CODE]');
    process.exit(2);
  }
  const db = createPrismaClient(url);
  try {
    const county = arg('county');
    const where = { archivedAt: null, ...(county ? { countyCode: county } : {}) };
    const locale = arg('locale') === 'en' ? 'en' : 'zh-CN';
    const audience = process.argv.includes('--public') ? 'public' : 'admin';
    await pipeline(exportStream(format as ExportFormat, stationsWhere(db, where), audience, locale), createWriteStream(file));
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
