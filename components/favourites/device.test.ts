import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearRecent, readSaved, rememberViewed, SAVED_KEYS, subscribeSaved, toggleFavourite } from './device';
import { MAX_RECENT, type SavedInput } from './saved-stations';

// The device half: localStorage (a fake one here) read and written through the checks of saved-stations.ts.

const station = (id: string, more: Partial<SavedInput> = {}): SavedInput => ({
  id, name: `驿站 ${id}`, kind: 'station', status: 'in_use', lat: 28.6, lng: 115.8, amenities: [], address: '',
  countyCode: '360102', entry: null, openNow: true, openState: 'open', openingHours: '24/7', ...more,
});

let store: Map<string, string>;
let refuse: boolean;

beforeEach(() => {
  store = new Map();
  refuse = false;
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new Error('QuotaExceededError');
      store.set(k, v);
    },
  });
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
});
afterEach(() => vi.unstubAllGlobals());

describe('favourites on the device', () => {
  it('toggles a station in and out, newest first, and tells the listeners', () => {
    const heard = vi.fn();
    const stop = subscribeSaved(heard);
    expect(toggleFavourite(station('a'), 1)).toBe(true);
    expect(toggleFavourite(station('b'), 2)).toBe(true);
    expect(readSaved('favourites').map((s) => [s.id, s.savedAt])).toEqual([['b', 2], ['a', 1]]);
    expect(toggleFavourite(station('a'), 3)).toBe(false);
    expect(readSaved('favourites').map((s) => s.id)).toEqual(['b']);
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    toggleFavourite(station('c'));
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('starts over from a corrupted value instead of failing', () => {
    store.set(SAVED_KEYS.favourites, '[{"id":');
    expect(readSaved('favourites')).toEqual([]);
    expect(toggleFavourite(station('a'), 1)).toBe(true);
    expect(readSaved('favourites').map((s) => s.id)).toEqual(['a']);
  });

  it('reads nothing and throws nothing when storage is refused', () => {
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } });
    expect(readSaved('favourites')).toEqual([]);
    expect(() => toggleFavourite(station('a'))).not.toThrow();
    expect(() => rememberViewed(station('a'))).not.toThrow();
  });

  it('claims no save that storage refused', () => {
    refuse = true;
    toggleFavourite(station('a'));
    expect(readSaved('favourites')).toEqual([]);
  });
});

describe('recently viewed on the device', () => {
  it('keeps the last MAX_RECENT viewed, newest first, each once', () => {
    for (let i = 0; i < MAX_RECENT + 5; i++) rememberViewed(station(`s${i}`), i);
    rememberViewed(station('s10'), 100);
    const recent = readSaved('recent');
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.slice(0, 2).map((s) => s.id)).toEqual(['s10', `s${MAX_RECENT + 4}`]);
    expect(recent.filter((s) => s.id === 's10')).toHaveLength(1);
    clearRecent();
    expect(readSaved('recent')).toEqual([]);
  });

  it('brings a favourite up to date when it is viewed again, keeping its place and time', () => {
    toggleFavourite(station('a'), 1);
    toggleFavourite(station('b'), 2);
    rememberViewed(station('a', { name: '新名字', openNow: false, openState: 'closed' }), 50);
    expect(readSaved('favourites').map((s) => [s.id, s.name, s.openNow, s.savedAt])).toEqual([['b', '驿站 b', true, 2], ['a', '新名字', false, 1]]);
  });
});
