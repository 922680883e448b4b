import { z } from 'zod';
import { cities, counties } from '@/lib/divisions-data';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { ROLES } from '@/lib/permissions/roles';
import { dropNul } from '@/lib/storable-text';

// One schema for an account, shared by `npm run admin:create` and the
// province admin's accounts page.

const cityCodes = new Set(cities.map((c) => c.code));
const countyCodes = new Set(counties.map((c) => c.code));

export const scopeSchema = z
  .object({
    role: z.enum(ROLES, { message: 'role: must be province, city or county' }),
    divisionCode: z.string().trim().max(12).nullable().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['divisionCode'], message });
    if (v.role === 'province' && v.divisionCode) bad('divisionCode: a province admin has no division');
    if (v.role === 'city' && !cityCodes.has(v.divisionCode ?? '')) bad('divisionCode: not a Jiangxi city code (e.g. 360100)');
    if (v.role === 'county' && !countyCodes.has(v.divisionCode ?? '')) bad('divisionCode: not a Jiangxi county code (e.g. 360102)');
  });

export const accountSchema = z
  .object({
    email: z.email('email: not an email address').max(200).transform((e) => e.toLowerCase()),
    name: z.string().overwrite(dropNul).trim().min(1, 'name: required').max(100),
    password: z.string().min(MIN_PASSWORD_LENGTH, `password: at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH),
  })
  .and(scopeSchema);

export type AccountInput = z.infer<typeof accountSchema>;

/** Which account a province admin acts on. */
export const accountIdSchema = z.object({ userId: z.string().trim().min(1, 'userId: required').max(64) });

/** A new role and division for an existing account. */
export const rescopeSchema = accountIdSchema.and(scopeSchema);

export const disableSchema = accountIdSchema.and(z.object({ disabled: z.enum(['0', '1']).transform((v) => v === '1') }));
