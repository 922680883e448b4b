import type { Status } from '@/lib/stations/vocab';
import { formatChange, formatMoment } from './format';

// What a station's open/closed badge says, in words and a symbol (never by colour alone): one wording for the
// React badge (open-badge.tsx) and the station page's HTML (components/station-page).

/** `openNow` null: open by its hours, but a worker reported it locked since the last "open" (`lockedAt`). */
export type BadgeInput = { status: Status; openNow: boolean | null; is24x7?: boolean; nextChange?: string | null; now?: Date; lockedAt?: string | null };
export type BadgeKey = 'notInUse' | 'open24' | 'openNow' | 'closedNow' | 'closesAt' | 'opensAt' | 'uncertain' | 'uncertainShort';
type StationWords = (key: BadgeKey, values?: { time: string }) => string;

export function openBadgeText(t: StationWords, locale: string, { status, openNow, is24x7, nextChange, now, lockedAt }: BadgeInput): { className: string; text: string } {
  if (status !== 'in_use') return { className: 'badge badge-off', text: `⏸ ${t('notInUse')}` };
  if (openNow === null) {
    const text = lockedAt && now ? t('uncertain', { time: formatMoment(lockedAt, now, locale) }) : t('uncertainShort');
    return { className: 'badge badge-uncertain', text: `⚠ ${text}` };
  }
  const change = nextChange && now ? formatChange(nextChange, now, locale) : null;
  if (openNow) return { className: 'badge badge-open', text: `● ${is24x7 ? t('open24') : t('openNow')}${change ? ` · ${t('closesAt', { time: change })}` : ''}` };
  return { className: 'badge badge-closed', text: `○ ${t('closedNow')}${change ? ` · ${t('opensAt', { time: change })}` : ''}` };
}
