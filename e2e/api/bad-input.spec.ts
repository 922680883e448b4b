import { test, expect } from '@playwright/test';
import { expectBadRequest } from './helpers';
import limits from '../../lib/http-limits.json' with { type: 'json' };

// Bad input of every kind is a 400 { error: { message, field } } naming the
// field, never a 5xx. Each case changes one parameter of a valid query.

type Case = [param: string, value: string | string[] | null, field: string | string[]];

// Far past every field's own limit, yet under the server's URL limit, so the
// route itself must refuse it; past the URL limit the server answers 414.
const LONG = 'x'.repeat(4_000);
const SQL = '1;DROP TABLE Station';
const BAD_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e999', '1e3', '', ' ', 'abc', '0x1C', '２８', '28,5', '28.68.1', '--28', SQL, LONG, '\u0000', '28\u0000'];
const BAD_BBOX = [
  '113,24,118', '113,24,118,30,1', '118,24,113,30', '113,30,118,24', '113,24,113,30', '113,24,118,24',
  '-181,24,118,30', '113,-91,118,30', '113,24,181,30', '113,24,118,91', 'NaN,24,118,30', 'Infinity,24,118,30',
  '1e3,24,118,30', 'a,b,c,d', '', ' ', ',,,', SQL, LONG, '113;24;118;30',
];
const BAD_FILTERS: Case[] = [
  ['kind', 'unknown', 'kind'], ['kind', 'station,unknown', 'kind'], ['kind', 'STATION', 'kind'], ['kind', LONG, 'kind'],
  ['kind', `station;DROP TABLE Station`, 'kind'], ['kind', ['station', 'rights_room'], 'kind'], ['kind', '驿站', 'kind'],
  ['amenities', 'drinking_water,nope', 'amenities'], ['amenities', 'wifi;DROP', 'amenities'], ['amenities', LONG, 'amenities'],
  ['amenities', ['wifi', 'toilet'], 'amenities'],
  ['status', 'open', 'status'], ['status', 'closed,gone', 'status'], ['status', ['closed', 'in_use'], 'status'],
  ['openNow', 'maybe', 'openNow'], ['openNow', 'yes', 'openNow'], ['openNow', '2', 'openNow'], ['openNow', LONG, 'openNow'],
  ['openNow', ['1', '0'], 'openNow'], ['h24', 'maybe', 'h24'], ['h24', '１', 'h24'], ['h24', ['1', '1'], 'h24'],
];

const NEAREST_BASE: Record<string, string> = { lat: '28.68', lng: '115.89' };
const NEAREST: Case[] = [
  ['lat', null, 'lat'], ['lng', null, 'lng'],
  ...BAD_NUMBERS.map((v): Case => ['lat', v, 'lat']), ...BAD_NUMBERS.map((v): Case => ['lng', v, 'lng']),
  ['lat', '91', 'lat'], ['lat', '-90.0001', 'lat'], ['lat', '1000', 'lat'], ['lng', '-181', 'lng'], ['lng', '180.5', 'lng'],
  ['lat', ['28.68', '28.69'], 'lat'], ['lng', ['115.89', '115.89'], 'lng'],
  ...['0', '-1', '51', '1000', '1.5', 'abc', '', ' ', '1e3', 'NaN', SQL, LONG, '１０'].map((v): Case => ['limit', v, 'limit']),
  ['limit', ['5', '6'], 'limit'],
  ...BAD_BBOX.map((v): Case => ['bbox', v, 'bbox']), ['bbox', ['113,24,118,30', '113,24,118,30'], 'bbox'],
  ...BAD_FILTERS,
];

