import { expect, test } from '@playwright/test';

// What a phone needs to install the map and to pick up a new service worker.

test('the manifest makes the map installable, with icons that load', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  const m = (await res.json()) as { name: string; start_url: string; display: string; theme_color: string; background_color: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(m).toMatchObject({ name: '驿站 Yizhan', start_url: '/', display: 'standalone', theme_color: '#b91c1c', background_color: '#ffffff' });
  expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of m.icons) {
    const img = await request.get(icon.src);
    expect(img.headers()['content-type'], icon.src).toBe('image/png');
    // PNG width and height from the IHDR chunk.
    const body = await img.body();
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  for (const page of ['/', '/en']) {
    expect(await (await request.get(page)).text(), page).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
  }
});

test('the service worker script is revalidated on every check and may control the whole site', async ({ request }) => {
  const res = await request.get('/serwist/sw.js');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('javascript');
  expect(res.headers()['cache-control']).toBe('no-cache');
  expect(res.headers()['service-worker-allowed']).toBe('/');
  expect(res.headers()['content-security-policy']).toContain("default-src 'self'");
  // The precache list was injected at build time.
  expect(await res.text()).toContain('/geo/counties.json');
});
