import type { Amenity } from '@/lib/stations/vocab';

/** A glyph beside each amenity's label; decorative, the label carries the meaning (React panel and the station page). */
export const AMENITY_GLYPHS: Record<Amenity, string> = {
  drinking_water: '💧', hot_water: '♨️', phone_charging: '🔌', ebike_charging: '🔋', microwave: '🍱',
  fridge: '🧊', toilet: '🚻', seating: '🪑', air_conditioning: '❄️', first_aid: '⛑️', reading: '📚',
  wifi: '📶', nursing_room: '🍼', umbrella: '☂️', repair_tools: '🔧', legal_aid: '⚖️',
};
