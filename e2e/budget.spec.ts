import { FIRST_LOAD_TARGET_BYTES, STATION_FIRST_LOAD_TARGET_BYTES, kb, measureFirstLoad, printFirstLoad } from '../scripts/first-load-js';
import { expect, seedStation, test } from './fixtures';

// The speed budget, enforced in `npm test`: the JavaScript a visitor's phone
// downloads before a page is usable, gzip -9 as a CDN serves it: the HTML's
// <script src> chunks and its inline scripts (so inlining cannot cheat). The numbers
// are printed so a failure says which chunk grew. Runs in the desktop project
// only (the bytes do not depend on the viewport); see playwright.config.ts.

test('the home page loads at most 180 KB of JavaScript before it is usable', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const r = await measureFirstLoad(`${baseURL}/`);
  printFirstLoad(r);
  expect(r.initial.length, 'the page must load some JavaScript, or the measure is broken').toBeGreaterThan(3);
  expect(r.initialGzip, `home page first-load JS ${kb(r.initialGzip)}`).toBeLessThanOrEqual(FIRST_LOAD_TARGET_BYTES);
});

test('a station page loads at most 120 KB of JavaScript (it is plain HTML: none but one small inline script)', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const s = await seedStation({ name: '预算检查驿站', lat: 28.61, lng: 115.93 });
  const r = await measureFirstLoad(`${baseURL}/stations/${s.id}`, { readySelector: null, targetBytes: STATION_FIRST_LOAD_TARGET_BYTES });
  printFirstLoad(r);
  // Zero <script src> chunks is allowed (and expected): the page does not hydrate. The inline script is measured.
  expect(r.inline.rawBytes, 'the service-worker/offline script must be there, or the measure is broken').toBeGreaterThan(0);
  // Nothing may be fetched after load that the HTML did not announce.
  expect(r.afterMapGzip, `station page JS once usable ${kb(r.afterMapGzip)}`).toBeLessThanOrEqual(STATION_FIRST_LOAD_TARGET_BYTES);
  expect(r.initialGzip, `station page first-load JS ${kb(r.initialGzip)}`).toBeLessThanOrEqual(STATION_FIRST_LOAD_TARGET_BYTES);
});