const VIEWPORT_BASE: Record<string, string> = { bbox: '115.8,28.6,115.9,28.7', zoom: '12' };
const VIEWPORT: Case[] = [
  ['bbox', null, 'bbox'], ['zoom', null, 'zoom'],
  ...['-1', '23', '1.5', '', ' ', 'abc', 'NaN', 'Infinity', '1e3', '100', SQL, LONG, '１２'].map((v): Case => ['zoom', v, 'zoom']),
  ['zoom', ['12', '13'], 'zoom'],
  ...BAD_BBOX.map((v): Case => ['bbox', v, 'bbox']), ['bbox', ['115.8,28.6,115.9,28.7', '115.8,28.6,115.9,28.7'], 'bbox'],
  ['bbox', '113.5,24.4,118.6,30.1', 'bbox'], // valid numbers, but far more than 4096 px at zoom 12
  ...BAD_FILTERS,
];

function queryOf(base: Record<string, string>, [param, value]: Case): string {
  const params = new URLSearchParams(Object.entries(base).filter(([k]) => k !== param));
  for (const v of value === null ? [] : Array.isArray(value) ? value : [value]) params.append(param, v);
  return params.toString();
}

const label = ([p, v]: Case) => `${p}=${JSON.stringify(v)?.slice(0, 40)}`;

for (const [name, path, base, cases] of [
  ['nearest', '/api/stations/nearest', NEAREST_BASE, NEAREST],
  ['viewport', '/api/stations', VIEWPORT_BASE, VIEWPORT],
] as const) {
  test(`${name}: the valid base query answers 200`, async ({ request }) => {
    expect((await request.get(`${path}?${new URLSearchParams(base)}`)).status()).toBe(200);
  });

  test(`${name}: ${cases.length} bad queries are each a 400 naming the field`, async ({ request }) => {
    for (const c of cases) await expectBadRequest(await request.get(`${path}?${queryOf(base, c)}`), c[2], `${name} ${label(c)}`);
  });
}

test('a URL past the documented limit is a JSON 414 naming the url, before any route runs', async ({ request }) => {
  for (const path of ['/api/stations/nearest', '/api/stations', '/api/search']) {
    const res = await request.get(`${path}?q=${'x'.repeat(limits.maxUrlBytes)}&lat=28.68&lng=115.89`);
    expect(res.status(), path).toBe(414);
    expect(await res.json(), path).toEqual({ error: { message: expect.stringContaining(String(limits.maxUrlBytes)), field: 'url' } });
  }
});

test('missing everything names one of the required fields', async ({ request }) => {
  await expectBadRequest(await request.get('/api/stations/nearest'), ['lat', 'lng'], 'nearest without lat/lng');
  await expectBadRequest(await request.get('/api/stations'), ['bbox', 'zoom'], 'viewport without bbox/zoom');
  await expectBadRequest(await request.get('/api/search'), 'q', 'search without q');
});

test('a single value is not reported as given more than once', async ({ request }) => {
  for (const url of ['/api/stations/nearest?lat=%00&lng=115.89', '/api/stations/nearest?lat=28.68&lng=115.89&kind=%00station']) {
    const res = await request.get(url);
    await expectBadRequest(res, ['lat', 'kind'], url);
    expect(((await res.json()) as { error: { message: string } }).error.message, url).not.toContain('more than once');
  }
});

test('raw, oddly encoded URLs never cause a 5xx', async ({ request }) => {
  const raw = [
    '/api/stations/nearest?lat=%E0%A4%A&lng=115.89', '/api/stations/nearest?lat=%&lng=%%', '/api/stations/nearest?&&&=&lat',
    '/api/stations/nearest?lat=28.68&lng=115.89&limit=%00', '/api/stations?bbox=%FF%FE&zoom=3', '/api/stations?zoom=3&bbox=113%2C24',
    '/api/search?q=%E0%A4%A', '/api/search?q=%', '/api/stations/%E0%A4%A', '/api/stations/%ZZ', '/api/stations/%', '/api/stations/%00', '/api/stations/..%2F..%2Fetc',
    `/api/stations/nearest?lat=28.68&lng=115.89&${'a'.repeat(4000)}=1`, `/api/search?q=${'%F0%9F%98%80'.repeat(40)}`,
  ];
  for (const url of raw) {
    const res = await request.get(url);
    expect.soft(res.status(), url.slice(0, 80)).toBeLessThan(500);
  }
});
