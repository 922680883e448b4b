// Is this upload really a JPEG, PNG or WebP picture, and how big is it? Parses
// the container structure itself (no image library is installed): every PNG
// chunk with its CRC, the JPEG segments up to the scan and its end marker, the
// WebP RIFF chunks and frame header. Anything malformed, truncated or of absurd
// dimensions is refused. Pure, so it is unit-tested beside this file.

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export type ImageInfo = { mime: ImageType; width: number; height: number };

export const MAX_SIDE = 16_383; // WebP's own limit; far above any phone camera's
export const MAX_PIXELS = 100_000_000;

const sane = (w: number, h: number) => w >= 1 && h >= 1 && w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_PIXELS;

export function inspectImage(b: Uint8Array): ImageInfo | null {
  const info = isPng(b) ? png(b) : isJpeg(b) ? jpeg(b) : isWebp(b) ? webp(b) : null;
  return info && sane(info.width, info.height) ? info : null;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32le = (b: Uint8Array, i: number) => (u24le(b, i) | (b[i + 3]! << 24)) >>> 0;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

// ---- PNG ----------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => b.length >= 8 && PNG_SIGNATURE.every((x, i) => b[i] === x);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Valid IHDR bit depths for each colour type. */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function png(b: Uint8Array): ImageInfo | null {
  let at = 8;
  let header: { width: number; height: number } | null = null;
  let sawData = false;
  while (at + 12 <= b.length) {
    const len = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (len > b.length - at - 12) return null;
    if (crc32(b.subarray(at + 4, at + 8 + len)) !== u32be(b, at + 8 + len)) return null;
    if (header === null) {
      if (type !== 'IHDR' || len !== 13) return null;
      const [depth, colour, compression, filter, interlace] = b.subarray(at + 16, at + 21);
      if (!PNG_DEPTHS[colour!]?.includes(depth!) || compression !== 0 || filter !== 0 || interlace! > 1) return null;
      header = { width: u32be(b, at + 8), height: u32be(b, at + 12) };
    } else if (type === 'IDAT') {
      sawData = true;
    } else if (type === 'IEND') {
      return sawData ? { mime: 'image/png', ...header } : null;
    }
    at += len + 12;
  }
  return null; // truncated: no IEND
}

// ---- JPEG ---------------------------------------------------------------

const isJpeg = (b: Uint8Array) => b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
/** Start-of-frame markers (baseline, progressive, lossless…), which carry the size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(b: Uint8Array): ImageInfo | null {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; } // no length
    if (marker === 0xd8 || marker === 0xd9) return null; // a second start, or an end before any scan
    const len = u16be(b, at + 2);
    if (len < 2 || at + 2 + len > b.length) return null;
    if (SOF.has(marker)) {
      const components = b[at + 9];
      if (len < 8 || len !== 8 + 3 * (components ?? 0) || !components || components > 4) return null;
      size = { width: u16be(b, at + 7), height: u16be(b, at + 5) };
    }
    if (marker === 0xda) {
      // Entropy-coded data follows; the picture must end with EOI after it.
      if (!size) return null;
      return hasEndMarker(b, at + 2 + len) ? { mime: 'image/jpeg', ...size } : null;
    }
    at += 2 + len;
  }
  return null;
}

/**
 * EOI (FF D9) somewhere after the scan header. Inside entropy-coded data FF is
 * only followed by 00 or a restart marker, so this is a real end; what cameras
 * append after it (thumbnails, maker trailers) is allowed.
 */
function hasEndMarker(b: Uint8Array, from: number): boolean {
  for (let i = b.length - 2; i >= from; i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
  }
  return false;
}

// ---- WebP ---------------------------------------------------------------

const isWebp = (b: Uint8Array) => b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP';

function webp(b: Uint8Array): ImageInfo | null {
  const riffEnd = 8 + u32le(b, 4);
  if (riffEnd > b.length || riffEnd < 20 || b.length - riffEnd > 1) return null;
  let at = 12;
  let canvas: { width: number; height: number } | null = null;
  while (at + 8 <= riffEnd) {
    const type = ascii(b, at, 4);
    const len = u32le(b, at + 4);
    const data = at + 8;
    if (len > riffEnd - data) return null;
    if (type === 'VP8X' && at === 12 && len >= 10) canvas = { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1 };
    if (type === 'ANIM' && canvas) return { mime: 'image/webp', ...canvas };
    if (type === 'VP8 ' || type === 'VP8L') {
      const frame = type === 'VP8 ' ? vp8(b, data, len) : vp8l(b, data, len);
      if (!frame) return null;
      return { mime: 'image/webp', ...(canvas ?? frame) };
    }
    at = data + len + (len & 1);
  }
  return null;
}

/** Lossy key frame: 3-byte tag, start code 9D 01 2A, then 14-bit width and height. */
function vp8(b: Uint8Array, at: number, len: number) {
  if (len < 10 || (b[at]! & 1) !== 0) return null;
  if (b[at + 3] !== 0x9d || b[at + 4] !== 0x01 || b[at + 5] !== 0x2a) return null;
  return { width: u16le(b, at + 6) & 0x3fff, height: u16le(b, at + 8) & 0x3fff };
}

/** Lossless: signature 0x2F, then 14 bits of width−1 and 14 of height−1, version 0. */
function vp8l(b: Uint8Array, at: number, len: number) {
  if (len < 5 || b[at] !== 0x2f) return null;
  const bits = u32le(b, at + 1);
  if (bits >>> 29 !== 0) return null;
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}
