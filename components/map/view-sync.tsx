'use client';
import { useEffect, useEffectEvent } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { View } from '@/components/explorer/url-state';
import type { Bbox } from '@/lib/stations/schema';
import { bboxFromDisplay, fromDisplay, toDisplay, type DisplayCrs } from './display-crs';
import type { MapFocus } from './index';
import { reducedMotion } from './motion';

type Props = { crs: DisplayCrs; view: View | null; focus: MapFocus | null; onView: (v: View, b: Bbox, initial: boolean) => void };

// Keeps the map and the URL in step: moves are reported (and written to the
// URL by the page); a URL that changes by itself (back button) moves the map.
export function ViewSync({ crs, view, focus, onView }: Props) {
  const map = useMap();
  const report = (initial = false) => {
    const c = map.getCenter();
    const [lat, lng] = fromDisplay(crs, c.lat, c.lng);
    const b = map.getBounds();
    onView({ lat, lng, zoom: map.getZoom() }, bboxFromDisplay(crs, b.getSouth(), b.getWest(), b.getNorth(), b.getEast()), initial);
  };
  const reportOnce = useEffectEvent(report);
  useMapEvents({ moveend: () => report() });
  useEffect(() => {
    // The first report gives the page the visible box; it does not rewrite the
    // URL, which would race a link the user is already following.
    map.whenReady(() => reportOnce(true));
  }, [map]);

  useEffect(() => {
    if (focus) map.setView(toDisplay(crs, focus.lat, focus.lng), Math.max(focus.zoom, map.getZoom()), { animate: !reducedMotion() });
  }, [focus, map, crs]);

  useEffect(() => {
    if (!view) return;
    const c = map.getCenter();
    const [lat, lng] = fromDisplay(crs, c.lat, c.lng);
    const moved = Math.abs(lat - view.lat) > 1e-4 || Math.abs(lng - view.lng) > 1e-4 || map.getZoom() !== view.zoom;
    if (moved) map.setView(toDisplay(crs, view.lat, view.lng), view.zoom, { animate: !reducedMotion() });
  }, [view, map, crs]);
  return null;
}
