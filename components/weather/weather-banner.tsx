'use client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { toSearch } from '@/components/explorer/url-state';
import { STATION_TIME_ZONE } from '@/lib/stations/vocab';
import type { WeatherMode } from './use-weather';
import './weather.css';

type Props = { weather: WeatherMode; onToggle: (weatherOff: boolean) => void };

/**
 * Under a heat or cold alert: what the list keeps to, and one tap to show every station again (or
 * back). A link, so it works before the script arrives and without it (`weather=off` in the URL).
 */
export function WeatherBanner({ weather, onToggle }: Props) {
  const t = useTranslations('weather');
  const format = useFormatter();
  const locale = useLocale();
  const pathname = usePathname();
  const { alert, state } = weather;
  if (!alert) return null;
  const off = state.weatherOff === true;
  const region = locale === 'en' ? alert.divisionNameEn : alert.divisionName;
  const until = format.dateTime(new Date(alert.endsAt), { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: STATION_TIME_ZONE });
  return (
    <section className={`weather-banner weather-${alert.kind}`} aria-label={t('label')}>
      <p>
        <strong>{t(`title.${alert.kind}`)}</strong>
        {off ? t('showingAll') : t(`keeping.${alert.kind}`)}
        {' · '}
        <a href={`${pathname}${toSearch({ ...state, weatherOff: !off })}`} onClick={(e) => {
          e.preventDefault();
          onToggle(!off);
        }}>{off ? t(`keepAgain.${alert.kind}`) : t('showAll')}</a>
      </p>
      <p className="weather-where">{t('where', { region, until })}{alert.note ? ` · ${alert.note}` : ''}</p>
    </section>
  );
}
