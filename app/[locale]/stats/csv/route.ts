import { connection, type NextRequest } from 'next/server';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { DATASETS } from '@/components/stats/datasets';
import { buildDataset } from '@/components/stats/datasets';
import { translators } from '@/components/stats/translators';
import { routing } from '@/i18n/routing';
import { toCsv } from '@/lib/coverage/csv';
import { env } from '@/lib/env';
import { regionTrust } from '@/lib/complaints/stats-queries';
import { regionCodeSchema } from '@/lib/coverage/schema';
import { stationStats } from '@/lib/coverage/stats-queries';
import { jsonError, parseQuery, withDb } from '@/lib/http';

const querySchema = z.object({
  dataset: z.enum(DATASETS, { message: `must be one of ${DATASETS.join(', ')}` }),
  region: regionCodeSchema.optional(),
});

type Ctx = { params: Promise<{ locale: string }> };

// GET /stats/csv?dataset=cities[&region=CODE] (or /en/stats/csv…): one dataset
// of /stats for a region as CSV, with the column names and labels of the page's language.
async function handleGet(req: NextRequest, { params }: Ctx) {
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, 'not found');
  const parsed = parseQuery(querySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { dataset: key, region = env.DEFAULT_REGION } = parsed.data;
  const [stats, trust] = await Promise.all([stationStats(region), regionTrust(region)]);
  if (!stats) return jsonError(404, `region: no division ${region} in China`, 'region');
  const data = buildDataset({ ...stats, trust }, key, await translators(locale));
  // A missing figure (no answered complaint, no median) is an empty cell.
  const csv = toCsv(data.columns.map((c) => c.label), data.rows.map((r) => r.map((v) => v ?? '')));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="yizhan-${key}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);
