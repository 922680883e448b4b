import { test, expect } from '@playwright/test';
import { seedStation } from '../fixtures';
import { AREAS, distanceM, offset, screenBox, waitForIds, type Point } from './helpers';
import { countInBox } from './sample-oracle';
import { total, viewport, type Feature } from './viewport-helpers';

// GET /api/stations with rows this test seeds in an empty corner of Jiangxi.

const UNIQUE = ['nursing_room', 'umbrella', 'repair_tools', 'legal_aid'];
const JIANGXI = '113.5,24.4,118.6,30.1';

const near = (fs: Feature[], p: Point, m: number) =>
  fs.filter((f) => distanceM(p, { lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }) <= m);

test('seeded stations cluster at low zoom, split at expansionZoom and show as singles up close', async ({ request }) => {
  const c = AREAS.viewport;
  const tag = `视窗${Date.now()}`;
  const specs = [
    { key: 'v1', at: offset(c, 0, 0), hours: '24/7', status: 'in_use' },
    { key: 'v2', at: offset(c, 30, 0), hours: '24/7', status: 'in_use' },
    { key: 'v3', at: offset(c, 0, 30), hours: 'off', status: 'in_use' },
    { key: 'v4', at: offset(c, 5000, 0), hours: '24/7', status: 'suspended' },
  ];
  const rows = [];
  for (const s of specs) {
    rows.push(await seedStation({ ...s.at, name: `${tag} ${s.key}`, openingHours: s.hours, status: s.status, amenities: UNIQUE }));
  }
  await waitForIds(request, c, rows.map((r) => r.id));

  // Up close every station is a single feature with its public fields.
  const close = await viewport(request, `bbox=${screenBox(c, 18, 1280, 800)}&zoom=18`);
  const singles = close.features.map((f) => f.properties);
  expect(singles.map((p) => (p.cluster ? 'cluster' : p.id)).sort()).toEqual(rows.slice(0, 3).map((r) => r.id).sort());
  for (const [i, row] of rows.slice(0, 3).entries()) {
    const f = close.features.find((x) => !x.properties.cluster && x.properties.id === row.id)!;
    const open = specs[i]!.hours === '24/7';
    expect(f.properties).toEqual({ cluster: false, id: row.id, name: row.name, kind: 'station', status: 'in_use', openNow: open, openState: open ? 'open' : 'closed' });
    expect(Math.abs(f.geometry.coordinates[0] - row.lng)).toBeLessThanOrEqual(0.000006);
    expect(Math.abs(f.geometry.coordinates[1] - row.lat)).toBeLessThanOrEqual(0.000006);
  }
  const openOnly = await viewport(request, `bbox=${screenBox(c, 18, 1280, 800)}&zoom=18&openNow=1`);
  expect(openOnly.features.map((f) => (f.properties.cluster ? 'cluster' : f.properties.id)).sort()).toEqual([rows[0]!.id, rows[1]!.id].sort());

  // At zoom 12 a screen holds all four (and nothing else): counts follow the filters.
  const z12 = screenBox(c, 12, 1280, 800);
  expect(total((await viewport(request, `bbox=${z12}&zoom=12`)).features)).toBe(4);
  expect(total((await viewport(request, `bbox=${z12}&zoom=12&status=in_use`)).features)).toBe(3);
  expect(total((await viewport(request, `bbox=${z12}&zoom=12&amenities=${UNIQUE.join(',')}`)).features)).toBe(4);
  expect(total((await viewport(request, `bbox=${z12}&zoom=12&kind=rights_room`)).features)).toBe(0);
  expect(total((await viewport(request, `bbox=${z12}&zoom=12&openNow=1`)).features)).toBe(2);

  // At zoom 13 the three 30 m apart are one cluster; at its expansionZoom it splits.
  const [cluster, ...more] = near((await viewport(request, `bbox=${screenBox(c, 13, 1280, 800)}&zoom=13`)).features, c, 300);
  expect(more).toEqual([]);
  expect(cluster?.properties).toMatchObject({ cluster: true, count: 3 });
  const ez = cluster!.properties.cluster ? cluster!.properties.expansionZoom : -1;
  expect(ez).toBeGreaterThan(13);
  expect(ez).toBeLessThanOrEqual(17);
  const split = near((await viewport(request, `bbox=${screenBox(c, ez, 1280, 800)}&zoom=${ez}`)).features, c, 300);
  expect(split.length).toBeGreaterThanOrEqual(2);
  expect(total(split)).toBe(3);
  if (ez - 1 > 13) {
    const before = near((await viewport(request, `bbox=${screenBox(c, ez - 1, 1280, 800)}&zoom=${ez - 1}`)).features, c, 300);
    expect(before.map((f) => f.properties)).toEqual([expect.objectContaining({ cluster: true, count: 3 })]);
  }

  // Over all of Jiangxi the unique amenity combination counts the sample's matches plus ours.
  const want = countInBox(JIANGXI.split(',').map(Number) as [number, number, number, number], { amenities: UNIQUE }) + 4;
  for (const z of [5, 7, 9]) {
    expect(total((await viewport(request, `bbox=${JIANGXI}&zoom=${z}&amenities=${UNIQUE.join(',')}`)).features), `zoom ${z}`).toBe(want);
  }
});

test('names in the viewport are whole characters, never a broken surrogate pair', async ({ request }) => {
  const c = AREAS.truncate;
  const long = `${'长'.repeat(59)}😀尾巴`;
  const ascii = `${'x'.repeat(70)}-${Date.now()}`;
  const a = await seedStation({ ...offset(c, 0, 0), name: long });
  const b = await seedStation({ ...offset(c, 40, 0), name: ascii });
  await waitForIds(request, c, [a.id, b.id]);
  const { features } = await viewport(request, `bbox=${screenBox(c, 18, 1280, 800)}&zoom=18`);
  const name = (id: string) => features.map((f) => f.properties).find((p) => !p.cluster && p.id === id) as { name: string } | undefined;
  expect(ascii.startsWith(name(b.id)!.name)).toBe(true);
  expect(name(b.id)!.name.length).toBeGreaterThanOrEqual(40);
  const got = name(a.id)!.name;
  expect(long.startsWith(got), `"${got}" is a prefix`).toBe(true);
  expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(got), `lone surrogate in ${JSON.stringify(got)}`).toBe(false);
});
