import { describe, expect, it } from 'vitest';
import { sharedRead } from './shared-read';

/** A fake database value with reads the test finishes by hand. */
function fakeStore() {
  const store = { value: 1, reads: 0, finish: [] as (() => void)[] };
  const read = () => {
    store.reads++;
    const seen = store.value; // what the read sees is fixed when it starts
    return new Promise<number>((resolve) => store.finish.push(() => resolve(seen)));
  };
  return { store, read };
}

describe('sharedRead', () => {
  it('answers a crowd with two reads: the first caller’s, and one for all who came while it ran', async () => {
    const { store, read } = fakeStore();
    const get = sharedRead(read);
    const crowd = Array.from({ length: 100 }, get);
    store.finish.shift()!();
    await new Promise((r) => setImmediate(r));
    store.finish.shift()!();
    expect(await Promise.all(crowd)).toEqual(Array(100).fill(1));
    expect(store.reads).toBe(2);
  });

  it('never gives a caller a read that started before it arrived', async () => {
    const { store, read } = fakeStore();
    const get = sharedRead(read);
    const early = get(); // the read starts, seeing 1
    store.value = 2; // an edit commits
    const late = [get(), get()]; // arrive after the edit: must see it
    store.finish.shift()!();
    expect(await early).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(store.reads).toBe(2); // one more read, shared by both late callers
    store.finish.shift()!();
    expect(await Promise.all(late)).toEqual([2, 2]);
  });

  it('passes a failed read to its callers and reads again for the next', async () => {
    let fail = true;
    const get = sharedRead(async () => {
      if (fail) throw new Error('database away');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('database away');
    fail = false;
    expect(await get()).toBe('ok');
  });
});
