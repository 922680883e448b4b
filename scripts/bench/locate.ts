// Point → county (lib/divisions/locate.ts countyAt) in process, for the
// issue's target of ≤ 50 µs at the national scale: random points over
// China's box (land, sea and neighbours alike, as a bad import would send),
// and points at the bench stations (real county interiors and borders).
import { countyAt, warmCountyIndex } from '@/lib/divisions/locate';
import { mulberry32 } from './stats';

export type LocateRun = { label: string; points: number; found: number; meanUs: number; p99Us: number; maxUs: number };

function time(label: string, xs: Float64Array): LocateRun {
  const n = xs.length / 2;
  const us = new Float64Array(n);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    if (countyAt(xs[2 * i]!, xs[2 * i + 1]!)) found++;
    us[i] = (performance.now() - t0) * 1000;
  }
  const sorted = us.slice().sort();
  const r = (x: number) => Math.round(x * 100) / 100;
  return { label, points: n, found, meanUs: r(us.reduce((a, b) => a + b, 0) / n), p99Us: r(sorted[Math.floor(n * 0.99)]!), maxUs: r(sorted[n - 1]!) };
}

/** `count` random points in China's box; `stations` as [lng, lat, …] when given (the bench database's). */
export function runLocateBench(count = 200_000, stations?: Float64Array): LocateRun[] {
  const t0 = performance.now();
  warmCountyIndex();
  console.log(`\npoint → county: index built in ${Math.round(performance.now() - t0)} ms`);
  const rng = mulberry32(17);
  const box = Float64Array.from({ length: 2 * count }, (_, i) => (i % 2 ? 18 + rng() * 36 : 73 + rng() * 62));
  time('warm-up', box.subarray(0, 20_000));
  const runs = [time('random in 73–135°E, 18–54°N', box)];
  if (stations?.length) runs.push(time('at the bench stations', stations));
  for (const r of runs) {
    console.log(`  ${r.label.padEnd(30)} ${r.points} points, ${r.found} in a county: mean ${r.meanUs} µs, p99 ${r.p99Us} µs, max ${r.maxUs} µs`);
  }
  const worst = Math.max(...runs.map((r) => r.meanUs));
  console.log(`${worst <= 50 ? 'PASS' : 'FAIL'}  point → county mean ≤ 50 µs${' '.repeat(30)} ${worst} µs`);
  return runs;
}
