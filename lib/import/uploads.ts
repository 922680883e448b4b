import 'server-only';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { env } from '@/lib/env';
import type { Crs } from '@/lib/geo/crs';
import { IMPORT_LIMITS, LimitExceeded } from './limits';
import type { Summary } from './run';

// A dry run's files wait on disk under a random token: the upload while it is
// checked, then the plan of writes it calls for and its summary, readable
// only by the admin who uploaded it, for PREVIEW_TTL_MS. Applying claims the
// token by renaming its summary (atomic), so one dry run applies once.

export const PREVIEW_TTL_MS = 60 * 60 * 1000;
const TOKEN = /^[0-9a-f-]{36}$/u;
const PARTS = ['bin', 'plan', 'json', 'claimed'] as const;
type Part = (typeof PARTS)[number];

export type PreviewMeta = { adminId: string; fileName: string; crs: Crs; createdAt: number; summary: Summary };

export const importDir = () => env.IMPORT_DIR ?? path.join(os.tmpdir(), 'yizhan-imports');
export const previewFile = (token: string, part: Part) => path.join(importDir(), `${token}.${part}`);

/** Writes the request body to disk; past the byte limit, or when the client leaves, nothing stays behind. */
export async function saveUpload(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<string> {
  await mkdir(importDir(), { recursive: true, mode: 0o700 });
  const token = randomUUID();
  let size = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > IMPORT_LIMITS.bytes ? new LimitExceeded('bytes') : null, chunk);
    },
  });
  try {
    const web = body as import('node:stream/web').ReadableStream;
    await pipeline(Readable.fromWeb(web), counted, createWriteStream(previewFile(token, 'bin'), { mode: 0o600 }), { signal });
  } catch (e) {
    await dropPreview(token);
    throw e;
  }
  return token;
}

/** The dry run finished: its summary makes the token appliable; the upload itself is no longer needed. */
export async function savePreview(token: string, meta: PreviewMeta): Promise<void> {
  await writeFile(previewFile(token, 'json'), JSON.stringify(meta), { mode: 0o600 });
  await rm(previewFile(token, 'bin'), { force: true });
}

/** Takes the dry run for applying; a second claim (or another admin's, or an expired one) gets null. */
export async function claimPreview(adminId: string, token: string): Promise<PreviewMeta | null> {
  if (!TOKEN.test(token)) return null;
  const claimed = previewFile(token, 'claimed');
  try {
    await rename(previewFile(token, 'json'), claimed);
  } catch {
    return null;
  }
  const meta = JSON.parse(await readFile(claimed, 'utf8')) as PreviewMeta;
  if (meta.adminId !== adminId) {
    await rename(claimed, previewFile(token, 'json')).catch(() => undefined);
    return null;
  }
  if (Date.now() - meta.createdAt > PREVIEW_TTL_MS) {
    await dropPreview(token);
    return null;
  }
  // The sweeper goes by age on disk: an apply under way must not lose its plan.
  const now = new Date();
  await Promise.all([claimed, previewFile(token, 'plan')].map((f) => utimes(f, now, now).catch(() => undefined)));
  return meta;
}

export async function dropPreview(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  await Promise.all(PARTS.map((part) => rm(previewFile(token, part), { force: true })));
}

/** Removes what dry runs left behind (never applied, or cut off by a crash); returns how many files went. */
export async function sweepImports(now = Date.now()): Promise<number> {
  const names = await readdir(importDir()).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(importDir(), name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > PREVIEW_TTL_MS) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}

const g = globalThis as unknown as { yizhanImportSweeper?: NodeJS.Timeout };

/** On start and hourly (instrumentation.ts). */
export function startImportSweeper(): void {
  if (g.yizhanImportSweeper) return;
  const run = () => void sweepImports().catch((e: unknown) => console.error('import sweep failed', e));
  run();
  g.yizhanImportSweeper = setInterval(run, PREVIEW_TTL_MS).unref();
}
