import type { Page } from '@playwright/test';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { E2E_IMPORT_DIR } from '../env';

// Calls of POST /api/import as the import page makes them, and a look at the
// files the server keeps between a dry run and its apply.

export type Line = { type: string; token?: string | null; message?: string; status?: number; counts?: Record<string, number>;
  rejected?: { row: number; column: string; reason: string }[]; read?: number };
export type Answer = { status: number; lines: Line[]; last: Line | null; error: { message: string; field?: string } | null };

export async function postImport(page: Page, query: Record<string, string>, body: Buffer | null): Promise<Answer> {
  const res = await page.request.post(`/api/import?${new URLSearchParams({ locale: 'zh-CN', ...query })}`, {
    data: body ?? '', headers: { 'content-type': 'application/octet-stream' }, timeout: 120_000,
  });
  const text = await res.text();
  if (res.status() !== 200) return { status: res.status(), lines: [], last: null, error: (JSON.parse(text) as { error: Answer['error'] }).error };
  const lines = text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  return { status: 200, lines, last: lines.at(-1) ?? null, error: null };
}

export const dryRun = (page: Page, name: string, body: Buffer, crs = 'wgs84') => postImport(page, { step: 'preview', crs, name }, body);
export const applyRun = (page: Page, token: string) => postImport(page, { step: 'apply', token }, null);

/**
 * Files of the server's import folder holding exactly these bytes: this upload, still on disk. By content, not by
 * size alone: other suites' dry runs (the import fuzz's small CSVs) are kept for an hour and may have the same size.
 */
export async function keptUploads(body: Uint8Array): Promise<number> {
  const names = await readdir(E2E_IMPORT_DIR).catch(() => [] as string[]);
  const same = await Promise.all(names.map(async (n) => {
    const file = path.join(E2E_IMPORT_DIR, n);
    const size = await stat(file).then((s) => s.size, () => -1);
    return size === body.length && Buffer.from(body).equals(await readFile(file).catch(() => Buffer.alloc(0)));
  }));
  return same.filter(Boolean).length;
}
