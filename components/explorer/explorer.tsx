'use client';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { StationMap, type MapFocus } from '@/components/map';
import { StationList } from '@/components/stations/station-list';
import type { TileConfig } from '@/lib/map-tiles';
import type { Bbox } from '@/lib/stations/schema';
import type { SearchResult } from '@/lib/stations/search';
import type { NearestItem } from '@/lib/stations/station-index';
import { FilterForm } from './filter-form';
import { ListHeading } from './list-heading';
import { LocateButton } from './locate-button';
import { SearchBox } from './search-box';
import { StationPanel } from './station-panel';
import { parseState, toSearch, type ExplorerState, type HomeView } from './url-state';
import { useStationList } from './use-station-list';

type Props = { initialItems: NearestItem[]; initialResults: SearchResult[]; tiles: TileConfig; home: HomeView; mapPreview: ReactNode };

/** Changes the URL (the single source of truth) without a server round trip. */
function useNavigate() {
  return useCallback((patch: Partial<ExplorerState>, mode: 'push' | 'replace' = 'push') => {
    const next = { ...parseState(new URLSearchParams(window.location.search)), ...patch };
    const url = window.location.pathname + toSearch(next);
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);
}

export function Explorer({ initialItems, initialResults, tiles, home, mapPreview }: Props) {
  const t = useTranslations('list');
  const params = useSearchParams();
  const state = useMemo(() => parseState(params), [params]);
  const navigate = useNavigate();
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [sheetOpen, setSheetOpen] = useState(true);
  const list = useStationList(state.origin, bbox, state.filters, initialItems);
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
          state={state}
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
        <div className="sheet-body">
          <div className="finders">
            <SearchBox initial={initialResults} onPick={(r) => (r.type === 'station' ? select(r) : setOrigin(r.lat, r.lng, r.name))} />
            <LocateButton onLocated={(lat, lng) => setOrigin(lat, lng, null)} />
          </div>
          <FilterForm filters={state.filters} keep={keepParams(params)} onChange={(filters) => navigate({ filters })} />
          {state.selected ? (
            <StationPanel key={state.selected} id={state.selected} onClose={() => {
              setClosedId(state.selected);
              navigate({ selected: null });
            }} />
          ) : (
            <div id="station-list" tabIndex={-1}>
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
  for (const key of ['at', 'near', 'place', 'circle']) {
    const v = params.get(key);
    if (v) keep[key] = v;
  }
  return keep;
}
