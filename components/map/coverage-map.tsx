'use client';
import 'leaflet/dist/leaflet.css';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import { JIANGXI_BOUNDS } from '@/components/explorer/url-state';
import { useRouter } from '@/i18n/navigation';
import { CoverageChoroplethLayer } from './coverage-choropleth-layer';
import { CoverageGridLayer, CoverageOutline, gridBounds } from './coverage-grid-layer';
import type { CoverageMapProps } from './coverage-map-loader';
import { CoverageSuggestionsLayer } from './coverage-suggestions-layer';
import { type DisplayCrs, toDisplay } from './display-crs';
import { mapMotionOptions, reducedMotion } from './motion';

type LatLngBox = [[number, number], [number, number]];

export default function CoverageMapView({ tiles, shares, county, query }: CoverageMapProps) {
  const t = useTranslations('coverage');
  const tm = useTranslations('map');
  const router = useRouter();
  const [tilesFailed, setTilesFailed] = useState(false);
  const crs = tiles.crs;
  const box: LatLngBox = county?.grid ? gridBounds(county.grid) : JIANGXI_BOUNDS;
  const select = (code: string) => {
    const q = new URLSearchParams(query);
    q.set('county', code);
    router.push(`/coverage?${q}`);
  };
  return (
    <div className="map-wrap">
      <MapContainer bounds={displayBox(crs, box)} className="map" minZoom={5} maxZoom={17} zoomSnap={0.5} {...mapMotionOptions()}
        ref={(m) => { m?.getContainer().setAttribute('aria-label', t('map.label')); m?.getContainer().setAttribute('role', 'region'); }}>
        {tiles.layers.map((layer) => (
          <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains ?? 'abc'} maxZoom={layer.maxZoom}
            attribution={tiles.attribution} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        ))}
        {/* Below the grid image (overlay pane, 400): neighbouring counties must not tint its cells. */}
        <Pane name="coverage-counties" style={{ zIndex: 350 }}>
          <CoverageChoroplethLayer crs={crs} shares={shares} selected={county?.code ?? null} onSelect={select} />
        </Pane>
        {county?.grid && <CoverageGridLayer crs={crs} grid={county.grid} alt={t('map.gridAlt', { name: county.name })} />}
        {county?.outline && <CoverageOutline crs={crs} outline={county.outline} />}
        {county && <CoverageSuggestionsLayer crs={crs} suggestions={county.suggestions} radiusM={county.radiusM} />}
        <FitBounds crs={crs} box={box} />
      </MapContainer>
      {tilesFailed && <p className="tiles-failed" role="status">{tm('tilesFailed')}</p>}
    </div>
  );
}

function displayBox(crs: DisplayCrs, [[s, w], [n, e]]: LatLngBox): LatLngBox {
  return [toDisplay(crs, s, w), toDisplay(crs, n, e)];
}

/** Moves the map when the selection changes (the map itself is kept across navigations). */
function FitBounds({ crs, box }: { crs: DisplayCrs; box: LatLngBox }) {
  const map = useMap();
  const [[s, w], [n, e]] = box;
  useEffect(() => {
    map.fitBounds(displayBox(crs, [[s, w], [n, e]]), { padding: [8, 8], animate: !reducedMotion() });
  }, [map, crs, s, w, n, e]);
  return null;
}
