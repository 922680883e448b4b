import { describe, expect, it } from 'vitest';
import { LiveValue } from './live-cache';

function counter() {
  let reads = 0;
  let fail = false;
  const load = async () => {
    reads++;
    if (fail) throw new Error('database away');
    return reads;
  };
  return { load, reads: () => reads, failNext: (v: boolean) => (fail = v) };
}

describe('LiveValue', () => {
  it('reads once per period, and at once after clear()', async () => {
    const c = counter();
    const live = new LiveValue(5_000, c.load);
    expect(await live.get(0)).toBe(1);
    expect(await live.get(4_999)).toBe(1);
    expect(await live.get(5_000)).toBe(2);
    live.clear();
    expect(await live.get(5_001)).toBe(3);
  });

  it('shares one read between callers waiting at once', async () => {
    const c = counter();
    const live = new LiveValue(5_000, c.load);
    expect(await Promise.all([live.get(0), live.get(0), live.get(0)])).toEqual([1, 1, 1]);
    expect(c.reads()).toBe(1);
  });

  it('answers with the older value for a while when the database is away, then fails', async () => {
    const c = counter();
    const live = new LiveValue(5_000, c.load, 60_000);
    expect(await live.get(0)).toBe(1);
    c.failNext(true);
    expect(await live.get(10_000)).toBe(1);
    await expect(live.get(61_000)).rejects.toThrow('database away');
    c.failNext(false);
    expect(await live.get(62_000)).toBe(4);
  });
});
