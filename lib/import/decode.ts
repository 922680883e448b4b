import iconv from 'iconv-lite';
import { PassThrough, type Readable } from 'node:stream';

// CSV from Excel in China is GB18030 (GBK) unless saved as "CSV UTF-8". We
// look at the first bytes: a UTF-8 BOM or valid UTF-8 means UTF-8, anything
// else GB18030 (a superset of GBK and GB2312).

export type Encoding = 'utf-8' | 'gb18030';

export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      // try a shorter sample
    }
  }
  return 'gb18030';
}

const SAMPLE_BYTES = 64 * 1024;

/** A text stream from a byte stream, its encoding detected from the first 64 KB (BOM removed). */
export async function decodeStream(bytes: Readable): Promise<{ text: Readable; encoding: Encoding }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const it = bytes[Symbol.asyncIterator]();
  let done = false;
  while (size < SAMPLE_BYTES) {
    const r = await it.next();
    if (r.done) { done = true; break; }
    const b = Buffer.from(r.value as Uint8Array);
    chunks.push(b);
    size += b.length;
  }
  const head = Buffer.concat(chunks);
  const encoding = detectEncoding(head);
  const rest = new PassThrough();
  rest.write(head);
  if (done) rest.end();
  else void (async () => {
    try {
      for (let r = await it.next(); !r.done; r = await it.next()) if (!rest.write(r.value)) await new Promise((ok) => rest.once('drain', ok));
      rest.end();
    } catch (e) {
      rest.destroy(e as Error);
    }
  })();
  const decoder = iconv.decodeStream(encoding === 'utf-8' ? 'utf8' : 'gb18030', { stripBOM: true });
  return { text: rest.pipe(decoder) as unknown as Readable, encoding };
}
