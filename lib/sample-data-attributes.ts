import { type Amenity, type Kind, formatAmenityList } from '@/lib/stations/vocab';

// Attribute generators shared by the sample data (lib/sample-data.ts) and the
// benchmark data (scripts/seed-bench.ts). Everything draws from a seeded PRNG
// so the same seed always yields the same rows.

export type Rng = () => number;

/** mulberry32: tiny, fast, and good enough for synthetic data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive an independent stream per county from its code. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

export const OFFICE_HOURS = 'Mo-Fr 08:30-12:00,14:30-17:30';

/** Every opening_hours value the generators emit; all valid OSM syntax. */
export const SAMPLE_OPENING_HOURS = [
  '24/7',
  'Mo-Su 07:00-21:00',
  'Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00',
  'Mo-Fr 09:00-17:00',
  OFFICE_HOURS,
  'Tu-Su 09:00-21:00',
] as const;

const HOURS: Record<Kind, readonly (readonly [string, number])[]> = {
  station: [
    ['24/7', 34],
    ['Mo-Su 07:00-21:00', 33],
    ['Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00', 21],
    ['Mo-Fr 09:00-17:00', 12],
  ],
  service_centre: [[OFFICE_HOURS, 1]],
  cultural_palace: [['Tu-Su 09:00-21:00', 1]],
  activity_venue: [
    ['Mo-Su 07:00-21:00', 40],
    ['Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00', 35],
    ['Mo-Fr 09:00-17:00', 25],
  ],
  rights_room: [
    [OFFICE_HOURS, 70],
    ['Mo-Fr 09:00-17:00', 30],
  ],
  workers_home: [
    ['Mo-Su 07:00-21:00', 50],
    ['Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00', 50],
  ],
};

export function openingHoursFor(kind: Kind, rng: Rng): string {
  return weighted(rng, HOURS[kind]);
}

type Odds = Partial<Record<Amenity, number>>;

// Chance of each amenity per kind: outdoor-worker stations are about water,
// a seat and a charger; centres and palaces are indoor public buildings.
const AMENITY_ODDS: Record<Kind, Odds> = {
  station: {
    drinking_water: 0.98, seating: 0.97, phone_charging: 0.95, hot_water: 0.8, air_conditioning: 0.75,
    first_aid: 0.7, microwave: 0.6, ebike_charging: 0.55, toilet: 0.5, wifi: 0.5, umbrella: 0.4,
    fridge: 0.3, repair_tools: 0.3, reading: 0.25, nursing_room: 0.05, legal_aid: 0.05,
  },
  service_centre: {
    drinking_water: 1, hot_water: 0.95, seating: 1, toilet: 1, air_conditioning: 1, wifi: 0.9,
    legal_aid: 0.95, reading: 0.8, first_aid: 0.9, phone_charging: 0.8, nursing_room: 0.5,
  },
  cultural_palace: {
    drinking_water: 1, toilet: 1, seating: 1, air_conditioning: 1, wifi: 0.95, reading: 0.9,
    first_aid: 0.8, phone_charging: 0.6, nursing_room: 0.5, legal_aid: 0.4,
  },
  activity_venue: {
    drinking_water: 0.9, seating: 1, toilet: 0.8, reading: 0.7, air_conditioning: 0.6, wifi: 0.6,
    first_aid: 0.5, hot_water: 0.5, phone_charging: 0.5,
  },
  rights_room: { legal_aid: 1, seating: 1, drinking_water: 0.95, air_conditioning: 0.8, wifi: 0.5, reading: 0.4 },
  workers_home: {
    drinking_water: 1, hot_water: 0.9, seating: 1, air_conditioning: 0.8, reading: 0.7, toilet: 0.7,
    wifi: 0.7, microwave: 0.6, fridge: 0.4, nursing_room: 0.3, phone_charging: 0.6,
  },
};

/** Stored form (comma-separated, vocabulary order). */
export function amenitiesFor(kind: Kind, rng: Rng): string {
  const chosen = Object.entries(AMENITY_ODDS[kind]).filter(([, p]) => rng() < (p ?? 0));
  return formatAmenityList(chosen.map(([a]) => a));
}

const AREA_CODES: Record<string, string> = {
  '360100': '0791', '360200': '0798', '360300': '0799', '360400': '0792', '360500': '0790', '360600': '0701',
  '360700': '0797', '360800': '0796', '360900': '0795', '361000': '0794', '361100': '0793',
};

/** A landline in the city's area code; Nanchang numbers have eight digits, the others seven. */
export function phoneFor(cityCode: string, rng: Rng): string {
  const area = AREA_CODES[cityCode] ?? '0791';
  const digits = area === '0791' ? 7 : 6;
  const rest = String(Math.floor(rng() * 10 ** digits)).padStart(digits, '0');
  return `${area}-8${rest}`;
}

const VERIFIED_FROM = Date.UTC(2025, 0, 6, 1, 0); // 09:00 in Shanghai
const VERIFIED_SPAN_DAYS = 660; // to late October 2026

/** A working-hours moment between January 2025 and October 2026. */
export function verifiedAtFor(rng: Rng): Date {
  const day = Math.floor(rng() * VERIFIED_SPAN_DAYS);
  const minutes = Math.floor(rng() * 8 * 60);
  return new Date(VERIFIED_FROM + day * 86_400_000 + minutes * 60_000);
}
