import type { Amenity } from '@/lib/stations/vocab';

// A glyph beside each amenity's label; decorative, the label carries the meaning.
export const AMENITY_GLYPHS: Record<Amenity, string> = {
  drinking_water: '💧', hot_water: '♨️', phone_charging: '🔌', ebike_charging: '🔋', microwave: '🍱',
  fridge: '🧊', toilet: '🚻', seating: '🪑', air_conditioning: '❄️', first_aid: '⛑️', reading: '📚',
  wifi: '📶', nursing_room: '🍼', umbrella: '☂️', repair_tools: '🔧', legal_aid: '⚖️',
};

export function AmenityIcon({ amenity }: { amenity: Amenity }) {
  return (
    <span className="amenity-icon" aria-hidden="true">
      {AMENITY_GLYPHS[amenity]}
    </span>
  );
}
