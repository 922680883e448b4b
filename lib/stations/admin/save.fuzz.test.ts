import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { counties } from '@/lib/divisions-data';
import { CRS_LIST } from '@/lib/geo/crs';
import { AMENITIES, KINDS, STATUSES } from '@/lib/stations/vocab';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import type { SaveOutcome } from './save';

// The station add and edit forms under fuzz: hostile values in every field
// never throw, and a refused save writes nothing.

let fdb: FuzzDb;
let save: typeof import('./save');
let stationId: string;

beforeAll(async () => {
  fdb = await openFuzzDb();
  save = await import('./save');
  const row = await fdb.db.station.create({
    data: { name: '被编辑的驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  });
  stationId = row.id;
}, 60_000);
afterAll(() => fdb?.close());

const decimal = (min: number, max: number) => fc.integer({ min: min * 1e4, max: max * 1e4 }).map((n) => (n / 1e4).toFixed(4));

const VALID: Record<string, fc.Arbitrary<string>> = {
  name: fc.oneof(fc.constantFrom('驿站', '东湖区爱心驿站'), fc.string({ minLength: 1, maxLength: 60 })),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...STATUSES),
  lat: decimal(28.6, 28.8),
  lng: decimal(115.8, 116),
  crs: fc.constantFrom(...CRS_LIST),
  countyCode: fc.constantFrom('', '360102', '410103', '310101', '410100', ...counties.map((c) => c.code)),
  openingHours: fc.constantFrom('24/7', 'Mo-Fr 08:00-18:00', 'Mo-Su 09:00-12:00,14:00-17:30', 'Mo-Fr 08:00-18:00; PH off'),
  amenities: fc.constantFrom(...AMENITIES),
  address: fc.string({ maxLength: 80 }),
  phone: fc.constantFrom('0791-88886666', '+86 791 8888 6666 转 12', ''),
  operator: fc.string({ maxLength: 40 }),
  notes: fc.string({ maxLength: 200 }),
  saveAnyway: fc.constantFrom('1', '0', ''),
};

// A valid value elsewhere can upset these fields: a point outside the chosen
// county, or outside Jiangxi (reported on lat) after a datum shift.
const BLAMES: Record<string, string[]> = { lat: ['countyCode'], lng: ['lat', 'countyCode'], crs: ['lat', 'countyCode'], countyCode: ['lat'] };

const BASE = {
  name: '测试驿站', kind: 'station', status: 'in_use', lat: '28.7021', lng: '115.8987', crs: 'wgs84', countyCode: '',
  openingHours: '24/7', amenities: ['toilet', 'drinking_water'], address: '测试路 1 号', phone: '0791-88886666', operator: '测试', notes: '', saveAnyway: '1',
};

/** Fields named by a refusal; null once saved. An "invalid" answer must name at least one. */
function refusal(r: SaveOutcome): string[] | null {
  if ('saved' in r) return null;
  const named = Object.keys(r.answer.errors ?? {});
  return r.answer.outcome === 'invalid' && named.length === 0 ? ['(none)'] : named;
}

describe('station form fuzz', { timeout: 300_000 }, () => {
  it.each(Object.keys(VALID))('add: %s', async (field) => {
    await fuzzField({
      db: fdb.db, base: () => BASE, field, valid: VALID[field]!, blames: BLAMES[field],
      submit: (form) => save.saveNewStation(PROVINCE, form), refusal,
    });
  });

  // The edit form sends the row's current version and status, so a valid save never blocks the next run.
  const editBase = async () => {
    const row = await fdb.db.station.findUniqueOrThrow({ where: { id: stationId } });
    return { ...BASE, id: stationId, version: String(row.version), status: row.status, countyCode: '360102', saveAnyway: '1' };
  };

  it.each([...Object.keys(VALID), 'id', 'version'])('edit: %s', async (field) => {
    await fuzzField({
      db: fdb.db, base: editBase, field, blames: BLAMES[field],
      valid: field === 'id' ? fc.constant(stationId) : field === 'version' ? fc.constantFrom('1', '2', '0') : VALID[field]!,
      submit: (form) => save.saveStationEdit(PROVINCE, form), refusal,
    });
  });
});
