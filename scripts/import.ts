// npm run import -- FILE --crs gcj02 [--dry-run] [--map SRC=FIELD]… [--map-value kind:WORD=CODE]… (--as-national | --as-province[=CODE] | --as EMAIL)
// Checks every row and prints the rejected ones; without --dry-run applies the
// valid rows in one transaction. Progress goes to stderr.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { CRS_LIST, type Crs } from '../lib/geo/crs';
import { applyImport } from '../lib/import/apply';
import { afterLines, rowLines } from '../lib/import/cli-report';
import { mappingFromArgs } from '../lib/import/mapping';
import { formatOf, openRows } from '../lib/import/read';
import { runImport, type Progress } from '../lib/import/run';
import { ACTOR_USAGE, importActor } from './lib/import-actor';

if (process.env.DATABASE_URL === undefined && (await import('node:fs')).existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/yizhan.db';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(`--${name}`);

function progress(p: Progress) {
  const written = p.written === undefined ? '' : `, ${p.written.toLocaleString('en')} written`;
  process.stderr.write(`\r${p.read.toLocaleString('en')} rows read, ${p.checked.toLocaleString('en')} checked${written}`);
}

async function main() {
  const started = performance.now();
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !['--crs', '--as', '--map', '--map-value'].includes(all[i - 1] ?? ''));
  const crs = (arg('crs') ?? 'wgs84') as Crs;
  const format = file ? formatOf(file) : null;
  if (!file || !format || !CRS_LIST.includes(crs)) {
    console.error(`usage: npm run import -- FILE.csv|xlsx|geojson --crs wgs84|gcj02|bd09 [--dry-run] ${ACTOR_USAGE}`);
    process.exit(2);
  }
  const mapped = mappingFromArgs(process.argv.slice(2));
  if (!mapped.ok) {
    console.error(`${mapped.error}\n--map SRC=FIELD (FIELD: a template column such as lng, lat, openingHours, phone; - ignores SRC), --map-value kind:WORD=CODE (also status:, amenity:, entry:)`);
    process.exit(2);
  }
  const db = createPrismaClient(url);
  try {
    const { admin, actor } = await importActor(process.argv.slice(2), (email) => db.user.findUnique({ where: { email } }));
    const source = await openRows(format, () => createReadStream(file), file);
    const opts = { crs, onProgress: progress, mapping: mapped.mapping };
    const name = path.basename(file);
    const s = flag('dry-run') ? await runImport(db, admin, source, opts) : await applyImport(db, admin, actor, source, name, opts);
    process.stderr.write('\n');
    if (s.fileError?.code === 'unreadable') throw new Error(`not a readable ${s.fileError.format} file`);
    if (s.fileError) throw new Error(`missing columns: ${s.fileError.columns.join(', ')}`);
    for (const l of rowLines(s)) console.log(l);
    const c = s.counts;
    console.log(`${flag('dry-run') ? 'dry run' : 'applied'}: ${c.read} rows, ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected`
      + (s.encoding ? ` (${s.encoding})` : ''));
    for (const l of afterLines(s)) console.log(l);
    if (s.crsHint) console.log(`many rows fall just outside their counties: the file may be in ${s.crsHint}, not ${s.crs?.used ?? crs}`);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const { user, system } = process.cpuUsage();
    process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((user + system) / 1e6).toFixed(1)} s), peak memory ${peakMb} MB\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
