'use client';
import { useLocale, useTranslations } from 'next-intl';
import { memo, useState, type MouseEvent } from 'react';
import { ConfirmButtons } from '@/components/confirmations/confirm-buttons';
import { getPathname } from '@/i18n/navigation';
import type { NearestItem } from '@/lib/stations/station-index';
import { AmenityList } from './amenity-list';
import { formatDistance } from './format';
import { OpenBadge } from './open-badge';

type Select = (item: NearestItem) => void;
type Props = { items: NearestItem[]; selectedId: string | null; onSelect?: Select };

// The accessible path to every station on the map: a plain list of links,
// each opening the detail panel (or, without JavaScript, the station page).
// Each entry is its own memoised component: a new answer re-renders only the
// entries that changed, and React can yield to the phone between entries.
export const StationList = memo(function StationList({ items, selectedId, onSelect }: Props) {
  return (
    <ol className="station-list">
      {items.map((item) => (
        <StationEntry key={item.id} item={item} selected={item.id === selectedId} onSelect={onSelect} />
      ))}
    </ol>
  );
});

const StationEntry = memo(function StationEntry({ item, selected, onSelect }: { item: NearestItem; selected: boolean; onSelect?: Select }) {
  const t = useTranslations('list');
  const tk = useTranslations('kinds');
  const ta = useTranslations('amenities');
  const te = useTranslations('entry');
  const locale = useLocale();
  // A worker's own word shows at once; the next answer from the server carries it for everyone.
  const [told, setTold] = useState<'open' | 'locked' | null>(null);
  const openNow = told === 'locked' ? null : told === 'open' ? true : item.openNow;
  const open = (e: MouseEvent) => {
    if (!onSelect || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    onSelect(item);
  };
  return (
    <li className={selected ? 'selected' : undefined}>
      {/* A plain link (no prefetch): the station page is a route handler's HTML, not a page the client router can render. */}
      <a href={getPathname({ href: `/stations/${item.id}`, locale })} onClick={open} className="station-link" aria-current={selected ? 'true' : undefined}>
        <span className="item-name">{item.name}</span>
      </a>
      <span className="item-kind">{tk(item.kind)}</span>
      {/* How to get in, in a word; nothing when unknown (the station's details say so). */}
      {item.entry && <span className="item-entry"><span aria-hidden="true">🚪 </span>{te('item', { how: te(`short.${item.entry}`) })}</span>}
      <OpenBadge status={item.status} openNow={openNow} />
      <span className="item-distance">
        <strong>{formatDistance(item.distanceM, locale)}</strong> · {t('walk', { minutes: item.walkMinutes })} ·{' '}
        {t('ebike', { minutes: item.ebikeMinutes })}
      </span>
      <AmenityList amenities={item.amenities} label={(a) => ta(a)} />
      {item.status === 'in_use' && (
        <ConfirmButtons stationId={item.id} stationName={item.name} compact onAnswered={(kind) => kind !== 'gone' && setTold(kind)} />
      )}
    </li>
  );
});
