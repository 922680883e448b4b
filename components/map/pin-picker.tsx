'use client';
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { TileConfig } from '@/lib/map-tiles';
import { BoundaryLayer } from './boundary-layer';
import { fromDisplay, toDisplay, type DisplayCrs } from './display-crs';
import { mapMotionOptions } from './motion';

// The station form's map: click to drop the pin, drag it to adjust. Points
// come in and go out in WGS-84; the map itself may draw in GCJ-02 (Amap).

export type PinPoint = { lat: number; lng: number };
export type PinPickerProps = {
  tiles: TileConfig;
  point: PinPoint | null;
  /** Where to look when there is no point yet. */
  start: PinPoint & { zoom: number };
  onPick: (p: PinPoint) => void;
  /** Bumped by the form to put the pin at the map's centre. */
  dropAtCentre: number;
  label: string;
  pinLabel: string;
};

const PIN = L.divIcon({ className: 'pin-marker', html: '<span aria-hidden="true"></span>', iconSize: [28, 40], iconAnchor: [14, 38] });

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function Behaviour({ crs, point, onPick, dropAtCentre }: { crs: DisplayCrs } & Pick<PinPickerProps, 'point' | 'onPick' | 'dropAtCentre'>) {
  const map = useMap();
  const pick = (lat: number, lng: number) => {
    const [y, x] = fromDisplay(crs, lat, lng);
    onPick({ lat: round6(y), lng: round6(x) });
  };
  useMapEvents({ click: (e) => pick(e.latlng.lat, e.latlng.lng) });
  const lastDrop = useRef(dropAtCentre);
  useEffect(() => {
    if (dropAtCentre === lastDrop.current) return;
    lastDrop.current = dropAtCentre;
    const c = map.getCenter();
    pick(c.lat, c.lng);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request drops the pin
  }, [dropAtCentre, map]);
  // A new point out of view, or seen from too far to place it to the metre,
  // brings the map to it at street level.
  useEffect(() => {
    if (!point) return;
    const at = L.latLng(toDisplay(crs, point.lat, point.lng));
    if (map.getZoom() < 12 || !map.getBounds().pad(-0.1).contains(at)) map.setView(at, Math.max(map.getZoom(), 15), { animate: false });
  }, [point, map, crs]);
  return null;
}

export default function PinPicker({ tiles, point, start, onPick, dropAtCentre, label, pinLabel }: PinPickerProps) {
  const crs = tiles.crs;
  const [initial] = useState(() => (point ? { ...point, zoom: 16 } : start));
  return (
    <MapContainer center={toDisplay(crs, initial.lat, initial.lng)} zoom={initial.zoom} className="pin-map" minZoom={5} maxZoom={18} {...mapMotionOptions()}
      ref={(m) => { m?.getContainer().setAttribute('aria-label', label); m?.getContainer().setAttribute('role', 'region'); }}>
      {tiles.layers.map((layer) => (
        <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains ?? 'abc'} maxZoom={layer.maxZoom} attribution={tiles.attribution} />
      ))}
      <BoundaryLayer crs={crs} />
      {point && (
        <Marker position={toDisplay(crs, point.lat, point.lng)} icon={PIN} draggable title={pinLabel} zIndexOffset={1000}
          eventHandlers={{ dragend: (e) => { const p = (e.target as L.Marker).getLatLng(); const [y, x] = fromDisplay(crs, p.lat, p.lng); onPick({ lat: round6(y), lng: round6(x) }); } }} />
      )}
      <Behaviour crs={crs} point={point} onPick={onPick} dropAtCentre={dropAtCentre} />
    </MapContainer>
  );
}
