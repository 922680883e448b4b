import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { hoursState } from '@/lib/hours';
import { ClusterCache } from './clusters';
import { StationIndex, type HoursOracle } from './station-index';
import { StationSearch } from './station-search';

// One in-memory index per process. It is rebuilt when the shared data version
// in the database changes, so every app instance sees writes made by another
// within INDEX_REFRESH_MS; readers keep the old index while a new one builds,
// and while the database is down (the map keeps working on its last copy).

export type Loaded = { index: StationIndex; clusters: ClusterCache; version: string };

const oracle: HoursOracle = {
  openNow: (h, now) => hoursState(h, now).openNow,
  is24x7: (h) => hoursState(h, new Date()).is24x7,
};

type State = { current?: Loaded; building?: Promise<Loaded>; refreshing?: Promise<Loaded>; checkedAt: number; failing?: boolean };
const g = globalThis as unknown as { yizhanIndex?: State };
const state: State = (g.yizhanIndex ??= { checkedAt: 0 });

export async function dataVersion(): Promise<string> {
  const row = await db.appState.findUnique({ where: { key: 'dataVersion' } });
  return row?.value ?? '0';
}

async function build(version: string): Promise<Loaded> {
  const rows = await db.station.findMany({
    where: { archivedAt: null },
    select: {
      id: true, name: true, kind: true, status: true, lat: true, lng: true,
      address: true, countyCode: true, amenities: true, openingHours: true,
    },
    orderBy: { id: 'asc' },
  });
  // Pinyin keys in slices between requests, reusing the last index's for unchanged names.
  const search = await StationSearch.build(rows.map((r) => r.name), state.current?.index.search);
  const index = new StationIndex(rows, oracle, search);
  const clusters = new ClusterCache(index);
  // Build the map's default clustering before the swap, so no request waits for it.
  clusters.warm(new Date());
  return { index, clusters, version };
}

function rebuild(version: string): Promise<Loaded> {
  state.building ??= build(version)
    .then((loaded) => (state.current = loaded))
    .finally(() => (state.building = undefined));
  return state.building;
}

function refresh(): Promise<Loaded> {
  state.refreshing ??= dataVersion()
    .then((version) => (state.current?.version === version ? state.current : rebuild(version)))
    .finally(() => (state.refreshing = undefined));
  return state.refreshing;
}

// Logged once per outage, not at every check.
function noteRefresh(error?: unknown): void {
  if (error && !state.failing) console.warn(`station index: refresh failed, serving the copy in memory: ${String(error).split('\n').at(-1)}`);
  else if (!error && state.failing) console.warn('station index: refreshed again');
  state.failing = !!error;
}

export async function getStationIndex(): Promise<Loaded> {
  const now = Date.now();
  if (state.current && now - state.checkedAt < env.INDEX_REFRESH_MS) return state.current;
  state.checkedAt = now;
  // Only the first load waits; after it, checks and rebuilds run behind the
  // requests, which a failed check (database down) leaves untouched.
  if (!state.current) return refresh();
  refresh().then(() => noteRefresh(), noteRefresh);
  return state.current;
}
