import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { NearestItem } from '@/lib/stations/station-index';
import { AmenityList } from '@/components/stations/amenity-list';
import { OpenBadge } from '@/components/stations/open-badge';

type Props = { items: NearestItem[]; more: boolean; fullMap: string; locale: string };

// The embed's path without the map: plain links, rendered on the server (no
// JavaScript to ship), each opening the full station page in a new tab since
// that page refuses to be framed.
export async function EmbedStationList({ items, more, fullMap, locale }: Props) {
  const t = await getTranslations('embed');
  const tk = await getTranslations('kinds');
  const ta = await getTranslations('amenities');
  if (items.length === 0) return <p>{t('empty')}</p>;
  return (
    <>
      <ol className="station-list embed-list">
        {items.map((item) => (
          <li key={item.id}>
            <a href={getPathname({ href: `/stations/${item.id}`, locale })} target="_blank" rel="noopener" className="station-link">
              <span className="item-name">{item.name}</span>
            </a>
            <span className="item-kind">{tk(item.kind)}</span>
            <OpenBadge status={item.status} openNow={item.openNow} />
            <span className="item-address">{item.address}</span>
            <AmenityList amenities={item.amenities} label={(a) => ta(a)} />
          </li>
        ))}
      </ol>
      {more && (
        <p>
          <a href={fullMap} target="_blank" rel="noopener">{t('more', { count: items.length })}</a>
        </p>
      )}
    </>
  );
}
