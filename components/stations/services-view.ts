import type { ServiceToday } from '@/lib/services/calendar';
import type { ServiceKind } from '@/lib/services/vocab';
import { h, type Markup } from './markup';

// "Services today" in the one station view (station-view.ts): today's
// services with their times, then briefly the next days'. Nothing at all for
// a station without services. Times are station time, as the server gave them.

export type ServicesKey =
  | 'title' | 'today' | 'noneToday' | 'upcoming' | 'upcomingItem' | 'listSep' | 'intervalSep' | 'allDay' | 'nextDay'
  | 'withNote' | 'tomorrow' | `kinds.${ServiceKind}`;
/** The 'services' catalogue (messages/<locale>/services.json). */
export type ServicesWords = (key: ServicesKey, values?: Record<string, string>) => string;

/** Days ahead named by weekday; later ones by date. */
const WEEK_AHEAD = 6;
/** At most this many upcoming services: the line stays short on a phone. */
const UPCOMING_MAX = 4;

/** "14:00–17:00、18:00–20:00"; "全天" for a whole day; "22:00–次日06:00" overnight (the Chinese way). */
export function whenText(intervals: readonly string[], t: ServicesWords): string {
  return intervals.map((i) => {
    if (i === '00:00–24:00') return t('allDay');
    const [from, to] = i.split('–') as [string, string];
    return to < from ? `${from}–${t('nextDay')}${to}` : i;
  }).join(t('intervalSep'));
}

/** The kind, with its note; an "other service" is named by its note. */
export function whatText(s: Pick<ServiceToday, 'kind' | 'note'>, t: ServicesWords): string {
  if (!s.note) return t(`kinds.${s.kind}`);
  return s.kind === 'other' ? s.note : t('withNote', { kind: t(`kinds.${s.kind}`), note: s.note });
}

function dayText(next: NonNullable<ServiceToday['next']>, locale: string, t: ServicesWords): string {
  if (next.inDays === 1) return t('tomorrow');
  // The date is the station's own day: formatted on the UTC axis it was written on.
  const at = new Date(`${next.date}T00:00:00Z`);
  const parts: Intl.DateTimeFormatOptions = next.inDays <= WEEK_AHEAD ? { weekday: 'short' } : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...parts }).format(at);
}

/** The section, or nothing when the station has no service today or in the coming weeks. */
export function servicesSection(services: readonly ServiceToday[] | undefined, locale: string, t: ServicesWords, sub: string, id: string): Markup {
  const list = services ?? [];
  const today = list.filter((s) => s.today.length > 0);
  const later = list.filter((s) => s.today.length === 0 && s.next).sort((a, b) => a.next!.inDays - b.next!.inDays).slice(0, UPCOMING_MAX);
  if (today.length === 0 && later.length === 0) return null;
  const upcoming = later
    .map((s) => t('upcomingItem', { day: dayText(s.next!, locale, t), when: whenText(s.next!.intervals, t), what: whatText(s, t) }))
    .join(t('listSep'));
  return h('section', { class: 'services-today', 'aria-labelledby': id },
    h(sub, { id }, t('title')),
    today.length
      ? h('ul', {}, today.map((s) => h('li', {}, t('today', { when: whenText(s.today, t), what: whatText(s, t) }))))
      : h('p', {}, t('noneToday')),
    upcoming && h('p', { class: 'services-upcoming' }, t('upcoming', { list: upcoming })),
  );
}
