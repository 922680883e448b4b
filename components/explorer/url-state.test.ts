import { describe, expect, it } from 'vitest';
import { filtersToApi, NO_FILTERS, parseState, toSearch } from './url-state';

describe('explorer URL state', () => {
  it('round-trips view, selection, origin, filters and circle mode', () => {
    const search = '?at=28.68,115.89,12&s=jx-360102-0001&near=28.6,115.8&place=%E4%B8%9C%E6%B9%96%E5%8C%BA&kind=station&amenities=toilet,wifi&openNow=1&h24=1&noPhone=1&all=1&servicesToday=1&circle=ebike';
    const state = parseState(new URLSearchParams(search));
    expect(state).toEqual({
      view: { lat: 28.68, lng: 115.89, zoom: 12 },
      selected: 'jx-360102-0001',
      origin: { lat: 28.6, lng: 115.8, place: '东湖区' },
      filters: { kind: ['station'], amenities: ['toilet', 'wifi'], openNow: true, h24: true, noPhone: true, all: true, servicesToday: true },
      circle: 'ebike',
    });
    expect(parseState(new URLSearchParams(toSearch(state)))).toEqual(state);
  });

  it('falls back to defaults for damaged parameters instead of failing', () => {
    const state = parseState(new URLSearchParams('?at=91,500,3&s=<script>&near=abc&kind=bogus&amenities=toilet,nope&circle=car'));
    expect(state.view).toBeNull();
    expect(state.selected).toBeNull();
    expect(state.origin).toBeNull();
    expect(state.filters.kind).toEqual([]);
    expect(state.filters.amenities).toEqual(['toilet']);
    expect(state.circle).toBeNull();
  });

  it('asks the API for stations in use only unless "all" is chosen', () => {
    const base = { kind: [], amenities: [], openNow: false, h24: false, noPhone: false, all: false };
    expect(filtersToApi(base).get('status')).toBe('in_use');
    expect(filtersToApi({ ...base, all: true }).get('status')).toBe('in_use,suspended,under_construction,planned');
  });

  it('asks for stations a worker without a smartphone can get into only when "no smartphone needed" is ticked', () => {
    expect(parseState(new URLSearchParams('?noPhone=yes')).filters.noPhone).toBe(false);
    expect(filtersToApi(NO_FILTERS).has('noPhone')).toBe(false);
    expect(filtersToApi({ ...NO_FILTERS, noPhone: true }).get('noPhone')).toBe('1');
    expect(toSearch({ view: null, selected: null, origin: null, circle: null, filters: { ...NO_FILTERS, noPhone: true } })).toBe('?noPhone=1');
  });

  it('asks for stations with a service today only when "services today" is ticked', () => {
    expect(parseState(new URLSearchParams('?servicesToday=true')).filters.servicesToday).toBe(false);
    expect(parseState(new URLSearchParams('')).filters.servicesToday).toBe(false);
    expect(filtersToApi(NO_FILTERS).has('servicesToday')).toBe(false);
    expect(filtersToApi({ ...NO_FILTERS, servicesToday: true }).get('servicesToday')).toBe('1');
    expect(toSearch({ view: null, selected: null, origin: null, circle: null, filters: { ...NO_FILTERS, servicesToday: true } })).toBe('?servicesToday=1');
  });
});
