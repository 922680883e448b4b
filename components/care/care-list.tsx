'use client';
import { useLocale, useTranslations } from 'next-intl';
import { formatDistance } from '@/components/stations/format';
import { getPathname } from '@/i18n/navigation';
import { navLinks } from '@/lib/nav-links';
import type { NearestItem } from '@/lib/stations/station-index';
import { fill, type CareWords } from './words';

// The nearest open stations, one big card each: the name (a link to its page), how far and how long on foot,
// and one big "去这里" that hands over to Amap (the navigation app most phones here have; the station's page
// offers Baidu, Tencent and Apple too).

type Props = { items: NearestItem[]; w: CareWords };

export function CareList({ items, w }: Props) {
  const locale = useLocale();
  const tk = useTranslations('kinds');
  if (!items.length) return <p className="care-none">{w.none}</p>;
  return (
    <ol className="care-list">
      {items.map((item) => (
        <li key={item.id} className="care-item">
          <h3 className="care-name">
            <a href={getPathname({ href: `/stations/${item.id}`, locale })}>{item.name}</a>
          </h3>
          <p className="care-kind">{tk(item.kind)}{item.address ? ` · ${item.address}` : ''}</p>
          <p className="care-facts">
            <strong>{fill(w.distance, { distance: formatDistance(item.distanceM, locale) })}</strong> · {fill(w.walk, { minutes: item.walkMinutes })}
          </p>
          <a
            className="button primary care-go"
            href={navLinks({ lat: item.lat, lng: item.lng, name: item.name, address: item.address }).amap}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={fill(w.goLabel, { name: item.name })}
          >
            {w.go}
          </a>
        </li>
      ))}
    </ol>
  );
}
