import type { MapPreviewData } from '@/lib/geo/preview';

/**
 * The province overview as plain SVG from the server: city outlines and the station clusters of the opening
 * view. Costs the phone no script; the live map replaces it (components/map/index.tsx). Decorative for screen
 * readers: the list beside it names the same stations.
 */
export function MapPreview({ data }: { data: MapPreviewData }) {
  return (
    <svg className="map-preview-picture" viewBox={`0 0 ${data.width} ${data.height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <path className="preview-outline" d={data.outlines} />
      {data.clusters.map((c, i) => (
        <g key={i} className={c.label ? 'preview-cluster' : 'preview-station'}>
          <circle cx={c.x} cy={c.y} r={c.r} />
          {c.label && <text x={c.x} y={c.y} dy="0.35em" textAnchor="middle">{c.label}</text>}
        </g>
      ))}
    </svg>
  );
}
