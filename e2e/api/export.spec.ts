import { expect, test } from '@playwright/test';
import { fromAddress } from '../support/client-address';

// Public downloads: every public station's public fields, no notes; the
// admin export needs a signed-in admin.

test('public GeoJSON of public fields', async ({ request }) => {
  const res = await request.get('/api/export/stations?format=geojson', fromAddress());
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/geo+json');
  const doc = (await res.json()) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
  expect(doc.type).toBe('FeatureCollection');
  expect(doc.features.length).toBeGreaterThan(1000);
  const f = doc.features[0]!;
  expect(f.geometry.coordinates).toHaveLength(2);
  expect(Object.keys(f.properties)).toEqual(expect.arrayContaining(['external_id', 'name', 'kind', 'county', 'countyEn', 'city', 'cityEn', 'province', 'provinceEn']));
  expect(f.properties).not.toHaveProperty('notes');
});

test('public CSV opens in Excel: UTF-8 with a BOM, English headers on request', async ({ request }) => {
  const res = await request.get('/api/export/stations?format=csv&locale=en', fromAddress());
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const head = body.toString('utf8').slice(1, 200).split('\r\n')[0];
  // The import template's columns in their places, then the division names in both languages.
  expect(head).toBe('external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,county_en,city,city_en,province,province_en');
});

test('a bad format is a 400 naming the field; the admin export needs sign-in', async ({ request }) => {
  const bad = await request.get('/api/export/stations?format=xls', fromAddress());
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('format');
  expect((await request.get('/api/export/admin?format=csv')).status()).toBe(401);
});
