'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { StationMap, type MapFocus } from '@/components/map';
import { SavedSwitch } from '@/components/favourites/saved-switch';
import { StationList } from '@/components/stations/station-list';
import { useWeather, type WeatherMode } from '@/components/weather/use-weather';
import { WeatherBanner } from '@/components/weather/weather-banner';
import type { TileConfig } from '@/lib/map-tiles';
import type { Bbox } from '@/lib/stations/schema';
import type { SearchResult } from '@/lib/stations/search';
import type { NearestItem } from '@/lib/stations/station-index';
import { FilterForm } from './filter-form';
import { ListHeading } from './list-heading';
import { LocateButton } from './locate-button';
import { SearchBox } from './search-box';
import { parseState, toSearch, type ExplorerState, type HomeView } from './url-state';
import { useRevealList } from './use-reveal-list';
import { useStationList } from './use-station-list';

// The panel (details, confirmations, photos, reviews, the report form) only shows once a station is picked:
// its code loads then, not with the page (the first-load budget, e2e/budget.spec.ts).
const StationPanel = dynamic(() => import('./station-panel').then((m) => m.StationPanel), { ssr: false });

type Props = { initialItems: NearestItem[]; initialResults: SearchResult[]; tiles: TileConfig; home: HomeView; mapPreview: ReactNode; weather?: WeatherMode['alert'] };

/** Changes the URL (the single source of truth) without a server round trip. */
function useNavigate() {
  return useCallback((patch: Partial<ExplorerState>, mode: 'push' | 'replace' = 'push') => {
    const next = { ...parseState(new URLSearchParams(window.location.search)), ...patch };
    const url = window.location.pathname + toSearch(next);
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);
}

export function Explorer({ initialItems, initialResults, tiles, home, mapPreview, weather: initialWeather = null }: Props) {
  const t = useTranslations('list');
  const params = useSearchParams();
  const state = useMemo(() => parseState(params), [params]);
  const navigate = useNavigate();
  const [bbox, setBbox] = useState<Bbox | null>(null);
  // Under a heat or cold alert the list and the map draw from weather.state (components/weather).
  const weather = useWeather(state, bbox, initialWeather);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [sheetOpen, setSheetOpen] = useState(true);
  // "只看收藏": kept while a station's panel is open, so closing it returns to the saved stations.
  const [savedOnly, setSavedOnly] = useState(false);
  const list = useStationList(state.origin, bbox, weather.state.filters, initialItems);
  // After "locate me" the nearest stations come into view, not the search box and filters above them.
  const revealAfterLocate = useRevealList(state.origin, list, sheetOpen, setSheetOpen);
  const [closedId, setClosedId] = useState<string | null>(null);
  useReturnFocus(closedId, state.selected === null, () => setClosedId(null));

  // Stable, so the memoised list does not re-render when only the sheet or the status changes.
  const select = useCallback((item: { id: string; lat: number; lng: number }) => {
    navigate({ selected: item.id });
    setFocus({ lat: item.lat, lng: item.lng, zoom: 16, key: Date.now() });
  }, [navigate]);
  const setOrigin = (lat: number, lng: number, place: string | null) => {
    navigate({ origin: { lat, lng, place }, selected: null });
    setFocus({ lat, lng, zoom: 14, key: Date.now() });
  };

  return (
    <div className={`explorer ${sheetOpen ? 'sheet-open' : 'sheet-closed'}`}>
      <div className="map-pane">
        <StationMap
          tiles={tiles}
          home={home}
          preview={mapPreview}
          state={weather.state}
          focus={focus}
          onView={(view, b, initial) => {
            setBbox(b);
            if (!initial) navigate({ view }, 'replace');
          }}
          onSelect={select}
          onCircle={(circle) => navigate({ circle }, 'replace')}
        />
      </div>
      <section className="sheet" aria-labelledby="sheet-heading">
        <button type="button" className="sheet-toggle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
          {sheetOpen ? t('hideList') : t('showList')}
        </button>
        <WeatherBanner weather={weather} onToggle={(weatherOff) => navigate({ weatherOff })} />
        <div className="sheet-body">
          <div className="finders">
            <SearchBox initial={initialResults} onPick={(r) => (r.type === 'station' ? select(r) : setOrigin(r.lat, r.lng, r.name))} />
            <LocateButton onLocated={(lat, lng) => {
              revealAfterLocate({ lat, lng });
              setOrigin(lat, lng, null);
            }} />
          </div>
          <FilterForm filters={state.filters} keep={keepParams(params)} onChange={(filters) => navigate({ filters })} />
          {state.selected ? (
            <StationPanel key={state.selected} id={state.selected} onClose={() => {
              setClosedId(state.selected);
              navigate({ selected: null });
            }} />
          ) : (
            <div id="station-list" tabIndex={-1}>
              <SavedSwitch on={savedOnly} onChange={setSavedOnly} origin={state.origin} bbox={bbox} home={home.view} onSelect={select}>
                <ListHeading origin={state.origin} count={list.items.length} onClear={() => navigate({ origin: null })} />
                {list.status === 'error' && (
                  <p role="alert">
                    {t('error')} <button type="button" onClick={list.retry}>{t('retry')}</button>
                  </p>
                )}
                <p className="visually-hidden" aria-live="polite">{list.status === 'loading' ? t('loading') : ''}</p>
                {list.items.length === 0 && list.status === 'idle' ? <p>{t('empty')}</p> : null}
                <StationList items={list.items} selectedId={state.selected} onSelect={select} />
                <p className="assumptions">{t('assumptions')}</p>
              </SavedSwitch>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}

/**
 * Closing the panel removes the focused element; without this a keyboard user would be thrown back to the top of
 * the page. Focus goes to the closed station's entry in the list, or to the list itself when it is not listed.
 */
function useReturnFocus(closedId: string | null, listShown: boolean, done: () => void) {
  useEffect(() => {
    if (!closedId || !listShown) return;
    const list = document.getElementById('station-list');
    const entry = [...(list?.querySelectorAll<HTMLAnchorElement>('a.station-link') ?? [])]
      .find((a) => a.pathname.endsWith(`/stations/${encodeURIComponent(closedId)}`));
    (entry ?? list)?.focus();
    done();
  }, [closedId, listShown, done]);
}

/** What a no-JavaScript filter submit must carry over: the view and the place. */
function keepParams(params: URLSearchParams | { get(k: string): string | null }): Record<string, string> {
  const keep: Record<string, string> = {};
  for (const key of ['at', 'near', 'place', 'circle', 'weather']) {
    const v = params.get(key);
    if (v) keep[key] = v;
  }
  return keep;
}
