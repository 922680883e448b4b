import type { Status } from '@/lib/stations/vocab';
import { formatChange } from './format';

// What a station's open/closed badge says, in words and a symbol (never by colour alone): one wording for the
// React badge (open-badge.tsx) and the station page's HTML (components/station-page).

export type BadgeInput = { status: Status; openNow: boolean; is24x7?: boolean; nextChange?: string | null; now?: Date };
type StationWords = (key: 'notInUse' | 'open24' | 'openNow' | 'closedNow' | 'closesAt' | 'opensAt', values?: { time: string }) => string;

export function openBadgeText(t: StationWords, locale: string, { status, openNow, is24x7, nextChange, now }: BadgeInput): { className: string; text: string } {
  if (status !== 'in_use') return { className: 'badge badge-off', text: `⏸ ${t('notInUse')}` };
  const change = nextChange && now ? formatChange(nextChange, now, locale) : null;
  if (openNow) return { className: 'badge badge-open', text: `● ${is24x7 ? t('open24') : t('openNow')}${change ? ` · ${t('closesAt', { time: change })}` : ''}` };
  return { className: 'badge badge-closed', text: `○ ${t('closedNow')}${change ? ` · ${t('opensAt', { time: change })}` : ''}` };
}
