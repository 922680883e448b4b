import { describe, expect, it } from 'vitest';
import { isCacheablePage, isPrivatePath, isReadApi, isViewportApi, pageCacheKey } from './cache-rules';

describe('what the service worker keeps', () => {
  it('never keeps admin screens or sign-in in either language', () => {
    for (const p of ['/admin', '/admin/stations/x/edit', '/en/admin', '/en/admin/sign-in', '/api/auth/sign-in/email']) {
      expect(isPrivatePath(p), p).toBe(true);
      expect(isCacheablePage(p), p).toBe(false);
      expect(isReadApi(p), p).toBe(false);
    }
    expect(isPrivatePath('/administration-of-water')).toBe(false);
  });

  it('keeps public pages', () => {
    for (const p of ['/', '/en', '/en/', '/stations/abc', '/en/stations/abc', '/coverage', '/en/coverage/360111/report', '/stats']) {
      expect(isCacheablePage(p), p).toBe(true);
    }
    // Anything else goes to the network untouched: the API, assets, downloads, unknown paths.
    for (const p of ['/api/stations', '/_next/static/chunks/a.js', '/stats/csv', '/english', '/some-form', '/stations/a/b']) {
      expect(isCacheablePage(p), p).toBe(false);
    }
  });

  it('keeps the map read API per URL, the viewport on its own, and not the bulk circle points', () => {
    for (const p of ['/api/stations/nearest', '/api/search', '/api/stations/e2e-123']) expect(isReadApi(p), p).toBe(true);
    for (const p of ['/api/stations/points', '/api/stations', '/api/export/stations', '/api/health']) expect(isReadApi(p), p).toBe(false);
    expect(isViewportApi('/api/stations')).toBe(true);
    expect(isViewportApi('/api/stations/nearest')).toBe(false);
  });

  it('keeps one copy of the map page per language whatever its view, and station pages by URL', () => {
    expect(pageCacheKey(new URL('http://h/?at=28,115,12&kind=station'))).toBe('http://h/');
    expect(pageCacheKey(new URL('http://h/en/?at=28,115,12'))).toBe('http://h/en');
    expect(pageCacheKey(new URL('http://h/en/stations/a'))).toBe('http://h/en/stations/a');
  });
});
