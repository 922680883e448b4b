import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, inspectImage } from './verify';

// Tiny real images written by libvips (sharp) once, kept here as base64.
const fixture = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const JPEG = fixture('/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAHlhf//Z');
const JPEG_PROGRESSIVE = fixture('/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAVAQEBAAAAAAAAAAAAAAAAAAAFBv/aAAwDAQACEAMQAAABnwdYf//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAQUCf//EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQMBAT8Bf//EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQIBAT8Bf//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEABj8Cf//EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAT8hf//aAAwDAQACAAMAAAAQ/wD/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAEDAQE/EH//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAECAQE/EH//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/EH//2Q==');
const WEBP_LOSSY = fixture('UklGRjoAAABXRUJQVlA4IC4AAACwAQCdASoIAAYAAUAmJaACdLoABDAAAP7x3I/4DdfFtMv/vYL/3YL/3YL/WwAA');
const WEBP_LOSSLESS = fixture('UklGRiIAAABXRUJQVlA4TBYAAAAvB0ABAAdQjyLXo/8BgCD8b5uI6H8I');
const WEBP_ALPHA = fixture('UklGRloAAABXRUJQVlA4WAoAAAAQAAAABAAABgAAQUxQSAoAAAABB1DAiAhERP8DVlA4ICoAAACwAQCdASoFAAcAAUAmJaACdLoABDAAAP73DW+vgCn7P/5sD9vPt54WAAA=');
const PNG = fixture('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4ISeHFTEMpAQAaYgwwXposYcAAAAASUVORK5CYII=');

/** A PNG of any declared size, built chunk by chunk (pixels need not match: only structure is read). */
function makePng(width: number, height: number, opts: { depth?: number; colour?: number; skipIdat?: boolean } = {}) {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([opts.depth ?? 8, opts.colour ?? 2, 0, 0, 0], 8);
  const idat = opts.skipIdat ? [] : [chunk('IDAT', deflateSync(Buffer.alloc(4)))];
  return new Uint8Array(Buffer.concat([PNG.subarray(0, 8), chunk('IHDR', ihdr), ...idat, chunk('IEND', new Uint8Array())]));
}

const flip = (b: Uint8Array, at: number) => { const c = b.slice(); c[at] = c[at]! ^ 0xff; return c; };
const text = (s: string) => new Uint8Array(Buffer.from(s));

describe('inspectImage accepts real images and reads their size', () => {
  it.each([
    ['JPEG', JPEG, 'image/jpeg', 8, 6],
    ['progressive JPEG', JPEG_PROGRESSIVE, 'image/jpeg', 8, 6],
    ['PNG', PNG, 'image/png', 8, 6],
    ['lossy WebP', WEBP_LOSSY, 'image/webp', 8, 6],
    ['lossless WebP', WEBP_LOSSLESS, 'image/webp', 8, 6],
    ['WebP with alpha (VP8X)', WEBP_ALPHA, 'image/webp', 5, 7],
  ])('%s', (_name, bytes, mime, width, height) => {
    expect(inspectImage(bytes)).toEqual({ mime, width, height });
  });

  it('allows data a camera appends after the JPEG end marker', () => {
    const withTrailer = new Uint8Array([...JPEG, ...text('SEFT trailer '.repeat(200))]);
    expect(inspectImage(withTrailer)).toEqual({ mime: 'image/jpeg', width: 8, height: 6 });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });
});

describe('inspectImage refuses anything else', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['text renamed .png', text('this is not a picture, just words in a file named photo.png\n')],
    ['HTML', text('<html><script>alert(1)</script></html>')],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['GIF', text('GIF89a\x01\x00\x01\x00\x00\x00\x00;')],
    ['PNG signature only', PNG.subarray(0, 8)],
    ['truncated PNG', PNG.subarray(0, PNG.length - 12)],
    ['PNG with a corrupted chunk', flip(PNG, 40)],
    ['PNG with a bad bit depth', makePng(8, 6, { depth: 3 })],
    ['PNG without image data', makePng(8, 6, { skipIdat: true })],
    ['truncated JPEG', JPEG.subarray(0, 180)],
    ['JPEG without its end marker', JPEG.subarray(0, JPEG.length - 2)],
    ['JPEG header then text', new Uint8Array([0xff, 0xd8, 0xff, ...text('<script>alert(1)</script>')])],
    ['WebP with a wrong RIFF size', (() => { const c = WEBP_LOSSY.slice(); c[4] = 0xff; return c; })()],
    ['WebP without its VP8 start code', flip(WEBP_LOSSY, 23)],
    ['truncated WebP', WEBP_LOSSLESS.subarray(0, 30)],
  ])('%s', (_name, bytes) => {
    expect(inspectImage(bytes)).toBeNull();
  });

  it('refuses absurd dimensions', () => {
    expect(inspectImage(makePng(4000, 3000))).toEqual({ mime: 'image/png', width: 4000, height: 3000 });
    expect(inspectImage(makePng(0, 10))).toBeNull();
    expect(inspectImage(makePng(20_000, 10))).toBeNull();
    expect(inspectImage(makePng(16_000, 16_000))).toBeNull(); // 256 megapixels
  });
});
