import type { MetadataRoute } from 'next';

// /manifest.webmanifest: lets a worker add the map to the home screen and open it
// full-screen like an app. Icons: scripts/make-icons.ts.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: '驿站 Yizhan',
    short_name: '驿站',
    description: '工会户外劳动者服务站点地图 · Trade-union service stations for outdoor workers',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#b91c1c',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
