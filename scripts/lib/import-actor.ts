import { division } from '../../lib/divisions/catalog';
import type { Actor } from '../../lib/import/apply';
import { ROLES, type Admin, type Role } from '../../lib/permissions/roles';

// Who `npm run import` acts as: the scope it checks rows against (admin) and
// the name in the audit log (actor).
//   --as-national           every county of China
//   --as-province           Jiangxi, as before the national role (360000)
//   --as-province=CODE      any province (e.g. --as-province=410000)
//   --as EMAIL              an existing, enabled admin, with their role and division

export const ACTOR_USAGE = '(--as-national | --as-province[=CODE] | --as EMAIL)';

type UserRow = { id: string; email: string; name: string; role: string; divisionCode: string | null; disabled: boolean };
export type FindUser = (email: string) => Promise<UserRow | null>;

const SEED_PROVINCE = '360000';

function cli(role: Role, divisionCode: string | null): { admin: Admin; actor: Actor } {
  return {
    admin: { id: 'cli', email: 'cli', name: 'cli', role, divisionCode },
    actor: { id: null, email: `cli:${process.env.USER ?? 'unknown'}` },
  };
}

/** The scope and audit name from the command line's flags; throws a message naming the flag when they are wrong. */
export async function importActor(argv: readonly string[], findUser: FindUser): Promise<{ admin: Admin; actor: Actor }> {
  const province = argv.filter((a) => a === '--as-province' || a.startsWith('--as-province='));
  const asAt = argv.indexOf('--as');
  const given = [argv.includes('--as-national'), province.length > 0, asAt >= 0].filter(Boolean).length;
  if (given !== 1) throw new Error(`Give exactly one of ${ACTOR_USAGE}.`);
  if (argv.includes('--as-national')) return cli('national', null);
  if (province.length) {
    const code = province[0]!.includes('=') ? province[0]!.slice('--as-province='.length) : SEED_PROVINCE;
    if (division(code)?.level !== 'province' || code === '100000') throw new Error(`--as-province: "${code}" is not a province code of China (e.g. 410000).`);
    return cli('province', code);
  }
  const email = (argv[asAt + 1] ?? '').trim().toLowerCase();
  const row = email && !email.startsWith('--') ? await findUser(email) : null;
  if (!row || row.disabled || !(ROLES as readonly string[]).includes(row.role)) {
    throw new Error(`--as: no enabled admin with the email "${email}".`);
  }
  const admin: Admin = { id: row.id, email: row.email, name: row.name, role: row.role as Role, divisionCode: row.divisionCode };
  return { admin, actor: admin };
}
