import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { currentAdmin } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CRS_LIST } from '@/lib/geo/crs';
import { applyImport, ImportConflict } from '@/lib/import/apply';
import { formatOf, openRows } from '@/lib/import/read';
import { runImport, type Summary } from '@/lib/import/run';
import { dropUpload, openUpload, saveUpload } from '@/lib/import/uploads';
import { wordSummary } from '@/lib/import/words';
import { parseQuery, withDb } from '@/lib/http';

// POST /api/import?step=preview&crs=gcj02&name=FILE (body: the file) → a dry run;
// POST /api/import?step=apply&token=… → applies the file of that dry run.
// The answer is NDJSON: progress lines, then the outcome, so the page can
// draw a progress bar while a large file is checked.

const query = z.discriminatedUnion('step', [
  z.object({ step: z.literal('preview'), crs: z.enum(CRS_LIST), name: z.string().min(1).max(200), locale: z.enum(['zh-CN', 'en']) }),
  z.object({ step: z.literal('apply'), token: z.string().max(64), locale: z.enum(['zh-CN', 'en']) }),
]);

async function handlePOST(req: NextRequest) {
  // Cookies ride along on cross-site posts: only our own pages may call this.
  const origin = req.headers.get('origin');
  if (origin !== null && URL.parse(origin)?.host !== req.headers.get('host')) return new Response('forbidden', { status: 403 });
  const admin = await currentAdmin();
  if (!admin) return new Response('unauthorized', { status: 401 });
  const q = parseQuery(query, req.nextUrl.searchParams);
  if (!q.ok) return q.response;
  const t = await getTranslations({ locale: q.data.locale, namespace: 'dataImport' });
  const encoder = new TextEncoder();
  const stream = new TransformStream<string, Uint8Array>({ transform: (line, c) => c.enqueue(encoder.encode(`${line}\n`)) });
  const out = stream.writable.getWriter();
  const send = (o: unknown) => void out.write(JSON.stringify(o)).catch(() => undefined);
  const onProgress = (p: { read: number; checked: number }) => send({ type: 'progress', ...p });

  void (async () => {
    try {
      if (q.data.step === 'preview') {
        const format = formatOf(q.data.name);
        if (!format || !req.body) return send({ type: 'error', message: t('badFormat') });
        const token = await saveUpload(req.body, { adminId: admin.id, fileName: q.data.name, format, crs: q.data.crs });
        const file = (await openUpload(admin.id, token))!;
        const s: Summary = await runImport(db, admin, await openRows(format, file.bytes), { crs: file.crs, onProgress });
        if (s.fileError) await dropUpload(token);
        send({ type: 'preview', token: s.fileError ? null : token, fileName: file.fileName, crs: file.crs, ...wordSummary(s, t) });
      } else {
        const file = await openUpload(admin.id, q.data.token);
        if (!file) return send({ type: 'error', message: t('expired') });
        const s = await applyImport(db, admin, admin, await openRows(file.format, file.bytes), file.fileName, { crs: file.crs, onProgress });
        await dropUpload(q.data.token);
        send({ type: 'applied', fileName: file.fileName, ...wordSummary(s, t) });
      }
    } catch (e) {
      if (!(e instanceof ImportConflict)) console.error('import failed', e);
      send({ type: 'error', message: e instanceof ImportConflict ? t('changed') : e instanceof Error && e.message === 'tooLarge' ? t('tooLarge') : t('failed') });
    } finally {
      await out.close().catch(() => undefined);
    }
  })();
  return new Response(stream.readable, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}

// A database outage answers 503 JSON, not 500.
export const POST = withDb(handlePOST);
