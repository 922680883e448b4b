import { createSerwistRoute } from '@serwist/turbopack';

// Turbopack runs no bundler plugins, so @serwist/turbopack bundles lib/pwa/sw.ts
// with esbuild when `next build` prerenders this route: /serwist/sw.js.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/pwa/sw.ts',
  useNativeEsbuild: true,
  // A classic script registers in older in-app browsers that lack module workers.
  esbuildOptions: { format: 'iife', sourcemap: false },
  // Precached: what the map needs to be readable with no tiles. Script chunks are
  // cached as pages load them (sw.ts), not all up front.
  globPatterns: ['public/geo/*.json', 'public/icons/*.png'],
});
