// One of several processes in lib/db-client.test.ts: each increments a shared
// counter in read-then-write transactions, the pattern SQLite refuses with
// "database is locked" unless the write lock is taken first.
//   node --import tsx lib/testing/concurrent-writer.ts <database url> <count>
import { createPrismaClient } from '../db-client';

const [url, count] = process.argv.slice(2);
const db = createPrismaClient(url!);
try {
  for (let i = 0; i < Number(count); i++) {
    await db.$transaction(async (tx) => {
      const row = await tx.appState.findUnique({ where: { key: 'counter' } });
      await tx.appState.update({ where: { key: 'counter' }, data: { value: String(Number(row?.value) + 1) } });
    });
  }
} finally {
  await db.$disconnect();
}
