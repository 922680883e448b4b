import { describe, expect, it } from 'vitest';
import { parseEmbedQuery } from './query';

const holds = (b: { minLng: number; minLat: number; maxLng: number; maxLat: number }, lng: number, lat: number) =>
  b.minLng < lng && lng < b.maxLng && b.minLat < lat && lat < b.maxLat;

async function target(county: string) {
  const q = await parseEmbedQuery({ county });
  if (!q.ok || q.target.kind !== 'division') throw new Error(`refused ${county}`);
  return q.target;
}

describe('embed query', () => {
  it('fits a known county to its outline', async () => {
    const t = await target('360111');
    expect(t.division.name).toBe('青山湖区');
    // Around the district's own point, and a district's size, not the province's.
    expect(holds(t.box, 115.957, 28.686)).toBe(true);
    expect(t.box.maxLng - t.box.minLng).toBeLessThan(0.5);
  });

  it('takes a county anywhere in China, with its names in both languages', async () => {
    const t = await target('410103');
    expect(t.division).toMatchObject({ name: '二七区', nameEn: 'Erqi District', cityCode: '410100', provinceCode: '410000' });
    // 二七区 holds Zhengzhou's 二七塔 (113.66 E, 34.75 N) and is a district's size.
    expect(holds(t.box, 113.66, 34.75)).toBe(true);
    expect(t.box.maxLng - t.box.minLng).toBeLessThan(0.5);
  });

  it('takes a city or a province, its box the size of the whole', async () => {
    const city = await target('410100');
    const province = await target('410000');
    expect(city.division.level).toBe('city');
    expect(holds(city.box, 113.66, 34.75) && holds(province.box, 113.66, 34.75)).toBe(true);
    expect(province.box.maxLng - province.box.minLng).toBeGreaterThan(city.box.maxLng - city.box.minLng);
    expect((await target('110101')).division.name).toBe('东城区');
  });

  it('gives 红谷滩区, which has no polygon, a small box around its point', async () => {
    const t = await target('360113');
    expect(t.box.maxLng - t.box.minLng).toBeCloseTo(0.1);
  });

  it('takes a box as given', async () => {
    expect(await parseEmbedQuery({ bbox: '115.8,28.6,115.9,28.7' })).toEqual({
      ok: true, target: { kind: 'bbox', box: { minLng: 115.8, minLat: 28.6, maxLng: 115.9, maxLat: 28.7 } },
    });
    expect((await parseEmbedQuery({ bbox: ['115.8,28.6,115.9,28.7', 'x'] })).ok).toBe(true);
  });

  it('names what is wrong with bad input', async () => {
    expect(await parseEmbedQuery({})).toEqual({ ok: false, problem: 'missing' });
    expect(await parseEmbedQuery({ county: '360111', bbox: '1,2,3,4' })).toEqual({ ok: false, problem: 'both' });
    for (const county of ['', 'abc', '36011', '3601111', `${'9'.repeat(300)}`]) expect(await parseEmbedQuery({ county })).toEqual({ ok: false, problem: 'badCounty' });
    // No such division; all of China is the full map's, not an embed.
    for (const county of ['999999', '360199', '100000']) expect(await parseEmbedQuery({ county })).toEqual({ ok: false, problem: 'unknownCounty' });
    for (const bbox of ['', '1,2,3', '116,28,115,29', 'a,b,c,d', '0,0,200,10', 'x'.repeat(500)]) expect(await parseEmbedQuery({ bbox })).toEqual({ ok: false, problem: 'badBbox' });
  });
});
