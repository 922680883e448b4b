import Supercluster, { type PointFeature } from 'supercluster';
import { DEFAULT_STATUSES, type Bbox, type Filters } from './schema';
import type { StationIndex } from './station-index';
import type { OpenState } from './vocab';

// Server-side clustering for the map: the browser gets clusters and the few
// single stations of one screen, never the whole data set.

export const CLUSTER_RADIUS_PX = 60;
export const CLUSTER_MAX_ZOOM = 14;
/** The largest box (in screen pixels at the requested zoom) a viewport query may ask for. */
export const MAX_VIEWPORT_PX = 4096;

export type ViewportFeature = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties:
    | { cluster: true; count: number; expansionZoom: number }
    | { cluster: false; id: string; name: string; kind: string; status: string; openNow: boolean | null; openState: OpenState };
};

/** Stations clustered across all kept filter sets, at most (the two default views always fit). */
const CLUSTERED_STATIONS_BUDGET = 600_000;
export const clusteringsFor = (stations: number) => Math.max(2, Math.min(6, Math.floor(CLUSTERED_STATIONS_BUDGET / Math.max(1, stations))));

const NO_PROPS: Record<string, never> = Object.freeze({});

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export class ClusterCache {
  private cache = new Map<string, Supercluster<typeof NO_PROPS>>();

  // A clustering holds ~120 bytes a station (~25 MB at 200,000): keep a few filter
  // sets only, fewer the more stations there are (three at 200,000, six up to 100,000).
  constructor(private readonly index: StationIndex, private readonly capacity = clusteringsFor(index.size)) {}

  /** Clusters the two default views ahead of the first request: the map's (in use) and the API's. */
  warm(now: Date): void {
    const none = { kinds: [], amenities: [], openNow: false, h24: false, noPhone: false };
    this.get({ ...none, statuses: ['in_use'] }, now);
    this.get({ ...none, statuses: [...DEFAULT_STATUSES] }, now);
  }

  private get(f: Filters, now: Date): Supercluster<typeof NO_PROPS> {
    const key = this.index.filterKey(f, now);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key); // keep most recently used last
      this.cache.set(key, hit);
      return hit;
    }
    const match = this.index.matcher(f, now);
    const points: PointFeature<typeof NO_PROPS>[] = [];
    for (let i = 0; i < this.index.size; i++) {
      if (!match(i)) continue;
      // The station's place in the index as the feature's id, no properties: supercluster keeps what it
      // is given for every point, and an object each was ~5 MB a clustering at 200,000 stations (one shared instead).
      points.push({ type: 'Feature', id: i, properties: NO_PROPS, geometry: { type: 'Point', coordinates: [this.index.lng[i]!, this.index.lat[i]!] } });
    }
    // extent 256 makes the radius count in the 256-px tile pixels that Leaflet draws.
    const sc = new Supercluster<typeof NO_PROPS>({ radius: CLUSTER_RADIUS_PX, extent: 256, maxZoom: CLUSTER_MAX_ZOOM }).load(points);
    this.cache.set(key, sc);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return sc;
  }

  viewport(b: Bbox, zoom: number, f: Filters, now: Date): ViewportFeature[] {
    const sc = this.get(f, now);
    const z = Math.min(zoom, CLUSTER_MAX_ZOOM + 1);
    return sc.getClusters([b.minLng, b.minLat, b.maxLng, b.maxLat], z).map((feat) => {
      const [lng, lat] = feat.geometry.coordinates as [number, number];
      const geometry = { type: 'Point' as const, coordinates: [round5(lng), round5(lat)] as [number, number] };
      const p = feat.properties as { cluster?: boolean; cluster_id?: number; point_count?: number };
      if (p.cluster) {
        const expansionZoom = sc.getClusterExpansionZoom(p.cluster_id!);
        return { type: 'Feature', geometry, properties: { cluster: true, count: p.point_count!, expansionZoom } };
      }
      const i = feat.id as number;
      const r = this.index.row(i)!;
      return {
        type: 'Feature', geometry,
        properties: { cluster: false, id: r.id, name: Array.from(r.name).slice(0, 60).join(''), kind: r.kind, status: r.status, ...this.index.openFields(i, now) },
      };
    });
  }
}
