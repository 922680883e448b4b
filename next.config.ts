import type { NextConfig } from 'next';
import { withSerwist } from '@serwist/turbopack';
import createNextIntlPlugin from 'next-intl/plugin';
import { STATION_PAGE_ID } from './lib/stations/page-id';
import { API_POLICY, UNPROXIED_API_PATHS, FRAME_DENY_HEADER, FRAME_DENY_SOURCE, STATIC_HEADERS, WORKER_HEADERS } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // chinese-days says "type": "commonjs" but points bundlers at an ES module: Node loads its CommonJS build instead.
  serverExternalPackages: ['better-sqlite3', 'opening_hours', 'chinese-days'],
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // `npm test` type-checks the whole project (scripts and tests too) with tsc;
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Station photos (up to 5 MB each) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // The station page skips the proxy (proxy.ts), so next-intl does not map its Chinese path to the
  // [locale] route: this does, before the catch-all route could take it. So does its share card
  // (og.png: a path with a dot skips the proxy too).
  async rewrites() {
    const page = { source: `/stations/:id(${STATION_PAGE_ID})`, destination: '/zh-CN/stations/:id' };
    const card = { source: `/stations/:id(${STATION_PAGE_ID})/og.png`, destination: '/zh-CN/stations/:id/og.png' };
    return { beforeFiles: [page, card], afterFiles: [], fallback: [] };
  },
  // On every response, static files included; the Content-Security-Policy,
  // which needs a fresh nonce per page, is set in proxy.ts, except on the API
  // paths the proxy skips and the station pages, which set their own. Only the
  // embed pages may be framed.
  async headers() {
    const api = UNPROXIED_API_PATHS.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: API_POLICY }] }));
    // The service worker script: checked on every visit, so a new build reaches phones at once.
    const worker = { source: '/serwist/:path*', headers: [...WORKER_HEADERS] };
    // A complaint's private page (its path is the sender's token): no Referer carries it away, no index keeps it.
    const complaint = ['/complaints/:token', '/en/complaints/:token'].map((source) => ({
      source, headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }, { key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
    }));
    return [{ source: '/:path*', headers: [...STATIC_HEADERS] }, { source: FRAME_DENY_SOURCE, headers: [FRAME_DENY_HEADER] }, ...api, worker, ...complaint];
  },
};

// withSerwist keeps esbuild, which bundles the service worker at build time, out of the server bundle.
export default withSerwist(withNextIntl(config));
