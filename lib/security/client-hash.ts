import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { weekStart } from './week';

// What the public writes without an account (confirmations, reviews) keep of
// their sender: a salted hash of the client address, never the address. The salt
// is the week's (Monday 00:00 station time), shared by every instance through
// AppState, and the last week's is deleted once a new one exists, so a hash
// cannot be linked to an address, nor one week's hashes to the next's.

const PREFIX = 'clientSalt:';
const salts = new Map<string, Promise<string>>();

async function loadSalt(period: string): Promise<string> {
  const key = PREFIX + period;
  // Portable "create unless another instance already did".
  await db.$executeRaw`INSERT INTO "AppState" ("key", "value") VALUES (${key}, ${randomBytes(32).toString('base64url')}) ON CONFLICT ("key") DO NOTHING`;
  const row = await db.appState.findUniqueOrThrow({ where: { key } });
  await db.appState.deleteMany({ where: { key: { startsWith: PREFIX, lt: key } } });
  return row.value;
}

function salt(period: string): Promise<string> {
  let s = salts.get(period);
  if (!s) {
    s = loadSalt(period);
    s.catch(() => salts.delete(period));
    // Two entries at most: this week's and, for a moment at the turn, the last one's.
    if (salts.size >= 2) salts.delete(salts.keys().next().value!);
    salts.set(period, s);
  }
  return s;
}

/** The sender's key for this week: 24 hex characters of SHA-256(salt, address). */
export async function clientHash(address: string, now = new Date()): Promise<string> {
  const period = weekStart(now).toISOString().slice(0, 10);
  return createHash('sha256').update(await salt(period)).update('\0').update(address).digest('hex').slice(0, 24);
}
