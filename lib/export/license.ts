import { env, type Env } from '@/lib/env';

// The licence of the public station data (DATA_LICENSE), as the export, the
// API page and the OpenAPI document name it. A union sets its own; the
// default only says what the software ships with.

export type DataLicense = { name: string; url: string | null; attribution: string };

// The licences open data is usually given under, so the common case needs no DATA_LICENSE_URL.
const KNOWN_URLS: Record<string, string> = {
  'cc by 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc by-sa 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'odbl 1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

type Settings = Pick<Env, 'DATA_LICENSE' | 'DATA_LICENSE_URL' | 'DATA_ATTRIBUTION' | 'SITE_URL'>;

export function dataLicense(s: Settings = env): DataLicense {
  const known = KNOWN_URLS[s.DATA_LICENSE.replace(/\s+/g, ' ').toLowerCase()];
  // Through URL: a '<' or '>' in a configured address is escaped, so the Link header stays well-formed.
  const url = s.DATA_LICENSE_URL ? new URL(s.DATA_LICENSE_URL).href : (known ?? null);
  return { name: s.DATA_LICENSE, url, attribution: s.DATA_ATTRIBUTION || s.SITE_URL };
}

/**
 * Header values are Latin-1 on the wire (Node refuses anything else): a name that is not
 * printable ASCII, such as a Chinese one, goes percent-encoded as UTF-8.
 */
const headerText = (text: string) => (/^[\x20-\x7e]+$/.test(text) ? text : encodeURIComponent(text));

/** The licence as response headers: the CSV has no place for it that would survive a re-import. */
export function licenseHeaders(l: DataLicense): Record<string, string> {
  return { 'X-License': headerText(l.name), ...(l.url ? { Link: `<${l.url}>; rel="license"` } : {}) };
}
