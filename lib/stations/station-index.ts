import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineM } from '@/lib/geo/distance';
import { EBIKE_KMH, WALK_KMH, travelMinutes } from '@/lib/geo/travel';
import type { Bbox, Filters } from './schema';
import { ServiceTable } from '@/lib/services/index-table';
import { foldWeather } from '@/lib/weather/filter';
import { StationSearch } from './station-search';
import { ENTRY_MODES, KINDS, NO_PHONE_ENTRIES, STATUSES, amenitiesFromMask, amenityMask, type Amenity, type EntryMode, type Kind, type OpenState, type Status } from './vocab';

// The public stations held in memory, column by column, so that nearest and
// viewport queries over 200,000 stations take microseconds, not a database trip.

export type IndexRow = {
  id: string; name: string; kind: string; status: string; lat: number; lng: number;
  address: string; countyCode: string; amenities: string; openingHours: string; entry?: string | null;
  /** Station.services as stored (a JSON list); absent or "[]" when none. */
  services?: string;
};

export type NearestItem = {
  id: string; name: string; kind: Kind; status: Status; lat: number; lng: number;
  distanceM: number; walkMinutes: number; ebikeMinutes: number; amenities: Amenity[];
  address: string; countyCode: string; entry: EntryMode | null;
  /** null when workers reported it locked since the last "open" (openState "reported_locked"). */
  openNow: boolean | null; openState: OpenState;
  /**
   * OSM opening_hours, so a phone offline can tell "open now" and "24 hours" by its own clock
   * (offline-nearest.ts). Always in an answer; missing only from stations a phone kept before it was sent.
   */
  openingHours?: string;
};

/** Tells, for the distinct opening_hours strings, which are open at `now`. */
export type HoursOracle = { openNow(hours: string, now: Date): boolean; is24x7(hours: string): boolean };

export class StationIndex {
  readonly size: number;
  readonly kd: KDBush;
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  // Only the text a reply needs, column by column: at 200,000 stations whole row
  // objects held ~50 MB more (kind, status, hours and amenities are coded below).
  private readonly ids: string[];
  private readonly names: string[];
  private readonly addresses: string[];
  private readonly county: Uint16Array;
  private readonly countyCodes: string[];
  private readonly kind: Uint8Array;
  private readonly status: Uint8Array;
  private readonly mask: Uint32Array;
  private readonly hoursIdx: Uint32Array;
  private readonly hours: string[];
  private readonly hours24: Uint8Array;
  /** ENTRY_MODES index + 1; 0 when unknown. */
  private readonly entry: Uint8Array;
  /** 1 where workers reported the station locked since its last "open" (setLocks; no rebuild needed). */
  private locked: Uint8Array;
  private lockStamp = '';
  private readonly idsSorted: boolean;
  private openCache = { minute: -1, open: new Uint8Array(0) };
  /** Recurring services: an index into the distinct stored lists (lib/services/index-table.ts). */
  private readonly services: ServiceTable;

  /** `search`: the names' search keys (index-store builds them in slices); without it they are built at the first search. */
  constructor(rows: IndexRow[], private readonly oracle: HoursOracle, private searchKeys?: StationSearch) {
    this.size = rows.length;
    if (searchKeys && searchKeys.size !== this.size) throw new Error('station search keys do not match the rows');
    this.ids = rows.map((r) => r.id);
    this.names = rows.map((r) => r.name);
    this.addresses = rows.map((r) => r.address);
    this.county = new Uint16Array(this.size);
    const countyMap = new Map<string, number>();
    this.lat = new Float64Array(this.size);
    this.lng = new Float64Array(this.size);
    this.kind = new Uint8Array(this.size);
    this.status = new Uint8Array(this.size);
    this.mask = new Uint32Array(this.size);
    this.hoursIdx = new Uint32Array(this.size);
    this.entry = new Uint8Array(this.size);
    this.locked = new Uint8Array(this.size);
    const hoursMap = new Map<string, number>();
    this.kd = new KDBush(Math.max(1, this.size));
    rows.forEach((r, i) => {
      this.lat[i] = r.lat;
      this.lng[i] = r.lng;
      this.kind[i] = KINDS.indexOf(r.kind as Kind);
      this.status[i] = STATUSES.indexOf(r.status as Status);
      this.mask[i] = amenityMask(r.amenities.split(','));
      this.entry[i] = ENTRY_MODES.indexOf((r.entry ?? null) as EntryMode) + 1;
      let h = hoursMap.get(r.openingHours);
      if (h === undefined) hoursMap.set(r.openingHours, (h = hoursMap.size));
      this.hoursIdx[i] = h;
      let c = countyMap.get(r.countyCode);
      if (c === undefined) countyMap.set(r.countyCode, (c = countyMap.size));
      this.county[i] = c;
      this.kd.add(r.lng, r.lat);
    });
    this.countyCodes = [...countyMap.keys()];
    this.idsSorted = this.ids.every((id, i) => i === 0 || this.ids[i - 1]! < id);
    if (this.size === 0) this.kd.add(0, 0); // kdbush cannot be empty; matcher excludes it
    this.kd.finish();
    this.hours = [...hoursMap.keys()];
    this.hours24 = Uint8Array.from(this.hours, (h) => (oracle.is24x7(h) ? 1 : 0));
    this.services = new ServiceTable(rows.map((r) => r.services));
  }

