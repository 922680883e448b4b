import { z } from 'zod';
import { decodeCursor } from './cursor';

// Query of GET /api/changes (shared with the OpenAPI document). Every refusal
// names its parameter: `since` malformed or later than the server's clock,
// `after` not a cursor this feed gave, `limit` out of 1–1000.

export const CHANGES_LIMIT = { default: 500, max: 1000 } as const;

const SINCE_FORMAT = 'an ISO 8601 date and time with Z or an offset, e.g. 2025-01-01T00:00:00Z or 2025-01-01T08:00:00+08:00';

export const changesQuerySchema = z.object({
  since: z.iso.datetime({ offset: true, error: SINCE_FORMAT }).max(40, SINCE_FORMAT)
    .transform((text) => new Date(text))
    .refine((d) => d.getTime() <= Date.now(), 'in the future (after the server\'s clock)')
    .describe('Changes at or after this time (inclusive), e.g. the newest `at` you have, less a few minutes'),
  after: z.string().max(128, 'not a cursor this feed gave').optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const cursor = decodeCursor(text);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'not a cursor this feed gave (send back `next` as it came)' });
      return cursor ?? undefined;
    })
    .describe('The `next` of the previous page; absent for the first page'),
  limit: z.string().max(10, 'must be a whole number').refine((t) => /^\d+$/.test(t), 'must be a whole number').transform(Number)
    .refine((n) => n >= 1 && n <= CHANGES_LIMIT.max, `must be between 1 and ${CHANGES_LIMIT.max}`)
    .default(CHANGES_LIMIT.default).describe('Changes per page'),
});

export type ChangesQuery = z.infer<typeof changesQuerySchema>;
