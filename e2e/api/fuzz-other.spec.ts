import { test } from '@playwright/test';
import fc from 'fast-check';
import { counties } from '../../lib/divisions-data';
import { FUZZ_TIMEOUT, flag, fuzzQuery, fuzzRoute, isObject, wholeNumber, type QueryEndpoint } from './fuzz-helpers';

// Hostile values in every parameter of the other public endpoints: search,
// photos, coverage, export, and the parameterless ones (OpenAPI, health,
// readiness), which must ignore whatever query they are sent.

test.describe.configure({ timeout: FUZZ_TIMEOUT });

const COUNTY = fc.constantFrom(...counties.map((c) => c.code));
const MODE = fc.constantFrom('walk', 'ebike');

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
