import { connection } from 'next/server';
import { CareHome } from '@/components/care/care-home';
import { Explorer } from '@/components/explorer/explorer';
import { homeRegion, toHomeView } from '@/components/explorer/home-region';
import { initialList } from '@/components/explorer/initial-list';
import { MapPreview } from '@/components/explorer/map-preview';
import { mapPreview } from '@/components/explorer/map-preview-data';
import { parseState, pointsAtPlace } from '@/components/explorer/url-state';
import { showCareHome } from '@/lib/care/mode';
import { careMode } from '@/lib/care/server';
import { pageWeather } from '@/components/weather/page-weather';
import { env } from '@/lib/env';
import { tileConfig } from '@/lib/map-tiles';
import { getStationIndex } from '@/lib/stations/index-store';
import { searchPlaces } from '@/lib/stations/search';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Repeated parameters (checkbox groups from the no-JavaScript form) become comma lists. */
function toParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (v !== undefined) p.set(k, Array.isArray(v) ? v.join(',') : v);
  return p;
}

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const params = toParams(await searchParams);
  // Care mode (关怀模式): a simple first screen, no map unless asked (components/care).
  if (showCareHome(await careMode(), params)) return <CareHome />;
  const state = parseState(params);
  const [{ index, clusters }, region] = await Promise.all([getStationIndex(), homeRegion()]);
  const home = toHomeView(region);
  // Under a heat or cold alert the list and the map keep to the stations that help (components/weather).
  const weather = await pageWeather(state, home.view);
  const now = new Date();
  const items = initialList(index, weather.state, home.view, now);
  // Only where the phone would show it: a link to a place opens the live map at once.
  const preview = pointsAtPlace(state) ? null : <MapPreview data={await mapPreview(clusters, weather.state, region, now)} />;
  const q = params.get('q')?.trim().slice(0, 60);
  const results = q ? searchPlaces(index, q) : [];
  return (
    <main className="home">
      {/* No Suspense here: a streamed boundary stays hidden without JavaScript. */}
      <Explorer initialItems={items} initialResults={results} tiles={tileConfig(env.MAP_TILES, env.TIANDITU_KEY)} home={home} mapPreview={preview} weather={weather.alert} />
    </main>
  );
}
