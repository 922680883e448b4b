'use client';
import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import { needsShapes, planLayers, provincesInView, type HomeArea, type LayerKind, type ProvinceShape } from './boundary-plan';
import { bboxFromDisplay, type DisplayCrs } from './display-crs';

// Province, city and county outlines, drawn from our own small GeoJSON files, so the map is never a
// blank grey box when tiles cannot load; which files, boundary-plan.ts decides for each view.

const STYLES: Record<LayerKind, object> = {
  county: { color: '#64748b', weight: 0.8, fill: false, className: 'boundary-county' },
  city: { color: '#334155', weight: 1.8, fillColor: '#f1f5f9', fillOpacity: 0.35, className: 'boundary-prefecture' },
  province: { color: '#334155', weight: 1.8, fillColor: '#f1f5f9', fillOpacity: 0.35, className: 'boundary-province' },
};
/** Layers kept in memory: a province's two, for a few provinces visited. */
const KEPT_LAYERS = 12;

/** The visible box and zoom, and whether the map has left the view it opened on. */
function useView(crs: DisplayCrs) {
  const map = useMap();
  const read = () => {
    const b = map.getBounds();
    const c = map.getCenter();
    return { box: bboxFromDisplay(crs, b.getSouth(), b.getWest(), b.getNorth(), b.getEast()), zoom: map.getZoom(), at: `${c.lat.toFixed(6)},${c.lng.toFixed(6)}` };
  };
  const [first] = useState(read);
  const [view, setView] = useState(first);
  useMapEvents({ moveend: () => setView(read()) });
  return { ...view, moved: view.zoom !== first.zoom || view.at !== first.at };
}

/** The rough province outlines, asked for once, when `wanted` first turns true. */
function useShapes(wanted: boolean): ProvinceShape[] | null {
  const [shapes, setShapes] = useState<ProvinceShape[] | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!wanted || asked.current) return;
    asked.current = true;
    fetch('/api/divisions/provinces')
      .then((r) => (r.ok ? (r.json() as Promise<{ provinces: ProvinceShape[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => setShapes(body.provinces))
      .catch(() => { asked.current = false; });
  }, [wanted]);
  return shapes;
}

/** The layers by URL, fetched as first wanted; the oldest unwanted ones are dropped past KEPT_LAYERS. */
function useLayers(urls: readonly string[], crs: DisplayCrs): Map<string, FeatureCollection> {
  const [layers, setLayers] = useState(() => new Map<string, FeatureCollection>());
  const pending = useRef(new Set<string>());
  const key = urls.join(' ');
  useEffect(() => {
    for (const url of key.split(' ').filter(Boolean)) {
      if (layers.has(url) || pending.current.has(url)) continue;
      pending.current.add(url);
      fetch(url)
        .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
        .catch(() => null)
        .then((fc) => {
          pending.current.delete(url);
          if (!fc) return;
          const shown = crs === 'gcj02' ? (gcoord.transform(fc as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02) as unknown as FeatureCollection) : fc;
          setLayers((old) => {
            const next = new Map(old).set(url, shown);
            const wanted = new Set(key.split(' '));
            for (const k of next.keys()) if (next.size > KEPT_LAYERS && !wanted.has(k)) next.delete(k);
            return next;
          });
        });
    }
  }, [key, crs, layers]);
  return layers;
}

/** `home`: the region the map opened on, whose province is drawn before the province outlines arrive. */
export function BoundaryLayer({ crs, home = null }: { crs: DisplayCrs; home?: HomeArea | null }) {
  const { box, zoom, moved } = useView(crs);
  const atHome = provincesInView(box, zoom, null, home);
  const shapes = useShapes(needsShapes(zoom, moved, atHome));
  const provinces = shapes ? provincesInView(box, zoom, shapes, home) : atHome;
  const plan = planLayers(zoom, provinces, !moved && atHome.length > 0);
  const layers = useLayers(plan.map((l) => l.url), crs);
  return (
    <>
      {plan.map((l) => {
        const fc = layers.get(l.url);
        return fc ? <GeoJSON key={`${l.url}:${crs}`} data={fc} style={STYLES[l.kind]} interactive={false} /> : null;
      })}
    </>
  );
}