  get search(): StationSearch {
    return (this.searchKeys ??= StationSearch.fromNames(this.names));
  }

  row(i: number): IndexRow | undefined {
    if (!(i >= 0 && i < this.size)) return undefined;
    return { ...this.text(i), amenities: amenitiesFromMask(this.mask[i]!).join(','), openingHours: this.hours[this.hoursIdx[i]!]!, entry: this.entryOf(i) };
  }

  private entryOf(i: number): EntryMode | null {
    return ENTRY_MODES[this.entry[i]! - 1] ?? null;
  }

  /** Where the station with this id sits, or -1 (binary search: the store loads rows ordered by id). */
  position(id: string): number {
    if (!this.idsSorted) return this.ids.indexOf(id);
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.ids[mid]!;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The stations reported locked now (ids unknown to the index are ignored); `stamp` names this set in filter keys. */
  setLocks(ids: Iterable<string>, stamp: string): void {
    const locked = new Uint8Array(this.size);
    for (const id of ids) {
      const i = this.position(id);
      if (i >= 0) locked[i] = 1;
    }
    this.locked = locked;
    this.lockStamp = stamp;
  }

  /** Open by its hours and status, unless a worker's "locked" has not been answered by an "open" since. */
  openState(i: number, now: Date): OpenState {
    if (this.status[i] !== STATUSES.indexOf('in_use')) return 'not_in_use';
    if (this.openHours(now)[this.hoursIdx[i]!] !== 1) return 'closed';
    return this.locked[i] === 1 ? 'reported_locked' : 'open';
  }

  /** What a row and a nearest item share, decoded from the columns. */
  private text(i: number): Omit<IndexRow, 'amenities' | 'openingHours'> & { kind: Kind; status: Status } {
    return {
      id: this.ids[i]!, name: this.names[i]!, kind: KINDS[this.kind[i]!]!, status: STATUSES[this.status[i]!]!,
      lat: this.lat[i]!, lng: this.lng[i]!, address: this.addresses[i]!, countyCode: this.countyCodes[this.county[i]!]!,
    };
  }

  /** Which distinct hours strings are open now, recomputed once a minute. */
  openHours(now: Date): Uint8Array {
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.openCache.minute !== minute) {
      const open = Uint8Array.from(this.hours, (h) => (this.oracle.openNow(h, now) ? 1 : 0));
      this.openCache = { minute, open };
    }
    return this.openCache.open;
  }

  isOpen(i: number, now: Date): boolean {
    return this.status[i] === STATUSES.indexOf('in_use') && this.openHours(now)[this.hoursIdx[i]!] === 1;
  }

