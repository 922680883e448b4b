import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET } from './route';

// The care-mode switch: sets or removes the cookie and goes back, only ever to a page of this site.

async function follow(path: string, locale = 'zh-CN', headers: Record<string, string> = {}) {
  const res = await GET(new NextRequest(new URL(path, 'http://yizhan.test'), { headers }), { params: Promise.resolve({ locale }) });
  return { status: res.status, location: res.headers.get('location'), cookie: res.headers.get('set-cookie') };
}

describe('GET /care', () => {
  it('turns care mode on and comes back to the page, view kept', async () => {
    const back = '/?at=28.6,115.9,12&s=abc';
    const r = await follow(`/care?on=1&back=${encodeURIComponent(back)}`);
    expect(r).toEqual({ status: 303, location: back, cookie: 'care=1; Path=/; Max-Age=31536000; SameSite=Lax' });
  });

  it('turns it off', async () => {
    const r = await follow(`/en/care?on=0&back=${encodeURIComponent('/en/stations/abc')}`, 'en');
    expect(r.location).toBe('/en/stations/abc');
    expect(r.cookie).toBe('care=; Path=/; Max-Age=0; SameSite=Lax');
  });

  it.each(['//evil.com', 'https://evil.com', '/\\evil.com', '/.//evil.com', 'javascript:alert(1)'])('refuses to go to %j: home instead', async (back) => {
    expect((await follow(`/care?on=1&back=${encodeURIComponent(back)}`)).location).toBe('/');
    expect((await follow(`/en/care?on=1&back=${encodeURIComponent(back)}`, 'en')).location).toBe('/en');
  });

  it('without `back`, goes back to a Referer of this site only', async () => {
    const host = { host: 'yizhan.test' };
    expect((await follow('/care?on=1', 'zh-CN', { ...host, referer: 'http://yizhan.test/stats?region=36' })).location).toBe('/stats?region=36');
    expect((await follow('/care?on=1', 'zh-CN', { ...host, referer: 'https://evil.com/x' })).location).toBe('/');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    expect((await follow('/care?on=1&back=%2F', 'zh-CN', { 'x-forwarded-proto': 'https' })).cookie).toMatch(/; Secure$/);
  });
});
