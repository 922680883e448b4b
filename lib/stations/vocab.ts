// The fixed vocabularies of the domain. Codes are stored in the database and
// used in URLs and the API; labels live in messages/*.json under the same code.

export const KINDS = [
  'station', // 工会驿站 / 户外劳动者服务站点
  'service_centre', // 县级职工服务中心
  'cultural_palace', // 工人文化宫
  'activity_venue', // 职工活动阵地（乡镇、园区）
  'rights_room', // 维权服务室
  'workers_home', // 职工之家
] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['planned', 'under_construction', 'in_use', 'suspended', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const AMENITIES = [
  'drinking_water',
  'hot_water',
  'phone_charging',
  'ebike_charging',
  'microwave',
  'fridge',
  'toilet',
  'seating',
  'air_conditioning',
  'first_aid',
  'reading',
  'wifi',
  'nursing_room',
  'umbrella',
  'repair_tools',
  'legal_aid',
] as const;
export type Amenity = (typeof AMENITIES)[number];

/** Bit i of a mask stands for AMENITIES[i]; masks make "has all of" one AND. */
export function amenityMask(list: readonly string[]): number {
  let mask = 0;
  for (const a of list) {
    const i = AMENITIES.indexOf(a as Amenity);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

export function amenitiesFromMask(mask: number): Amenity[] {
  return AMENITIES.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Stored form: comma-separated codes in vocabulary order. */
export function parseAmenityList(stored: string): Amenity[] {
  return amenitiesFromMask(amenityMask(stored.split(',')));
}

export function formatAmenityList(list: readonly string[]): string {
  return amenitiesFromMask(amenityMask(list)).join(',');
}

export const STATION_TIME_ZONE = 'Asia/Shanghai';

/** How a worker gets in (Station.entry); null when the union has not said. */
export const ENTRY_MODES = ['open_door', 'staffed', 'scan', 'face', 'pin', 'union_card'] as const;
export type EntryMode = (typeof ENTRY_MODES)[number];
/**
 * Ways in that need no smartphone: the "no smartphone needed" filter. A PIN lock is not one (the code
 * comes from an app, as in Liaocheng), nor is a face gate (enrolled through an app); unknown is not either.
 */
export const NO_PHONE_ENTRIES: readonly EntryMode[] = ['open_door', 'staffed', 'union_card'];

/** A stored entry code, or null when unknown or not one of ours (never guess a way in). */
export function entryMode(stored: string | null | undefined): EntryMode | null {
  return ENTRY_MODES.includes(stored as EntryMode) ? (stored as EntryMode) : null;
}

/** What the newest worker confirmations say about being open now (lib/confirmations/open-state.ts). */
export const OPEN_STATES = ['open', 'closed', 'not_in_use', 'reported_locked'] as const;
export type OpenState = (typeof OPEN_STATES)[number];
