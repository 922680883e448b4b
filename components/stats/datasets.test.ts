import { describe, expect, it } from 'vitest';
import type { CountyTrust } from '@/lib/complaints/stats';
import { buildDataset, type StatsData, type Translators } from './datasets';

// The per-county complaint and grade datasets: which counties, in which order,
// with which columns; a missing figure stays null (a dash, an empty CSV cell).

const id = (key: string) => key;
const t: Translators = { stats: id, kinds: id, statuses: id, amenities: id, place: (p) => p.name };
const county = (code: string, o: Partial<CountyTrust>): CountyTrust => ({
  code, name: `县${code}`, nameEn: code, parentName: '市', parentNameEn: 'City',
  decided: 0, onTime: 0, onTimeShare: null, answered: 0, medianHours: null, overdueOpen: 0, stars: null, reviews: 0, ...o,
});
const trust = [
  county('360101', { decided: 4, onTime: 1, onTimeShare: 0.25, answered: 3, medianHours: 30 }),
  county('360102', { decided: 2, onTime: 2, onTimeShare: 1, answered: 2, medianHours: 5.5, stars: 4.5, reviews: 2 }),
  county('360103', { overdueOpen: 3 }),
  county('360104', { stars: 2, reviews: 1 }),
];
const data = { trust } as unknown as StatsData;

describe('trust datasets', () => {
  it('complaints: counties with any decided or overdue, best share first, no share without a decision', () => {
    const d = buildDataset(data, 'complaints', t);
    expect(d.scale).toBe('share');
    expect(d.columns.map((c) => c.label)).toEqual(['column.code', 'column.county', 'column.city', 'column.decided', 'column.onTime', 'column.onTimeShare', 'column.overdueOpen']);
    expect(d.rows).toEqual([
      ['360102', '县360102', '市', 2, 2, 1, 0], ['360101', '县360101', '市', 4, 1, 0.25, 0], ['360103', '县360103', '市', 0, 0, null, 3],
    ]);
    expect(d.bars).toEqual([{ label: '县360102', value: 1 }, { label: '县360101', value: 0.25 }]);
  });

  it('answer hours: counties with an answer, longest median first', () => {
    const d = buildDataset(data, 'answerHours', t);
    expect(d.scale).toBe('hours');
    expect(d.rows).toEqual([['360101', '县360101', '市', 3, 30], ['360102', '县360102', '市', 2, 5.5]]);
    expect(d.columns.at(-1)).toEqual({ label: 'column.medianHours', kind: 'decimal' });
  });

  it('grades: counties with published reviews, best first, on a scale of five', () => {
    const d = buildDataset(data, 'grades', t);
    expect(d.scale).toBe('stars');
    expect(d.rows).toEqual([['360102', '县360102', '市', 2, 4.5], ['360104', '县360104', '市', 1, 2]]);
  });
});
