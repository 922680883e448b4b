import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Only components/map/ may import Leaflet: the one dynamic ssr:false boundary.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['components/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['leaflet', 'react-leaflet', 'leaflet/*'], message: 'Leaflet lives in components/map/ only.' }] }],
    },
  },
  {
    // The station page is plain HTML from hono/jsx (no React, no Next components): Next's
    // <head>/<img> advice is about React pages and does not apply.
    files: ['components/station-page/**/*.tsx'],
    rules: { '@next/next/no-head-element': 'off', '@next/next/no-img-element': 'off' },
  },
];

export default config;
