import { useLocale, useTranslations } from 'next-intl';
import { formatSchedule } from '@/lib/hours-format';
import type { PublicStation } from '@/lib/stations/types';
import { AmenityIcon } from './amenity-icon';
import { formatDate } from './format';
import { NavButtons } from './nav-buttons';
import { OpenBadge } from './open-badge';

// Everything the public may know about one station, in the map's detail panel.
// The station page (no React) renders the same data with the same helpers and
// words in components/station-page/station-details.tsx: keep the two in step.
export function StationDetails({ station: s, now, headingLevel = 2 }: { station: PublicStation; now: Date; headingLevel?: 1 | 2 }) {
  const t = useTranslations('station');
  const tk = useTranslations('kinds');
  const ts = useTranslations('statuses');
  const ta = useTranslations('amenities');
  const locale = useLocale();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // Sub-headings one level down, so the station page (h1) skips no level.
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <article className="station-details" aria-labelledby={`station-${s.id}-name`}>
      <Heading id={`station-${s.id}-name`} className="station-name">
        {s.name}
      </Heading>
      {s.isSample && <p className="badge badge-sample">{t('sample')}</p>}
      <p>
        <OpenBadge status={s.status} openNow={s.openNow} is24x7={s.is24x7} nextChange={s.nextChange} now={now} />
      </p>
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>{tk(s.kind)}</dd>
        <dt>{t('status')}</dt>
        <dd>{ts(s.status)}</dd>
        <dt>{t('address')}</dt>
        <dd>{s.address}</dd>
        <dt>{t('area')}</dt>
        <dd>{[s.cityName, s.countyName].filter(Boolean).join(' ')}</dd>
        <dt>{t('hours')}</dt>
        <dd>
          {formatSchedule(s.schedule, locale === 'en' ? 'en' : 'zh-CN')}
          <br />
          <code className="hours-raw">{s.openingHours}</code>
        </dd>
        <dt>{t('operator')}</dt>
        <dd>{s.operator ?? '—'}</dd>
        <dt>{t('phone')}</dt>
        <dd>{s.phone ? <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a> : '—'}</dd>
        <dt>{t('lastVerified')}</dt>
        <dd>{s.lastVerifiedAt ? formatDate(s.lastVerifiedAt, locale) : t('neverVerified')}</dd>
      </dl>
      <Sub>{t('amenities')}</Sub>
      {s.amenities.length ? (
        <ul className="amenities">
          {s.amenities.map((a) => (
            <li key={a}>
              <AmenityIcon amenity={a} /> {ta(a)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noAmenities')}</p>
      )}
      <NavButtons links={s.navigation} headingLevel={headingLevel === 1 ? 2 : 3} />
    </article>
  );
}
