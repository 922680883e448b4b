import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { careWords } from './load-words';
import { CareNearestLazy } from './care-nearest-lazy';

// The home page in care mode (关怀模式, lib/care/mode.ts showCareHome): no map unless asked ("显示地图"
// opens the map page, ?map=1), one big button for the nearest open station, then the nearest three.
// The words and the way to the map are server-rendered, there without JavaScript; only the button needs it.
// id="station-list": the header's skip link leads there, as on the map page.

export async function CareHome() {
  const locale = await getLocale();
  const w = await careWords(locale);
  return (
    <main className="care-page">
      <div className="care-home" id="station-list" tabIndex={-1}>
        <h1>{w.title}</h1>
        <p>{w.lead}</p>
        <CareNearestLazy w={w} />
        <noscript>
          <p>{w.noScript}</p>
        </noscript>
        <p className="care-map">
          <a className="button" href={`${getPathname({ href: '/', locale })}?map=1`}>
            <span aria-hidden="true">🗺 </span>{w.showMap}
          </a>
        </p>
      </div>
    </main>
  );
}
