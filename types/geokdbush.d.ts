// geokdbush 2 works on kdbush 4 indexes and returns item ids; it ships no types.
declare module 'geokdbush' {
  import type KDBush from 'kdbush';
  export function around(
    index: KDBush,
    lng: number,
    lat: number,
    maxResults?: number,
    maxDistanceKm?: number,
    predicate?: (id: number) => boolean,
  ): number[];
  export function distance(lng1: number, lat1: number, lng2: number, lat2: number): number;
}
