// Colour classes of the choropleth and of the county grid, shared by the map
// (client) and the legend (server). A single-hue sequential scale (light = low
// coverage) reads in greyscale print and for colour-blind readers; the classes
// are unequal because walking coverage is small almost everywhere outside the
// city districts, and equal fifths would paint 90 of 100 counties one colour.

export const SHARE_BREAKS = [0.05, 0.1, 0.25, 0.5, 0.75] as const;
export const SHARE_COLOURS = ['#f7fcf5', '#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'] as const;
export const NO_DATA_COLOUR = '#d1d5db';

export function shareClass(share: number | null): number {
  if (share === null) return -1;
  const k = SHARE_BREAKS.findIndex((b) => share < b);
  return k < 0 ? SHARE_BREAKS.length : k;
}

export function shareColour(share: number | null): string {
  const k = shareClass(share);
  return k < 0 ? NO_DATA_COLOUR : SHARE_COLOURS[k]!;
}

/** [from, to) of each class as fractions, for the legend. */
export function shareClasses(): { colour: string; from: number; to: number }[] {
  const edges = [0, ...SHARE_BREAKS, 1];
  return SHARE_COLOURS.map((colour, k) => ({ colour, from: edges[k]!, to: edges[k + 1]! }));
}

/** Cell colours of the county grid as [r, g, b, alpha 0–255], by cell state (0 outside … 3 gap). */
export const CELL_RGBA: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 0, 0],
  [251, 146, 60, 60], // not covered: light orange
  [22, 163, 74, 150], // covered: green
  [220, 38, 38, 115], // the largest gap: red
];

export const cellCss = (state: number) => {
  const [r, g, b, a] = CELL_RGBA[state]!;
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
};
