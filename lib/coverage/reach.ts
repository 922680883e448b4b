import type { AreaGeometry } from '@/lib/geo/polygon';
import type { CoverageSettings } from './settings';
import type { LngLat, Mode } from './types';

// Where a station's 15 minutes reach. Today a straight-line buffer; a real
// isochrone service (road network, e.g. an OSRM or Valhalla instance) can be
// plugged in later by implementing ReachProvider and returning 'area' reaches:
// the grid marks polygons as readily as circles.

export type Reach = { kind: 'circle'; radiusM: number } | { kind: 'area'; geometry: AreaGeometry };

export interface ReachProvider {
  /** Changes whenever the provider's answers would change (settings, data): part of every cache key. */
  readonly key: string;
  /** No reach of this mode extends further than this (metres): which stations can touch a county. */
  maxReachM(mode: Mode): number;
  /** The reach of each point, in order. May be asynchronous (a remote isochrone service). */
  reach(points: readonly LngLat[], mode: Mode): Reach[] | Promise<Reach[]>;
  /**
   * Radius used to score candidate sites for "where to build next". An
   * isochrone provider would answer with a typical radius of its reaches.
   */
  candidateRadiusM(mode: Mode): number;
}

/** Reach = a circle of (minutes × speed ÷ detour) around each station. */
export class BufferReach implements ReachProvider {
  readonly key: string;
  private readonly circles: Record<Mode, Reach>;

  constructor(private readonly radiusM: CoverageSettings['radiusM']) {
    this.key = `buffer:${radiusM.walk}:${radiusM.ebike}`;
    this.circles = {
      walk: { kind: 'circle', radiusM: radiusM.walk },
      ebike: { kind: 'circle', radiusM: radiusM.ebike },
    };
  }

  maxReachM(mode: Mode): number {
    return this.radiusM[mode];
  }

  reach(points: readonly LngLat[], mode: Mode): Reach[] {
    // Every circle of a mode is the same: one shared object.
    return points.map(() => this.circles[mode]);
  }

  candidateRadiusM(mode: Mode): number {
    return this.radiusM[mode];
  }
}
