import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_POLICY, FAST_API_PATHS, FRAME_DENY_HEADER, FRAME_DENY_SOURCE, STATIC_HEADERS } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'opening_hours'],
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
  // `npm test` type-checks the whole project (scripts and tests too) with tsc;
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Station photos (up to 5 MB each) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // On every response, static files included; the Content-Security-Policy,
  // which needs a fresh nonce per page, is set in proxy.ts, except on the API
  // paths the proxy skips. Only the embed pages may be framed.
  async headers() {
    const api = FAST_API_PATHS.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: API_POLICY }] }));
    return [{ source: '/:path*', headers: [...STATIC_HEADERS] }, { source: FRAME_DENY_SOURCE, headers: [FRAME_DENY_HEADER] }, ...api];
  },
};

export default withNextIntl(config);
