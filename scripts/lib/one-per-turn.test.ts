import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types (it runs in `npm start` before any build)
import { onePerTurn } from './one-per-turn.mjs';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('onePerTurn', () => {
  it('starts requests in the order they came, one per turn of the event loop', async () => {
    const admit = onePerTurn() as (start: () => void) => void;
    const started: string[] = [];
    for (const name of ['a', 'b', 'c']) admit(() => started.push(name));
    expect(started).toEqual([]); // nothing runs inside the turn that received them
    await turn();
    expect(started).toEqual(['a']);
    await turn();
    expect(started).toEqual(['a', 'b']);
    await turn();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('lets other work of the loop (a new connection, a timer) run between two requests', async () => {
    const admit = onePerTurn() as (start: () => void) => void;
    const log: string[] = [];
    admit(() => {
      log.push('first');
      setImmediate(() => log.push('other work'));
    });
    admit(() => log.push('second'));
    for (let i = 0; i < 4; i++) await turn();
    expect(log).toEqual(['first', 'other work', 'second']);
  });
});
