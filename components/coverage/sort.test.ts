import { describe, expect, it } from 'vitest';
import type { CountyFigures } from '@/lib/coverage/types';
import { sortCounties } from './sort';

const county = (code: string, share: number | null, stations = 1): CountyFigures => ({
  code, name: code, nameEn: code, cityCode: 'c', cityName: 'c', cityNameEn: 'c', areaKm2: share === null ? null : 100, coveredKm2: share === null ? null : share * 100,
  coveredShare: share, stationsInUse: stations, stations24h: 0, stationsCounted: stations, stationsPer100Km2: null,
  largestGapKm2: null, largestGapAt: null, hasBoundary: share !== null,
});

describe('county table order', () => {
  const list = [county('3', 0.5), county('1', null), county('2', 0.1), county('4', 0.1)];
  it('puts the worst covered first, ties by code, counties without figures last', () => {
    expect(sortCounties(list, 'share', 'asc', 'en').map((c) => c.code)).toEqual(['2', '4', '3', '1']);
    expect(sortCounties(list, 'share', 'desc', 'en').map((c) => c.code)).toEqual(['3', '2', '4', '1']);
  });
});
