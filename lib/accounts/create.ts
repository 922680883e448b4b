import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { AccountInput } from './schema';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * A user and its password credential, as better-auth stores them (provider
 * "credential", account id = user id), so better-auth signs the user in.
 */
export async function createAccount(db: Db, input: AccountInput): Promise<{ id: string }> {
  return insertAccount(db, input, await hashPassword(input.password));
}

/** The rows only, with a hash made beforehand: hashing is slow work that must not hold a transaction open. */
export async function insertAccount(db: Db, input: Omit<AccountInput, 'password'>, password: string): Promise<{ id: string }> {
  const id = randomUUID();
  await db.user.create({
    data: {
      id, email: input.email, name: input.name, role: input.role, divisionCode: input.divisionCode, emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } },
    },
  });
  return { id };
}
