import fc from 'fast-check';
import { expect } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { describeValue, formWith, hostileFormValue, type HostileFormValue } from './hostile';
import { fingerprint } from './fuzz-db';
import { fuzzOptions } from './fuzz-seed';

// One admin form field under fuzz: RUNS hostile values in that field, every
// other field valid. The form's code must never throw; a refusal must leave
// the database as it was and may only name the fuzzed field (or the fields
// listed in `blames`, which a valid value there can legitimately upset).

export type FormFuzz<T> = {
  db: PrismaClient;
  /** A valid submission; a function when it depends on the database (e.g. the current version). */
  base: () => Record<string, string | string[]> | Promise<Record<string, string | string[]>>;
  field: string;
  valid: fc.Arbitrary<string>;
  submit: (form: FormData) => Promise<T>;
  /** null when the form accepted (and may have written); else the fields the refusal names (none for a whole-form refusal). */
  refusal: (result: T) => string[] | null;
  blames?: string[];
  /** The values to try instead of hostileFormValue(valid), e.g. files for a file field. */
  values?: fc.Arbitrary<HostileFormValue>;
  /** Puts back what an accepted run changed that the base relies on (e.g. reopens a decided report). */
  reset?: () => Promise<unknown>;
};

export async function fuzzField<T>(f: FormFuzz<T>) {
  const allowed = [f.field, ...(f.blames ?? [])];
  // Nothing else writes meanwhile: one run's "after" is the next one's "before".
  let before = await fingerprint(f.db);
  await fc.assert(fc.asyncProperty(f.values ?? hostileFormValue(f.valid), async (value) => {
    if (f.reset) {
      await f.reset();
      before = await fingerprint(f.db);
    }
    const form = formWith(await f.base(), f.field, value);
    const result = await f.submit(form);
    const after = await fingerprint(f.db);
    const named = f.refusal(result);
    const was = before;
    before = after;
    if (named === null) return;
    const label = `${f.field}=${describeValue(value)} → ${JSON.stringify(result).slice(0, 300)}`;
    expect(after, `database changed by a refusal: ${label}`).toEqual(was);
    for (const n of named) expect(allowed, label).toContain(n);
  }), fuzzOptions());
}
