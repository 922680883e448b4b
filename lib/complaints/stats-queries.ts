import 'server-only';
import { chinaDivisions } from '@/lib/coverage/divisions';
import { regionPlaces } from '@/lib/coverage/stats-queries';
import { db } from '@/lib/db';
import { CHINA_CODE } from '@/lib/divisions/catalog';
import { countyGrades } from '@/lib/reviews/queries';
import { summarizeComplaints, trustRows, type CountyTrust } from './stats';

// /stats' complaint and grade figures for one region's counties. Rows are
// fetched and counted in JavaScript (lib/complaints/stats.ts), portable to
// both databases; bounded to the complaints received in the last 365 days.
// Kept 15 seconds per region: /stats is public, and a busy page should not re-read a year of rows each time.

const DAY_MS = 86_400_000;
export const STATS_WINDOW_DAYS = 365;
const TTL_MS = 15_000;
const MAX_REGIONS = 16;

const cache = new Map<string, { at: number; rows: Promise<CountyTrust[]> }>();

/** Per county of the region with anything to show; [] for an unknown region. */
export function regionTrust(region: string, now: Date = new Date()): Promise<CountyTrust[]> {
  const hit = cache.get(region);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.rows;
  const rows = load(region, now);
  cache.set(region, { at: now.getTime(), rows });
  rows.catch(() => cache.delete(region));
  if (cache.size > MAX_REGIONS) cache.delete(cache.keys().next().value!);
  return rows;
}

async function load(region: string, now: Date): Promise<CountyTrust[]> {
  if (!chinaDivisions.region(region)) return [];
  const { counties } = regionPlaces(region);
  const inRegion = region === CHINA_CODE ? {} : { countyCode: { in: counties.map((c) => c.code) } };
  const [rows, grades] = await Promise.all([
    db.report.findMany({
      where: { ...inRegion, dueAt: { not: null }, createdAt: { gte: new Date(now.getTime() - STATS_WINDOW_DAYS * DAY_MS) } },
      select: { countyCode: true, status: true, createdAt: true, decidedAt: true, dueAt: true, decisionNote: true },
    }),
    countyGrades(),
  ]);
  return trustRows(counties, summarizeComplaints(rows, now), grades);
}
