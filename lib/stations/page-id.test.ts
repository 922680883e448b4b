import { describe, expect, it } from 'vitest';
import { stationIdSchema } from './schema';
import { STATION_PAGE_ID } from './page-id';

// The proxy's matcher must be a literal (Next reads it without running the module), so it repeats this
// pattern; lib/security/proxy-matcher.test.ts checks which paths it lets through.
describe('STATION_PAGE_ID', () => {  it('takes exactly the ids the station schema takes', () => {
    const re = new RegExp(`^${STATION_PAGE_ID}$`);
    for (const id of ['bench-0000101', 'cm3abc_DEF', 'x'.repeat(64), 'x'.repeat(65), 'a b', '驿站', '', '../x', 'a%20b']) {
      expect(re.test(id), id).toBe(stationIdSchema.safeParse(id).success);
    }
  });
});
