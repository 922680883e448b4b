import 'server-only';
import { createReadStream } from 'node:fs';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Crs } from '@/lib/geo/crs';
import type { Admin } from '@/lib/permissions/roles';
import { writePlan } from './apply';
import { PlanWriter } from './plan';
import { openRows, withHeaderRead, type Format, type Source } from './read';
import { runImport, type RunOptions, type Summary } from './run';
import { dropPreview, previewFile, savePreview, type PreviewMeta } from './uploads';
import { SHOWN } from './words';

// The web import's two steps around the files of uploads.ts: a dry run keeps
// its plan under the token; applying writes that plan. Whatever goes wrong,
// and when the client leaves, the token's files go.

type About = { fileName: string; crs: Crs };
type Opts = Pick<RunOptions, 'onProgress' | 'signal' | 'mapping'>;

/** Opens an upload; a file refused at its header throws LimitExceeded and leaves nothing behind. */
export async function openUploaded(token: string, format: Format): Promise<Source> {
  const file = previewFile(token, 'bin');
  try {
    return await withHeaderRead(await openRows(format, () => createReadStream(file), file));
  } catch (e) {
    await dropPreview(token);
    throw e;
  }
}

/** Checks every row; the token can be applied only if the file has something to write. */
export async function dryRun(db: PrismaClient, admin: Admin, token: string, source: Source, about: About, opts: Opts) {
  const plan = new PlanWriter(previewFile(token, 'plan'));
  try {
    const summary = await runImport(db, admin, source, { crs: about.crs, plan, ...opts });
    await plan.close();
    const appliable = !summary.fileError && plan.writes > 0;
    if (appliable) await savePreview(token, { adminId: admin.id, ...about, createdAt: Date.now(), summary: capped(summary) });
    else await dropPreview(token);
    return { summary, appliable };
  } catch (e) {
    await plan.remove();
    await dropPreview(token);
    throw e;
  }
}

export async function applyDryRun(db: PrismaClient, admin: Admin, token: string, meta: PreviewMeta, opts: Opts): Promise<Summary> {
  try {
    return await writePlan(db, admin, previewFile(token, 'plan'), meta.summary, meta, opts);
  } finally {
    await dropPreview(token);
  }
}

// The page lists SHOWN rejected rows and warnings; the rest are counted.
function capped(s: Summary): Summary {
  const warnings = s.warnings ?? [];
  return {
    ...s, rejected: s.rejected.slice(0, SHOWN), omitted: (s.omitted ?? 0) + Math.max(0, s.rejected.length - SHOWN),
    warnings: warnings.slice(0, SHOWN), warningsOmitted: (s.warningsOmitted ?? 0) + Math.max(0, warnings.length - SHOWN),
  };
}
