import { countyAt } from '@/lib/divisions/locate';
import { KINDS, STATUSES } from '@/lib/stations/vocab';
import type { FormValues } from './form-values';

// A new-station form opened from elsewhere (the coverage page's "build here"
// suggestions) may carry a point, a kind and a status in its URL. Anything
// malformed is ignored; the form's own validation still runs on save.
export function prefillFrom(params: Record<string, string | string[] | undefined>, base: FormValues): FormValues {
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string).trim().slice(0, 40) : '');
  const lat = Number(one('lat'));
  const lng = Number(one('lng'));
  const hasPoint = one('lat') !== '' && one('lng') !== '' && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const kind = one('kind');
  const status = one('status');
  return {
    ...base,
    ...(hasPoint ? { lat: String(lat), lng: String(lng), crs: 'wgs84' as const, countyCode: countyAt(lng, lat) ?? base.countyCode } : {}),
    ...((KINDS as readonly string[]).includes(kind) ? { kind } : {}),
    ...((STATUSES as readonly string[]).includes(status) ? { status } : {}),
  };
}
