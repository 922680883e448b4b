import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import type { ImageType } from './verify';

// Photos live on disk under UPLOAD_DIR with random names: nothing the uploader
// chose (name, extension) reaches the file system.

const EXTENSIONS: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/;

const fullPath = (name: string) => path.join(path.resolve(/* turbopackIgnore: true */ env.UPLOAD_DIR), name);

export async function storeFile(bytes: Uint8Array, mime: ImageType): Promise<string> {
  const name = `${randomUUID()}.${EXTENSIONS[mime]}`;
  await mkdir(path.resolve(/* turbopackIgnore: true */ env.UPLOAD_DIR), { recursive: true });
  await writeFile(fullPath(name), bytes, { flag: 'wx' });
  return name;
}

/** The stored bytes, or null when the name is not one of ours or the file is gone. */
export async function readStoredFile(name: string): Promise<Buffer | null> {
  if (!STORED_NAME.test(name)) return null;
  return readFile(fullPath(name)).catch(() => null);
}

/** Removes a stored file; a file already gone is not an error. */
export async function removeStoredFile(name: string): Promise<void> {
  if (STORED_NAME.test(name)) await unlink(fullPath(name)).catch(() => undefined);
}
