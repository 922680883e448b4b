'use client';
import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { DisplayCrs } from './display-crs';

// County and prefecture outlines of Jiangxi, drawn from our own small GeoJSON
// files, so the map is never a blank grey box when tiles cannot load.

const LAYERS = [
  { url: '/geo/counties.json', style: { color: '#64748b', weight: 0.8, fill: false, className: 'boundary-county' } },
  { url: '/geo/prefectures.json', style: { color: '#334155', weight: 1.8, fillColor: '#f1f5f9', fillOpacity: 0.35, className: 'boundary-prefecture' } },
] as const;

export function BoundaryLayer({ crs }: { crs: DisplayCrs }) {
  const [data, setData] = useState<(FeatureCollection | null)[]>([null, null]);
  useEffect(() => {
    let alive = true;
    Promise.all(LAYERS.map((l) => fetch(l.url).then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null)).catch(() => null)))
      .then((layers) => alive && setData(layers.map((fc) => (fc && crs === 'gcj02' ? (gcoord.transform(fc as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02) as unknown as FeatureCollection) : fc))));
    return () => { alive = false; };
  }, [crs]);
  return (
    <>
      {LAYERS.map((l, i) => {
        const fc = data[i];
        return fc ? <GeoJSON key={l.url} data={fc} style={l.style} interactive={false} /> : null;
      })}
    </>
  );
}
