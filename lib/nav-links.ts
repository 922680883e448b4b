// "Navigate there" links for a station. Plain https links rather than app
// schemes (amapuri://, baidumap://), because WeChat's in-app browser blocks
// custom schemes; each web page offers to open the installed app itself.
// Each provider gets the coordinate system it reads natively, which avoids
// relying on its own (sometimes absent) conversion.
import { fromWgs84 } from './geo/crs';

export type NavTarget = { lat: number; lng: number; name: string; address?: string };
export type NavLinks = { amap: string; baidu: string; tencent: string; apple: string };

const SRC = 'yizhan';
const enc = encodeURIComponent;

// Tencent packs fields into one parameter as "coord:…;title:…;addr:…" and
// splits it after URL-decoding, so an escaped ';' or ':' in a name would still
// break it. Full-width forms read the same to a Chinese user.
function tencentField(text: string): string {
  return enc(text.replace(/;/g, '；').replace(/:/g, '：'));
}

// 6 decimals ≈ 0.1 m; more digits only make longer URLs.
function fixed(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** Links for Amap, Baidu, Tencent and Apple Maps. `lat`/`lng` are WGS-84. */
export function navLinks({ lat, lng, name, address }: NavTarget): NavLinks {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) throw new RangeError('lat/lng must be finite');
  const [gLng, gLat] = fromWgs84(lng, lat, 'gcj02');
  const [wLat, wLng] = [fixed(lat), fixed(lng)];
  const addr = address?.trim() ? address.trim() : undefined;

  const amap =
    `https://uri.amap.com/marker?position=${gLng},${gLat}&name=${enc(name)}` +
    `&src=${SRC}&coordinate=gaode&callnative=1`;
  const baidu =
    `https://api.map.baidu.com/marker?location=${wLat},${wLng}&title=${enc(name)}` +
    (addr ? `&content=${enc(addr)}` : '') +
    `&output=html&coord_type=wgs84&src=${SRC}`;
  const tencent =
    `https://apis.map.qq.com/uri/v1/marker?marker=coord:${wLat},${wLng};title:${tencentField(name)}` +
    (addr ? `;addr:${tencentField(addr)}` : '') +
    `&coord_type=1&referer=${SRC}`;
  // Apple Maps shows mainland China on GCJ-02 (AutoNavi data), like Amap.
  const apple = `https://maps.apple.com/?ll=${gLat},${gLng}&q=${enc(name)}`;

  return { amap, baidu, tencent, apple };
}
