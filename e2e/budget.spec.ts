import { FIRST_LOAD_TARGET_BYTES, STATION_BUDGET_BYTES, kb, measureFirstLoad, printFirstLoad } from '../scripts/first-load-js';
import { expect, seedStation, test } from './fixtures';

// The speed budget, enforced in `npm test`: the JavaScript a visitor's phone
// downloads before a page is usable, gzip -9 as a CDN serves it. The numbers
// are printed so a failure says which chunk grew. Runs in the desktop project
// only (the bytes do not depend on the viewport); see playwright.config.ts.

test('the home page loads at most 180 KB of JavaScript before it is usable', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const r = await measureFirstLoad(`${baseURL}/`);
  printFirstLoad(r);
  expect(r.initial.length, 'the page must load some JavaScript, or the measure is broken').toBeGreaterThan(3);
  expect(r.initialGzip, `home page first-load JS ${kb(r.initialGzip)}`).toBeLessThanOrEqual(FIRST_LOAD_TARGET_BYTES);
});

test('a station page stays within its JavaScript budget', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const s = await seedStation({ name: '预算检查驿站', lat: 28.61, lng: 115.93 });
  const r = await measureFirstLoad(`${baseURL}/stations/${s.id}`, { readySelector: null, targetBytes: STATION_BUDGET_BYTES });
  printFirstLoad(r);
  expect(r.initial.length).toBeGreaterThan(3);
  // Nothing may be fetched after hydration that the HTML did not announce.
  expect(r.afterMapGzip, `station page JS once usable ${kb(r.afterMapGzip)}`).toBeLessThanOrEqual(STATION_BUDGET_BYTES);
  expect(r.initialGzip).toBeLessThanOrEqual(STATION_BUDGET_BYTES);
});
