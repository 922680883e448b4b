/** @jsxImportSource hono/jsx */
import 'server-only';
import { AMENITY_GLYPHS } from '@/components/stations/amenity-glyphs';
import { formatDate } from '@/components/stations/format';
import { openBadgeText } from '@/components/stations/open-badge-text';
import { formatSchedule } from '@/lib/hours-format';
import type { PublicStation } from '@/lib/stations/types';
import type { Words } from './words';

// The station page's copy of components/stations/station-details.tsx (the map
// panel's, React): the same data, helpers and words, rendered as plain HTML by
// hono/jsx (which escapes every text and attribute). Keep the two in step.

function OpenBadge({ s, now, w }: { s: PublicStation; now: Date; w: Words }) {
  const { className, text } = openBadgeText(w.station, w.locale, { ...s, now });
  return <span class={className}>{text}</span>;
}

function NavButtons({ s, w }: { s: PublicStation; w: Words }) {
  const apps = ['amap', 'baidu', 'tencent', 'apple'] as const;
  return (
    <nav class="nav-buttons" aria-label={w.station('navigate')}>
      <h2>{w.station('navigate')}</h2>
      <ul>
        {apps.map((app) => (
          <li key={app}>
            <a class="button" href={s.navigation[app]} target="_blank" rel="noopener noreferrer">
              {w.station(app)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Everything the public may know about one station, the page's h1 first. */
export function StationDetails({ station: s, now, w }: { station: PublicStation; now: Date; w: Words }) {
  const t = w.station;
  return (
    <article class="station-details" aria-labelledby={`station-${s.id}-name`}>
      <h1 id={`station-${s.id}-name`} class="station-name">{s.name}</h1>
      {s.isSample && <p class="badge badge-sample">{t('sample')}</p>}
      <p>
        <OpenBadge s={s} now={now} w={w} />
      </p>
      <dl class="facts">
        <dt>{t('kind')}</dt>
        <dd>{w.kinds(s.kind)}</dd>
        <dt>{t('status')}</dt>
        <dd>{w.statuses(s.status)}</dd>
        <dt>{t('address')}</dt>
        <dd>{s.address}</dd>
        <dt>{t('area')}</dt>
        <dd>{[s.cityName, s.countyName].filter(Boolean).join(' ')}</dd>
        <dt>{t('hours')}</dt>
        <dd>
          {formatSchedule(s.schedule, w.locale)}
          <br />
          <code class="hours-raw">{s.openingHours}</code>
        </dd>
        <dt>{t('operator')}</dt>
        <dd>{s.operator ?? '—'}</dd>
        <dt>{t('phone')}</dt>
        <dd>{s.phone ? <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone}</a> : '—'}</dd>
        <dt>{t('lastVerified')}</dt>
        <dd>{s.lastVerifiedAt ? formatDate(s.lastVerifiedAt, w.locale) : t('neverVerified')}</dd>
      </dl>
      <h2>{t('amenities')}</h2>
      {s.amenities.length ? (
        <ul class="amenities">
          {s.amenities.map((a) => (
            <li key={a}>
              <span class="amenity-icon" aria-hidden="true">{AMENITY_GLYPHS[a]}</span> {w.amenities(a)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noAmenities')}</p>
      )}
      <NavButtons s={s} w={w} />
    </article>
  );
}
