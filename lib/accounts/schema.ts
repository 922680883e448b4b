import { z } from 'zod';
import { CHINA_CODE, division } from '@/lib/divisions/catalog';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLES } from '@/lib/permissions/roles';
import { dropNul } from '@/lib/storable-text';

// One schema for an account, shared by `npm run admin:create` and the
// accounts page. A national admin has no division; a province, city or county
// admin has the code of a division of that level anywhere in China.

const EXAMPLE = { province: '410000', city: '410100', county: '410103' } as const;

export const scopeSchema = z
  .object({
    role: z.enum(ROLES, { message: 'role: must be national, province, city or county' }),
    divisionCode: z.string().trim().max(12).nullable().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['divisionCode'], message });
    if (v.role === 'national') {
      if (v.divisionCode) bad('divisionCode: a national admin has no division');
      return;
    }
    // division() also answers CHINA_CODE, as a province-level entry: it is no province.
    const found = v.divisionCode && v.divisionCode !== CHINA_CODE ? division(v.divisionCode) : undefined;
    if (found?.level !== v.role) bad(`divisionCode: not a ${v.role} code of China (e.g. ${EXAMPLE[v.role]})`);
  });

export const accountSchema = z
  .object({
    email: z.email('email: not an email address').max(200).transform((e) => e.toLowerCase()),
    name: z.string().overwrite(dropNul).trim().min(1, 'name: required').max(100),
    password: z.string().min(MIN_PASSWORD_LENGTH, `password: at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
  })
  .and(scopeSchema);

export type AccountInput = z.infer<typeof accountSchema>;

/** Which account an admin acts on. */
export const accountIdSchema = z.object({ userId: z.string().trim().min(1, 'userId: required').max(64) });

/** A new role and division for an existing account. */
export const rescopeSchema = accountIdSchema.and(scopeSchema);

export const disableSchema = accountIdSchema.and(z.object({ disabled: z.enum(['0', '1']).transform((v) => v === '1') }));
