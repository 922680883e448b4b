import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileText } from '@/lib/testing/hostile';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzOptions } from '@/lib/testing/fuzz-seed';
import { fuzzField } from '@/lib/testing/fuzz-form';
import { parseListQuery } from './list-query';

// Verify/archive/restore, the station form's two previews (server actions:
// their arguments are whatever the client serialized) and the admin list's
// URL under fuzz: nothing throws; a refused mark writes nothing.

let fdb: FuzzDb;
let mark: typeof import('./mark-form');
let preview: typeof import('./preview');
let stationId: string;

beforeAll(async () => {
  fdb = await openFuzzDb();
  [mark, preview] = await Promise.all([import('./mark-form'), import('./preview')]);
  stationId = (await fdb.db.station.create({
    data: { name: '被标记的驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  })).id;
}, 60_000);
afterAll(() => fdb?.close());

/** Anything a client can serialize: text, numbers, arrays, objects, null. */
const anyArg = fc.oneof(hostileText(fc.constantFrom('28.69', '115.9', 'wgs84', '24/7', 'en')), fc.anything());

describe('station marks, previews and list fuzz', { timeout: 300_000 }, () => {
  it.each([
    ['mark', fc.constantFrom('verify', 'archive', 'restore')],
    ['id', fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/))],
  ] as const)('mark: %s', async (field, valid) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'id' ? fc.oneof(fc.constant(stationId), valid) : valid,
      base: () => ({ id: stationId, mark: 'verify' }),
      submit: (form) => mark.markFromForm(PROVINCE, form), refusal: (r) => (r.refused ? [] : null),
    });
  });

  it.each([0, 1, 2])('county proposal: argument %i', (i) => {
    fc.assert(fc.property(anyArg, (v) => {
      const args: unknown[] = ['28.69', '115.9', 'wgs84'];
      args[i] = v;
      const p = preview.countyProposal(PROVINCE, args[0], args[1], args[2]);
      expect(p === null || 'outside' in p || /^\d{6}$/.test(p.code)).toBe(true);
    }), fuzzOptions());
  });

  it.each([0, 1])('hours preview: argument %i', (i) => {
    fc.assert(fc.property(anyArg, (v) => {
      const args: unknown[] = ['Mo-Fr 08:00-18:00', 'en'];
      args[i] = v;
      const p = preview.hoursPreview(args[0], args[1]);
      expect(p === null || (p.ok ? typeof p.words === 'string' : typeof p.detail === 'string')).toBe(true);
    }), fuzzOptions());
  });

  it.each(['q', 'county', 'kind', 'status', 'verified', 'before', 'sort', 'archived', 'after'])('list URL: %s', (key) => {
    fc.assert(fc.property(fc.oneof(hostileText(), fc.array(hostileText(), { maxLength: 3 })), (v) => {
      const q = parseListQuery({ sort: 'name', [key]: v });
      expect(['name', 'verified']).toContain(q.sort);
    }), fuzzOptions());
  });
});
