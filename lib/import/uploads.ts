import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Crs } from '@/lib/geo/crs';
import type { Format } from './read';

// A file between its dry run and its apply waits on disk, under a random
// token, readable only by the admin who uploaded it.

const DIR = path.join(os.tmpdir(), 'yizhan-imports');
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
type Meta = { adminId: string; fileName: string; format: Format; crs: Crs };

export async function saveUpload(body: ReadableStream<Uint8Array>, meta: Meta): Promise<string> {
  await mkdir(DIR, { recursive: true, mode: 0o700 });
  const token = randomUUID();
  let size = 0;
  const limited = Readable.fromWeb(body as import('node:stream/web').ReadableStream).on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_UPLOAD_BYTES) limited.destroy(new Error('tooLarge'));
  });
  await pipeline(limited, createWriteStream(path.join(DIR, `${token}.bin`), { mode: 0o600 }));
  await writeFile(path.join(DIR, `${token}.json`), JSON.stringify(meta), { mode: 0o600 });
  return token;
}

export async function openUpload(adminId: string, token: string): Promise<(Meta & { bytes: () => Readable }) | null> {
  if (!/^[0-9a-f-]{36}$/u.test(token)) return null;
  const meta = JSON.parse(await readFile(path.join(DIR, `${token}.json`), 'utf8').catch(() => 'null')) as Meta | null;
  if (!meta || meta.adminId !== adminId) return null;
  return { ...meta, bytes: () => createReadStream(path.join(DIR, `${token}.bin`)) };
}

export async function dropUpload(token: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/u.test(token)) return;
  await Promise.all(['bin', 'json'].map((ext) => rm(path.join(DIR, `${token}.${ext}`), { force: true })));
}
