import { test } from '@playwright/test';
import fc from 'fast-check';
import { encodeCursor } from '../../lib/changes/cursor';
import { counties } from '../../lib/divisions-data';
import { FUZZ_TIMEOUT, decimal, flag, fuzzQuery, fuzzRoute, isObject, wholeNumber, type QueryEndpoint } from './fuzz-helpers';

// Hostile values in every parameter of the other public endpoints: search,
// photos, coverage, export, the change feed, and the parameterless ones (OpenAPI, health,
// readiness), which must ignore whatever query they are sent.

test.describe.configure({ timeout: FUZZ_TIMEOUT });

const COUNTY = fc.constantFrom(...counties.map((c) => c.code));
const MODE = fc.constantFrom('walk', 'ebike');
/** A time before the test started, to the millisecond: the change feed's `since` and cursors. */
const PAST = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(Date.now() - 60_000), noInvalidDate: true });

const ENDPOINTS: [string, QueryEndpoint][] = [
  ['search', {
    path: '/api/search', base: { q: '南昌' }, params: { q: fc.oneof(fc.constantFrom('南昌', '驿站', '东湖', '县'), fc.string({ minLength: 1, maxLength: 60 })) },
    shape: (b) => isObject(b) && Array.isArray(b.results),
  }],
  ['photos', {
    path: '/api/photos', base: { station: 'nope' }, params: { station: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
    shape: (b) => isObject(b) && Array.isArray(b.photos),
  }],
  ['coverage', {
    path: '/api/coverage', base: { mode: 'walk' }, params: { mode: MODE, openNow: flag },
    shape: (b) => isObject(b) && Array.isArray(b.counties),
  }],
  ['coverage county', {
    path: '/api/coverage/360102', base: { mode: 'walk', suggestions: '1' }, params: { mode: MODE, openNow: flag, suggestions: wholeNumber(0, 10) },
    shape: (b) => isObject(b) && isObject(b.county) && Array.isArray(b.suggestions), slow: true,
  }],
  ['export', {
    path: '/api/export/stations', base: { format: 'csv', locale: 'en' }, params: { format: fc.constantFrom('csv', 'geojson'), locale: fc.constantFrom('zh-CN', 'en') },
    shape: (b) => isObject(b) && b.type === 'FeatureCollection', slow: true,
  }],
  ['changes', {
    path: '/api/changes', base: { since: '2020-01-01T00:00:00Z', limit: '50' },
    params: { since: PAST.map((d) => d.toISOString()), after: fc.tuple(PAST, fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)).map(([at, id]) => encodeCursor({ at, id })), limit: wholeNumber(1, 1000) },
    shape: (b) => isObject(b) && Array.isArray(b.changes) && (b.next === null || typeof b.next === 'string'),
  }],
  ['weather alerts', {
    path: '/api/weather/alerts', base: { lat: '28.42', lng: '117.68' }, params: { lat: decimal(-90, 90), lng: decimal(-180, 180) },
    shape: (b) => isObject(b) && Array.isArray(b.alerts),
  }],
  // No parameters: anything sent must be ignored, not break them.
  ...(['/api/openapi.json', '/api/health', '/api/ready'] as const).map((path): [string, QueryEndpoint] => [path, {
    path, base: {}, params: { q: fc.constant('1'), format: fc.constant('json') }, shape: isObject,
  }]),
];

for (const [name, endpoint] of ENDPOINTS) {
  test(`${name}: every parameter survives hostile values`, async ({ baseURL }) => {
    await fuzzQuery(baseURL!, endpoint);
  });
}

test('coverage county: the code survives hostile values', async ({ baseURL }) => {
  await fuzzRoute(baseURL!, '/api/coverage', 'code', COUNTY, (b) => isObject(b) && isObject(b.county), '?suggestions=0', true);
});

test('photo file: the id survives hostile values', async ({ baseURL }) => {
  await fuzzRoute(baseURL!, '/api/photos', 'id', fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), () => true);
});
