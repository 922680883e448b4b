import 'server-only';
import { countyAt } from '@/lib/divisions/locate';
import { isCrs, toWgs84 } from '@/lib/geo/crs';
import { formatSchedule, validateHours, weekSchedule } from '@/lib/hours';
import type { Admin } from '@/lib/permissions/roles';
import { countyOf, inScope } from './scope';

// Read-only helpers of the station form, once the session is known. A server
// action's arguments are whatever the client serialized, not what its
// TypeScript signature says: every argument is checked for its type here.

export type CountyProposal = { code: string; name: string; inScope: boolean } | { outside: true } | null;

/** Which county of China the point falls in, for the county field's suggestion, named in the page's language. */
export function countyProposal(admin: Admin, lat: unknown, lng: unknown, crs: unknown, locale: unknown = 'zh-CN'): CountyProposal {
  if (typeof lat !== 'string' || typeof lng !== 'string' || typeof crs !== 'string' || !isCrs(crs)) return null;
  const [y, x] = [Number(lat), Number(lng)];
  if (lat.trim() === '' || lng.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (Math.abs(y) > 90 || Math.abs(x) > 180) return { outside: true };
  const [wx, wy] = toWgs84(x, y, crs);
  const code = countyAt(wx, wy);
  if (!code) return { outside: true };
  const county = countyOf(code);
  return { code, name: (locale === 'en' ? county?.nameEn : county?.name) ?? code, inScope: inScope(admin, code) };
}

export type HoursPreview = { ok: true; words: string } | { ok: false; detail: string } | null;

/** Opening hours in words, or why they do not parse. */
export function hoursPreview(value: unknown, locale: unknown): HoursPreview {
  if (typeof value !== 'string' || value.length > 1000) return null;
  const v = validateHours(value.trim());
  if (!v.ok) return { ok: false, detail: v.message };
  return { ok: true, words: formatSchedule(weekSchedule(value.trim(), new Date()), locale === 'en' ? 'en' : 'zh-CN') };
}
