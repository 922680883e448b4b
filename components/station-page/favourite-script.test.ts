import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSaved, toSaved } from '@/components/favourites/saved-stations';
import { favouriteScript } from './favourite-script';

// The station page's favourite script, run as the browser runs its text: in a context of its own with a fake
// document (the hidden row and its button) and localStorage. What it writes must read back through the map's parser.

const station = toSaved({
  id: 'st-1', name: '八一广场驿站', kind: 'station', status: 'in_use', lat: 28.68, lng: 115.89, amenities: ['drinking_water'],
  address: '中山路 1 号', countyCode: '360102', entry: 'open_door', openNow: true, openState: 'open', openingHours: '24/7',
}, 0);

function world(stored: Record<string, string> = {}, { setThrows = false } = {}) {
  const store = new Map(Object.entries(stored));
  const span = () => ({ textContent: '' });
  const star = span(), word = span();
  const attrs: Record<string, string> = { 'data-station': JSON.stringify(station), 'data-on': '已收藏', 'data-off': '收藏', 'aria-pressed': 'false' };
  let click: (() => void) | undefined;
  const button = {
    getAttribute: (k: string) => attrs[k] ?? null,
    setAttribute: (k: string, v: string) => { attrs[k] = v; },
    querySelector: (sel: string) => (sel === '.fav-star' ? star : sel === '.fav-word' ? word : null),
    addEventListener: (type: string, f: () => void) => { if (type === 'click') click = f.bind(button); },
  };
  const row = { hidden: true, querySelector: (sel: string) => (sel === 'button' ? button : null) };
  const localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => { if (setThrows) throw new Error('quota'); store.set(k, v); },
  };
  const ctx = { document: { getElementById: (id: string) => (id === 'fav-row' ? row : null) }, localStorage, JSON, Date, Array, String };
  runInNewContext(favouriteScript(), ctx);
  const list = (key: string) => parseSaved(store.get(key) ?? null, 50);
  return { row, attrs, star, word, tap: () => click!(), favourites: () => list('yizhan:favourites'), recent: () => list('yizhan:recent') };
}

describe('favouriteScript', () => {
  it('shows the button, not pressed, and counts the page as recently viewed', () => {
    const w = world();
    expect(w.row.hidden).toBe(false);
    expect(w.attrs['aria-pressed']).toBe('false');
    expect(w.recent().map((s) => s.id)).toEqual(['st-1']);
    expect(w.recent()[0]).toMatchObject({ ...station, savedAt: expect.any(Number) });
    expect(w.favourites()).toEqual([]);
  });

  it('adds the station on a tap, in the shape the map reads, and removes it on the next', () => {
    const w = world();
    w.tap();
    expect(w.attrs['aria-pressed']).toBe('true');
    expect([w.star.textContent, w.word.textContent]).toEqual(['★', '已收藏']);
    expect(w.favourites()).toEqual([{ ...station, savedAt: expect.any(Number) }]);
    w.tap();
    expect(w.attrs['aria-pressed']).toBe('false');
    expect(w.word.textContent).toBe('收藏');
    expect(w.favourites()).toEqual([]);
  });

  it('shows "saved" for a station already saved and keeps the other favourites, first the newest, under the cap', () => {
    const others = Array.from({ length: 50 }, (_, i) => ({ ...station, id: `o${i}`, savedAt: i }));
    const w = world({ 'yizhan:favourites': JSON.stringify([others[0], { ...station, savedAt: 1 }, ...others.slice(1)]) });
    expect(w.attrs['aria-pressed']).toBe('true');
    w.tap();
    expect(w.favourites().map((s) => s.id)).toEqual(others.map((s) => s.id));
    w.tap();
    expect(w.favourites()).toHaveLength(50);
    expect(w.favourites()[0]!.id).toBe('st-1');
  });

  it('survives damaged storage, and a storage that refuses writes', () => {
    for (const bad of ['{', '"x"', '{"id":"st-1"}', '[null, 3, "st-1"]']) {
      const w = world({ 'yizhan:favourites': bad, 'yizhan:recent': bad });
      expect(w.row.hidden, bad).toBe(false);
      w.tap();
      expect(w.favourites().map((s) => s.id), bad).toEqual(['st-1']);
    }
    const refused = world({}, { setThrows: true });
    expect(refused.row.hidden).toBe(false);
    expect(() => refused.tap()).not.toThrow();
    expect(refused.attrs['aria-pressed']).toBe('false');
  });

  it('does nothing, and throws nothing, on a page without the button or without storage', () => {
    expect(() => runInNewContext(favouriteScript(), { document: {} })).not.toThrow();
    expect(() => runInNewContext(favouriteScript(), { document: { getElementById: () => null } })).not.toThrow();
    expect(favouriteScript()).not.toMatch(/<\/script/i);
    expect(favouriteScript().length).toBeLessThan(1500);
  });
});
