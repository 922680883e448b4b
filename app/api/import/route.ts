import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { currentAdmin } from '@/lib/auth/session';
import type { Admin } from '@/lib/permissions/roles';
import { db } from '@/lib/db';
import { CRS_LIST } from '@/lib/geo/crs';
import { IMPORT_LIMITS, LimitExceeded, megabytes } from '@/lib/import/limits';
import { applyDryRun, dryRun, openUploaded } from '@/lib/import/preview';
import { mappingParam } from '@/lib/import/mapping';
import { formatOf } from '@/lib/import/read';
import { claimPreview, saveUpload } from '@/lib/import/uploads';
import { wordSummary } from '@/lib/import/words';
import { jsonError, parseQuery, withDb } from '@/lib/http';

// POST /api/import?step=preview&crs=gcj02&name=FILE[&mapping=JSON] (body: the file) → a dry run,
// reading unknown headers and words as the admin mapped them (lib/import/mapping.ts);
// POST /api/import?step=apply&token=… → writes what that dry run showed, once.
// A file refused whole (too large, too many columns) gets a 4xx naming the
// limit before any work; otherwise the answer is NDJSON: progress lines, then
// the outcome, so the page can draw a progress bar while a large file is checked.

const query = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('preview'), crs: z.enum(CRS_LIST), name: z.string().min(1).max(200), locale: z.enum(['zh-CN', 'en']), mapping: mappingParam.optional(),
  }),
  z.object({ step: z.literal('apply'), token: z.string().max(64), locale: z.enum(['zh-CN', 'en']) }),
]);
type Query = z.infer<typeof query>;
type T = Awaited<ReturnType<typeof getTranslations<'dataImport'>>>;
type Send = (o: unknown) => void;

async function handlePOST(req: NextRequest) {
  // Cookies ride along on cross-site posts: only our own pages may call this.
  const origin = req.headers.get('origin');
  if (origin !== null && URL.parse(origin)?.host !== req.headers.get('host')) return new Response('forbidden', { status: 403 });
  const admin = await currentAdmin();
  if (!admin) return new Response('unauthorized', { status: 401 });
  const q = parseQuery(query, req.nextUrl.searchParams);
  if (!q.ok) return q.response;
  const t = await getTranslations({ locale: q.data.locale, namespace: 'dataImport' });
  try {
    return q.data.step === 'preview' ? await preview(req, admin, q.data, t) : await apply(req, admin, q.data, t);
  } catch (e) {
    if (e instanceof LimitExceeded) return refused(e, t);
    if (req.signal.aborted) return new Response(null, { status: 499 }); // the client left mid-upload: nobody to answer
    throw e;
  }
}

async function preview(req: NextRequest, admin: Admin, q: Extract<Query, { step: 'preview' }>, t: T) {
  const format = formatOf(q.name);
  if (!format || !req.body) return jsonError(400, t('badFormat'), 'name');
  if (Number(req.headers.get('content-length') ?? 0) > IMPORT_LIMITS.bytes) throw new LimitExceeded('bytes');
  const token = await saveUpload(req.body, req.signal);
  const source = await openUploaded(token, format);
  return ndjson(t, req.signal, async (send) => {
    const about = { fileName: q.name, crs: q.crs };
    const onProgress = (p: object) => send({ type: 'progress', ...p });
    const { summary, appliable } = await dryRun(db, admin, token, source, about, { onProgress, signal: req.signal, mapping: q.mapping });
    send({ type: 'preview', token: appliable ? token : null, ...about, ...wordSummary(summary, t, q.locale) });
  });
}

async function apply(req: NextRequest, admin: Admin, q: Extract<Query, { step: 'apply' }>, t: T) {
  const meta = await claimPreview(admin.id, q.token);
  if (!meta) return jsonError(409, t('expired'), 'token');
  return ndjson(t, req.signal, async (send) => {
    const s = await applyDryRun(db, admin, q.token, meta, { onProgress: (p) => send({ type: 'progress', ...p }) });
    send({ type: 'applied', fileName: meta.fileName, ...wordSummary(s, t, q.locale) });
  });
}

function refused(e: LimitExceeded, t: T) {
  const max = e.limit === 'bytes' || e.limit === 'unzipped' ? megabytes(e.max) : e.max.toLocaleString('en');
  return jsonError(e.limit === 'bytes' ? 413 : 400, t(`limits.${e.limit}`, { max }), 'file');
}

function ndjson(t: T, signal: AbortSignal, work: (send: Send) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new TransformStream<string, Uint8Array>({ transform: (line, c) => c.enqueue(encoder.encode(`${line}\n`)) });
  const out = stream.writable.getWriter();
  const send: Send = (o) => void out.write(JSON.stringify(o)).catch(() => undefined);
  void (async () => {
    try {
      await work(send);
    } catch (e) {
      // A limit passed halfway (rows) is the file's problem; a client gone needs no answer.
      if (e instanceof LimitExceeded) send({ type: 'error', status: 400, field: 'file', message: (await refused(e, t).json()).error.message });
      else if (!signal.aborted) {
        console.error('import failed', e);
        send({ type: 'error', message: t('failed') });
      }
    } finally {
      await out.close().catch(() => undefined);
    }
  })();
  return new Response(stream.readable, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
}

// A database outage answers 503 JSON, not 500.
export const POST = withDb(handlePOST);
