import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db';
import { env, isPostgres } from '@/lib/env';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './password';

// better-auth keeps sessions in the database (so every app instance shares
// them) and is called only from our server actions: no /api/auth routes are
// mounted, so nothing bypasses our throttling and scope checks.

function secret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  // `npm start` generates one into data/ for the embedded default (scripts/start.ts).
  if (env.NODE_ENV === 'production') throw new Error('Invalid configuration: BETTER_AUTH_SECRET is required in production (32+ characters)');
  return 'development-only-secret-never-used-in-production';
}

/** Set by lib/auth/sign-in.ts to the client address (lib/security/client-address.ts) for the session row. */
export const CLIENT_HEADER = 'x-yizhan-client';

async function isEnabled(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { disabled: true } });
  return !!user && !user.disabled;
}

function create() {
  return betterAuth({
    secret: secret(),
    baseURL: env.SITE_URL,
    database: prismaAdapter(db, { provider: isPostgres() ? 'postgresql' : 'sqlite' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts come from a province admin or `npm run admin:create`
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false },
        divisionCode: { type: 'string', required: false, input: false },
        disabled: { type: 'boolean', input: false },
      },
    },
    // Every request reads the session row, so disabling an account or signing
    // out everywhere takes effect at once.
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60, cookieCache: { enabled: false } },
    // A disabled account gets no session, even with the right password (sign-in.ts then says so).
    databaseHooks: { session: { create: { before: async (session) => (await isEnabled(session.userId)) ? undefined : false } } },
    rateLimit: { enabled: false },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
      useSecureCookies: env.NODE_ENV === 'production',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof create>;
const g = globalThis as unknown as { yizhanAuth?: Auth };

/** Created on first use, not at import: the build imports this module without a secret. */
export function getAuth(): Auth {
  return (g.yizhanAuth ??= create());
}
