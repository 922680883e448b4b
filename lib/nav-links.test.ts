import { describe, expect, it } from 'vitest';
import { haversineM } from './geo/distance';
import { navLinks } from './nav-links';

// Nanchang point surveyed in both systems (WGS-84 and GCJ-02, lng/lat).
const WGS = { lat: 28.702086, lng: 115.898683 };
const GCJ = { lat: 28.698731, lng: 115.903526 };
const NASTY = '驿站 A&B #1 <script>alert(1)</script> 50%+';

function latLng(text: string | null): { lat: number; lng: number } {
  const [lat, lng] = (text ?? '').split(',').map(Number);
  return { lat: lat ?? Number.NaN, lng: lng ?? Number.NaN };
}

function apart(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  return haversineM(a.lat, a.lng, b.lat, b.lng);
}

describe('navLinks', () => {
  const links = navLinks({ ...WGS, name: NASTY, address: '南昌市红谷滩区 1号; 路:口' });

  it('gives Amap GCJ-02 as lng,lat', () => {
    const u = new URL(links.amap);
    expect(u.origin + u.pathname).toBe('https://uri.amap.com/marker');
    const [lng, lat] = (u.searchParams.get('position') ?? '').split(',').map(Number);
    expect(apart({ lat: lat ?? 0, lng: lng ?? 0 }, GCJ)).toBeLessThan(2);
    expect(u.searchParams.get('coordinate')).toBe('gaode');
    expect(u.searchParams.get('callnative')).toBe('1');
    expect(u.searchParams.get('src')).toBe('yizhan');
    expect(u.searchParams.get('name')).toBe(NASTY);
  });

  it('gives Baidu WGS-84 as lat,lng with coord_type=wgs84', () => {
    const u = new URL(links.baidu);
    expect(u.host).toBe('api.map.baidu.com');
    expect(apart(latLng(u.searchParams.get('location')), WGS)).toBeLessThan(0.2);
    expect(u.searchParams.get('coord_type')).toBe('wgs84');
    expect(u.searchParams.get('output')).toBe('html');
    expect(u.searchParams.get('title')).toBe(NASTY);
    expect(u.searchParams.get('content')).toBe('南昌市红谷滩区 1号; 路:口');
  });

  it('gives Tencent WGS-84 with coord_type=1 inside its marker field', () => {
    const u = new URL(links.tencent);
    expect(u.origin + u.pathname).toBe('https://apis.map.qq.com/uri/v1/marker');
    expect(u.searchParams.get('coord_type')).toBe('1');
    expect(u.searchParams.get('referer')).toBe('yizhan');
    const parts = (u.searchParams.get('marker') ?? '').split(';');
    expect(parts).toHaveLength(3);
    expect(apart(latLng(parts[0]?.replace(/^coord:/, '') ?? ''), WGS)).toBeLessThan(0.2);
    expect(parts[1]).toBe(`title:${NASTY}`);
    // Separators inside user text became full-width so the field still splits in three.
    expect(parts[2]).toBe('addr:南昌市红谷滩区 1号； 路：口');
  });

  it('gives Apple Maps GCJ-02 as lat,lng', () => {
    const u = new URL(links.apple);
    expect(u.host).toBe('maps.apple.com');
    expect(apart(latLng(u.searchParams.get('ll')), GCJ)).toBeLessThan(2);
    expect(u.searchParams.get('q')).toBe(NASTY);
  });

  it('never lets user text add parameters or markup', () => {
    const expected = {
      amap: ['position', 'name', 'src', 'coordinate', 'callnative'],
      baidu: ['location', 'title', 'content', 'output', 'coord_type', 'src'],
      tencent: ['marker', 'coord_type', 'referer'],
      apple: ['ll', 'q'],
    };
    for (const [provider, keys] of Object.entries(expected)) {
      const link = links[provider as keyof typeof links];
      expect(link).not.toMatch(/[<>#\s"]/);
      expect([...new URL(link).searchParams.keys()]).toEqual(keys);
    }
  });

  // WeChat's browser blocks app schemes (androidamap://, baidumap://, qqmap://,
  // maps://); an https page hands over to the installed app by itself.
  it('gives only https web links, for every provider', () => {
    expect(Object.keys(links).sort()).toEqual(['amap', 'apple', 'baidu', 'tencent']);
    for (const [provider, link] of Object.entries(links)) expect(new URL(link).protocol, provider).toBe('https:');
  });

  it('omits the address parts when there is no address', () => {
    const bare = navLinks({ ...WGS, name: '站' });
    expect(new URL(bare.baidu).searchParams.has('content')).toBe(false);
    expect(new URL(bare.tencent).searchParams.get('marker')).toBe('coord:28.702086,115.898683;title:站');
  });

  it('leaves coordinates outside China unshifted for every provider', () => {
    const ny = navLinks({ lat: 40.7128, lng: -74.006, name: 'NY' });
    expect(new URL(ny.amap).searchParams.get('position')).toBe('-74.006,40.7128');
    expect(new URL(ny.apple).searchParams.get('ll')).toBe('40.7128,-74.006');
  });

  it('refuses non-finite coordinates', () => {
    expect(() => navLinks({ lat: Number.NaN, lng: 1, name: 'x' })).toThrow(RangeError);
  });
});
