import { STATION_TIME_ZONE } from '@/lib/stations/vocab';

// Display helpers shared by the server-rendered page and the client panel.

// Building an Intl formatter costs far more than using one; the list formats 30 distances per answer.
const distanceFormats = new Map<string, Intl.NumberFormat>();

export function formatDistance(m: number, locale: string): string {
  const km = m >= 1000;
  const digits = km && m < 10_000 ? 1 : 0;
  const key = `${locale}|${km}|${digits}`;
  let format = distanceFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: km ? 'kilometer' : 'meter', unitDisplay: 'short', maximumFractionDigits: digits });
    distanceFormats.set(key, format);
  }
  return format.format(km ? m / 1000 : Math.round(m / 10) * 10);
}

/** "18:00" today, or "Thu 08:00" when the change is on another day (station time). */
export function formatChange(iso: string, now: Date, locale: string): string {
  const at = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: STATION_TIME_ZONE }).format(d);
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone: STATION_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(at);
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: STATION_TIME_ZONE, dateStyle: 'medium' }).format(new Date(iso));
}

/** A past moment as a worker reads it: "14:10" today, "12月5日 14:10" (Dec 5, 14:10) before (station time). */
export function formatMoment(iso: string, now: Date, locale: string): string {
  const at = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: STATION_TIME_ZONE }).format(d);
  return new Intl.DateTimeFormat(locale, {
    timeZone: STATION_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    ...(day(at) === day(now) ? {} : { month: 'short', day: 'numeric' }),
  }).format(at);
}
