import { describe, expect, it } from 'vitest';
import OpeningHours from 'opening_hours';
import { HONGGUTAN_CODE, HONGGUTAN_POINT, XINJIAN_CODE, counties, countyGeometry } from './divisions-data';
import { pointInGeometry } from './geo/polygon';
import { SAMPLE_OPENING_HOURS } from './sample-data-attributes';
import { SAMPLE_TOTALS, apportion, tierOf } from './sample-data-plan';
import { generateSampleStations } from './sample-data';
import { AMENITIES, KINDS, STATUSES } from './stations/vocab';

const sample = generateSampleStations();

function countBy<T>(list: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of list) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

function km(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const dx = (a.lng - b.lng) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
  const dy = (a.lat - b.lat) * 110.574;
  return Math.hypot(dx, dy);
}

describe('sample data', () => {
  it('is deterministic', () => {
    expect(generateSampleStations()).toEqual(sample);
  });

  it('has about 4,600 rows with unique ids in the documented form', () => {
    expect(sample.length).toBeGreaterThanOrEqual(4500);
    expect(sample.length).toBeLessThanOrEqual(4700);
    expect(new Set(sample.map((s) => s.id)).size).toBe(sample.length);
    expect(sample.filter((s) => !new RegExp(`^jx-${s.countyCode}-\\d{4}$`).test(s.id))).toEqual([]);
  });

  it('puts every point inside its own county (红谷滩区: 新建区, within 4 km)', () => {
    const outside = sample.filter((s) => {
      const own = s.countyCode === HONGGUTAN_CODE ? XINJIAN_CODE : s.countyCode;
      const far = s.countyCode === HONGGUTAN_CODE && km(s, HONGGUTAN_POINT) > 4;
      return far || !pointInGeometry(s.lng, s.lat, countyGeometry(own)!);
    });
    expect(outside.map((s) => s.id)).toEqual([]);
    expect(sample.filter((s) => s.countyCode === HONGGUTAN_CODE).length).toBeGreaterThan(0);
  });

  it('gives every county exactly one service centre', () => {
    const centres = countBy(
      sample.filter((s) => s.kind === 'service_centre'),
      (s) => s.countyCode,
    );
    for (const c of counties) expect(centres[c.code], c.name).toBe(1);
  });

  it('matches the planned kind and status counts', () => {
    const counts = countBy(sample, (s) => `${s.kind}/${s.status}`);
    const expected: Record<string, number> = {};
    for (const [kind, statuses] of Object.entries(SAMPLE_TOTALS)) {
      for (const [status, n] of Object.entries(statuses)) expected[`${kind}/${status}`] = n;
    }
    expect(counts).toEqual(expected);
    const stations = sample.filter((s) => s.kind === 'station');
    expect(stations.filter((s) => s.status === 'in_use').length / stations.length).toBeCloseTo(0.88, 2);
    expect(expected['cultural_palace/in_use']).toBe(65);
    expect(expected['activity_venue/in_use']).toBe(389);
    expect(expected['activity_venue/under_construction']).toBe(112);
  });

  it('uses only the vocabulary and valid opening hours', () => {
    const allowed = new Set<string>(SAMPLE_OPENING_HOURS);
    const amenities = new Set<string>(AMENITIES);
    // Collect offenders rather than asserting per row: 4,600 × 8 expects is slow.
    const bad = sample.filter(
      (s) =>
        !KINDS.includes(s.kind) ||
        !STATUSES.includes(s.status) ||
        !allowed.has(s.openingHours) ||
        !s.amenities.split(',').every((a) => amenities.has(a)) ||
        !s.isSample ||
        !s.name.endsWith('（示例）') ||
        !s.address.endsWith('（示例数据）') ||
        !/^0\d{3}-\d{7,8}$/.test(s.phone ?? '0791-80000000') ||
        s.lastVerifiedAt.getUTCFullYear() < 2025 ||
        s.lastVerifiedAt.getUTCFullYear() > 2026,
    );
    expect(bad.map((s) => s.id)).toEqual([]);
    for (const h of SAMPLE_OPENING_HOURS) expect(() => new OpeningHours(h)).not.toThrow();
    const stations = sample.filter((s) => s.kind === 'station');
    const allDay = stations.filter((s) => s.openingHours === '24/7').length / stations.length;
    expect(allDay).toBeGreaterThan(0.28);
    expect(allDay).toBeLessThan(0.4);
  });

  it('gives urban districts more stations than rural counties', () => {
    const perCounty = countBy(
      sample.filter((s) => s.kind === 'station'),
      (s) => s.countyCode,
    );
    const mean = (tier: string) => {
      const list = counties.filter((c) => tierOf(c) === tier).map((c) => perCounty[c.code] ?? 0);
      return list.reduce((a, b) => a + b, 0) / list.length;
    };
    expect(mean('district')).toBeGreaterThan(mean('county') * 1.4);
  });
});

describe('apportion', () => {
  it('hits the total exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [5, 0, 2]).reduce((a, b) => a + b, 0)).toBe(7);
  });
});
