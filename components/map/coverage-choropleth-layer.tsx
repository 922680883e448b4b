'use client';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection } from 'geojson';
import type { Layer, PathOptions } from 'leaflet';
import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { formatShare } from '@/components/coverage/format';
import { shareColour } from '@/components/coverage/scale';
import type { DisplayCrs } from './display-crs';

type Props = {
  crs: DisplayCrs;
  shares: { code: string; name: string; share: number | null }[];
  selected: string | null;
  onSelect: (code: string) => void;
};

// The 99 county polygons (红谷滩区 has none) coloured by share covered. With a
// county selected the others fade and the selected one is outlined, so the
// covered cells drawn over it stay readable (its outline is CoverageOutline).
export function CoverageChoroplethLayer({ crs, shares, selected, onSelect }: Props) {
  const locale = useLocale();
  const [data, setData] = useState<FeatureCollection | null>(null);
  useEffect(() => {
    let alive = true;
    fetch('/geo/counties.json')
      .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
      .then((fc) => alive && setData(fc && crs === 'gcj02' ? (gcoord.transform(fc as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02) as unknown as FeatureCollection) : fc))
      .catch(() => undefined);
    return () => { alive = false; };
  }, [crs]);

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
