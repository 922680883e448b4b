// Seeds the database: the divisions of all China (always upserted) and the
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

/** Inserts missing divisions and corrects changed ones; an up-to-date table costs one read. */
async function upsertDivisions(prisma: PrismaClient): Promise<void> {
  const start = performance.now();
  const rows = divisionRows();
  const existing = new Map((await prisma.division.findMany()).map((d) => [d.code, d]));
  const missing = rows.filter((r) => !existing.has(r.code));
  const changed = rows.filter((r) => {
    const e = existing.get(r.code);
    return e && (e.name !== r.name || e.level !== r.level || e.cityCode !== r.cityCode || e.lat !== r.lat || e.lng !== r.lng);
  });
  // Prisma's default 5 s is too short on a busy two-core machine with PostgreSQL (first start failed in the e2e faults).
  await prisma.$transaction(
    async (tx) => {
      for (let i = 0; i < missing.length; i += CHUNK) await tx.division.createMany({ data: missing.slice(i, i + CHUNK) });
      for (const { code, ...data } of changed) await tx.division.update({ where: { code }, data });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  console.log(`divisions: ${missing.length} added, ${changed.length} updated, ${rows.length} in all (${elapsed(start)})`);
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
      // A database seeded before the nationwide divisions gains them here.
      if ((await prisma.division.count()) < divisionRows().length) await upsertDivisions(prisma);
      console.log(`seed: ${redactUrl(url)} already has divisions; no sample added`);
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
