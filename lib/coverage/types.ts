// Shared shapes of the coverage model. Plain data: what the API returns and
// what the pages and the map receive.

export const MODES = ['walk', 'ebike'] as const;
export type Mode = (typeof MODES)[number];

export type LngLat = { lng: number; lat: number };

/** One county's figures for one mode. Null figures: the county has no boundary of its own. */
export type CountyFigures = {
  code: string;
  name: string;
  nameEn: string;
  /** The county's city, or its province when the province runs it directly. */
  cityCode: string;
  cityName: string;
  cityNameEn: string;
  areaKm2: number | null;
  coveredKm2: number | null;
  coveredShare: number | null;
  /** Stations in use recorded in this county (by its code, not by position). */
  stationsInUse: number;
  /** Of those, open 24 hours a day, 7 days a week. */
  stations24h: number;
  /** The stations of this county the model counted: in use, and open now when asked. */
  stationsCounted: number;
  stationsPer100Km2: number | null;
  largestGapKm2: number | null;
  /** A cell inside the largest gap, to point at it. */
  largestGapAt: LngLat | null;
  hasBoundary: boolean;
};

/** The same figures summed over a city, a province or all of China. */
export type Rollup = {
  code: string;
  name: string;
  nameEn: string;
  counties: number;
  areaKm2: number;
  coveredKm2: number;
  coveredShare: number;
  stationsInUse: number;
  stations24h: number;
  stationsCounted: number;
  stationsPer100Km2: number;
  /** Largest gap inside any one of its counties (gaps are not joined across county lines). */
  largestGapKm2: number;
  largestGapCounty: string | null;
};

export type RegionLevel = 'china' | 'province' | 'city' | 'county';

/** A region (China, a province, a city or a county): every county in it, its parts one level down, and itself. */
export type AreaCoverage = {
  mode: Mode;
  openNow: boolean;
  radiusM: number;
  cellM: number;
  level: RegionLevel;
  counties: CountyFigures[];
  /** Provinces of China; cities and directly-run counties of a province; counties of a city. */
  parts: Rollup[];
  region: Rollup;
};

export type Suggestion = { rank: number; lng: number; lat: number; addsKm2: number };

/**
 * A county's grid for drawing: cell (col, row) spans lng west + col·dLng … and
 * lat north − row·dLat …; `runs` is [state, length, state, length, …] row by
 * row, with states 0 outside, 1 not covered, 2 covered, 3 the largest gap.
 */
export type GridPayload = {
  west: number;
  north: number;
  dLng: number;
  dLat: number;
  cols: number;
  rows: number;
  runs: number[];
};

export type CountyDetail = {
  mode: Mode;
  openNow: boolean;
  radiusM: number;
  figures: CountyFigures;
  grid: GridPayload | null;
  suggestions: Suggestion[];
};
