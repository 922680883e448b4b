import { test, expect } from '@playwright/test';
import { seedStation } from '../fixtures';
import { ALL_STATUSES, AREAS, boxAround, distanceM, hoursOpenNow, nearest, offset, waitForIds, type Point } from './helpers';

// Filters of GET /api/stations/nearest against a small hand-built world whose
// expected answers come from a plain model of the documented rules.

type Spec = { key: string; kind: string; status: string; hours: string; amenities: string[]; north: number; east: number };
type Filter = { kinds?: string[]; amenities?: string[]; statuses?: string[]; openNow?: boolean; h24?: boolean; box?: [number, number, number, number] };

const DEFAULT_STATUSES = ['planned', 'under_construction', 'in_use', 'suspended'];

test('kind, amenities (all of), status, openNow, h24 and bbox filter as documented', async ({ request }) => {
  const centre = AREAS.nearestFilters;
  const openHours = hoursOpenNow();
  const specs: Spec[] = [
    { key: 'a', kind: 'station', status: 'in_use', hours: '24/7', amenities: ['drinking_water', 'wifi', 'toilet'], north: 200, east: 50 },
    { key: 'b', kind: 'rights_room', status: 'in_use', hours: 'off', amenities: ['drinking_water', 'wifi'], north: -100, east: 400 },
    { key: 'c', kind: 'station', status: 'suspended', hours: '24/7', amenities: ['wifi', 'toilet'], north: -600, east: -100 },
    { key: 'd', kind: 'station', status: 'closed', hours: '24/7', amenities: ['drinking_water'], north: 100, east: -800 },
    { key: 'e', kind: 'workers_home', status: 'in_use', hours: openHours, amenities: ['toilet'], north: 1000, east: 1000 },
    { key: 'f', kind: 'station', status: 'planned', hours: openHours, amenities: ['toilet'], north: 1500, east: -300 },
  ];
  const tag = `筛选${Date.now()}`;
  const seeded: (Spec & Point & { id: string })[] = [];
  for (const s of specs) {
    const at = offset(centre, s.north, s.east);
    const row = await seedStation({ ...at, name: `${tag} ${s.key}`, kind: s.kind, status: s.status, openingHours: s.hours, amenities: s.amenities });
    seeded.push({ ...s, ...at, id: row.id });
  }
  await waitForIds(request, centre, seeded.map((s) => s.id));

  const isOpen = (s: Spec) => s.status === 'in_use' && (s.hours === '24/7' || s.hours === openHours);
  const model = (f: Filter, from: Point = centre) =>
    seeded
      .filter((s) => !f.kinds || f.kinds.includes(s.kind))
      .filter((s) => (f.statuses ?? DEFAULT_STATUSES).includes(s.status))
      .filter((s) => (f.amenities ?? []).every((a) => s.amenities.includes(a)))
      .filter((s) => !f.openNow || isOpen(s))
      .filter((s) => !f.h24 || s.hours === '24/7')
      .filter((s) => !f.box || (s.lng >= f.box[0] && s.lat >= f.box[1] && s.lng <= f.box[2] && s.lat <= f.box[3]))
      .sort((x, y) => distanceM(from, x) - distanceM(from, y))
      .map((s) => s.key);

  const area = boxAround(centre, 0.05);
  const ne: [number, number, number, number] = [centre.lng, centre.lat, centre.lng + 0.05, centre.lat + 0.05];
  const cases: [string, Filter][] = [
    ['', {}],
    ['&kind=rights_room', { kinds: ['rights_room'] }],
    ['&kind=station,workers_home', { kinds: ['station', 'workers_home'] }],
    ['&amenities=drinking_water,wifi', { amenities: ['drinking_water', 'wifi'] }],
    ['&amenities=wifi,toilet', { amenities: ['wifi', 'toilet'] }],
    ['&amenities=toilet', { amenities: ['toilet'] }],
    ['&amenities=', {}],
    ['&openNow=1', { openNow: true }],
    ['&openNow=true', { openNow: true }],
    ['&openNow=0', {}],
    ['&h24=1', { h24: true }],
    ['&status=closed', { statuses: ['closed'] }],
    ['&status=closed,suspended', { statuses: ['closed', 'suspended'] }],
    ['&status=in_use&kind=station&amenities=toilet&openNow=1', { statuses: ['in_use'], kinds: ['station'], amenities: ['toilet'], openNow: true }],
    [`&h24=1&status=${ALL_STATUSES}`, { h24: true, statuses: ALL_STATUSES.split(',') }],
    [`&openNow=1&status=${ALL_STATUSES}`, { openNow: true, statuses: ALL_STATUSES.split(',') }],
  ];
  const byId = new Map(seeded.map((s) => [s.id, s]));
  for (const [query, filter] of cases) {
    const list = await nearest(request, `lat=${centre.lat}&lng=${centre.lng}&limit=50&bbox=${area}${query}`);
    expect(list.map((s) => byId.get(s.id)?.key ?? s.id), `query "${query}"`).toEqual(model(filter));
    for (const item of list) expect(item.openNow, `openNow of ${byId.get(item.id)?.key}`).toBe(isOpen(byId.get(item.id)!));
  }

  // bbox keeps only what is inside, also with every status.
  const neBox = ne.map((x) => x.toFixed(6)).join(',');
  for (const extra of ['', `&status=${ALL_STATUSES}`]) {
    const list = await nearest(request, `lat=${centre.lat}&lng=${centre.lng}&limit=50&bbox=${neBox}${extra}`);
    expect(list.map((s) => byId.get(s.id)?.key ?? s.id)).toEqual(model({ box: ne, statuses: extra ? ALL_STATUSES.split(',') : undefined }));
  }

  // A query point outside the box still gets the box's stations, ordered from the point.
  const south = offset(centre, -20_000, 0);
  const far = await nearest(request, `lat=${south.lat}&lng=${south.lng}&limit=50&bbox=${area}`);
  expect(far.map((s) => byId.get(s.id)?.key ?? s.id)).toEqual(model({}, south));
  for (const item of far) expect(Math.abs(item.distanceM - distanceM(south, item))).toBeLessThanOrEqual(1);

  // Without a bbox, the nearest four are still ours (the area is 25+ km from anything else).
  const plain = await nearest(request, `lat=${centre.lat}&lng=${centre.lng}&limit=4`);
  expect(plain.map((s) => byId.get(s.id)?.key ?? s.id)).toEqual(model({}).slice(0, 4));

  // An empty box answers an empty list.
  const empty = boxAround(offset(centre, 8000, 8000), 0.01);
  expect(await nearest(request, `lat=${centre.lat}&lng=${centre.lng}&limit=50&bbox=${empty}`)).toEqual([]);
});
