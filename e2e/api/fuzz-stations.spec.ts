import { test } from '@playwright/test';
import fc from 'fast-check';
import { AMENITIES, KINDS, STATUSES } from '../../lib/stations/vocab';
import { FUZZ_TIMEOUT, codes, decimal, flag, fuzzQuery, fuzzRoute, isObject, jiangxiBox, wholeNumber, type QueryEndpoint } from './fuzz-helpers';

// Hostile values in every parameter of the station endpoints (see fuzz-helpers.ts).

test.describe.configure({ timeout: FUZZ_TIMEOUT });

const FILTERS = {
  kind: codes(KINDS), amenities: codes(AMENITIES), status: codes(STATUSES), openNow: flag, h24: flag, weather: fc.constantFrom('heat', 'cold'),
};

const NEAREST: QueryEndpoint = {
  path: '/api/stations/nearest',
  base: { lat: '28.68', lng: '115.89', limit: '5' },
  params: { lat: decimal(24.5, 30), lng: decimal(113.5, 118.5), limit: wholeNumber(1, 50), bbox: jiangxiBox(2), ...FILTERS },
  shape: (b) => isObject(b) && Array.isArray(b.stations) && b.stations.length <= 50,
};

const VIEWPORT: QueryEndpoint = {
  path: '/api/stations',
  base: { bbox: '115.8,28.6,115.9,28.7', zoom: '12' },
  params: { bbox: jiangxiBox(0.1), zoom: wholeNumber(0, 22), ...FILTERS },
  shape: (b) => isObject(b) && b.type === 'FeatureCollection' && Array.isArray(b.features),
  // A valid zoom or box can make the screen too large for the other: the 400 names the box.
  blames: { zoom: ['bbox'] },
};

const POINTS: QueryEndpoint = {
  path: '/api/stations/points',
  base: { bbox: '115.5,28.3,116.2,29', limit: '100' },
  params: { bbox: jiangxiBox(1), limit: wholeNumber(1, 5000), ...FILTERS },
  shape: (b) => isObject(b) && Array.isArray(b.points) && typeof b.truncated === 'boolean',
};

for (const [name, endpoint] of [['nearest', NEAREST], ['viewport', VIEWPORT], ['points', POINTS]] as const) {
  test(`${name}: every parameter survives hostile values`, async ({ baseURL }) => {
    await fuzzQuery(baseURL!, endpoint);
  });
}

test('station detail: the id survives hostile values', async ({ request, baseURL }) => {
  const real = ((await (await request.get('/api/stations/nearest?lat=28.68&lng=115.89&limit=3')).json()) as { stations: { id: string }[] })
    .stations.map((s) => s.id);
  const id = fc.oneof(fc.constantFrom(...real), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));
  await fuzzRoute(baseURL!, '/api/stations', 'id', id, (b) => isObject(b) && isObject(b.station));
});
