'use server';
import { currentAdmin } from '@/lib/auth/session';
import { countyAt } from '@/lib/divisions-data';
import { isCrs, toWgs84 } from '@/lib/geo/crs';
import { formatSchedule, validateHours, weekSchedule } from '@/lib/hours';
import { countyOf, inScope } from '@/lib/stations/admin/scope';

// Read-only helpers of the station form: which county a point falls in, and
// opening hours in words. Signed-in admins only; they write nothing.

export type CountyProposal = { code: string; name: string; inScope: boolean } | { outside: true } | null;

export async function proposeCounty(lat: string, lng: string, crs: string): Promise<CountyProposal> {
  const admin = await currentAdmin();
  const [y, x] = [Number(lat), Number(lng)];
  if (!admin || !isCrs(crs) || lat.trim() === '' || lng.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (Math.abs(y) > 90 || Math.abs(x) > 180) return { outside: true };
  const [wx, wy] = toWgs84(x, y, crs);
  const code = countyAt(wx, wy);
  if (!code) return { outside: true };
  return { code, name: countyOf(code)?.name ?? code, inScope: inScope(admin, code) };
}

export type HoursPreview = { ok: true; words: string } | { ok: false; detail: string } | null;

export async function describeHours(value: string, locale: string): Promise<HoursPreview> {
  if (!(await currentAdmin()) || typeof value !== 'string' || value.length > 1000) return null;
  const v = validateHours(value.trim());
  if (!v.ok) return { ok: false, detail: v.message };
  return { ok: true, words: formatSchedule(weekSchedule(value.trim(), new Date()), locale === 'en' ? 'en' : 'zh-CN') };
}
