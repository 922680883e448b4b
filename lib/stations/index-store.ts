import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { hoursState } from '@/lib/hours';
import { LOCK_VERSION_KEY, lockedStationIds } from '@/lib/confirmations/locks';
import { ClusterCache } from './clusters';
import { StationIndex, type HoursOracle } from './station-index';
import { StationSearch } from './station-search';

// One in-memory index per process. It is rebuilt when the shared data version
// in the database changes, so every app instance sees writes made by another
// within INDEX_REFRESH_MS; readers keep the old index while a new one builds,
// and while the database is down (the map keeps working on its last copy).

export type Loaded = { index: StationIndex; clusters: ClusterCache; version: string; lockVersion: string };

const oracle: HoursOracle = {
  openNow: (h, now) => hoursState(h, now).openNow,
  is24x7: (h) => hoursState(h, new Date()).is24x7,
};

type State = { current?: Loaded; building?: Promise<Loaded>; refreshing?: Promise<Loaded>; checkedAt: number; failing?: boolean };
const g = globalThis as unknown as { yizhanIndex?: State };
const state: State = (g.yizhanIndex ??= { checkedAt: 0 });

export async function dataVersion(): Promise<string> {
  return (await versions()).data;
}

/** The stations' data version and the worker-reported locks' (lib/confirmations bumps it), in one read. */
async function versions(): Promise<{ data: string; locks: string }> {
  const rows = await db.appState.findMany({ where: { key: { in: ['dataVersion', LOCK_VERSION_KEY] } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? '0';
  return { data: value('dataVersion'), locks: value(LOCK_VERSION_KEY) };
}

async function applyLocks(index: StationIndex, lockVersion: string): Promise<void> {
  index.setLocks(await lockedStationIds(), lockVersion);
}

async function build({ data: version, locks: lockVersion }: { data: string; locks: string }): Promise<Loaded> {
  const rows = await db.station.findMany({
    where: { archivedAt: null },
    select: {
      id: true, name: true, kind: true, status: true, lat: true, lng: true,
      address: true, countyCode: true, amenities: true, openingHours: true, entry: true, services: true,
    },
    orderBy: { id: 'asc' },
  });
  // Pinyin keys in slices between requests, reusing the last index's for unchanged names.
  const search = await StationSearch.build(rows.map((r) => r.name), state.current?.index.search);
  const index = new StationIndex(rows, oracle, search);
  await applyLocks(index, lockVersion);
  const clusters = new ClusterCache(index);
  // Build the map's default clustering before the swap, so no request waits for it.
  clusters.warm(new Date());
  return { index, clusters, version, lockVersion };
}

function rebuild(version: { data: string; locks: string }): Promise<Loaded> {
  state.building ??= build(version)
    .then((loaded) => (state.current = loaded))
    .finally(() => (state.building = undefined));
  return state.building;
}

function refresh(): Promise<Loaded> {
  state.refreshing ??= versions()
    .then(async (v) => {
      const current = state.current;
      if (current?.version !== v.data) return rebuild(v);
      // Only the locks moved: a few rows, applied to the index in place.
      if (current.lockVersion !== v.locks) {
        await applyLocks(current.index, v.locks);
        current.lockVersion = v.locks;
      }
      return current;
    })
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
