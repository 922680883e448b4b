import { describe, expect, it, vi } from 'vitest';
import * as search from './search';
import { cachedSearch } from './search-cache';
import type { StationIndex } from './station-index';

describe('cachedSearch', () => {
  it('answers a repeated query (however it is typed) from the cache of its index, and a new index afresh', () => {
    const spy = vi.spyOn(search, 'searchPlaces').mockImplementation((_, q) => [{ type: 'county', id: q, name: q, lat: 0, lng: 0 } as search.SearchResult]);
    const a = {} as StationIndex;
    const b = {} as StationIndex;
    expect(cachedSearch(a, 'Zheng Zhou', 12)).toEqual(cachedSearch(a, 'zhengzhou', 12));
    expect(spy).toHaveBeenCalledTimes(1);
    cachedSearch(a, 'zhengzhou', 5);
    cachedSearch(b, 'zhengzhou', 12);
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });
});
