import { describe, expect, it } from 'vitest';
import { CardsBusyError, gateLoad, gated } from './render-gate';

/** A draw that ends when told to. */
function pending() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { draw: () => done.then(() => 'png'), finish };
}

describe('gated', () => {
  it('draws two at once, lines up sixteen more, refuses the next, and frees every slot', async () => {
    const draws = Array.from({ length: 18 }, pending);
    const results = draws.map((d) => gated(d.draw));
    expect(gateLoad()).toEqual({ running: 2, waiting: 16 });
    await expect(gated(async () => 'png')).rejects.toBeInstanceOf(CardsBusyError);
    for (const d of draws) d.finish();
    expect(await Promise.all(results)).toEqual(Array(18).fill('png'));
    expect(gateLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a draw that fails', async () => {
    await expect(gated(() => Promise.reject(new Error('bad font')))).rejects.toThrow('bad font');
    expect(gateLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
