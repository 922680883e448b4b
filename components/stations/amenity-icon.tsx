import type { Amenity } from '@/lib/stations/vocab';
import { AMENITY_GLYPHS } from './amenity-glyphs';

// A glyph beside each amenity's label; decorative, the label carries the meaning.
export function AmenityIcon({ amenity }: { amenity: Amenity }) {
  return (
    <span className="amenity-icon" aria-hidden="true">
      {AMENITY_GLYPHS[amenity]}
    </span>
  );
}
