// npm run admin:create -- --email a@b.cn --role national [--name 名字]
// npm run admin:create -- --email c@d.cn --role province --division 410000
// npm run admin:create -- --email e@f.cn --role county --division 410103
// --division is the province, city or county code (GB/T 2260) for those roles, anywhere in China.
// The password comes from ADMIN_PASSWORD when set, otherwise it is asked for (not echoed).
import { createInterface } from 'node:readline';
import { createPrismaClient } from '../lib/db-client';
import { accountSchema } from '../lib/accounts/schema';
import { createAccount } from '../lib/accounts/create';
import { applyMigrations } from './lib/migrate';

if (process.env.DATABASE_URL === undefined && (await import('node:fs')).existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/yizhan.db';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set ADMIN_PASSWORD, or run in a terminal to type the password.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('Password (10+ characters): ');
  muted._writeToOutput = () => undefined; // do not echo the password
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function main() {
  await applyMigrations(url);
  const input = accountSchema.safeParse({
    email: arg('email') ?? '', name: arg('name') ?? arg('email') ?? '', role: arg('role') ?? '',
    divisionCode: arg('division') ?? null, password: process.env.ADMIN_PASSWORD ?? (await askPassword()),
  });
  if (!input.success) throw new Error(input.error.issues.map((i) => i.message).join('\n'));
  const db = createPrismaClient(url);
  try {
    if (await db.user.findUnique({ where: { email: input.data.email } })) throw new Error(`An account for ${input.data.email} exists already.`);
    await createAccount(db, input.data);
    console.log(`Created ${input.data.role} admin ${input.data.email}${input.data.divisionCode ? ` for ${input.data.divisionCode}` : ''}. Sign in at /admin/sign-in`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
