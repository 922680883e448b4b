'use client';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection } from 'geojson';
import { type Layer, type PathOptions, geoJSON } from 'leaflet';
import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import { formatShare } from '@/components/coverage/format';
import { shareColour } from '@/components/coverage/scale';
import type { DisplayCrs } from './display-crs';

type Props = {
  crs: DisplayCrs;
  shares: { code: string; name: string; share: number | null }[];
  selected: string | null;
  onSelect: (code: string) => void;
};

/** The drawing layer that holds the shares' areas: provinces of China, or the counties of one province. */
export function layerUrl(codes: readonly string[]): string | null {
  const first = codes[0];
  if (!first) return null;
  if (codes.every((c) => c.endsWith('0000'))) return '/geo/china/provinces.json';
  const province = `${first.slice(0, 2)}0000`;
  // Jiangxi keeps its seed layer.
  return province === '360000' ? '/geo/counties.json' : `/geo/china/${province}-counties.json`;
}

// The region's areas (the provinces of China, or the counties of a province or
// city; 红谷滩区 has no polygon) coloured by share covered. With a county
// selected the others fade and the selected one is outlined, so the covered
// cells drawn over it stay readable (its outline is CoverageOutline). Areas of
// the layer outside the region (the rest of a city's province) are not drawn.
export function CoverageChoroplethLayer({ crs, shares, selected, onSelect }: Props) {
  const locale = useLocale();
  const map = useMap();
  const [data, setData] = useState<FeatureCollection | null>(null);
  const url = layerUrl(shares.map((s) => s.code));
  const codes = shares.map((s) => s.code).join();
  useEffect(() => {
    let alive = true;
    if (!url) return;
    const mine = new Set(codes.split(','));
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
      .then((fc) => fc && { ...fc, features: fc.features.filter((f) => mine.has(String(f.properties?.code ?? ''))) })
      .then((fc) => alive && setData(fc && crs === 'gcj02' ? (gcoord.transform(fc as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02) as unknown as FeatureCollection) : fc))
      .catch(() => undefined);
    return () => { alive = false; };
  }, [crs, url, codes]);
  // The page's frame is Jiangxi's; any other region is framed once its areas are here.
  useEffect(() => {
    if (!data || selected || data.features.length === 0) return;
    const bounds = geoJSON(data).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8], animate: false });
  }, [data, selected, map]);

  const byCode = new Map(shares.map((s) => [s.code, s]));
  const style = (f?: Feature): PathOptions => {
    const code = String(f?.properties?.code ?? '');
    const share = byCode.get(code)?.share ?? null;
    if (selected) {
      return code === selected
        ? { stroke: false, fill: false }
        : { color: '#6b7280', weight: 0.6, fillColor: shareColour(share), fillOpacity: 0.25 };
    }
    return { color: '#374151', weight: 0.7, fillColor: shareColour(share), fillOpacity: 0.8 };
  };
  const onEach = (f: Feature, l: Layer) => {
    const code = String(f.properties?.code ?? '');
    const entry = byCode.get(code);
    // An element with textContent: names never go through innerHTML.
    const tip = document.createElement('span');
    tip.textContent = `${entry?.name ?? code}: ${formatShare(locale, entry?.share ?? null)}`;
    l.bindTooltip(tip, { sticky: true });
    l.on('click', () => onSelect(code));
  };
  if (!data) return null;
  // Leaflet keeps the first style, tooltips and handlers: a new key redraws with the new figures.
  const key = `${selected ?? ''}|${shares.map((s) => s.share?.toFixed(4)).join()}`;
  return <GeoJSON key={key} data={data} style={style} onEachFeature={onEach} pane="coverage-counties" />;
}
