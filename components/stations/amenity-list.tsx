import { useLocale } from 'next-intl';
import type { NearestItem } from '@/lib/stations/station-index';
import { AMENITY_GLYPHS } from './amenity-glyphs';

type Amenity = NearestItem['amenities'][number];

/**
 * A list entry's amenities (map list and embed list): the glyphs as one text run and their names once for screen
 * readers. Two elements per entry rather than two per amenity: a list of 30 entries with 14 amenities each was
 * ~900 elements, most of the home page's layout and hydration work on a cheap phone.
 */
export function AmenityList({ amenities, label }: { amenities: readonly Amenity[]; label: (a: Amenity) => string }) {
  const names = amenities.map(label).join(useLocale() === 'en' ? ', ' : '、');
  return (
    <span className="item-amenities" title={names}>
      <span aria-hidden="true">{amenities.map((a) => AMENITY_GLYPHS[a]).join('')}</span>
      <span className="visually-hidden">{names}</span>
    </span>
  );
}
