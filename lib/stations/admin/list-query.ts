import { z } from 'zod';
import { dropNul } from '@/lib/storable-text';
import { KINDS, STATUSES } from '@/lib/stations/vocab';

// The admin station list's URL: filters, sort and the keyset cursor (the id
// of the last row shown). A bad parameter is dropped, never an error page.

export const PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

export const listQuerySchema = z.object({
  q: optional(z.string().overwrite(dropNul).trim().max(60).transform((v) => v || undefined)),
  county: optional(z.string().regex(/^\d{6}$/)),
  kind: optional(z.enum(KINDS)),
  status: optional(z.enum(STATUSES)),
  verified: optional(z.enum(['never', 'before'])),
  before: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00+08:00`)))),
  sort: z.enum(['name', 'verified']).catch('name').default('name'),
  archived: optional(z.literal('1')),
  after: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** Search params (possibly repeated) to a query; the first value of each wins. */
export function parseListQuery(params: Record<string, string | string[] | undefined>): ListQuery {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '') flat[k] = first;
  }
  return listQuerySchema.parse(flat);
}

/** The query as URL parameters, without the cursor unless given. */
export function listQueryParams(q: ListQuery, after?: string): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ['q', 'county', 'kind', 'status', 'verified', 'before', 'archived'] as const) {
    const v = q[k];
    if (v) p.set(k, v);
  }
  if (q.sort !== 'name') p.set('sort', q.sort);
  if (after) p.set('after', after);
  return p;
}

/** Midnight at the start of a Shanghai calendar day. */
export function shanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
