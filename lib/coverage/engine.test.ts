import { describe, expect, it } from 'vitest';
import { StationIndex, type IndexRow } from '@/lib/stations/station-index';
import { CoverageEngine } from './engine';
import { BufferReach } from './reach';
import { at, fixedDivisions, rect } from './test-shapes';

// Two 10 km × 10 km counties side by side (A: x 0–10, B: x 10–20) in one city.
const divisions = fixedDivisions([{ code: 'C', name: 'C' }], [
  { code: 'A', name: 'A', cityCode: 'C', geometry: rect(0, 0, 10, 10) },
  { code: 'B', name: 'B', cityCode: 'C', geometry: rect(10, 0, 20, 10) },
  { code: 'N', name: 'no boundary', cityCode: 'C', geometry: null },
]);
const oracle = { openNow: (h: string) => h === '24/7', is24x7: (h: string) => h === '24/7' };
let n = 0;
function row(x: number, y: number, countyCode: string, status = 'in_use', openingHours = '24/7'): IndexRow {
  const p = at(x, y);
  return { id: `s${n++}`, name: 'x', kind: 'station', status, lat: p.lat, lng: p.lng, address: '', countyCode, amenities: '', openingHours };
}
const engine = () => new CoverageEngine(new BufferReach({ walk: 1000, ebike: 3000 }), divisions, { cellM: 50 });
const now = new Date('2026-11-25T04:00:00Z');
const areaOf = async (e: CoverageEngine, src: StationIndex, mode: 'walk' | 'ebike', openNow: boolean) => (await e.area(src, 'P', mode, openNow, now))!;

describe('coverage engine', () => {
  it('a station on the border covers half a circle in each county, and counts in its own', async () => {
    const index = new StationIndex([row(10, 5, 'A')], oracle);
    const p = await areaOf(engine(), index, 'walk', false);
    const [a, b, none] = p.counties;
    expect(a!.coveredKm2! / (Math.PI / 2)).toBeCloseTo(1, 1);
    expect(b!.coveredKm2! / (Math.PI / 2)).toBeCloseTo(1, 1);
    expect([a!.stationsInUse, b!.stationsInUse]).toEqual([1, 0]);
    expect(none).toMatchObject({ hasBoundary: false, areaKm2: null, coveredShare: null });
    expect(p.region.areaKm2).toBeCloseTo(200, 0);
    expect(p.region.coveredKm2).toBeCloseTo(a!.coveredKm2! + b!.coveredKm2!, 9);
    expect(p.parts[0]!.stationsInUse).toBe(1);
  });

  it('counts only stations in use, and only open ones when asked', async () => {
    const index = new StationIndex([row(5, 5, 'A', 'planned'), row(15, 5, 'B', 'in_use', 'Mo-Fr 08:00-18:00')], oracle);
    const e = engine();
    const all = await areaOf(e, index, 'walk', false);
    expect(all.counties[0]!.coveredKm2).toBe(0);
    expect(all.counties[1]!.coveredKm2).toBeGreaterThan(3);
    const open = await areaOf(e, index, 'walk', true);
    expect(open.counties[1]!.coveredKm2).toBe(0);
    expect(open.counties[1]).toMatchObject({ stationsInUse: 1, stationsCounted: 0, stations24h: 0 });
  });

  it('recomputes only the counties whose reaching stations changed', async () => {
    const e = engine();
    const before = new StationIndex([row(2, 5, 'A'), row(15, 5, 'B')], oracle);
    await areaOf(e, before, 'ebike', false);
    expect(e.stats.computed).toBe(2);
    const again = await areaOf(e, new StationIndex([row(2, 5, 'A'), row(15, 5, 'B')], oracle), 'ebike', false);
    expect(e.stats.computed).toBe(2);
    const after = await areaOf(e, new StationIndex([row(2, 5, 'A'), row(15, 5, 'B'), row(18, 8, 'B')], oracle), 'ebike', false);
    expect(e.stats.computed).toBe(3);
    expect(after.counties[0]!.coveredKm2).toBe(again.counties[0]!.coveredKm2);
    expect(after.counties[1]!.coveredKm2!).toBeGreaterThan(again.counties[1]!.coveredKm2!);
  });

  it('gives a county its grid, its largest gap and three suggestions', async () => {
    const index = new StationIndex([row(5, 5, 'A')], oracle);
    const d = await engine().county(index, 'A', 'walk', false, now);
    expect(d!.suggestions.map((s) => s.rank)).toEqual([1, 2, 3]);
    for (const s of d!.suggestions) expect(s.addsKm2).toBeGreaterThan(3);
    expect(d!.figures.largestGapKm2).toBeCloseTo(d!.figures.areaKm2! - d!.figures.coveredKm2!, 6);
    expect(d!.grid!.cols * d!.grid!.rows).toBeGreaterThan(39_000);
    expect(await engine().county(index, 'nope', 'walk', false, now)).toBeNull();
  });

  it('drills down: a city lists its counties as parts, an unknown code is refused', async () => {
    const index = new StationIndex([row(5, 5, 'A')], oracle);
    const city = await engine().area(index, 'C', 'walk', false, now);
    expect(city!.level).toBe('city');
    expect(city!.parts.map((p) => p.code)).toEqual(['A', 'B', 'N']);
    expect(city!.parts[0]!.stationsInUse).toBe(1);
    expect(city!.region.nameEn).toBe('C');
    expect(engine().area(index, 'X', 'walk', false, now)).toBeNull();
  });

  it('measures a county no station reaches from its outline, with no grid, and the whole county as its gap', async () => {
    const e = engine();
    const p = await areaOf(e, new StationIndex([row(5, 5, 'A')], oracle), 'walk', false);
    const b = p!.counties[1]!;
    expect(e.stats).toMatchObject({ computed: 1, outlined: 1 });
    expect(b.areaKm2!).toBeCloseTo(100, 0);
    expect(b).toMatchObject({ coveredKm2: 0, coveredShare: 0 });
    expect(b.largestGapKm2).toBeCloseTo(b.areaKm2!, 9);
    expect(b.largestGapAt!.lng).toBeGreaterThan(at(10, 0).lng);
    expect(b.largestGapAt!.lng).toBeLessThan(at(20, 0).lng);
  });
});
