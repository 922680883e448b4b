import { useLocale, useTranslations } from 'next-intl';
import type { Status } from '@/lib/stations/vocab';
import { formatChange } from './format';

type Props = { status: Status; openNow: boolean; is24x7?: boolean; nextChange?: string | null; now?: Date };

// Open/closed in words and a symbol, never by colour alone.
export function OpenBadge({ status, openNow, is24x7, nextChange, now }: Props) {
  const t = useTranslations('station');
  const locale = useLocale();
  if (status !== 'in_use') return <span className="badge badge-off">⏸ {t('notInUse')}</span>;
  const change = nextChange && now ? formatChange(nextChange, now, locale) : null;
  if (openNow) {
    return (
      <span className="badge badge-open">
        ● {is24x7 ? t('open24') : t('openNow')}
        {change ? ` · ${t('closesAt', { time: change })}` : ''}
      </span>
    );
  }
  return (
    <span className="badge badge-closed">
      ○ {t('closedNow')}
      {change ? ` · ${t('opensAt', { time: change })}` : ''}
    </span>
  );
}
