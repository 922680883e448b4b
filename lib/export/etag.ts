import { createHash } from 'node:crypto';
import { headerRow } from './cells';
import type { DataLicense } from './license';

// The public export's validator. The file is a function of the data versions
// (stations, workers' confirmations, published reviews), the query and the
// licence, so a hash of those names it without reading a row; the header row
// stands for the release's columns, so a release that adds one changes the tag.
// Weak: the same data compressed or not is not byte-identical.

export type EtagParts = { versions: string; format: string; locale: 'zh-CN' | 'en'; license: DataLicense };

export function exportEtag(p: EtagParts): string {
  const text = JSON.stringify([p.versions, p.format, p.locale, headerRow('public', p.locale), p.license]);
  return `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** Whether an If-None-Match header (RFC 9110 §13.1.2: `*`, or a list of tags, compared weakly) holds `etag`: a 304. */
export function notModified(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const mine = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === mine);
}
