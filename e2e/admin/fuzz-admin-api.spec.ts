import assert from 'node:assert/strict';
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { CRS_LIST } from '../../lib/geo/crs';
import { KINDS, STATUSES } from '../../lib/stations/vocab';
import { describeValue, hostileParam, hostileText } from '../../lib/testing/hostile';
import { createTestAdmin, signIn, testDb, type TestAccount } from '../admin-fixtures';
import { FUZZ_TIMEOUT, OPTIONS, fuzzQuery, get, isObject, queryOf } from '../api/fuzz-helpers';

// The signed-in API under fuzz: the admin export's parameters, and the import
// upload's parameters, file and apply token. Answers stay below 500 (a 400
// names the field), and nothing of it writes: a dry run changes no station and
// a forged token applies nothing. Checks in the loops use node:assert (see
// fuzz-helpers.ts: Playwright's expect slows down with the count).

test.describe.configure({ timeout: FUZZ_TIMEOUT });

async function sessionCookie(page: Page, account: TestAccount): Promise<string> {
  await signIn(page, account);
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

test('admin export: every parameter survives hostile values', async ({ page, baseURL }) => {
  const cookie = await sessionCookie(page, await createTestAdmin('county', '360102'));
  await fuzzQuery(baseURL!, {
    path: '/api/export/admin', base: { format: 'geojson', locale: 'zh-CN' }, headers: { cookie },
    params: {
      format: fc.constantFrom('csv', 'xlsx', 'geojson'), locale: fc.constantFrom('zh-CN', 'en'),
      q: fc.constantFrom('驿站', '东湖'), county: fc.constantFrom('360102', '360111'), kind: fc.constantFrom(...KINDS),
      status: fc.constantFrom(...STATUSES), verified: fc.constantFrom('never', 'before'), before: fc.constantFrom('2026-01-01'),
      sort: fc.constantFrom('name', 'verified'), archived: fc.constantFrom('1'),
    },
    shape: (b) => isObject(b) && b.type === 'FeatureCollection',
    slow: true,
  });
});

const FIELDS = 'external_id,name,kind,status,address,lng,lat,county_code,county,opening_hours,amenities,phone,operator,notes';
const csvOf = (cells: string[]) => Buffer.from(`${FIELDS}\r\n${cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')}\r\n`);
const VALID_ROW = ['fuzz-1', '模糊测试驿站', 'station', 'in_use', '', '115.9010', '28.6890', '360102', '', '24/7', 'toilet', '', '', ''];

type Answer = { status: number; last: { type?: string; token?: string | null } | null; text: string };

async function post(base: string, query: string, body: Uint8Array | null, cookie: string): Promise<Answer> {
  const res = await get(base, `/api/import?${query}`, {
    method: 'POST', body: body ? Buffer.from(body) : '', headers: { cookie, origin: base, 'content-type': 'text/csv' },
  });
  const text = await res.text();
  const lines = text.trim().split('\n').filter(Boolean);
  const last = res.status === 200 && lines.length ? (JSON.parse(lines.at(-1)!) as Answer['last']) : null;
  return { status: res.status, last, text };
}

/** Below 500; a 400, 409 or 413 is JSON naming one of `fields`; a 200 stream ends in a preview or a stated error. */
function expectAnswer(a: Answer, fields: string[], label: string) {
  const what = `${label} → ${a.status} ${a.text.slice(0, 200)}`;
  assert.ok(a.status < 500, what);
  if ([400, 409, 413].includes(a.status)) return void assert.ok(fields.includes((JSON.parse(a.text) as { error?: { field?: string } }).error?.field ?? ''), what);
  assert.ok([200, 414, 431].includes(a.status), what);
  if (a.status === 200) assert.ok(['preview', 'error'].includes(a.last?.type ?? ''), what);
}

test('import upload: parameters, file and token survive hostile values, and write nothing', async ({ page, baseURL }) => {
  const admin = await createTestAdmin('county', '360102');
  const cookie = await sessionCookie(page, admin);
  const base = { step: 'preview', crs: 'wgs84', name: '模糊.csv', locale: 'zh-CN' };
  const params: Record<string, fc.Arbitrary<string>> = {
    step: fc.constant('preview'), crs: fc.constantFrom(...CRS_LIST), name: fc.constantFrom('a.csv', '站点.csv', 'b.geojson', 'c.xlsx'),
    locale: fc.constantFrom('zh-CN', 'en'),
  };
  const file = csvOf(VALID_ROW);
  // fast-check's strings include property names of built-ins, "apply" among them: step=apply without a token names the token.
  const blames = (param: string) => (param === 'step' ? ['step', 'token'] : [param, 'step']);
  const queries = Object.entries(params).map(([param, valid]) => fc.assert(fc.asyncProperty(hostileParam(valid), async (value) => {
    expectAnswer(await post(baseURL!, queryOf(base, param, value), file, cookie), blames(param), `${param}=${describeValue(value)}`);
  }), OPTIONS));
  // The file: random bytes, or the valid row with one cell made hostile.
  const body = fc.oneof(
    fc.uint8Array({ maxLength: 4000 }),
    fc.tuple(fc.nat(VALID_ROW.length - 1), hostileText()).map(([i, v]) => csvOf(VALID_ROW.map((c, k) => (k === i ? v : c)))),
  );
  const files = fc.assert(fc.asyncProperty(body, async (bytes) => {
    expectAnswer(await post(baseURL!, queryOf(base, 'name', '模糊.csv'), bytes, cookie), ['file'], `file=${describeValue(Buffer.from(bytes).toString().slice(0, 80))}`);
  }), OPTIONS);
  const tokens = fc.assert(fc.asyncProperty(hostileParam(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)), async (value) => {
    const a = await post(baseURL!, queryOf({ step: 'apply', locale: 'zh-CN' }, 'token', value), null, cookie);
    expectAnswer(a, ['token', 'step'], `token=${describeValue(value)}`);
    assert.notEqual(a.status, 200, `token=${describeValue(value)}`); // no dry run has this token
  }), OPTIONS);
  await Promise.all([...queries, files, tokens]);
  // Dry runs and forged tokens: no station, no audit entry.
  expect(await testDb().auditEntry.count({ where: { actorId: admin.id } })).toBe(0);
  expect(await testDb().station.count({ where: { externalId: 'fuzz-1' } })).toBe(0);
});
