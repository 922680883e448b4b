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
];

export default config;
