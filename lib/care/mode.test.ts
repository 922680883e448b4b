import { describe, expect, it } from 'vitest';
import { careCookie, careSwitchHref, isCareOn, refererPath, safeBack, showCareHome } from './mode';

describe('safeBack', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeBack('/', '/x')).toBe('/');
    expect(safeBack('/en/stats?region=360100', '/x')).toBe('/en/stats?region=360100');
    expect(safeBack('/stations/abc-123#report', '/x')).toBe('/stations/abc-123#report');
    expect(safeBack('/?at=28.6,115.9,12&near=28.6,115.9', '/x')).toBe('/?at=28.6,115.9,12&near=28.6,115.9');
  });

  it.each([
    ['//evil.com'], ['//evil.com/path'], ['https://evil.com'], ['http://evil.com/'], ['/\\evil.com'], ['\\\\evil.com'],
    ['/\\/evil.com'], ['/.//evil.com'], ['/..//evil.com'], ['/%2e%2e//evil.com'], ['javascript:alert(1)'], ['evil.com'],
    ['/\tevil'], ['/\n/evil.com'], ['//\tevil.com'], [''], [' /'], ['/care?on=1&back=/'], ['/en/care'],
  ])('refuses %j', (raw) => {
    expect(safeBack(raw, '/home')).toBe('/home');
  });

  it('refuses what is missing or too long', () => {
    expect(safeBack(null, '/en')).toBe('/en');
    expect(safeBack(undefined, '/')).toBe('/');
    expect(safeBack(`/${'a'.repeat(2000)}`, '/')).toBe('/');
  });

  it('never returns a path a browser reads as another host', () => {
    for (const raw of ['/./%2F/evil.com', '/a/../..//evil.com', '/%5Cevil.com', '/;//evil.com']) {
      const out = safeBack(raw, '/');
      expect(out.startsWith('/')).toBe(true);
      expect(out.startsWith('//')).toBe(false);
      expect(new URL(out, 'https://yizhan.example').host).toBe('yizhan.example');
    }
  });
});

describe('careCookie', () => {
  it('turns care mode on for a year, readable by the page, sent on links from other sites', () => {
    expect(careCookie(true, false)).toBe('care=1; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(careCookie(true, true)).toBe('care=1; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
  });
  it('turns it off by removing the cookie', () => {
    expect(careCookie(false, false)).toBe('care=; Path=/; Max-Age=0; SameSite=Lax');
  });
});

describe('isCareOn', () => {
  it('is on only for the value the switch sets', () => {
    expect(isCareOn('1')).toBe(true);
    for (const v of [undefined, null, '', '0', 'true', '1 ']) expect(isCareOn(v)).toBe(false);
  });
});

describe('refererPath', () => {
  it('takes the path of a Referer from this host only', () => {
    expect(refererPath('https://yizhan.example/en/stats?region=36', 'yizhan.example')).toBe('/en/stats?region=36');
    expect(refererPath('https://evil.com/', 'yizhan.example')).toBeNull();
    expect(refererPath('not a url', 'yizhan.example')).toBeNull();
    expect(refererPath(null, 'yizhan.example')).toBeNull();
  });
});

describe('showCareHome', () => {
  it('shows the simple first screen on the plain home page in care mode only', () => {
    expect(showCareHome(true, new URLSearchParams())).toBe(true);
    expect(showCareHome(false, new URLSearchParams())).toBe(false);
  });
  it('shows the map when the worker asked for it or for a place', () => {
    for (const q of ['map=1', 's=abc', 'at=28,115,12', 'near=28,115', 'q=东湖', 'open=1']) {
      expect(showCareHome(true, new URLSearchParams(q))).toBe(false);
    }
  });
});

describe('careSwitchHref', () => {
  it('carries the state wanted and the way back, escaped', () => {
    const href = careSwitchHref('/en/care', true, '/en/stats?region=36&x=1');
    const url = new URL(href, 'https://yizhan.example');
    expect(url.pathname).toBe('/en/care');
    expect(url.searchParams.get('on')).toBe('1');
    expect(url.searchParams.get('back')).toBe('/en/stats?region=36&x=1');
    expect(new URL(careSwitchHref('/care', false, '/'), 'https://y.example').searchParams.get('on')).toBe('0');
  });
});
