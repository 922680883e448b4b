import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

// better-auth keeps a password's hash on the user's "credential" account row
// (account id = user id, as lib/accounts/create.ts writes it).

type Db = PrismaClient | Prisma.TransactionClient;

export async function credentialHash(db: Db, userId: string): Promise<string | null> {
  const row = await db.account.findFirst({ where: { userId, providerId: 'credential' }, select: { password: true } });
  return row?.password ?? null;
}

/** Replaces the hash, or adds the credential row an account made elsewhere may lack. */
export async function setCredentialHash(db: Db, userId: string, hash: string): Promise<void> {
  const { count } = await db.account.updateMany({ where: { userId, providerId: 'credential' }, data: { password: hash } });
  if (count === 0) await db.account.create({ data: { id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: hash } });
}
