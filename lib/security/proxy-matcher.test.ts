import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';
import { config } from '../../proxy';
import { UNPROXIED_API_PATHS } from './headers';

// Only the matcher is under test; next-intl's middleware does not load outside Next.
vi.mock('next-intl/middleware', () => ({ default: () => () => null }));

const proxied = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost${path}` });

// The proxy sets each page's nonce policy and refuses broken percent-escapes;
// only the fixed hot API paths (given their policy in next.config.ts) and the
// station pages with a well-formed id (which make their own) skip it.
describe('proxy matcher', () => {
  it('skips exactly the unproxied API paths', () => {
    for (const path of UNPROXIED_API_PATHS) expect(proxied(path), path).toBe(false);
    for (const path of UNPROXIED_API_PATHS) expect(proxied(`${path}?lat=1&lng=2`), path).toBe(false);
  });
  it('sees pages, other API routes and anything below an unproxied path', () => {
    for (const path of ['/', '/en', '/stations/a%20b', '/en/stations/%3Cscript%3E', '/stations/%ZZ', '/zh-CN/stations/x', '/stations/x/y',
      `/stations/${'x'.repeat(65)}`, '/fr/stations/x', '/admin', '/api/stations/x', '/api/stations/%ZZ', '/api/stations/nearest/x',
      '/api/coverage', '/api/import/x', '/api/export/stations', '/api/searchx', '/api/healthz']) {
      expect(proxied(path), path).toBe(true);
    }
  });
  it('lets station pages with a well-formed id through in both languages', () => {
    for (const path of ['/stations/x', '/en/stations/bench-0000101', `/stations/${'x'.repeat(64)}`, '/stations/A_b-9']) {
      expect(proxied(path), path).toBe(false);
    }
  });
  it('leaves Next assets and static files alone', () => {
    for (const path of ['/_next/static/chunks/a.js', '/favicon.ico', '/geo/counties.json']) expect(proxied(path), path).toBe(false);
  });
});
