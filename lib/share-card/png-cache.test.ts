import { describe, expect, it } from 'vitest';
import { cachedPng } from './png-cache';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('cachedPng', () => {
  it('renders a card once for concurrent and later requests, with a stable ETag', async () => {
    let renders = 0;
    const make = async () => (renders++, bytes(1, 2, 3));
    const [a, b] = await Promise.all([cachedPng('k1', make), cachedPng('k1', make)]);
    const c = await cachedPng('k1', make);
    expect(renders).toBe(1);
    expect(a).toBe(b);
    expect(c.etag).toBe(a.etag);
    expect(a.etag).toMatch(/^"[\w-]{22}"$/);
    const other = await cachedPng('k2', async () => bytes(4, 5, 6));
    expect(other.etag).not.toBe(a.etag);
  });

  it('keeps no failed render: the next request tries again', async () => {
    await expect(cachedPng('k3', () => Promise.reject(new Error('font missing')))).rejects.toThrow('font missing');
    const png = await cachedPng('k3', async () => bytes(7));
    expect([...png.bytes]).toEqual([7]);
  });
});
