import { inflateSync } from 'node:zlib';

// Just enough PNG reading for the share card's tests (and the Playwright check of its size): the
// header, and the pixels of the 8-bit, non-interlaced grey / RGB / RGBA images next/og writes
// (resvg or sharp). Anything else throws rather than being misread.

const SIGNATURE = '89504e470d0a1a0a';

export type PngSize = { width: number; height: number };
export type Pixels = PngSize & { channels: number; data: Uint8Array };

/** The size in the IHDR chunk, which a PNG must start with. */
export function pngSize(png: Uint8Array): PngSize {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || b.toString('hex', 0, 8) !== SIGNATURE || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undo the per-row filters (PNG spec §9) in place, row by row. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const at = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[at + x - bpp]! : 0, b = y > 0 ? out[at - stride + x]! : 0, c = x >= bpp && y > 0 ? out[at - stride + x - bpp]! : 0;
      const predictor = type === 0 ? 0 : type === 1 ? a : type === 2 ? b : type === 3 ? (a + b) >> 1 : type === 4 ? paeth(a, b, c) : NaN;
      if (Number.isNaN(predictor)) throw new Error(`PNG: unknown filter ${type}`);
      out[at + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Uint8Array): Pixels {
  const { width, height } = pngSize(png);
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const depth = b[24]!, color = b[25]!, interlace = b[28]!;
  const channels = CHANNELS[color];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`PNG: unsupported depth ${depth}, colour type ${color}, interlace ${interlace}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at), type = b.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return { width, height, channels, data: unfilter(inflateSync(Buffer.concat(idat)), width, height, channels) };
}
