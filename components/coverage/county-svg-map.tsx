import type { Position } from 'geojson';
import { useTranslations } from 'next-intl';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { decodeRuns } from '@/lib/coverage/payload';
import type { GridPayload, Suggestion } from '@/lib/coverage/types';
import { cellCss } from './scale';

type Props = { grid: GridPayload; outline: AreaGeometry | null; suggestions: readonly Suggestion[]; radiusM: number; cellM: number; title: string };

// A county map for print, drawn on the server as SVG in grid units (cells are
// square, so one unit is one cell): no tiles, no JavaScript, sharp on paper.
// Each cell state is one <path> of row runs, a few thousand runs at most.
export function CountySvgMap({ grid, outline, suggestions, radiusM, cellM, title }: Props) {
  const t = useTranslations('coverage');
  const x = (lng: number) => ((lng - grid.west) / grid.dLng).toFixed(2);
  const y = (lat: number) => ((grid.north - lat) / grid.dLat).toFixed(2);
  const paths = runPaths(grid);
  return (
    <svg className="county-svg-map" viewBox={`-2 -2 ${grid.cols + 4} ${grid.rows + 4}`} role="img" aria-labelledby="svg-map-title">
      <title id="svg-map-title">{title}</title>
      {[1, 2, 3].map((state) => <path key={state} d={paths[state]} fill={cellCss(state)} shapeRendering="crispEdges" />)}
      {outline && <path d={outlinePath(outline, x, y)} fill="none" stroke="#111827" strokeWidth={1.2} vectorEffect="non-scaling-stroke" />}
      {suggestions.map((s) => (
        <g key={s.rank}>
          <circle cx={x(s.lng)} cy={y(s.lat)} r={radiusM / cellM} fill="rgba(59,130,246,0.1)" stroke="#1d4ed8" strokeDasharray="3 2" vectorEffect="non-scaling-stroke" />
          <circle cx={x(s.lng)} cy={y(s.lat)} r={Math.max(grid.cols, grid.rows) / 50} fill="#1d4ed8" />
          <text x={x(s.lng)} y={y(s.lat)} dy="0.35em" textAnchor="middle" fontSize={Math.max(grid.cols, grid.rows) / 40} fill="#fff" aria-label={t('map.suggestionShort', { rank: s.rank })}>{s.rank}</text>
        </g>
      ))}
    </svg>
  );
}

function runPaths(grid: GridPayload): string[] {
  const states = decodeRuns(grid.runs, grid.cols * grid.rows);
  const out = ['', '', '', ''];
  for (let r = 0; r < grid.rows; r++) {
    let c = 0;
    while (c < grid.cols) {
      const s = states[r * grid.cols + c]!;
      let end = c + 1;
      while (end < grid.cols && states[r * grid.cols + end] === s) end++;
      if (s > 0) out[s] += `M${c} ${r}h${end - c}v1h${c - end}z`;
      c = end;
    }
  }
  return out;
}

function outlinePath(g: AreaGeometry, x: (lng: number) => string, y: (lat: number) => string): string {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ring = (pts: Position[]) => pts.map(([lng = 0, lat = 0], i) => `${i ? 'L' : 'M'}${x(lng)} ${y(lat)}`).join('') + 'z';
  return polygons.flatMap((rings) => rings.map(ring)).join('');
}
