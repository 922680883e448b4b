import { test, expect } from '@playwright/test';
import { expectBadRequest, screenBox, type Point } from './helpers';
import { countInBox, prng, sampleStations, type OracleFilter } from './sample-oracle';
import { total, viewport } from './viewport-helpers';

// GET /api/stations (map viewport): clusters and singles over the sample set.

const JIANGXI: [number, number, number, number] = [113.5, 24.4, 118.6, 30.1];

// No spec seeds these kinds, so the counts are exactly the sample's.
const FILTERS: [string, OracleFilter][] = [
  ['kind=activity_venue', { kinds: ['activity_venue'] }],
  ['kind=activity_venue&status=under_construction', { kinds: ['activity_venue'], statuses: ['under_construction'] }],
  ['kind=service_centre,cultural_palace', { kinds: ['service_centre', 'cultural_palace'] }],
  ['kind=service_centre&amenities=legal_aid', { kinds: ['service_centre'], amenities: ['legal_aid'] }],
];

for (const [query, filter] of FILTERS) {
  test(`cluster counts over Jiangxi add up to the matching sample stations at zooms 5-9 (${query})`, async ({ request }) => {
    const want = countInBox(JIANGXI, filter);
    expect(want).toBeGreaterThan(0);
    for (let z = 5; z <= 9; z++) {
      const { features } = await viewport(request, `bbox=${JIANGXI.join(',')}&zoom=${z}&${query}`);
      expect(total(features), `zoom ${z}`).toBe(want);
      for (const f of features) {
        const p = f.properties;
        if (p.cluster) {
          expect(p.count).toBeGreaterThanOrEqual(2);
          expect(Number.isInteger(p.expansionZoom) && p.expansionZoom > z && p.expansionZoom <= 17, `expansionZoom ${p.expansionZoom} at ${z}`).toBe(true);
        } else {
          expect(filter.kinds).toContain(p.kind);
          expect(typeof p.openNow).toBe('boolean');
        }
      }
    }
  });
}

test('at zoom 17 every sample station in a screen shows as a single feature', async ({ request }) => {
  const rnd = prng(4242);
  const byId = new Map(sampleStations().map((s) => [s.id, s]));
  const centres: Point[] = [{ lat: 28.68, lng: 115.89 }, ...Array.from({ length: 7 }, () => sampleStations()[Math.floor(rnd() * byId.size)]!)];
  for (const c of centres) {
    const bbox = screenBox(c, 17, 1280, 800);
    const [minLng, minLat, maxLng, maxLat] = bbox.split(',').map(Number) as [number, number, number, number];
    const want = sampleStations()
      .filter((s) => s.status !== 'closed' && s.lng >= minLng && s.lng <= maxLng && s.lat >= minLat && s.lat <= maxLat)
      .map((s) => s.id).sort();
    const { features } = await viewport(request, `bbox=${bbox}&zoom=17`);
    expect(features.every((f) => !f.properties.cluster)).toBe(true);
    const got = features.map((f) => (f.properties.cluster ? '' : f.properties.id)).filter((id) => !id.startsWith('e2e-')).sort();
    expect(got, `box ${bbox}`).toEqual(want);
    for (const f of features) {
      if (f.properties.cluster) continue;
      const s = byId.get(f.properties.id);
      if (!s) continue;
      expect(f.properties).toMatchObject({ name: s.name, kind: s.kind, status: s.status });
      expect(Math.abs(f.geometry.coordinates[0] - s.lng)).toBeLessThanOrEqual(0.000005 + 1e-9);
      expect(Math.abs(f.geometry.coordinates[1] - s.lat)).toBeLessThanOrEqual(0.000005 + 1e-9);
    }
  }
});

test('a screen-sized box around Nanchang stays under 60 KB at every zoom 5-18', async ({ request }) => {
  const nanchang = { lat: 28.68, lng: 115.89 };
  for (let z = 5; z <= 18; z++) {
    for (const extra of ['', '&status=planned,under_construction,in_use,suspended,closed']) {
      const { features, bytes } = await viewport(request, `bbox=${screenBox(nanchang, z, 1280, 800)}&zoom=${z}${extra}`);
      if (z <= 12) expect(features.length, `zoom ${z}`).toBeGreaterThan(0);
      expect(bytes, `zoom ${z}${extra}: ${bytes} bytes`).toBeLessThanOrEqual(60 * 1024);
    }
  }
});

test('a box larger than 4096 px at its zoom is refused with field bbox', async ({ request }) => {
  const nanchang = { lat: 28.68, lng: 115.89 };
  for (const z of [6, 8, 12, 16, 18, 22]) {
    const ok = await request.get(`/api/stations?bbox=${screenBox(nanchang, z, 4000, 4000)}&zoom=${z}`);
    expect(ok.status(), `4000 px at zoom ${z}`).toBe(200);
    for (const [w, h] of [[4300, 100], [100, 4300]] as const) {
      const res = await request.get(`/api/stations?bbox=${screenBox(nanchang, z, w, h)}&zoom=${z}`);
      await expectBadRequest(res, 'bbox', `${w}x${h} px at zoom ${z}`);
    }
  }
  await expectBadRequest(await request.get(`/api/stations?bbox=${JIANGXI.join(',')}&zoom=11`), 'bbox', 'Jiangxi at zoom 11');
  const world = await request.get('/api/stations?bbox=-180,-85,180,85&zoom=0');
  expect(world.status()).toBe(200);
});
