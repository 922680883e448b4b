import { inflateSync } from 'node:zlib';

// Which characters a WOFF (1.0) font draws, read from its cmap table. The
// share card needs the truth, not the unicode-range a font's CSS declares:
// @fontsource/noto-sans-sc's unicode.json declares 2,296 code points its
// files have no glyph for, and a character no font draws makes next/og fetch
// a font from Google over the network (see lib/share-card/fonts.ts).

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_BYTES = 44;
const DIR_ENTRY_BYTES = 20;

/** The cmap table, uncompressed; null when the font has none. */
function cmapTable(font: Buffer): Buffer | null {
  if (font.length < HEADER_BYTES || font.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const tables = font.readUInt16BE(12);
  for (let i = 0; i < tables; i++) {
    const at = HEADER_BYTES + i * DIR_ENTRY_BYTES;
    if (font.toString('latin1', at, at + 4) !== 'cmap') continue;
    const offset = font.readUInt32BE(at + 4), compressed = font.readUInt32BE(at + 8), original = font.readUInt32BE(at + 12);
    const raw = font.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(raw) : raw;
  }
  return null;
}

/** Format 4 (the Basic Multilingual Plane in segments); 0xFFFF is the format's end marker, not a character. */
function format4(t: Buffer, at: number, into: Set<number>): void {
  const segments = t.readUInt16BE(at + 6) / 2;
  const ends = at + 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2, rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = t.readUInt16BE(ends + s * 2), start = t.readUInt16BE(starts + s * 2);
    const delta = t.readUInt16BE(deltas + s * 2), rangeOffset = t.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      // A code point mapped to glyph 0 (.notdef) is not drawn.
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = t.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(c);
    }
  }
}

/** Format 12 (all planes, in groups of consecutive code points). */
function format12(t: Buffer, at: number, into: Set<number>): void {
  const groups = t.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const start = t.readUInt32BE(at + 16 + g * 12), end = t.readUInt32BE(at + 20 + g * 12), glyph = t.readUInt32BE(at + 24 + g * 12);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) into.add(c);
  }
}

/** The code points the font maps to a glyph (from its Unicode subtables, formats 4 and 12). */
export function woffCodePoints(font: Buffer): Set<number> {
  const t = cmapTable(font);
  const into = new Set<number>();
  if (!t) return into;
  const subtables = t.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const platform = t.readUInt16BE(4 + i * 8);
    const at = t.readUInt32BE(8 + i * 8);
    if (platform !== 0 && platform !== 3) continue;
    const format = t.readUInt16BE(at);
    if (format === 4) format4(t, at, into);
    else if (format === 12) format12(t, at, into);
  }
  return into;
}
