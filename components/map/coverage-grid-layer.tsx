'use client';
import gcoord from 'gcoord';
import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { GeoJSON, ImageOverlay } from 'react-leaflet';
import type { GridPayload } from '@/lib/coverage/types';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { type DisplayCrs, toDisplay } from './display-crs';
import { gridImageUrl } from './coverage-grid-image';

/** [[south, west], [north, east]] of the grid, WGS-84. */
export function gridBounds(g: GridPayload): [[number, number], [number, number]] {
  return [[g.north - g.rows * g.dLat, g.west], [g.north, g.west + g.cols * g.dLng]];
}

// The union of the 15-minute areas in one county, as its covered grid cells,
// with the cells nobody reaches and the largest gap.
export function CoverageGridLayer({ crs, grid, alt }: { crs: DisplayCrs; grid: GridPayload; alt: string }) {
  const url = useMemo(() => gridImageUrl(grid), [grid]);
  if (!url) return null;
  const [[s, w], [n, e]] = gridBounds(grid);
  // On GCJ-02 tiles the county shifts by a few hundred metres, nearly uniformly: moving the corners is enough.
  const bounds: [[number, number], [number, number]] = [toDisplay(crs, s, w), toDisplay(crs, n, e)];
  return <ImageOverlay url={url} bounds={bounds} className="coverage-grid" alt={alt} opacity={1} zIndex={250} />;
}

/** The selected county's boundary, above the cells. */
export function CoverageOutline({ crs, outline }: { crs: DisplayCrs; outline: AreaGeometry }) {
  const data = useMemo(
    () => (crs === 'gcj02' ? (gcoord.transform(outline as Parameters<typeof gcoord.transform>[0], gcoord.WGS84, gcoord.GCJ02) as unknown as Geometry) : outline),
    [crs, outline],
  );
  return <GeoJSON key={crs} data={data} interactive={false} style={{ color: '#111827', weight: 2.5, fill: false }} />;
}
