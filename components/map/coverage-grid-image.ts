import { CELL_RGBA } from '@/components/coverage/scale';
import { decodeRuns } from '@/lib/coverage/payload';
import type { GridPayload } from '@/lib/coverage/types';

// The county grid as one image for an ImageOverlay: a few hundred thousand
// pixels drawn once, instead of thousands of vector shapes redrawn on every
// pan. The grid is regular in latitude but the map is Web Mercator, so each
// pixel row is filled from the grid row at its Mercator latitude; stretching
// rows evenly would misplace cells by up to ~150 m in a tall county.

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const fromMercY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** Pixel rows per grid row: enough that Mercator rounding stays under a third of a cell. */
const ROW_PIXELS = 3;

export function gridImageUrl(grid: GridPayload): string | null {
  const { cols, rows, north, dLat } = grid;
  const states = decodeRuns(grid.runs, cols * rows);
  const height = Math.min(8192, rows * ROW_PIXELS);
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const image = ctx.createImageData(cols, height);
  const top = mercY(north);
  const bottom = mercY(north - rows * dLat);
  for (let py = 0; py < height; py++) {
    const lat = fromMercY(top - ((py + 0.5) / height) * (top - bottom));
    const row = Math.min(rows - 1, Math.max(0, Math.floor((north - lat) / dLat)));
    for (let c = 0; c < cols; c++) image.data.set(CELL_RGBA[states[row * cols + c]!]!, (py * cols + c) * 4);
  }
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}
