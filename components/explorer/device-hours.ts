import { plainHoursAt, type HoursAt } from '@/lib/stations/offline-nearest';

// Offline, "open now" and "24 hours" are told on the phone from the kept stations' opening hours
// (lib/stations/offline-nearest.ts) with lib/hours.ts, the server's own reading. Its opening_hours library
// is ~110 KB gzip: far too much for the map's first load (e2e/budget.spec.ts), which needs it only offline.
// So it is a chunk of its own, fetched once when the phone is idle after the network answered a list:
// the service worker keeps script chunks (lib/pwa/sw.ts), so it is there when the network is gone.

type Hours = typeof import('@/lib/hours');

let loading: Promise<Hours> | null = null;

function load(): Promise<Hours> {
  loading ??= import('@/lib/hours').catch((err: unknown) => {
    loading = null; // not fetched (offline before it ever was): try again next time
    throw err;
  });
  return loading;
}

/** A metered phone that asks for less data (Save-Data) does without: offline it tells only "24/7". */
function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** Fetches the library while the network is there, when the phone has nothing else to do. */
export function warmDeviceHours(): void {
  if (loading || typeof window === 'undefined' || savesData()) return;
  const fetchIt = () => void load().catch(() => undefined);
  // Safari (and so WeChat on iPhones) has no requestIdleCallback.
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fetchIt, { timeout: 10_000 });
  else window.setTimeout(fetchIt, 2_000);
}

/**
 * Opening hours told at `now` on this device. Only "24/7" when the library cannot be had in 3 s
 * (never fetched and no network): a worker offline waits no longer for the list.
 */
export async function deviceHoursAt(now: Date): Promise<HoursAt> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 3_000);
  });
  try {
    const { hoursState } = await Promise.race([load(), timeout]);
    return (h) => hoursState(h, now);
  } catch {
    return plainHoursAt;
  } finally {
    clearTimeout(timer);
  }
}
