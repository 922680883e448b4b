// One look for a cluster of stations, on the live map (components/map/icons.ts)
// and on its server-drawn preview (lib/geo/preview.ts).

/** Diameter in screen pixels: bigger clusters read as bigger. */
export function clusterSize(count: number): number {
  return count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
}

/** The count as printed on the badge ("12k" beyond ten thousand). */
export function clusterLabel(count: number): string {
  return count >= 10_000 ? `${Math.round(count / 1000)}k` : String(Math.trunc(count));
}
