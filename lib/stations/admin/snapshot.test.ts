import { expect, test } from 'vitest';
import { changedFields, snapshotOf, type Snapshot } from './snapshot';

const row: Snapshot = {
  name: 'A', kind: 'station', status: 'in_use', lat: 28.1, lng: 115.1, countyCode: '360102', openingHours: '24/7',
  amenities: 'toilet', address: '', phone: null, operator: null, notes: null, entry: null, entryNote: null, services: '[]',
};

test('snapshots keep only the edited fields', () => {
  expect(Object.keys(snapshotOf({ ...row, id: 'x', version: 3 } as Snapshot)).sort()).toEqual(Object.keys(row).sort());
});

test('changedFields lists only what differs', () => {
  expect(changedFields(row, { ...row })).toBeNull();
  expect(changedFields(row, { ...row, name: 'B', phone: '1' })).toEqual({ before: { name: 'A', phone: null }, after: { name: 'B', phone: '1' } });
});

test('services are compared and audited as their stored text', () => {
  const services = '[{"kind":"haircut","schedule":"Sa 09:00-12:00","note":null}]';
  expect(changedFields(row, { ...row, services })).toEqual({ before: { services: '[]' }, after: { services } });
});
