import { test, expect } from '@playwright/test';
import { distanceM, nearest, offset, type Point } from './helpers';
import { bruteNearest, prng, sampleStations, type OracleFilter } from './sample-oracle';

// GET /api/stations/nearest against a brute-force scan of the whole sample set.
// Rows other tests seed (ids "e2e-…") are dropped from the answer: they can only
// push sample stations off the end, so the rest must be a prefix of the oracle.

function randomPoints(seed: number, n: number): Point[] {
  const rnd = prng(seed);
  const all = sampleStations();
  return Array.from({ length: n }, () => {
    const s = all[Math.floor(rnd() * all.length)]!;
    return offset(s, (rnd() - 0.5) * 10_000, (rnd() - 0.5) * 10_000);
  });
}

const CASES: { query: string; filter: OracleFilter; limit: number }[] = [
  { query: '', filter: {}, limit: 50 },
  { query: '', filter: {}, limit: 10 },
  { query: '&status=closed', filter: { statuses: ['closed'] }, limit: 20 },
  { query: '&kind=activity_venue&status=under_construction', filter: { kinds: ['activity_venue'], statuses: ['under_construction'] }, limit: 25 },
  { query: '&kind=service_centre,cultural_palace', filter: { kinds: ['service_centre', 'cultural_palace'] }, limit: 30 },
  { query: '&status=planned,suspended', filter: { statuses: ['planned', 'suspended'] }, limit: 50 },
];

for (const [n, c] of CASES.entries()) {
  test(`nearest${c.query || ' (default filters)'} limit ${c.limit} matches a brute-force scan`, async ({ request }) => {
    for (const p of randomPoints(1000 + n, 8)) {
      const got = await nearest(request, `lat=${p.lat}&lng=${p.lng}&limit=${c.limit}${c.query}`);
      expect(got).toHaveLength(c.limit);
      const ours = got.filter((s) => !s.id.startsWith('e2e-'));
      const want = bruteNearest(p, c.filter).slice(0, ours.length);
      expect(ours.map((s) => s.id), `at ${p.lat},${p.lng}`).toEqual(want.map((w) => w.id));
      ours.forEach((s, i) => {
        expect(Math.abs(s.distanceM - want[i]!.d)).toBeLessThanOrEqual(1);
        expect(Math.abs(s.distanceM - distanceM(p, s))).toBeLessThanOrEqual(1);
      });
    }
  });
}

test('every sample station is its own nearest neighbour', async ({ request }) => {
  const rnd = prng(77);
  const all = sampleStations().filter((s) => s.status !== 'closed');
  for (let k = 0; k < 25; k++) {
    const s = all[Math.floor(rnd() * all.length)]!;
    const [first] = await nearest(request, `lat=${s.lat}&lng=${s.lng}&limit=1`);
    expect(first, s.id).toMatchObject({ id: s.id, name: s.name, kind: s.kind, status: s.status, distanceM: 0, countyCode: s.countyCode });
    expect([...first!.amenities].sort(), s.id).toEqual(s.amenities.split(',').filter(Boolean).sort());
    expect(first!.address, s.id).toBe(s.address);
  }
});
