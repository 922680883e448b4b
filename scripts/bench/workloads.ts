// Query generators and the sequential (single user, one connection) runs.
import { gzipSync } from 'node:zlib';
import type { Client } from './client';
import { type Latency, type Rng, type Sizes, latency, sizes } from './stats';

export type Point = { lng: number; lat: number };
export const SCREEN = { width: 1280, height: 800 };
export const ZOOMS = { min: 4, max: 18 };
// Mainland China's bounding box: uniform points include deserts and sea, the worst case for nearest.
const CHINA = { west: 73, east: 135, south: 18, north: 53 };

/** 70 % on real stations (jittered ~2 km) so they follow the data's density, 30 % uniform. */
export function randomPoints(rng: Rng, coords: Float64Array, n: number): Point[] {
  const stations = coords.length / 2;
  return Array.from({ length: n }, () => {
    if (stations > 0 && rng() < 0.7) {
      const i = Math.floor(rng() * stations);
      return { lng: coords[2 * i]! + (rng() - 0.5) * 0.04, lat: coords[2 * i + 1]! + (rng() - 0.5) * 0.04 };
    }
    return { lng: CHINA.west + rng() * (CHINA.east - CHINA.west), lat: CHINA.south + rng() * (CHINA.north - CHINA.south) };
  });
}

const fix = (x: number) => x.toFixed(6);
const mercY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const mercLat = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** The bbox a 1280×800 map shows at `zoom` centred on `p` (Web Mercator, 256-px tiles, like Leaflet). */
export function screenBbox(p: Point, zoom: number): string {
  const world = 256 * 2 ** zoom;
  const halfW = (SCREEN.width / 2 / world) * 360;
  const cy = mercY(p.lat);
  const halfH = SCREEN.height / 2 / world;
  const minLat = Math.max(-85, mercLat(cy + halfH));
  const maxLat = Math.min(85, mercLat(cy - halfH));
  const minLng = Math.max(-180, p.lng - halfW);
  const maxLng = Math.min(180, p.lng + halfW);
  return [minLng, minLat, maxLng, maxLat].map(fix).join(',');
}

export const nearestPath = (p: Point, filter: string) => `/api/stations/nearest?lat=${fix(p.lat)}&lng=${fix(p.lng)}&limit=10${filter}`;
export const viewportPath = (p: Point, zoom: number, filter: string) => `/api/stations?bbox=${screenBbox(p, zoom)}&zoom=${zoom}${filter}`;

export type NearestRun = { label: string; latency: Latency; bytes: Sizes; shortAnswers: number };

export async function runNearest(client: Client, label: string, points: Point[], filter: string): Promise<NearestRun> {
  const ms: number[] = [];
  const bytes: number[] = [];
  let shortAnswers = 0; // fewer than 10 results: worth knowing, since a filter may leave too few nearby
  for (const p of points) {
    const s = await client.ok(nearestPath(p, filter));
    ms.push(s.ms);
    bytes.push(s.bytes);
    if ((JSON.parse(s.body.toString()) as { stations: unknown[] }).stations.length < 10) shortAnswers++;
  }
  return { label, latency: latency(ms), bytes: sizes(bytes), shortAnswers };
}

export type ZoomRow = { zoom: number; latency: Latency; bytes: Sizes; maxFeatures: number; maxGzipBytes: number };
export type ViewportRun = { label: string; latency: Latency; bytes: Sizes; perZoom: ZoomRow[] };
type ZoomAcc = { ms: number[]; bytes: number[]; maxFeatures: number; largest: Buffer };

export async function runViewport(client: Client, label: string, jobs: { p: Point; zoom: number }[], filter: string): Promise<ViewportRun> {
  const acc = new Map<number, ZoomAcc>();
  for (const { p, zoom } of jobs) {
    const s = await client.ok(viewportPath(p, zoom, filter));
    const a = acc.get(zoom) ?? { ms: [], bytes: [], maxFeatures: 0, largest: Buffer.alloc(0) };
    acc.set(zoom, a);
    a.ms.push(s.ms);
    a.bytes.push(s.bytes);
    a.maxFeatures = Math.max(a.maxFeatures, (JSON.parse(s.body.toString()) as { features: unknown[] }).features.length);
    if (s.bytes > a.largest.length) a.largest = s.body;
  }
  const perZoom = [...acc.entries()].sort(([a], [b]) => a - b).map(([zoom, a]) => ({
    zoom, latency: latency(a.ms), bytes: sizes(a.bytes), maxFeatures: a.maxFeatures,
    maxGzipBytes: gzipSync(a.largest, { level: 9 }).length, // what the largest answer costs on the wire
  }));
  const all = [...acc.values()];
  return { label, latency: latency(all.flatMap((a) => a.ms)), bytes: sizes(all.flatMap((a) => a.bytes)), perZoom };
}

/** Viewport jobs with zooms uniform over 4..18, so every zoom gets ~n/15 boxes. */
export function viewportJobs(rng: Rng, points: Point[]): { p: Point; zoom: number }[] {
  return points.map((p) => ({ p, zoom: ZOOMS.min + Math.floor(rng() * (ZOOMS.max - ZOOMS.min + 1)) }));
}

/** Centres of the n busiest 0.01° cells: random boxes rarely land there, yet they give the largest answers at high zoom. */
export function densestPoints(coords: Float64Array, n: number): Point[] {
  const cells = new Map<number, number>();
  for (let i = 0; i < coords.length; i += 2) {
    const key = Math.floor(coords[i]! * 100) * 100_000 + Math.floor(coords[i + 1]! * 100);
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return [...cells.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key]) => ({
    lng: (Math.floor(key / 100_000) + 0.5) / 100, lat: ((key % 100_000) + 0.5) / 100,
  }));
}

/** Every zoom at each of the given centres. */
export function sweepJobs(points: Point[]): { p: Point; zoom: number }[] {
  return points.flatMap((p) => Array.from({ length: ZOOMS.max - ZOOMS.min + 1 }, (_, k) => ({ p, zoom: ZOOMS.min + k })));
}
