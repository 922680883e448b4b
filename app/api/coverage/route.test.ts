import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { countyAt } from '@/lib/divisions/locate';
import { StationIndex } from '@/lib/stations/station-index';

// /api/coverage?within= and /api/coverage/{county} over the real divisions of
// China, with a station index of two stations: one in Zhengzhou's 中原区, one
// in Xinjiang's 石河子市. No database, no rate limit, no request scope.

const ZHENGZHOU = { lng: 113.62, lat: 34.75 };
const SHIHEZI = { lng: 86.04, lat: 44.3 };
const oracle = { openNow: () => true, is24x7: () => true };
let index: StationIndex;

vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));
vi.mock('@/lib/security/public-limits', () => ({ overPublicLimit: async () => null }));
vi.mock('@/lib/stations/index-store', () => ({ getStationIndex: async () => ({ index }) }));

const list = await import('@/app/api/coverage/route');
const one = await import('@/app/api/coverage/[code]/route');

type Body = Record<string, unknown> & { error?: { field: string; message: string } };
async function get(path: string): Promise<[number, Body]> {
  const url = new URL(path, 'http://localhost');
  const code = /^\/api\/coverage\/(.+)$/.exec(url.pathname)?.[1];
  const req = new NextRequest(url);
  const res = code ? await one.GET(req, { params: Promise.resolve({ code }) }) : await list.GET(req);
  return [res.status, (await res.json()) as Body];
}

beforeAll(() => {
  const row = (id: string, p: { lng: number; lat: number }) => ({
    id, name: id, kind: 'station', status: 'in_use', ...p, address: '', countyCode: countyAt(p.lng, p.lat)!, amenities: '', openingHours: '24/7',
  });
  index = new StationIndex([row('zz', ZHENGZHOU), row('shz', SHIHEZI)], oracle);
});

describe('GET /api/coverage?within=', () => {
  it('refuses a malformed code with a 400 naming the field, and an unknown one with a 404', async () => {
    const [bad, badBody] = await get('/api/coverage?within=41');
    expect(bad).toBe(400);
    expect(badBody.error!.field).toBe('within');
    const [unknown, unknownBody] = await get('/api/coverage?within=990000');
    expect(unknown).toBe(404);
    expect(unknownBody.error!.field).toBe('within');
  });

  it('lists the counties of a city with English names, and counts the station in its county', async () => {
    const [status, body] = await get('/api/coverage?within=410100');
    expect(status).toBe(200);
    const counties = body.counties as { code: string; nameEn: string; cityNameEn: string; stationsInUse: number; coveredKm2: number }[];
    expect(counties.length).toBeGreaterThan(5);
    expect(counties.every((c) => c.code.startsWith('4101') && c.nameEn && c.cityNameEn === 'Zhengzhou City')).toBe(true);
    const home = counties.find((c) => c.code === countyAt(ZHENGZHOU.lng, ZHENGZHOU.lat))!;
    expect(home.stationsInUse).toBe(1);
    expect(home.coveredKm2).toBeGreaterThan(2);
    expect(body.region).toMatchObject({ code: '410100', nameEn: 'Zhengzhou City', stationsInUse: 1 });
  });

  it('rolls a province up by its cities and the counties it runs directly', async () => {
    const [, body] = await get('/api/coverage?within=410000');
    const parts = (body.parts as { code: string }[]).map((p) => p.code);
    expect(parts).toContain('410100');
    expect(parts).toContain('419001');
    expect((body.province as { stationsInUse: number }).stationsInUse).toBe(1);
  });
});

describe('GET /api/coverage/{county}', () => {
  it('answers for a county anywhere in China, 400 for a bad code, 404 for a province', async () => {
    const code = countyAt(SHIHEZI.lng, SHIHEZI.lat)!;
    const [status, body] = await get(`/api/coverage/${code}`);
    expect(status).toBe(200);
    expect(body.county).toMatchObject({ code, stationsInUse: 1 });
    expect((body.county as { nameEn: string }).nameEn).toMatch(/[A-Z]/);
    expect((await get('/api/coverage/abc'))[1].error!.field).toBe('code');
    expect((await get('/api/coverage/410000'))[0]).toBe(404);
  });
});
