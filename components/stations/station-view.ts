import { stationPlace } from '@/lib/divisions/place-label';
import { formatSchedule } from '@/lib/hours-format';
import type { PublicStation } from '@/lib/stations/types';
import type { Amenity, EntryMode, Kind, Status } from '@/lib/stations/vocab';
import { AMENITY_GLYPHS } from './amenity-glyphs';
import { formatDate, formatMoment } from './format';
import { h, type Markup } from './markup';
import { openBadgeText } from './open-badge-text';
import { servicesSection, type ServicesWords } from './services-view';

// Everything the public may know about one station, built once for both places
// that show it: the map's panel (React) and the station page (plain HTML).

type StationKey =
  | 'sample' | 'kind' | 'status' | 'address' | 'area' | 'hours' | 'operator' | 'phone' | 'lastVerified' | 'neverVerified'
  | 'amenities' | 'noAmenities' | 'navigate' | 'amap' | 'baidu' | 'tencent' | 'apple'
  | 'notInUse' | 'open24' | 'openNow' | 'closedNow' | 'closesAt' | 'opensAt' | 'uncertain' | 'uncertainShort'
  | 'confirmedToday' | 'confirmedOn' | 'neverConfirmed' | 'reportedLocked';

/** The catalogues the view reads: next-intl's translators, from useTranslations or getTranslations. */
export type ViewWords = {
  locale: string;
  station: (key: StationKey, values?: { time?: string; count?: number }) => string;
  kinds: (key: Kind) => string;
  statuses: (key: Status) => string;
  amenities: (key: Amenity) => string;
  /** The 'entry' catalogue (messages/<locale>/entry.json). */
  entry: (key: 'line' | 'unknown' | `modes.${EntryMode}`, values?: { how: string }) => string;
  /** The 'services' catalogue (messages/<locale>/services.json). */
  services: ServicesWords;
};

const NAV_APPS = ['amap', 'baidu', 'tencent', 'apple'] as const;

/** How to get in, right under the badge: a worker without a smartphone must see it before walking there. */
function entryLine(s: PublicStation, w: ViewWords): Markup {
  const text = s.entry
    ? w.entry('line', { how: `${w.entry(`modes.${s.entry}`)}${s.entryNote ? ` · ${s.entryNote}` : ''}` })
    : `${w.entry('unknown')}${s.entryNote ? ` · ${s.entryNote}` : ''}`;
  return h('p', { class: `entry-line${s.entry ? '' : ' entry-unknown'}` }, h('span', { 'aria-hidden': 'true' }, '🚪 '), text);
}

/** What workers said lately: the newest "open" with this week's count, and a standing "locked" the badge does not already say. */
function workersLine(s: PublicStation, now: Date, w: ViewWords): Markup {
  const t = w.station;
  const when = (iso: string) => formatMoment(iso, now, w.locale);
  const today = (iso: string) => formatDate(iso, w.locale) === formatDate(now.toISOString(), w.locale);
  const parts: string[] = [];
  if (s.lastConfirmedAt) {
    parts.push(`✓ ${t(today(s.lastConfirmedAt) ? 'confirmedToday' : 'confirmedOn', { time: when(s.lastConfirmedAt), count: s.confirmedThisWeek })}`);
  } else parts.push(t('neverConfirmed'));
  if (s.lockedAt && s.openState !== 'reported_locked') parts.push(`🔒 ${t('reportedLocked', { time: when(s.lockedAt) })}`);
  return h('p', { class: 'workers-line' }, parts.join(' · '));
}

function facts(s: PublicStation, w: ViewWords): Markup[] {
  const t = w.station;
  const locale = w.locale === 'en' ? 'en' : 'zh-CN';
  const rows: [string, Markup][] = [
    [t('kind'), w.kinds(s.kind)],
    [t('status'), w.statuses(s.status)],
    [t('address'), s.address],
    [t('area'), stationPlace(s, locale)],
    [t('hours'), [formatSchedule(s.schedule, locale), h('br'), h('code', { class: 'hours-raw' }, s.openingHours)]],
    [t('operator'), s.operator ?? '—'],
    [t('phone'), s.phone ? h('a', { href: `tel:${s.phone.replace(/[^\d+]/g, '')}` }, s.phone) : '—'],
    [t('lastVerified'), s.lastVerifiedAt ? formatDate(s.lastVerifiedAt, w.locale) : t('neverVerified')],
  ];
  return rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]);
}

function amenities(s: PublicStation, w: ViewWords, sub: string): Markup[] {
  const items = s.amenities.map((a) => h('li', {}, h('span', { class: 'amenity-icon', 'aria-hidden': 'true' }, AMENITY_GLYPHS[a]), ' ', w.amenities(a)));
  return [h(sub, {}, w.station('amenities')), items.length ? h('ul', { class: 'amenities' }, items) : h('p', {}, w.station('noAmenities'))];
}

function navigation(s: PublicStation, w: ViewWords, sub: string): Markup {
  const links = NAV_APPS.map((app) => h('li', {}, h('a', { class: 'button', href: s.navigation[app], target: '_blank', rel: 'noopener noreferrer' }, w.station(app))));
  return h('nav', { class: 'nav-buttons', 'aria-label': w.station('navigate') }, h(sub, {}, w.station('navigate')), h('ul', {}, links));
}

/** The station's details: its name as a heading of `level` (1 on the page, 2 in the panel), sub-headings one below. */
export function stationView(s: PublicStation, now: Date, w: ViewWords, level: 1 | 2): Markup {
  const badge = openBadgeText(w.station, w.locale, { ...s, now });
  const headingId = `station-${s.id}-name`;
  const sub = `h${level + 1}`;
  return h('article', { class: 'station-details', 'aria-labelledby': headingId },
    h(`h${level}`, { id: headingId, class: 'station-name' }, s.name),
    s.isSample && h('p', { class: 'badge badge-sample' }, w.station('sample')),
    h('p', {}, h('span', { class: badge.className }, badge.text)),
    entryLine(s, w),
    workersLine(s, now, w),
    servicesSection(s.services, w.locale, w.services, sub, `station-${s.id}-services`),
    h('dl', { class: 'facts' }, facts(s, w)),
    ...amenities(s, w, sub),
    navigation(s, w, sub),
  );
}
