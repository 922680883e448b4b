import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { testDb } from '../admin-fixtures';
import { IN_COUNTY, makeWorld, OUT_COUNTY, pointIn, sessions, snapshot, type World } from './security-world';

// The write API of the role × action matrix (security-matrix.spec.ts): the
// station import (POST /api/import, dry run then apply) and the admin export.
// Anonymous and cross-origin calls are refused; rows outside the caller's
// scope are rejected, whether they add a station or name an existing one.

test.describe.configure({ timeout: 180_000 });

const HEADER = 'external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,notes';

function csv(w: World, rows: { ext: string; name: string; county: string; at?: { lat: number; lng: number } }[]): Buffer {
  const lines = rows.map((r) => {
    const p = r.at ?? pointIn(r.county);
    return [r.ext, r.name, 'station', 'in_use', '', p.lng.toFixed(6), p.lat.toFixed(6), r.county, '', '24/7', '', '', '', ''].join(',');
  });
  return Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}`);
}

type Outcome = { type: string; token?: string | null; message?: string };
async function callImport(page: Page, query: string, body: Buffer | null, headers: Record<string, string> = {}) {
  const res = await page.request.post(`/api/import?${query}`, { data: body ?? '', headers: { 'content-type': 'text/csv', ...headers } });
  const text = res.ok() ? await res.text() : '';
  const last = text.trim().split('\n').filter(Boolean).at(-1);
  return { status: res.status(), outcome: last ? (JSON.parse(last) as Outcome) : null };
}

test('import: anonymous and cross-origin calls are refused; rows outside the scope are rejected', async ({ browser, baseURL }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const out = await testDb().station.update({ where: { id: w.stations.out.id }, data: { externalId: `ext-${w.tag}-out` } });
  const file = csv(w, [
    { ext: `ext-${w.tag}-new-out`, name: `导入外${w.tag}`, county: OUT_COUNTY },
    { ext: `ext-${w.tag}-out`, name: `改名${w.tag}`, county: OUT_COUNTY, at: { lat: out.lat, lng: out.lng } },
    { ext: `ext-${w.tag}-new-in`, name: `导入内${w.tag}`, county: IN_COUNTY },
  ]);
  const preview = `step=preview&crs=wgs84&name=${encodeURIComponent('矩阵.csv')}&locale=zh-CN`;
  const before = await snapshot(w);

  expect((await callImport(pages.anonymous, preview, file)).status).toBe(401);
  expect((await callImport(pages.province, preview, file, { origin: 'http://evil.example' })).status).toBe(403);
  expect(await snapshot(w)).toEqual(before);

  // A county admin's dry run and apply: only the row in their own county is written.
  const dry = await callImport(pages.donghu, preview, file, { origin: baseURL! });
  expect(dry.outcome).toMatchObject({ type: 'preview' });
  // Another admin cannot apply someone else's dry run.
  const stolen = await callImport(pages.xihu, `step=apply&token=${dry.outcome!.token}&locale=zh-CN`, null, { origin: baseURL! });
  expect(stolen.status).toBe(409);
  expect(await snapshot(w)).toEqual(before);
  const applied = await callImport(pages.donghu, `step=apply&token=${dry.outcome!.token}&locale=zh-CN`, null, { origin: baseURL! });
  expect(applied.outcome).toMatchObject({ type: 'applied' });

  const after = await snapshot(w);
  expect(after.stations).toEqual(before.stations);
  expect(await testDb().station.count({ where: { name: `导入外${w.tag}` } })).toBe(0);
  expect(await testDb().station.count({ where: { name: `改名${w.tag}` } })).toBe(0);
  expect(await testDb().station.count({ where: { name: `导入内${w.tag}`, countyCode: IN_COUNTY } })).toBe(1);
  await done();
});

test('the admin export holds only stations in scope and needs a session', async ({ browser }) => {
  const w = await makeWorld();
  const { pages, done } = await sessions(browser, w);
  const url = `/api/export/admin?format=csv&q=${encodeURIComponent('矩阵')}`;
  expect((await pages.anonymous.request.get(url)).status()).toBe(401);
  for (const [role, sees] of [['province', [true, true]], ['city', [true, false]], ['donghu', [true, false]], ['xihu', [false, false]]] as const) {
    const text = await (await pages[role].request.get(url)).text();
    expect([text.includes(w.stations.in.name), text.includes(w.stations.out.name)], role).toEqual(sees);
  }
  await done();
});
