// Seeds the database: the 111 Jiangxi divisions (always upserted) and the
// deterministic sample stations (only into an empty Station table).
//   npx tsx scripts/seed.ts                 divisions + sample if empty
//   npx tsx scripts/seed.ts --force-sample  replace the existing sample rows
//   npx tsx scripts/seed.ts --if-empty      do nothing if already seeded (npm start)
// Env: DATABASE_URL (default file:./data/yizhan.db), SEED_SAMPLE=0 to skip the sample.
import { existsSync } from 'node:fs';
import { divisionRows } from '@/lib/divisions-data';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { generateSampleStations } from '@/lib/sample-data';
import { redactUrl } from '@/lib/db-url';
import { applyMigrations } from './lib/migrate';

const CHUNK = 500;

function elapsed(start: number): string {
  return `${Math.round(performance.now() - start)} ms`;
}

async function upsertDivisions(prisma: PrismaClient): Promise<void> {
  const start = performance.now();
  const rows = divisionRows();
  // Prisma's default 5 s is too short on a busy two-core machine with PostgreSQL (first start failed in the e2e faults).
  await prisma.$transaction(
    rows.map(({ code, ...data }) => prisma.division.upsert({ where: { code }, create: { code, ...data }, update: data })),
    { timeout: 60_000 },
  );
  console.log(`divisions: upserted ${rows.length} (${elapsed(start)})`);
}

async function seedSample(prisma: PrismaClient, force: boolean): Promise<void> {
  const start = performance.now();
  await prisma.$transaction(
    async (tx) => {
      if (force) {
        const { count } = await tx.station.deleteMany({ where: { isSample: true } });
        console.log(`sample: deleted ${count} existing sample rows`);
      } else {
        // Checked inside the transaction so two processes starting together
        // cannot both see an empty table (and the fixed ids collide anyway).
        const existing = await tx.station.count();
        if (existing > 0) {
          console.log(`sample: Station table has ${existing} rows; left as is (--force-sample replaces sample rows)`);
          return;
        }
      }
      const rows = generateSampleStations();
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx.station.createMany({ data: rows.slice(i, i + CHUNK) });
      }
      console.log(`sample: inserted ${rows.length} stations (${elapsed(start)})`);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

async function bumpDataVersion(prisma: PrismaClient): Promise<void> {
  // Running app instances poll this key and reload their in-memory index.
  const value = String(Date.now());
  await prisma.appState.upsert({ where: { key: 'dataVersion' }, create: { key: 'dataVersion', value }, update: { value } });
  console.log(`dataVersion: ${value}`);
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env.DATABASE_URL || 'file:./data/yizhan.db';
  const args = new Set(process.argv.slice(2));
  const start = performance.now();
  const { applied } = await applyMigrations(url);
  if (applied.length > 0) console.log(`migrations applied: ${applied.join(', ')}`);
  // Imported after .env is loaded: lib/env validates process.env on import.
  const { createPrismaClient } = await import('@/lib/db-client');
  const prisma = createPrismaClient(url);
  try {
    if (args.has('--if-empty') && (await prisma.division.count()) > 0) {
      console.log(`seed: ${redactUrl(url)} already has divisions; nothing to do`);
      return;
    }
    await upsertDivisions(prisma);
    const force = args.has('--force-sample');
    if (force || process.env.SEED_SAMPLE !== '0') await seedSample(prisma, force);
    else console.log('sample: skipped (SEED_SAMPLE=0)');
    await bumpDataVersion(prisma);
    console.log(`seed: done in ${elapsed(start)} (${redactUrl(url)})`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
