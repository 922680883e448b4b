import type { Page } from '@playwright/test';
import { readdir, stat } from 'node:fs/promises';
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

/** Files of the server's import folder of exactly this size: an upload of these bytes, still on disk. */
export async function keptUploads(bytes: number): Promise<number> {
  const names = await readdir(E2E_IMPORT_DIR).catch(() => [] as string[]);
  const sizes = await Promise.all(names.map((n) => stat(path.join(E2E_IMPORT_DIR, n)).then((s) => s.size, () => -1)));
  return sizes.filter((s) => s === bytes).length;
}
