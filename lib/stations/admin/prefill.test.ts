import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES } from './form-values';
import { prefillFrom } from './prefill';

describe('new-station prefill from a coverage suggestion', () => {
  it('takes the point (proposing its county), kind and status', () => {
    const v = prefillFrom({ lat: '28.70', lng: '115.90', kind: 'station', status: 'planned' }, EMPTY_VALUES);
    expect(v).toMatchObject({ lat: '28.7', lng: '115.9', crs: 'wgs84', kind: 'station', status: 'planned', countyCode: '360102' });
  });

  it('ignores malformed values', () => {
    const v = prefillFrom({ lat: 'abc', lng: '500', kind: 'castle', status: ['planned', 'x'] }, EMPTY_VALUES);
    expect(v).toEqual(EMPTY_VALUES);
  });
});
