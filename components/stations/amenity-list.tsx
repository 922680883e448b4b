import type { NearestItem } from '@/lib/stations/station-index';
import { AmenityIcon } from './amenity-icon';

type Amenity = NearestItem['amenities'][number];

/** A list entry's amenities: icons with their names for screen readers (map list and embed list). */
export function AmenityList({ amenities, label }: { amenities: readonly Amenity[]; label: (a: Amenity) => string }) {
  return (
    <span className="item-amenities">
      {amenities.map((a) => (
        <span key={a} title={label(a)}>
          <AmenityIcon amenity={a} />
          <span className="visually-hidden">{label(a)}</span>
        </span>
      ))}
    </span>
  );
}
