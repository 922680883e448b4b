import 'server-only';
import type { ExplorerState, View } from '@/components/explorer/url-state';
import { isDbUnavailable } from '@/lib/db-errors';
import { toPublicAlert } from '@/lib/weather/public';
import { alertsAtPoint } from '@/lib/weather/queries';
import type { PublicAlert } from '@/lib/weather/vocab';
import { weatherPoint, withWeather } from './weather-state';

/**
 * The map page's alert, rendered on the server with the list it filters: the place asked for, else
 * the view, else the home region's centre. With the database away the page still renders, without one.
 */
export async function pageWeather(state: ExplorerState, home: View): Promise<{ alert: PublicAlert | null; state: ExplorerState }> {
  const at = weatherPoint(state, home)!;
  let alert: PublicAlert | null = null;
  try {
    const [first] = await alertsAtPoint(at.lat, at.lng);
    alert = first ? toPublicAlert(first) : null;
  } catch (error) {
    if (!isDbUnavailable(error)) throw error;
  }
  return { alert, state: withWeather(state, alert) };
}
