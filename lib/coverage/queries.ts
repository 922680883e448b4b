import 'server-only';
import { getStationIndex } from '@/lib/stations/index-store';
import { chinaDivisions } from './divisions';
import { CoverageEngine } from './engine';
import { BufferReach } from './reach';
import { type CoverageSettings, loadCoverageSettings } from './settings';
import type { AreaCoverage, CountyDetail, Mode } from './types';

// Coverage for the pages and the API, from the public in-memory station index
// (reloaded on every data change, see lib/stations/index-store.ts). One engine
// per process, kept across hot reloads, so its per-county cache survives.

const g = globalThis as unknown as { yizhanCoverage?: { settings: CoverageSettings; engine: CoverageEngine } };

function state() {
  if (!g.yizhanCoverage) {
    const settings = loadCoverageSettings();
    const engine = new CoverageEngine(new BufferReach(settings.radiusM), chinaDivisions);
    g.yizhanCoverage = { settings, engine };
  }
  return g.yizhanCoverage;
}

export function coverageModel(): CoverageSettings & { cellM: number } {
  const { settings, engine } = state();
  return { ...settings, cellM: engine.cellM };
}

/** Every county of China, a province or a city (the county itself for a county code); null for an unknown code. */
export async function areaCoverage(code: string, mode: Mode, openNow: boolean): Promise<AreaCoverage | null> {
  const { index } = await getStationIndex();
  return state().engine.area(index, code, mode, openNow, new Date());
}

export async function countyCoverage(code: string, mode: Mode, openNow: boolean, suggestions = 3): Promise<CountyDetail | null> {
  const { index } = await getStationIndex();
  return state().engine.county(index, code, mode, openNow, new Date(), suggestions);
}