  /** A predicate over item ids for the given filters. */
  matcher(weatherFilters: Filters, now: Date): (i: number) => boolean {
    const f = foldWeather(weatherFilters);
    const kinds = new Set(f.kinds.map((k) => KINDS.indexOf(k)));
    const statuses = new Set(f.statuses.map((s) => STATUSES.indexOf(s)));
    const need = amenityMask(f.amenities);
    const open = f.openNow ? this.openHours(now) : null;
    const inUse = STATUSES.indexOf('in_use');
    const noPhone = f.noPhone ? new Uint8Array([0, ...ENTRY_MODES.map((m) => (NO_PHONE_ENTRIES.includes(m) ? 1 : 0))]) : null;
    const locked = this.locked;
    const services = this.services.matcher(f, now);
    return (i) =>
      i < this.size &&
      (kinds.size === 0 || kinds.has(this.kind[i]!)) &&
      statuses.has(this.status[i]!) &&
      (this.mask[i]! & need) === need &&
      (!f.h24 || this.hours24[this.hoursIdx[i]!] === 1) &&
      (!noPhone || noPhone[this.entry[i]!] === 1) &&
      // "Open now" means known open: a station reported locked is uncertain, so it is left out.
      (!open || (this.status[i] === inUse && open[this.hoursIdx[i]!] === 1 && locked[i] !== 1)) &&
      (!services || services(i));
  }

  /** A key that changes exactly when the set of matching stations can change. */
  filterKey(weatherFilters: Filters, now: Date): string {
    const f = foldWeather(weatherFilters);
    const open = f.openNow ? `${Array.from(this.openHours(now)).join('')}|${this.lockStamp}` : '';
    // Canonical: the same sets in another order or repeated are the same key, so no
    // public query can force a new clustering per request by reordering its filters.
    const set = (xs: readonly string[]) => [...new Set(xs)].sort().join();
    return [set(f.kinds), set(f.statuses), amenityMask(f.amenities), f.h24, f.noPhone, open, this.services.key(f, now)].join('|');
  }

  nearest(lat: number, lng: number, limit: number, f: Filters, now: Date, bbox?: Bbox): NearestItem[] {
    const match = this.matcher(f, now);
    const inBox = bbox
      ? (i: number) => this.lng[i]! >= bbox.minLng && this.lng[i]! <= bbox.maxLng && this.lat[i]! >= bbox.minLat && this.lat[i]! <= bbox.maxLat
      : () => true;
    // Bound the search by the box's farthest corner, or a sparse box would scan every station.
    const maxKm = bbox ? farthestCornerKm(lat, lng, bbox) : Infinity;
    const ids = around(this.kd, lng, lat, limit, maxKm, (i) => match(i) && inBox(i));
    return ids.map((i) => this.item(i, lat, lng, now));
  }

  private item(i: number, lat: number, lng: number, now: Date): NearestItem {
    const distanceM = Math.round(haversineM(lat, lng, this.lat[i]!, this.lng[i]!));
    return {
      ...this.text(i), distanceM, walkMinutes: travelMinutes(distanceM, WALK_KMH), ebikeMinutes: travelMinutes(distanceM, EBIKE_KMH),
      amenities: amenitiesFromMask(this.mask[i]!), entry: this.entryOf(i), ...this.openFields(i, now),
      openingHours: this.hours[this.hoursIdx[i]!]!,
    };
  }

  /** openNow and openState for an answer: openNow is null while a "locked" report stands. */
  openFields(i: number, now: Date): { openNow: boolean | null; openState: OpenState } {
    const openState = this.openState(i, now);
    return { openNow: openState === 'reported_locked' ? null : openState === 'open', openState };
  }

  /** Up to `limit` matching stations inside the box, as [lng, lat] pairs (for the service circles). */
  pointsInBox(b: Bbox, f: Filters, now: Date, limit: number): { points: [number, number][]; truncated: boolean } {
    const match = this.matcher(f, now);
    const points: [number, number][] = [];
    for (const i of this.kd.range(b.minLng, b.minLat, b.maxLng, b.maxLat)) {
      if (!match(i)) continue;
      if (points.length === limit) return { points, truncated: true };
      points.push([this.lng[i]!, this.lat[i]!]);
    }
    return { points, truncated: false };
  }
}

function farthestCornerKm(lat: number, lng: number, b: Bbox): number {
  const corners: [number, number][] = [[b.minLat, b.minLng], [b.minLat, b.maxLng], [b.maxLat, b.minLng], [b.maxLat, b.maxLng]];
  return Math.max(...corners.map(([la, ln]) => haversineM(lat, lng, la, ln))) / 1000 + 0.001;
}
