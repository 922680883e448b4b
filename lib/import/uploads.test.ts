import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import type { Summary } from './run';

// A dry run's files: refused uploads and abandoned ones leave nothing behind,
// and a dry run applies once.

const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-uploads-'));
let uploads: typeof import('./uploads');
beforeAll(async () => {
  process.env.IMPORT_DIR = dir;
  uploads = await import('./uploads');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = Buffer.alloc(1024 * 1024, 0x61);
function body(megabytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({ pull: (c) => (sent++ < megabytes ? c.enqueue(new Uint8Array(MB)) : c.close()) });
}
const summary = { counts: { read: 1, new: 1, updated: 0, unchanged: 0, rejected: 0 }, rejected: [], encoding: null, fileError: null, crsHint: null } satisfies Summary;

describe('import uploads', { timeout: 30_000 }, () => {
  it('refuses a body past the byte limit and keeps none of it', async () => {
    const over = IMPORT_LIMITS.bytes / MB.length + 1;
    const e = await uploads.saveUpload(body(over), new AbortController().signal).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(LimitExceeded);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps nothing of an upload whose client leaves', async () => {
    const gone = new AbortController();
    const slow = new ReadableStream<Uint8Array>({
      pull: async (c) => {
        c.enqueue(new Uint8Array(MB));
        gone.abort();
      },
    });
    await expect(uploads.saveUpload(slow, gone.signal)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets a dry run be applied once, by the admin who made it, even when two applies race', async () => {
    const token = await uploads.saveUpload(body(1), new AbortController().signal);
    await uploads.savePreview(token, { adminId: 'a', fileName: 'f.csv', crs: 'wgs84', createdAt: Date.now(), summary });
    expect(await uploads.claimPreview('someone-else', token)).toBeNull();
    const claims = await Promise.all(Array.from({ length: 8 }, () => uploads.claimPreview('a', token)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await uploads.dropPreview(token);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sweeps what dry runs left behind after an hour, and only that', async () => {
    const old = Date.now() / 1000 - 2 * 60 * 60;
    for (const name of ['a.bin', 'b.plan']) {
      writeFileSync(path.join(dir, name), 'x');
      utimesSync(path.join(dir, name), old, old);
    }
    writeFileSync(path.join(dir, 'fresh.bin'), 'x');
    expect(await uploads.sweepImports()).toBe(2);
    expect(readdirSync(dir)).toEqual(['fresh.bin']);
  });
});
