import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES } from './form-values';
import { prefillFrom } from './prefill';

describe('new-station prefill from a coverage suggestion', () => {
  it('takes the point (proposing its county), kind and status', () => {
    const v = prefillFrom({ lat: '28.70', lng: '115.90', kind: 'station', status: 'planned' }, EMPTY_VALUES);
    expect(v).toMatchObject({ lat: '28.7', lng: '115.9', crs: 'wgs84', kind: 'station', status: 'planned', countyCode: '360102' });
  });

  it('proposes the county anywhere in China, and none at sea', () => {
    expect(prefillFrom({ lat: '34.6795', lng: '113.5886' }, EMPTY_VALUES).countyCode).toBe('410103');
    expect(prefillFrom({ lat: '28', lng: '123' }, EMPTY_VALUES).countyCode).toBe('');
  });

  it('ignores malformed values', () => {
    const v = prefillFrom({ lat: 'abc', lng: '500', kind: 'castle', status: ['planned', 'x'] }, EMPTY_VALUES);
    expect(v).toEqual(EMPTY_VALUES);
  });
});
