// Draws the app icons (public/icons/*.png): a white map pin on the theme red.
// Plain pixel maths and zlib, so the files come out the same on every machine
// with no font or network. Run after changing the design: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [0xb9, 0x1c, 0x1c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, rgb: (x: number, y: number) => readonly number[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set(rgb(x, y), y * (1 + size * 3) + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Whether (u, v), in units of the pin's box (0..1), is on the white pin and not its hole. */
function onPin(u: number, v: number): boolean {
  const cx = 0.5, cy = 0.36, r = 0.3;
  const d = Math.hypot(u - cx, v - cy);
  if (d <= 0.12) return false;
  if (d <= r) return true;
  // The point: a triangle from the circle's lower flanks to the tip.
  const top = cy + r * 0.5, tip = 0.98;
  if (v < top || v > tip) return false;
  const half = (r * 0.87 * (tip - v)) / (tip - top);
  return Math.abs(u - cx) <= half;
}

/** The pin fills `scale` of the icon's height, centred; 4×4 samples per pixel smooth its edge. */
function icon(size: number, scale: number): Buffer {
  const box = size * scale, offset = (size - box) / 2;
  return png(size, (x, y) => {
    let hits = 0;
    for (let i = 0; i < 16; i++) {
      const u = (x + ((i % 4) + 0.5) / 4 - offset) / box, v = (y + (Math.floor(i / 4) + 0.5) / 4 - offset) / box;
      if (onPin(u, v)) hits++;
    }
    return RED.map((c, k) => Math.round(c + ((WHITE[k]! - c) * hits) / 16));
  });
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, 0.7));
writeFileSync('public/icons/icon-512.png', icon(512, 0.7));
// Maskable: launchers may crop to a circle of 80 % of the width, so the pin keeps to the middle.
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.56));
